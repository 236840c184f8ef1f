// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.imports;

import java.lang.reflect.InvocationTargetException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.jixiao.dsl.ui.Messages;
import org.jixiao.dsl.ui.PerfErrorDialog;

/**
 * File › Import › Jixiao › 导入表格… / Import tables…: last year's tables (.xlsx, .xls, or table text
 * copied out of Word/WPS/Excel and saved as .txt) become .perf files in a workspace folder. The
 * report page shows what the import found before anything is written; files with errors are not
 * written; the first new file opens in the editor.
 */
public class PerfImportWizard extends Wizard implements IImportWizard {

	public static final String ID = "org.jixiao.dsl.ui.imports.wizard";

	private IWorkbench workbench;
	private IStructuredSelection selection = StructuredSelection.EMPTY;
	private PerfImportFilesPage filesPage;
	private PerfImportReportPage reportPage;
	private List<IFile> written = List.of();

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection == null ? StructuredSelection.EMPTY : selection;
		setWindowTitle(PerfImportMessages.wizardTitle);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		filesPage = new PerfImportFilesPage(selection, Year.now().getValue());
		reportPage = new PerfImportReportPage(filesPage);
		addPage(filesPage);
		addPage(reportPage);
	}

	public PerfImportFilesPage filesPage() {
		return filesPage;
	}

	public PerfImportReportPage reportPage() {
		return reportPage;
	}

	/** The files the last finish wrote. */
	public List<IFile> written() {
		return written;
	}

	@Override
	public boolean canFinish() {
		// finishing needs the report: the analyst sees what will be written before it is
		return getContainer() != null && getContainer().getCurrentPage() == reportPage && reportPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		PerfImportPlan plan = reportPage.plan();
		if (plan == null || plan.importable().isEmpty()) {
			return false;
		}
		List<IFile> files = new ArrayList<>();
		try {
			getContainer().run(true, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
					files.addAll(plan.write(monitor));
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() instanceof CoreException core ? core : e.getCause();
			if (!(cause instanceof CoreException) && cause != null) {
				// not a file that could not be written: a failure of the import itself
				PerfErrorDialog.show(Messages.Error_import, cause);
				return false;
			}
			MessageDialog.openError(getShell(), PerfImportMessages.wizardTitle,
					NLS.bind(PerfImportMessages.writeFailed, cause == null ? e.getMessage() : cause.getMessage()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		written = List.copyOf(files);
		open(written);
		return true;
	}

	private void open(List<IFile> files) {
		IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null || files.isEmpty()) {
			return;
		}
		for (var part : List.of(page.getViewReferences())) {
			if (part.getView(false) instanceof ISetSelectionTarget target) {
				target.selectReveal(new StructuredSelection(files));
			}
		}
		try {
			IDE.openEditor(page, files.get(0), true);
		} catch (PartInitException e) {
			MessageDialog.openError(getShell(), PerfImportMessages.wizardTitle,
					NLS.bind(PerfImportMessages.openFailed, files.get(0).getFullPath(), e.getMessage()));
		}
	}
}
