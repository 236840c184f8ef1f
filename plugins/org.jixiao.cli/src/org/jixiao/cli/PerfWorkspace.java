// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.model.PerfDocument;

import com.google.inject.Injector;

/**
 * The .perf files named on a command line, loaded together into one resource set so that a
 * framework declared in one file is visible to the others. Files that cannot be read are
 * reported as problems of their own, never as exceptions.
 * <p>
 * A workspace made by {@link #scan} only checks, and holds one document at a time, so that
 * thousands of files fit in a small heap (docs/reliability.md, "Load"): a first pass reads each
 * file for what it declares for the others (frameworks, indicator libraries: the small index the
 * global scope reads instead of the loaded documents) and releases it; {@link #validate()} then
 * loads, checks and releases one file after the other. What another file declares is loaded while
 * a file that uses it is checked, and released with it.
 */
public final class PerfWorkspace {

	private static final String EXTENSION = ".perf";

	private final Injector injector;
	private final XtextResourceSet resourceSet;
	private final Map<Resource, String> displayNames = new LinkedHashMap<>();
	private final List<PerfProblem> inputProblems = new ArrayList<>();
	private final Map<Resource, List<Issue>> issues = new LinkedHashMap<>();
	/** Made by {@link #scan}: the files to check one at a time, with their display names; else null. */
	private final Map<Path, String> released;

	private PerfWorkspace(Injector injector, boolean release) {
		this.injector = injector;
		this.released = release ? new LinkedHashMap<>() : null;
		this.resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
	}

	public static PerfWorkspace load(List<Path> inputs) {
		PerfWorkspace workspace = new PerfWorkspace(PerfInjector.get(), false);
		for (Path input : inputs) {
			workspace.add(input);
		}
		return workspace;
	}

	/**
	 * The files named, to be checked by {@link #validate()} one at a time: no document is kept, so
	 * {@link #documents()}, {@link #resources()} and {@link #issues} have none.
	 */
	public static PerfWorkspace scan(List<Path> inputs) {
		PerfWorkspace workspace = new PerfWorkspace(PerfInjector.get(), true);
		for (Path input : inputs) {
			workspace.add(input);
		}
		return workspace;
	}

	public Injector injector() {
		return injector;
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	public int fileCount() {
		return released != null ? released.size() : displayNames.size();
	}

	/** The parsed documents, in the order the user named them. */
	public List<PerfDocument> documents() {
		List<PerfDocument> documents = new ArrayList<>();
		for (Resource resource : displayNames.keySet()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PerfDocument document) {
				documents.add(document);
			}
		}
		return documents;
	}

	/** The issues {@link #validate()} found in a document (none before it ran). */
	public List<Issue> issues(Resource resource) {
		return issues.getOrDefault(resource, List.of());
	}

	/** Named inputs that could not be read (missing files, unreadable directories). */
	public List<PerfProblem> inputProblems() {
		return List.copyOf(inputProblems);
	}

	/** The loaded documents with the name under which the user named them. */
	public Map<Resource, String> resources() {
		return displayNames;
	}

	private void add(Path input) {
		if (Files.isDirectory(input)) {
			try (Stream<Path> files = Files.walk(input)) {
				files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(EXTENSION))
						.sorted(Comparator.comparing(Path::toString)).forEach(this::addFile);
			} catch (IOException e) {
				inputProblems.add(inputProblem(input, "无法读取目录：" + e.getMessage()));
			}
		} else if (!Files.exists(input)) {
			inputProblems.add(inputProblem(input, "文件不存在。"));
		} else {
			addFile(input);
		}
	}

	private void addFile(Path file) {
		if (released != null) {
			released.putIfAbsent(file.toAbsolutePath().normalize(), file.toString());
			return;
		}
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		if (resourceSet.getResource(uri, false) != null) {
			return;
		}
		Resource resource = resourceSet.createResource(uri);
		try {
			resource.load(resourceSet.getLoadOptions());
			displayNames.put(resource, file.toString());
		} catch (IOException e) {
			resourceSet.getResources().remove(resource);
			inputProblems.add(inputProblem(file, "无法读取文件：" + e.getMessage()));
		} catch (StackOverflowError e) {
			resourceSet.getResources().remove(resource);
			inputProblems.add(inputProblem(file, "文件嵌套层次太深，无法读取。 (nested too deeply to be read)"));
		} catch (RuntimeException e) {
			resourceSet.getResources().remove(resource);
			inputProblems.add(PerfInternalError.problem(file.toString(), e));
		}
	}

	private static PerfProblem inputProblem(Path path, String message) {
		return new PerfProblem(path.toString(), 1, 1, PerfProblem.Severity.ERROR, PerfIssueCodes.INPUT, message);
	}

	/**
	 * Links every document and runs all checks; problems sorted by file, line and column. The
	 * validator links each document itself (all documents are already in the resource set).
	 */
	public List<PerfProblem> validate() {
		if (released != null) {
			return validateReleasing();
		}
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<PerfProblem> problems = new ArrayList<>(inputProblems);
		for (Map.Entry<Resource, String> entry : displayNames.entrySet()) {
			List<Issue> fileIssues = validate(validator, entry.getKey(), entry.getValue(), problems);
			issues.put(entry.getKey(), fileIssues);
		}
		return problems;
	}

	/** One document's issues, added to {@code problems} in line order; a failure of its checks is reported with it. */
	private static List<Issue> validate(IResourceValidator validator, Resource resource, String name,
			List<PerfProblem> problems) {
		List<Issue> fileIssues;
		try {
			fileIssues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		} catch (RuntimeException | StackOverflowError e) {
			// the other files are still checked
			problems.add(PerfInternalError.problem(name, e));
			return List.of();
		}
		List<PerfProblem> fileProblems = new ArrayList<>();
		for (Issue issue : fileIssues) {
			fileProblems.add(toProblem(name, issue));
		}
		fileProblems.sort(Comparator.comparingInt(PerfProblem::line).thenComparingInt(PerfProblem::column));
		problems.addAll(fileProblems);
		return fileIssues;
	}

	/** The two passes of a workspace made by {@link #scan}: the index of every file, then each file checked and released. */
	private List<PerfProblem> validateReleasing() {
		IResourceDescription.Manager descriptions = injector.getInstance(IResourceDescription.Manager.class);
		PerfIndex index = new PerfIndex();
		Map<Path, String> readable = new LinkedHashMap<>();
		for (Map.Entry<Path, String> file : released.entrySet()) {
			Resource resource = loadOne(file.getKey(), file.getValue(), inputProblems);
			if (resource != null) {
				try {
					index.add(descriptions.getResourceDescription(resource));
					readable.put(file.getKey(), file.getValue());
				} catch (RuntimeException | StackOverflowError e) {
					inputProblems.add(PerfInternalError.problem(file.getValue(), e));
				}
			}
			releaseAll();
		}
		index.install(resourceSet);
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<PerfProblem> problems = new ArrayList<>(inputProblems);
		for (Map.Entry<Path, String> file : readable.entrySet()) {
			// read a second time: a file changed meanwhile is reported where it stands
			Resource resource = loadOne(file.getKey(), file.getValue(), problems);
			if (resource != null) {
				validate(validator, resource, file.getValue(), problems);
			}
			releaseAll();
		}
		return problems;
	}

	/** Loads one file into the (empty) resource set; null, with the reason added to {@code problems}, when it cannot be read. */
	private Resource loadOne(Path file, String name, List<PerfProblem> problems) {
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
		try {
			resource.load(resourceSet.getLoadOptions());
			return resource;
		} catch (IOException e) {
			problems.add(inputProblem(Path.of(name), "无法读取文件：" + e.getMessage()));
		} catch (StackOverflowError e) {
			problems.add(inputProblem(Path.of(name), "文件嵌套层次太深，无法读取。 (nested too deeply to be read)"));
		} catch (RuntimeException e) {
			problems.add(PerfInternalError.problem(name, e));
		}
		return null;
	}

	/** Every document the resource set holds (the one checked and those it used) is let go. */
	private void releaseAll() {
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			resource.unload();
		}
		resourceSet.getResources().clear();
	}

	private static PerfProblem toProblem(String file, Issue issue) {
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new PerfProblem(file, line, column, severity(issue.getSeverity()), code(issue.getCode()), issue.getMessage());
	}

	/** Our own codes as they are; Xtext's syntax and linking codes under the perf. prefix. */
	static String code(String code) {
		if (code != null && code.startsWith(PerfIssueCodes.PREFIX)) {
			return code;
		}
		return code != null && code.equals(Diagnostic.LINKING_DIAGNOSTIC) ? PerfIssueCodes.UNRESOLVED : PerfIssueCodes.SYNTAX;
	}

	static PerfProblem.Severity severity(Severity severity) {
		return switch (severity) {
		case ERROR -> PerfProblem.Severity.ERROR;
		case WARNING -> PerfProblem.Severity.WARNING;
		default -> PerfProblem.Severity.INFO;
		};
	}
}
