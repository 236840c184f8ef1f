// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.imports;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jixiao.forms.importer.PerfColumnChoice;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;

/**
 * Shown by Paste as .perf before anything is inserted when the clipboard's table was read by its
 * header: the column mapping (the wizard's {@link PerfColumnMappingTable}), the text to insert and the
 * import report's summary. A corrected column imports the clipboard again; 插入 inserts what is shown,
 * 取消 inserts nothing.
 */
public class PerfPasteDialog extends Dialog {

	private final PerfPaste paste;
	private final String clipboard;
	private final String document;
	private final int cursor;
	private PerfPaste.Plan plan;
	private List<PerfColumnChoice> choices = List.of();
	private PerfColumnMappingTable mapping;
	private Text preview;
	private Label summary;
	private Text notes;

	public PerfPasteDialog(Shell parent, PerfPaste paste, String clipboard, String document, int cursor, PerfPaste.Plan first) {
		super(parent);
		this.paste = paste;
		this.clipboard = clipboard;
		this.document = document;
		this.cursor = cursor;
		this.plan = first;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(PerfImportMessages.pasteTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(PerfImportMessages.pasteColumnsIntro);
		GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
		introData.widthHint = 1000;
		intro.setLayoutData(introData);
		PerfMappingPreview beside = new PerfMappingPreview(area, PerfImportMessages.pastePreview, this::corrected);
		GridData besideData = new GridData(SWT.FILL, SWT.FILL, true, true);
		besideData.heightHint = 390;
		besideData.widthHint = 1000;
		beside.setLayoutData(besideData);
		mapping = beside.mapping();
		preview = beside.preview();
		summary = new Label(area, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		notes = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
		GridData notesData = new GridData(SWT.FILL, SWT.FILL, true, false);
		notesData.heightHint = 5 * notes.getLineHeight();
		notesData.widthHint = 1000;
		notes.setLayoutData(notesData);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, PerfImportMessages.pasteInsert, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		show();
	}

	@Override
	public void create() {
		super.create();
		// the analyst reads the table first; the focus on the button, not on the table's first row (which looked chosen)
		getButton(IDialogConstants.OK_ID).setFocus();
	}

	/** The analyst chose another field for a column: the clipboard is imported again with every correction so far. */
	private void corrected(PerfColumnChoice choice) {
		choices = PerfColumnChoices.with(choices, choice);
		plan = paste.plan(clipboard, document, cursor, choices);
		show();
	}

	private void show() {
		PerfImportResult result = plan.result();
		mapping.setInput(PerfPaste.SOURCE, result.mappings(), "");
		preview.setText(plan.insert() ? plan.text() : PerfImportMessages.previewNothing);
		summary.setText(result.hasErrors() ? PerfImportMessages.pasteSummaryErrors
				: NLS.bind(PerfImportMessages.pasteSummary, new Object[] { result.forms().size(), result.rows().size(),
						result.warnings().size() }));
		StringBuilder lines = new StringBuilder();
		for (PerfImportReportRows.Row row : PerfImportReportRows.notes(result)) {
			if (!row.severity().equals(PerfImportReportRows.severity(PerfImportNote.Severity.INFO))) {
				lines.append(row.line()).append('\n');
			}
		}
		notes.setText(lines.toString().strip());
		((GridData) notes.getLayoutData()).exclude = lines.isEmpty();
		notes.setVisible(!lines.isEmpty());
		getButton(IDialogConstants.OK_ID).setEnabled(plan.insert());
		summary.getParent().layout(true, true);
	}

	/** What 插入 inserts: the plan with the corrections made in the dialog. */
	public PerfPaste.Plan plan() {
		return plan;
	}

	/** The column mapping as shown. */
	public PerfColumnMappingTable columns() {
		return mapping;
	}

	/** The text to insert as shown. */
	public String preview() {
		return preview.getText();
	}

	/** The report summary as shown. */
	public String summary() {
		return summary.getText();
	}
}
