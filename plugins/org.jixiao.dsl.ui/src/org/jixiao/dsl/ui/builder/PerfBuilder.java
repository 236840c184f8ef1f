// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.builder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.jixiao.dsl.ui.Messages;
import org.jixiao.dsl.ui.PerfErrorDialog;

/**
 * Incremental builder of .perf projects. Whenever a .perf file is added, changed or removed, every
 * .perf file of the project is validated again (a framework declared in one file is used by the
 * others, as on the command line) and its problem markers replaced; the forms of the files that
 * changed are regenerated into the output folder, unless the file has errors (then its earlier forms
 * are marked out of date). The status line says what was generated. A removed file's forms are
 * removed. A clean build removes all markers and generated forms.
 */
public class PerfBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.jixiao.dsl.ui.perfBuilder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
		Set<IFile> changed = new LinkedHashSet<>();
		List<IPath> removed = new ArrayList<>();
		if (delta == null) {
			changed.addAll(PerfProjectBuild.perfFiles(project));
		} else {
			delta.accept(d -> {
				IResource resource = d.getResource();
				if (resource.getType() == IResource.FILE && PerfProjectBuild.isPerfFile(resource)) {
					if (d.getKind() == IResourceDelta.REMOVED) {
						removed.add(resource.getFullPath());
					} else if (d.getKind() == IResourceDelta.ADDED || (d.getFlags() & IResourceDelta.CONTENT) != 0
							|| (d.getFlags() & IResourceDelta.REPLACED) != 0) {
						changed.add((IFile) resource);
					}
				}
				return !PerfProjectBuild.isOutputFolder(resource);
			});
		}
		if (changed.isEmpty() && removed.isEmpty()) {
			return null;
		}
		try {
			PerfProjectBuild build = new PerfProjectBuild(project);
			for (IPath source : removed) {
				build.forms().removeFormsOf(source, monitor);
			}
			List<PerfProjectBuild.Outcome> outcomes = build.run(changed, monitor);
			if (!outcomes.isEmpty()) {
				PerfBuildStatusLine.show(build.summary(outcomes)); // what this save generated, or why not
			}
		} catch (RuntimeException | LinkageError | StackOverflowError e) {
			// the platform would only log it: the analyst who saved would wait for forms that never come
			PerfErrorDialog.show(Messages.Error_build, e);
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		PerfProjectBuild build = new PerfProjectBuild(getProject());
		build.clean(monitor);
	}
}
