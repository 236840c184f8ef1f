// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.wizard;

import java.time.LocalDate;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** File › New › .perf file: a complete form of the chosen kind, opened in the editor. */
public class PerfNewFileWizard extends BasicNewResourceWizard {

	public static final String ID = "org.jixiao.dsl.ui.wizard.newFile";

	private PerfNewFilePage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		super.init(workbench, selection);
		setWindowTitle(PerfWizardMessages.newFileTitle);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new PerfNewFilePage(getSelection(), LocalDate.now());
		addPage(page);
	}

	public PerfNewFilePage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		selectAndReveal(file);
		IWorkbenchPage workbenchPage = getWorkbench().getActiveWorkbenchWindow() == null ? null
				: getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (workbenchPage != null) {
			try {
				IDE.openEditor(workbenchPage, file, true);
			} catch (PartInitException e) {
				MessageDialog.openError(getShell(), PerfWizardMessages.newFileTitle,
						NLS.bind(PerfWizardMessages.newFileOpenFailed, file.getFullPath(), e.getMessage()));
			}
		}
		return true;
	}
}
