// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.builder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.ui.PerfIssueMarkers;
import org.jixiao.dsl.ui.internal.PerfUiInjector;
import org.jixiao.dsl.ui.preferences.PerfPreferences;
import org.jixiao.dsl.ui.preferences.PerfRegionLayouts;
import org.jixiao.dsl.ui.preferences.PerfSettingsWatch;
import org.jixiao.model.PerfDocument;

import com.google.inject.Injector;

/**
 * One pass over a project, shared by the builder and the "generate forms" command: loads every .perf
 * file into one resource set, validates each with the language's validator (the checks of
 * {@code ./jixiao validate}, with the preferences' profile), replaces its problem markers, and
 * generates the forms of the requested files that have no errors; the forms of files with errors
 * are marked out of date ({@link PerfOutdatedForms}).
 */
public final class PerfProjectBuild {

	private static final String EXTENSION = "perf";

	/**
	 * What happened to one requested file: its errors, the forms written, or why writing failed; for
	 * a file with errors, how many of its earlier forms are now marked out of date.
	 */
	public record Outcome(IFile file, int errors, List<IFile> forms, String problem, int outdated) {

		public boolean generated() {
			return errors == 0 && problem == null;
		}
	}

	private final IProject project;
	private final PerfGeneratedForms forms;
	private final PerfOutdatedForms outdated;

	private final PerfRegionLayouts layouts;

	/** A pass with the project's settings (its own, or the workspace's). */
	public PerfProjectBuild(IProject project) {
		this.project = project;
		this.layouts = PerfRegionLayouts.of(project);
		this.forms = new PerfGeneratedForms(project, PerfPreferences.outputFolder(project), layouts.layouts(),
				PerfPreferences.layout(project));
		this.outdated = new PerfOutdatedForms(forms.folder());
		PerfSettingsWatch.watch(project);
	}

	public PerfGeneratedForms forms() {
		return forms;
	}

	/** What the outcomes of a run say, for the status line ("已生成 3 张表格到 forms/" …). */
	public PerfBuildSummary summary(List<Outcome> outcomes) {
		return PerfBuildSummary.of(outcomes, PerfPreferences.outputFolder(project));
	}

	public static boolean isPerfFile(IResource resource) {
		return resource.getType() == IResource.FILE && EXTENSION.equals(resource.getFileExtension());
	}

	static boolean isOutputFolder(IResource resource) {
		return resource.getType() == IResource.FOLDER && resource.getProjectRelativePath()
				.equals(IPath.fromPortableString(PerfPreferences.outputFolder(resource.getProject())));
	}

	/** The .perf files of a project, in path order, outside the output folder. */
	public static List<IFile> perfFiles(IProject project) throws CoreException {
		List<IFile> files = new ArrayList<>();
		project.accept(resource -> {
			if (isPerfFile(resource)) {
				files.add((IFile) resource);
			}
			return !isOutputFolder(resource);
		});
		files.sort((a, b) -> a.getFullPath().toPortableString().compareTo(b.getFullPath().toPortableString()));
		return files;
	}

	/** Validates every .perf file of the project and generates the forms of {@code generate}. */
	public List<Outcome> run(Collection<IFile> generate, IProgressMonitor monitor) throws CoreException {
		List<IFile> files = perfFiles(project);
		SubMonitor progress = SubMonitor.convert(monitor, "检查 .perf 文件并生成表格 / checking and generating",
				2 * files.size() + 4 * generate.size() + 1);
		progress.split(1);
		applyProfile();

		Injector injector = PerfUiInjector.get();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
		Map<IFile, Resource> resources = new LinkedHashMap<>();
		Map<IFile, String> unreadable = new LinkedHashMap<>();
		for (IFile file : files) {
			progress.split(1).subTask("读取 " + file.getName());
			load(resourceSet, file, resources, unreadable);
		}
		EcoreUtil.resolveAll(resourceSet);

		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		Map<IFile, Integer> errors = new LinkedHashMap<>();
		for (IFile file : files) {
			progress.split(1).subTask("检查 " + file.getName());
			file.deleteMarkers(PerfIssueMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO);
			Resource resource = resources.get(file);
			if (resource == null) {
				marker(file, "无法读取文件：" + unreadable.get(file));
				errors.put(file, 1);
				continue;
			}
			List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			for (Issue issue : issues) {
				PerfIssueMarkers.create(file, issue);
			}
			errors.put(file, (int) issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).count());
		}

		List<IFile> requested = withOutdated(generate, files, errors);
		progress.setWorkRemaining(4 * requested.size());
		List<Outcome> outcomes = new ArrayList<>();
		for (IFile file : requested) {
			SubMonitor step = progress.split(4);
			int fileErrors = errors.getOrDefault(file, 0);
			Resource resource = resources.get(file);
			if (fileErrors > 0 || resource == null) {
				int marked = outdated.mark(file, Math.max(fileErrors, 1));
				outcomes.add(new Outcome(file, Math.max(fileErrors, 1), List.of(), null, marked));
				continue;
			}
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PerfDocument document)) {
				outcomes.add(new Outcome(file, 0, List.of(), null, 0)); // an empty file has no forms
				continue;
			}
			try {
				outcomes.add(new Outcome(file, 0, forms.write(file, document, step), null, 0));
				outdated.clear(file);
			} catch (CoreException e) {
				marker(file, "无法生成表格：" + e.getStatus().getMessage());
				outcomes.add(new Outcome(file, 0, List.of(), e.getStatus().getMessage(), 0));
			}
		}
		return outcomes;
	}

	/**
	 * The requested files, plus the files whose forms are out of date and that have no errors now
	 * (an error in a framework another file declares, since corrected): their forms are generated
	 * again, so that a mark never outlives its cause. The forms of the other files with errors are
	 * marked out of date as well — they were not generated from the current text either.
	 */
	private List<IFile> withOutdated(Collection<IFile> generate, List<IFile> files, Map<IFile, Integer> errors)
			throws CoreException {
		List<IFile> requested = new ArrayList<>(generate);
		for (IFile file : files) {
			if (requested.contains(file)) {
				continue;
			}
			int fileErrors = errors.getOrDefault(file, 0);
			if (fileErrors > 0) {
				outdated.mark(file, fileErrors);
			} else if (outdated.isOutdated(file)) {
				requested.add(file);
			}
		}
		return requested;
	}

	/** Removes the problem markers and the generated forms of the project. */
	public void clean(IProgressMonitor monitor) throws CoreException {
		project.deleteMarkers(PerfIssueMarkers.MARKER_TYPE, true, IResource.DEPTH_INFINITE);
		forms.removeAll();
	}

	private void applyProfile() throws CoreException {
		project.deleteMarkers(PerfIssueMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO);
		String problem = PerfUiInjector.applyPreferences();
		if (problem != null) {
			marker(project, problem);
		}
		if (layouts.problem() != null) {
			marker(project, layouts.problem());
		}
	}

	private static void load(XtextResourceSet resourceSet, IFile file, Map<IFile, Resource> resources,
			Map<IFile, String> unreadable) {
		if (file.getLocation() == null) {
			unreadable.put(file, "不在本地文件系统中");
			return;
		}
		URI uri = URI.createFileURI(file.getLocation().toFile().getAbsolutePath());
		Resource resource = resourceSet.createResource(uri);
		try {
			resource.load(resourceSet.getLoadOptions());
			resources.put(file, resource);
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			unreadable.put(file, e.getMessage());
		}
	}

	/** A problem of our own (not an issue of the language): unreadable file, bad profile, failed writing. */
	private static void marker(IResource resource, String message) throws CoreException {
		IMarker marker = resource.createMarker(PerfIssueMarkers.MARKER_TYPE);
		marker.setAttribute(IMarker.MESSAGE, message);
		marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
		if (resource.getType() == IResource.FILE) {
			marker.setAttribute(IMarker.LINE_NUMBER, 1);
		}
	}
}
