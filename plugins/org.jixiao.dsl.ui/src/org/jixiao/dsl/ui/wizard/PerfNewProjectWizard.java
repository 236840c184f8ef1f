// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.wizard;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.jixiao.dsl.ui.builder.PerfNature;

/**
 * File › New › 绩效项目: a project with the .perf nature (validation and form generation on save),
 * UTF-8, optionally with the examples in a folder of their own.
 */
public class PerfNewProjectWizard extends BasicNewResourceWizard {

	public static final String ID = "org.jixiao.dsl.ui.wizard.newProject";

	private PerfNewProjectPage page;
	private IProject created;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		super.init(workbench, selection);
		setWindowTitle(PerfWizardMessages.newProjectTitle);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new PerfNewProjectPage();
		addPage(page);
	}

	public PerfNewProjectPage page() {
		return page;
	}

	/** The project the wizard created, or {@code null}. */
	public IProject project() {
		return created;
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		URI location = page.useDefaults() ? null : page.getLocationURI();
		boolean examples = page.includeExamples();
		WorkspaceModifyOperation operation = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				create(project, location, examples, monitor);
			}
		};
		try {
			getContainer().run(true, true, operation);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			MessageDialog.openError(getShell(), PerfWizardMessages.newProjectTitle,
					NLS.bind(PerfWizardMessages.newProjectFailed, cause.getMessage()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		created = project;
		selectAndReveal(project);
		return true;
	}

	/** Creates and opens the project with the nature; copies the examples if asked to. */
	public static void create(IProject project, URI location, boolean examples, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 5);
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProjectDescription description = workspace.newProjectDescription(project.getName());
		description.setLocationURI(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		// added to the open project, so that the nature configures its builder
		PerfNature.addTo(project, progress.split(1));
		project.setDefaultCharset("UTF-8", progress.split(1));
		if (examples) {
			PerfExamples.copyInto(project.getFolder(PerfWizardMessages.newProjectExamplesFolder), progress.split(1));
		}
	}
}
