// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.imports;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.jixiao.dsl.ui.internal.PerfUiInjector;

/**
 * 粘贴为 .perf (Ctrl+Shift+V in the .perf editor): the table text on the clipboard, imported, inserted
 * as one undoable edit. A table read by its header (another province's form) is shown first with its
 * column mapping ({@link PerfPasteDialog}), where a column can be corrected; 取消 there inserts nothing.
 * With errors (no table recognised) the report is shown and nothing inserted; a framework other
 * than the document's is said on the status line.
 */
public class PerfPasteHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.jixiao.dsl.ui.imports.paste";

	/** How many report lines an error dialog shows at most. */
	private static final int SHOWN_NOTES = 15;

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof ITextEditor editor) || !editor.isEditable()) {
			return null;
		}
		// The editor's own shell: the context's "active shell" can be a dialog that has closed since.
		Shell shell = editor.getSite().getShell();
		String text = clipboardText(shell);
		if (text == null || text.isBlank()) {
			MessageDialog.openInformation(shell, PerfImportMessages.pasteTitle, PerfImportMessages.pasteEmpty);
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int cursor = editor.getSelectionProvider().getSelection() instanceof ITextSelection selection ? selection.getOffset() : 0;
		PerfPaste paste = new PerfPaste(PerfUiInjector.get());
		PerfPaste.Plan plan = paste.plan(text, document.get(), cursor);
		if (!plan.result().mappings().isEmpty()) {
			// read by its header, not by a known layout: the analyst checks the columns before anything goes in
			PerfPasteDialog dialog = new PerfPasteDialog(shell, paste, text, document.get(), cursor, plan);
			if (dialog.open() != Window.OK) {
				return null;
			}
			plan = dialog.plan();
		} else if (plan.result().hasErrors()) {
			MessageDialog.openError(shell, PerfImportMessages.pasteTitle, NLS.bind(PerfImportMessages.pasteErrors, report(plan)));
			return null;
		}
		insert(editor, document, plan);
		var status = editor.getEditorSite().getActionBars().getStatusLineManager();
		int warnings = plan.result().warnings().size();
		if (plan.notice() != null) {
			status.setErrorMessage(plan.notice());
		} else {
			status.setErrorMessage(null);
		}
		status.setMessage(NLS.bind(PerfImportMessages.pasteDone, plan.result().forms().size(), warnings));
		return null;
	}

	/** Inserts the plan's text as one edit (one undo) and selects it. */
	static void insert(ITextEditor editor, IDocument document, PerfPaste.Plan plan) {
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			document.replace(plan.offset(), 0, plan.text());
		} catch (BadLocationException e) {
			// the document changed since the plan was made (cannot happen on the UI thread): insert nothing
			return;
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
		editor.selectAndReveal(plan.offset(), plan.text().length());
	}

	private static String clipboardText(Shell shell) {
		Clipboard clipboard = new Clipboard(shell.getDisplay());
		try {
			return (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
	}

	private static String report(PerfPaste.Plan plan) {
		List<PerfImportReportRows.Row> rows = PerfImportReportRows.notes(plan.result());
		StringBuilder text = new StringBuilder();
		rows.stream().filter(r -> !r.severity().equals(PerfImportReportRows.severity(org.jixiao.forms.importer.PerfImportNote.Severity.INFO)))
				.limit(SHOWN_NOTES).forEach(r -> text.append(r.line()).append('\n'));
		return text.toString().strip();
	}
}
