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
 */
public final class PerfWorkspace {

	private static final String EXTENSION = ".perf";

	private final Injector injector;
	private final XtextResourceSet resourceSet;
	private final Map<Resource, String> displayNames = new LinkedHashMap<>();
	private final List<PerfProblem> inputProblems = new ArrayList<>();
	private final Map<Resource, List<Issue>> issues = new LinkedHashMap<>();

	private PerfWorkspace(Injector injector) {
		this.injector = injector;
		this.resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
	}

	public static PerfWorkspace load(List<Path> inputs) {
		PerfWorkspace workspace = new PerfWorkspace(PerfInjector.get());
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
		return displayNames.size();
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
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<PerfProblem> problems = new ArrayList<>(inputProblems);
		for (Map.Entry<Resource, String> entry : displayNames.entrySet()) {
			List<PerfProblem> fileProblems = new ArrayList<>();
			List<Issue> fileIssues;
			try {
				fileIssues = validator.validate(entry.getKey(), CheckMode.ALL, CancelIndicator.NullImpl);
			} catch (RuntimeException | StackOverflowError e) {
				// a failure of one file's checks is reported with it; the other files are still checked
				problems.add(PerfInternalError.problem(entry.getValue(), e));
				fileIssues = List.of();
			}
			issues.put(entry.getKey(), fileIssues);
			for (Issue issue : fileIssues) {
				fileProblems.add(toProblem(entry.getValue(), issue));
			}
			fileProblems.sort(Comparator.comparingInt(PerfProblem::line).thenComparingInt(PerfProblem::column));
			problems.addAll(fileProblems);
		}
		return problems;
	}

	private static PerfProblem toProblem(String file, Issue issue) {
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new PerfProblem(file, line, column, severity(issue.getSeverity()), code(issue.getCode()), issue.getMessage());
	}

	/** Our own codes as they are; Xtext's syntax and linking codes under the perf. prefix. */
	private static String code(String code) {
		if (code != null && code.startsWith(PerfIssueCodes.PREFIX)) {
			return code;
		}
		return code != null && code.equals(Diagnostic.LINKING_DIAGNOSTIC) ? PerfIssueCodes.UNRESOLVED : PerfIssueCodes.SYNTAX;
	}

	private static PerfProblem.Severity severity(Severity severity) {
		return switch (severity) {
		case ERROR -> PerfProblem.Severity.ERROR;
		case WARNING -> PerfProblem.Severity.WARNING;
		default -> PerfProblem.Severity.INFO;
		};
	}
}
