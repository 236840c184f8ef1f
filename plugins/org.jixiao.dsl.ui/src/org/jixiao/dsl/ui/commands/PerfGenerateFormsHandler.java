// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.jixiao.dsl.ui.builder.PerfProjectBuild;

/**
 * 生成报表 / Generate forms: the forms of the selected .perf files (or of every .perf file of the
 * selected projects and folders, or of the file in the active editor) are written into the output
 * folder, in a background job with progress and cancel ({@link PerfGenerateFormsJob}).
 */
public class PerfGenerateFormsHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.jixiao.dsl.ui.commands.generateForms";

	@Override
	public Object execute(ExecutionEvent event) {
		Map<IProject, Set<IFile>> targets = targets(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
		if (!targets.isEmpty()) {
			new PerfGenerateFormsJob(targets, HandlerUtil.getActiveShell(event)).schedule();
		}
		return null;
	}

	/**
	 * The .perf files to generate, by project: the resources of a structured selection (Project
	 * Explorer), else the file of the active editor (whose selection is text).
	 */
	public static Map<IProject, Set<IFile>> targets(ISelection selection, IEditorPart editor) {
		List<IResource> chosen = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource != null) {
					chosen.add(resource);
				}
			}
		}
		if (chosen.isEmpty() && editor != null) {
			IEditorInput input = editor.getEditorInput();
			IFile file = input == null ? null : input.getAdapter(IFile.class);
			if (file != null) {
				chosen.add(file);
			}
		}
		Map<IProject, Set<IFile>> targets = new LinkedHashMap<>();
		for (IResource resource : chosen) {
			try {
				for (IFile file : perfFilesIn(resource)) {
					targets.computeIfAbsent(file.getProject(), p -> new LinkedHashSet<>()).add(file);
				}
			} catch (CoreException e) {
				// a closed project or a resource gone meanwhile: nothing to generate from it
			}
		}
		return targets;
	}

	private static List<IFile> perfFilesIn(IResource resource) throws CoreException {
		if (resource instanceof IFile file) {
			return PerfProjectBuild.isPerfFile(file) ? List.of(file) : List.of();
		}
		if (resource instanceof IProject project) {
			return project.isOpen() ? PerfProjectBuild.perfFiles(project) : List.of();
		}
		List<IFile> files = new ArrayList<>();
		if (resource instanceof IContainer container && container.isAccessible()) {
			container.accept(r -> {
				if (PerfProjectBuild.isPerfFile(r)) {
					files.add((IFile) r);
				}
				return true;
			});
		}
		return files;
	}
}
