// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.builder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.jixiao.dsl.ui.PerfUiPlugin;
import org.jixiao.forms.output.PerfGeneration;
import org.jixiao.forms.generator.PerfOutputFile;
import org.jixiao.forms.layout.PerfLayoutException;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.PerfDocument;

/**
 * The forms of a project's .perf files in its output folder, written by the generator the command
 * line uses ({@link PerfGeneration}): one workbook per form kind, unit and year, and the Word
 * documents (duty targets, 绩效自评报告 drafts), named as {@code ./jixiao generate} names them. Each file is written through the workspace
 * ({@link IFile#write}, so the workspace knows of it without a refresh), marked derived, and
 * remembers its source file so that forms a source no longer yields, or whose source was deleted,
 * are removed.
 */
public final class PerfGeneratedForms {

	/** Persistent property of a generated form: the workspace path of its .perf file. */
	public static final QualifiedName SOURCE = new QualifiedName(PerfUiPlugin.PLUGIN_ID, "source");

	private final IProject project;
	private final IPath folderPath;
	private final PerfLayouts layouts;
	private final String layout;

	/**
	 * @param layouts the layouts available (shipped, plus the region's folder)
	 * @param layout  the layout for forms that name none, or {@code null} for each kind's default
	 */
	public PerfGeneratedForms(IProject project, String folder, PerfLayouts layouts, String layout) {
		this.project = project;
		this.folderPath = IPath.fromPortableString(folder);
		this.layouts = layouts;
		this.layout = layout;
	}

	public IFolder folder() {
		return project.getFolder(folderPath);
	}

	/** Writes the forms of a document (which has no errors); returns the files written. */
	public List<IFile> write(IFile source, PerfDocument document, IProgressMonitor monitor) throws CoreException {
		PerfGeneration generator = new PerfGeneration(layouts);
		List<PerfOutputFile> workbooks;
		try {
			workbooks = generator.plan(document, layout);
		} catch (PerfLayoutException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
		SubMonitor progress = SubMonitor.convert(monitor, workbooks.size() + 1);
		IFolder folder = folder();
		create(folder, progress.split(1));
		Set<String> taken = new HashSet<>();
		List<IFile> written = new ArrayList<>();
		for (PerfOutputFile workbook : workbooks) {
			SubMonitor step = progress.split(1);
			IFile target = folder.getFile(uniqueName(workbook.fileName(), taken, folder, source.getFullPath()));
			step.subTask("生成 " + target.getName());
			byte[] bytes;
			try {
				bytes = generator.bytes(workbook);
			} catch (IOException | RuntimeException e) {
				throw new CoreException(Status.error("无法生成 " + target.getFullPath() + "：" + e.getMessage(), e));
			}
			// force: a form the analyst's spreadsheet program rewrote is generated again all the same
			target.write(bytes, true, true, false, step);
			target.setDerived(true, null);
			target.setPersistentProperty(SOURCE, source.getFullPath().toPortableString());
			written.add(target);
		}
		removeStale(source.getFullPath(), written);
		return written;
	}

	/** Removes the forms generated from a source file (it was deleted). */
	public void removeFormsOf(IPath source, IProgressMonitor monitor) throws CoreException {
		removeStale(source, List.of());
	}

	/** Removes every generated form of the project (clean build). */
	public void removeAll() throws CoreException {
		IFolder folder = folder();
		if (!folder.exists()) {
			return;
		}
		for (IResource member : folder.members()) {
			if (member instanceof IFile file && sourceOf(file) != null) {
				file.delete(true, null);
			}
		}
	}

	private void removeStale(IPath source, Collection<IFile> keep) throws CoreException {
		IFolder folder = folder();
		if (!folder.exists()) {
			return;
		}
		String path = source.toPortableString();
		for (IResource member : folder.members()) {
			if (member instanceof IFile file && path.equals(sourceOf(file)) && !keep.contains(file)) {
				file.delete(true, null);
			}
		}
	}

	/** The workbook's own name, or name-2 … when another source (or the analyst) already has that name. */
	private static String uniqueName(String fileName, Set<String> taken, IFolder folder, IPath source)
			throws CoreException {
		int dot = fileName.lastIndexOf('.');
		String stem = dot < 0 ? fileName : fileName.substring(0, dot);
		String extension = dot < 0 ? "" : fileName.substring(dot);
		for (int i = 1;; i++) {
			String name = i == 1 ? fileName : stem + "-" + i + extension;
			if (!taken.add(name)) {
				continue;
			}
			IFile existing = folder.getFile(name);
			if (!existing.exists() || source.toPortableString().equals(sourceOf(existing))) {
				return name;
			}
		}
	}

	private static String sourceOf(IFile file) throws CoreException {
		return file.exists() ? file.getPersistentProperty(SOURCE) : null;
	}

	private static void create(IContainer container, IProgressMonitor monitor) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			create(folder.getParent(), monitor);
			folder.create(true, true, monitor);
		}
	}
}
