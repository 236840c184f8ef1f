// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.imports;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jixiao.forms.importer.PerfColumnChoice;
import org.jixiao.forms.importer.PerfImportResult;

/**
 * Second page of the import wizard: imports the chosen files when it is shown and lists the import
 * report — per file the .perf file it becomes (or that it has errors and is not imported), then every
 * error, warning and info with its line or sheet and cell. Below it, for the file chosen there (or
 * the row selected in the report), how the columns of each grid read by its header were taken, with
 * the .perf text it becomes beside: correcting a column imports that file again and refreshes the
 * report and the preview. Finish writes only what this page shows.
 */
public class PerfImportReportPage extends WizardPage {

	private final PerfImportFilesPage files;
	private PerfImportPlan plan;
	private List<Path> planned;
	private IContainer plannedFolder;
	private Integer plannedYear;
	private Label summary;
	private Table table;
	private Combo fileChoice;
	private PerfColumnMappingTable mapping;
	private Text preview;
	/** The file whose columns and preview are shown (index into the plan's entries), -1 before the first import. */
	private int shownEntry = -1;

	public PerfImportReportPage(PerfImportFilesPage files) {
		super("perfImportReport");
		this.files = files;
		setTitle(PerfImportMessages.reportPageTitle);
		setDescription(PerfImportMessages.reportPageDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		summary = new Label(page, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		SashForm split = new SashForm(page, SWT.VERTICAL);
		GridData splitData = new GridData(SWT.FILL, SWT.FILL, true, true);
		splitData.widthHint = 980;
		splitData.heightHint = 600;
		split.setLayoutData(splitData);
		table = new Table(split, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.MULTI);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		String[] headers = { PerfImportMessages.columnFile, PerfImportMessages.columnSeverity, PerfImportMessages.columnPosition,
				PerfImportMessages.columnMessage };
		int[] widths = { 190, 60, 150, 460 };
		for (int i = 0; i < headers.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(headers[i]);
			column.setWidth(widths[i]);
		}
		// a row of the report shows its file's columns below
		table.addListener(SWT.Selection, e -> {
			if (e.item != null && e.item.getData() instanceof Integer entry && entry != shownEntry) {
				fileChoice.select(entry);
				showColumns(entry);
			}
		});
		createColumns(split);
		split.setWeights(25, 75);
		setControl(page);
	}

	/** The column mapping of one file (chosen above it) beside the preview of the .perf text it becomes. */
	private void createColumns(Composite parent) {
		Composite columns = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		columns.setLayout(layout);
		new Label(columns, SWT.NONE).setText(PerfImportMessages.columnsLabel);
		fileChoice = new Combo(columns, SWT.READ_ONLY | SWT.DROP_DOWN);
		fileChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		fileChoice.addListener(SWT.Selection, e -> showColumns(fileChoice.getSelectionIndex()));
		Label hint = new Label(columns, SWT.WRAP);
		hint.setText(PerfImportMessages.columnsHint);
		GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		hintData.widthHint = 600; // wraps within the page instead of widening it
		hint.setLayoutData(hintData);
		PerfMappingPreview beside = new PerfMappingPreview(columns, PerfImportMessages.previewLabel, this::corrected);
		beside.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		mapping = beside.mapping();
		preview = beside.preview();
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			runImport();
		}
	}

	/** Imports again when the first page changed since the last run. */
	private void runImport() {
		List<Path> chosen = files.files();
		IContainer folder = files.folder();
		Integer year = files.year();
		if (plan != null && chosen.equals(planned) && folder.equals(plannedFolder) && java.util.Objects.equals(year, plannedYear)) {
			return;
		}
		PerfImportPlan[] result = new PerfImportPlan[1];
		try {
			getContainer().run(true, false, monitor -> result[0] = PerfImportPlan.run(chosen, folder, year, monitor));
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			setErrorMessage(NLS.bind(PerfImportMessages.importFailed, cause.getMessage()));
			plan = null;
			setPageComplete(false);
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		plan = result[0];
		shownEntry = -1;
		planned = chosen;
		plannedFolder = folder;
		plannedYear = year;
		show(plan);
	}

	private void show(PerfImportPlan shown) {
		table.removeAll();
		for (int i = 0; i < shown.entries().size(); i++) {
			for (PerfImportReportRows.Row row : PerfImportReportRows.of(shown.entries().get(i))) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { row.file(), row.severity(), row.position(), row.message() });
				item.setData(i);
				if (row.severity().isEmpty()) {
					item.setFont(JFaceResources.getBannerFont());
				}
			}
		}
		int importable = shown.importable().size();
		int failed = shown.entries().size() - importable;
		summary.setText(NLS.bind(PerfImportMessages.reportSummary, new Object[] { importable, failed, shown.folder().getFullPath() }));
		summary.getParent().layout(true);
		if (importable == 0) {
			setErrorMessage(PerfImportMessages.reportNothing);
		} else {
			setErrorMessage(null);
			setMessage(failed > 0 ? PerfImportMessages.reportSomeFailed : null, WARNING);
		}
		setPageComplete(importable > 0);
		fileChoice.setItems(shown.entries().stream().map(e -> e.source().getFileName().toString()).toArray(String[]::new));
		int entry = shownEntry >= 0 && shownEntry < shown.entries().size() ? shownEntry : firstReadByHeader(shown);
		fileChoice.select(entry);
		showColumns(entry);
	}

	/** The first file with a grid read by its header (the one whose columns may need a look), else the first. */
	private static int firstReadByHeader(PerfImportPlan shown) {
		for (int i = 0; i < shown.entries().size(); i++) {
			if (!shown.entries().get(i).result().mappings().isEmpty()) {
				return i;
			}
		}
		return 0;
	}

	/** The column mapping and the preview of one file. */
	private void showColumns(int entry) {
		if (plan == null || entry < 0 || entry >= plan.entries().size()) {
			return;
		}
		shownEntry = entry;
		PerfImportPlan.Entry shown = plan.entries().get(entry);
		String name = shown.source().getFileName().toString();
		PerfImportResult result = shown.result();
		String note = NLS.bind(result.hasErrors() ? PerfImportMessages.mappingNothing : PerfImportMessages.mappingBuiltin, name);
		mapping.setInput(name, result.mappings(), note);
		preview.setText(result.hasErrors() ? PerfImportMessages.previewNothing : result.perfText());
	}

	/** The analyst chose another field for a column: that file is imported again, and the report and preview follow. */
	private void corrected(PerfColumnChoice choice) {
		int entry = shownEntry;
		PerfImportPlan before = plan;
		PerfImportPlan[] result = new PerfImportPlan[1];
		try {
			getContainer().run(true, false, monitor -> result[0] = before.withChoice(entry, choice, monitor));
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			setErrorMessage(NLS.bind(PerfImportMessages.importFailed, cause.getMessage()));
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		plan = result[0];
		show(plan);
	}

	/** The import this page shows, or null before it was shown. */
	public PerfImportPlan plan() {
		return plan;
	}

	/** The column mapping of the file shown below the report. */
	public PerfColumnMappingTable columns() {
		return mapping;
	}

	/** The .perf text shown as what will be written. */
	public String preview() {
		return preview.getText();
	}

	/** The rows of the report table as shown (for tests and for reading the report aloud). */
	public List<String> shownRows() {
		return java.util.Arrays.stream(table.getItems())
				.map(item -> String.join(" | ", item.getText(0), item.getText(1), item.getText(2), item.getText(3))).toList();
	}
}
