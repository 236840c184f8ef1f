// SPDX-License-Identifier: EPL-2.0
package org.jixiao.rcp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

/**
 * Makes a file outside the workspace a workspace file: a project named after its folder (in the
 * workspace, with the .perf nature when the .perf tooling is installed) gets a link to every
 * {@code .perf} file of that folder. Edits are saved to the original files; the folder itself
 * receives nothing (no {@code .project}, no generated forms), those stay in the workspace project.
 * The siblings are linked too so that a framework declared in one file is visible to the others.
 */
public final class JixiaoWorkspaceFiles {

	/** The project nature of org.jixiao.dsl.ui (builder: validation and form generation). */
	public static final String PERF_NATURE = "org.jixiao.dsl.ui.perfNature";

	private static final String EXTENSION = ".perf";

	private JixiaoWorkspaceFiles() {
	}

	/** The workspace file for a file of the local file system, linking it in if needed. */
	public static IFile fileFor(Path path) throws CoreException {
		Path file = path.toAbsolutePath().normalize();
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IWorkspaceRoot root = workspace.getRoot();
		for (IFile existing : root.findFilesForLocationURI(file.toFile().toURI())) {
			if (existing.exists() && existing.getProject().isOpen()) {
				return existing;
			}
		}
		String name = file.getFileName().toString();
		IProject project = projectFor(root, file.getParent(), name);
		workspace.run(monitor -> link(project, file, monitor), root, IWorkspace.AVOID_UPDATE, null);
		return project.getFile(name);
	}

	/** The project named after the folder, or name-2, name-3 … if that one has another file of the name. */
	private static IProject projectFor(IWorkspaceRoot root, Path folder, String fileName) {
		Path folderName = folder.getFileName();
		String base = folderName == null ? "jixiao" : folderName.toString();
		for (int i = 1;; i++) {
			IProject candidate = root.getProject(i == 1 ? base : base + "-" + i);
			if (!candidate.exists() || candidate.isOpen() && !candidate.getFile(fileName).exists()) {
				return candidate;
			}
		}
	}

	private static void link(IProject project, Path file, IProgressMonitor monitor) throws CoreException {
		if (!project.exists()) {
			project.create(monitor);
		}
		if (!project.isOpen()) {
			project.open(monitor);
		}
		addPerfNature(project, monitor);
		List<Path> links = new ArrayList<>(perfFiles(file.getParent()));
		if (!links.contains(file)) {
			links.add(file);
		}
		for (Path linked : links) {
			IFile link = project.getFile(linked.getFileName().toString());
			if (!link.exists()) {
				link.createLink(IPath.fromOSString(linked.toString()), IResource.NONE, monitor);
			}
		}
	}

	static void addPerfNature(IProject project, IProgressMonitor monitor) throws CoreException {
		IWorkspace workspace = project.getWorkspace();
		IProjectDescription description = project.getDescription();
		if (workspace.getNatureDescriptor(PERF_NATURE) == null || description.hasNature(PERF_NATURE)) {
			return;
		}
		String[] natures = description.getNatureIds();
		String[] added = new String[natures.length + 1];
		System.arraycopy(natures, 0, added, 0, natures.length);
		added[natures.length] = PERF_NATURE;
		description.setNatureIds(added);
		project.setDescription(description, monitor);
	}

	private static List<Path> perfFiles(Path folder) throws CoreException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(EXTENSION)).sorted()
					.toList();
		} catch (IOException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
	}
}
