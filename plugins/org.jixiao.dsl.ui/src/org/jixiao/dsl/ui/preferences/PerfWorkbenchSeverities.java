// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.preferences;

import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.jixiao.dsl.validation.PerfIssueSeveritiesProvider;
import org.jixiao.dsl.validation.PerfProfile;

/**
 * Severities in the workbench, looked up for the project of the resource being validated (so the
 * builder and the editor of a project with its own settings judge by that project's settings): the
 * severity chosen in the project's or the workspace's preferences, else the region's profile file
 * ({@link PerfProfile}), else the shipped default. Read at each validation, so a changed preference
 * applies at the next check without anything to push into the language.
 */
public class PerfWorkbenchSeverities extends PerfIssueSeveritiesProvider {

	@Override
	protected Map<String, String> chosenSeverities(Resource context) {
		try {
			IProject project = projectOf(context == null ? null : context.getURI());
			if (project != null) {
				PerfSettingsWatch.watch(project); // its own settings, once changed, check it again
			}
			return PerfPreferences.severities(project);
		} catch (IllegalStateException e) {
			return Map.of(); // no workspace (a headless run): the profile and the shipped defaults
		}
	}

	/** The workspace project of a resource's URI (platform:/resource/P/… or a file in a project), or null. */
	public static IProject projectOf(URI uri) {
		if (uri == null) {
			return null;
		}
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		if (uri.isPlatformResource() && uri.segmentCount() > 1) {
			return root.getProject(URI.decode(uri.segment(1)));
		}
		if (uri.isFile()) {
			IFile[] files = root.findFilesForLocationURI(java.net.URI.create(uri.toString()));
			return files.length == 0 ? null : files[0].getProject();
		}
		return null;
	}
}
