// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.ResourceUtil;
import org.jixiao.dsl.ui.builder.PerfBuilder;
import org.jixiao.dsl.ui.builder.PerfNature;
import org.jixiao.dsl.ui.editor.PerfEditor;
import org.jixiao.dsl.ui.internal.PerfUiInjector;
import org.jixiao.dsl.ui.preferences.PerfPreferences;
import org.jixiao.dsl.ui.preferences.PerfSettingsWatch;

/**
 * Settings reach the .perf files at once: when the workspace's or a project's preferences change
 * (the pages, or anything writing the preference store), the region's profile is applied again, the
 * open .perf editors concerned check their text again, and their projects are built again (problem
 * markers with the new severities, forms in the new folder with the new layouts). Changes arriving
 * together (a page's OK writes several values) are handled once, shortly after the last.
 */
public final class PerfSettingsChanges {

	/** Job family of the re-checking, for tests and for waiting. */
	public static final Object FAMILY = PerfSettingsChanges.class;

	/** Pause after a change before acting: the other values of the same OK arrive meanwhile. */
	static final int DELAY_MS = 150;

	private static final SettingsJob JOB = new SettingsJob();

	/** Projects whose own settings changed; {@code null} in it: the workspace's settings changed. */
	private static final Set<IProject> PENDING = new LinkedHashSet<>();

	private PerfSettingsChanges() {
	}

	/** Starts listening to the settings (the bundle's start). */
	public static void install() {
		PerfSettingsWatch.start(PerfSettingsChanges::changed);
	}

	public static void uninstall() {
		PerfSettingsWatch.stop();
		JOB.cancel();
	}

	/** Something in the settings of the project ({@code null}: of the workspace) changed. */
	static void changed(IProject project) {
		synchronized (PENDING) {
			PENDING.add(project);
		}
		JOB.schedule(DELAY_MS);
	}

	/** Applies the profile, re-checks the open editors and rebuilds the .perf projects concerned. */
	private static final class SettingsJob extends WorkspaceJob {

		SettingsJob() {
			super("绩效：按新设置重新检查 / checking with the new settings");
			setSystem(true);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY || family == ResourcesPlugin.FAMILY_MANUAL_BUILD;
		}

		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
			Set<IProject> changed;
			synchronized (PENDING) {
				changed = new LinkedHashSet<>(PENDING);
				PENDING.clear();
			}
			if (changed.isEmpty()) {
				return Status.OK_STATUS;
			}
			boolean workspace = changed.contains(null);
			PerfUiInjector.applyPreferences();
			revalidateEditors(workspace, changed);
			List<IProject> projects = new ArrayList<>();
			for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
				if (project.isOpen() && project.hasNature(PerfNature.ID) && concerns(project, workspace, changed)) {
					projects.add(project);
				}
			}
			SubMonitor progress = SubMonitor.convert(monitor, projects.size());
			for (IProject project : projects) {
				if (project.isOpen()) {
					project.build(IncrementalProjectBuilder.FULL_BUILD, PerfBuilder.ID, null, progress.split(1));
				}
			}
			return Status.OK_STATUS;
		}
	}

	/** A workspace change concerns the projects without their own settings; a project's change that project. */
	static boolean concerns(IProject project, boolean workspace, Set<IProject> changed) {
		if (changed.contains(project)) {
			return true;
		}
		return workspace && (project == null || !PerfPreferences.projectSpecific(project));
	}

	private static void revalidateEditors(boolean workspace, Set<IProject> changed) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
				for (IWorkbenchPage page : window.getPages()) {
					for (IEditorReference reference : page.getEditorReferences()) {
						if (reference.getEditor(false) instanceof PerfEditor editor) {
							IFile file = ResourceUtil.getFile(editor.getEditorInput());
							if (concerns(file == null ? null : file.getProject(), workspace, changed)) {
								editor.revalidate();
							}
						}
					}
				}
			}
		});
	}
}
