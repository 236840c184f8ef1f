// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.imports;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Second page of the import wizard: imports the chosen files when it is shown and lists the import
 * report — per file the .perf file it becomes (or that it has errors and is not imported), then every
 * error, warning and info with its line or sheet and cell. Finish writes only what this page shows.
 */
public class PerfImportReportPage extends WizardPage {

	private final PerfImportFilesPage files;
	private PerfImportPlan plan;
	private List<Path> planned;
	private IContainer plannedFolder;
	private Integer plannedYear;
	private Label summary;
	private Table table;

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
		table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.MULTI);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 260;
		data.widthHint = 640;
		table.setLayoutData(data);
		String[] headers = { PerfImportMessages.columnFile, PerfImportMessages.columnSeverity, PerfImportMessages.columnPosition,
				PerfImportMessages.columnMessage };
		int[] widths = { 140, 60, 150, 420 };
		for (int i = 0; i < headers.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(headers[i]);
			column.setWidth(widths[i]);
		}
		setControl(page);
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
		planned = chosen;
		plannedFolder = folder;
		plannedYear = year;
		show(plan);
	}

	private void show(PerfImportPlan shown) {
		table.removeAll();
		for (PerfImportReportRows.Row row : PerfImportReportRows.of(shown)) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { row.file(), row.severity(), row.position(), row.message() });
			if (row.severity().isEmpty()) {
				item.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
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
	}

	/** The import this page shows, or null before it was shown. */
	public PerfImportPlan plan() {
		return plan;
	}

	/** The rows of the report table as shown (for tests and for reading the report aloud). */
	public List<String> shownRows() {
		return java.util.Arrays.stream(table.getItems())
				.map(item -> String.join(" | ", item.getText(0), item.getText(1), item.getText(2), item.getText(3))).toList();
	}
}
