// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.forms.importer.PerfTableImporter;
import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.forms.review.PerfReviewEntry;
import org.jixiao.forms.review.PerfReviewFinding;
import org.jixiao.forms.review.PerfReviewSeverity;
import org.jixiao.model.Form;
import org.jixiao.model.Goal;
import org.jixiao.model.Indicator;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.ProjectForm;

import com.google.inject.Injector;

/**
 * The review of one unit's submissions: workbooks and pasted text imported in memory (nothing is
 * written beside the submissions), every document of the unit loaded into one resource set with the
 * unit's index installed (so that the stages of one unit see each other, and no other unit's), each
 * checked, its findings taken with their goal, indicator and value as filed, and the whole set released.
 * A file that cannot be read or imported gives a summary row with the reason; it never stops the unit.
 */
final class PerfUnitReview {

	static final String PERF = ".perf";
	/** The form column of a file without any form (a framework or an indicator library, a text without forms). */
	static final String FILE_ROW = "（没有表格）";
	/** After the name of an imported file in a finding's location: the line and column are those of the import's result. */
	static final String IMPORTED = "（导入结果）";

	/** The findings of one unit: its summary rows and its findings, in file order. */
	record Outcome(List<PerfReviewEntry> entries, List<PerfReviewFinding> findings) {
	}

	/** One file of the unit, loaded: its name as shown, the import's notes (none for .perf). */
	private record Loaded(Resource resource, String name, List<PerfImportNote> notes, boolean imported, Path path) {
	}

	private final Injector injector;
	private final PerfTableImporter importer;

	PerfUnitReview(Injector injector, PerfTableImporter importer) {
		this.injector = injector;
		this.importer = importer;
	}

	/**
	 * Reviews the unit's files ({@code display} gives each file's name as shown); {@code done} is told of
	 * each file as it is read, for the progress.
	 */
	Outcome review(String unit, List<Path> files, Map<Path, String> display, Consumer<String> done) {
		List<PerfReviewEntry> entries = new ArrayList<>();
		List<PerfReviewFinding> findings = new ArrayList<>();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
		List<Loaded> loaded = new ArrayList<>();
		try {
			for (Path file : files) {
				String name = display.get(file);
				Loaded one = load(resourceSet, file, name, unit, entries, findings);
				if (one != null) {
					loaded.add(one);
				}
				done.accept(name);
			}
			index(resourceSet, loaded, unit, entries);
			IResourceValidator validator = injector.getInstance(IResourceValidator.class);
			for (Loaded one : loaded) {
				check(validator, one, unit, entries, findings);
			}
		} finally {
			// only the findings are kept: the documents go with the set
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				resource.unload();
			}
			resourceSet.getResources().clear();
		}
		return new Outcome(entries, findings);
	}

	/** Loads a .perf file, or imports a workbook or text and loads its result; null, with a summary row, when neither works. */
	private Loaded load(XtextResourceSet resourceSet, Path file, String name, String unit, List<PerfReviewEntry> entries,
			List<PerfReviewFinding> findings) {
		try {
			if (file.getFileName().toString().endsWith(PERF)) {
				Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
				resource.load(resourceSet.getLoadOptions());
				return new Loaded(resource, name, List.of(), false, file.toAbsolutePath().normalize());
			}
			PerfImportResult result = importer.importFile(file, name);
			if (result.hasErrors()) {
				List<PerfImportNote> problems = result.report().stream().filter(n -> n.severity() == PerfImportNote.Severity.ERROR).toList();
				unreadable(unit, name, problems.stream().map(PerfUnitReview::note).toList(), entries, findings);
				return null;
			}
			// the imported document under a name of its own: beside the submission, never written there
			URI uri = URI.createFileURI(file.toAbsolutePath().normalize() + PERF);
			Resource resource = resourceSet.createResource(uri);
			resource.load(new ByteArrayInputStream(result.perfText().getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
			return new Loaded(resource, name, result.report(), true, file.toAbsolutePath().normalize());
		} catch (IOException e) {
			unreadable(unit, name, List.of("无法读取文件 (cannot read)：" + e.getMessage()), entries, findings);
		} catch (StackOverflowError e) {
			unreadable(unit, name, List.of("文件嵌套层次太深，无法读取。 (nested too deeply to be read)"), entries, findings);
		} catch (RuntimeException e) {
			unreadable(unit, name, List.of(PerfInternalError.problem(name, e).message()), entries, findings);
		}
		removeFailed(resourceSet);
		return null;
	}

	/** A resource whose load failed half-way is not kept in the set. */
	private static void removeFailed(XtextResourceSet resourceSet) {
		resourceSet.getResources().removeIf(r -> !r.isLoaded());
	}

	/** What the documents of the unit declare for each other (frameworks, libraries, the stages a later stage follows). */
	private void index(XtextResourceSet resourceSet, List<Loaded> loaded, String unit, List<PerfReviewEntry> entries) {
		IResourceDescription.Manager descriptions = injector.getInstance(IResourceDescription.Manager.class);
		PerfIndex index = new PerfIndex();
		for (Loaded one : loaded) {
			try {
				index.add(descriptions.getResourceDescription(one.resource()));
			} catch (RuntimeException | StackOverflowError e) {
				// checked below all the same, where the failure is reported with the file
			}
		}
		index.install(resourceSet);
	}

	private void check(IResourceValidator validator, Loaded one, String unit, List<PerfReviewEntry> entries,
			List<PerfReviewFinding> findings) {
		List<Issue> issues;
		try {
			issues = validator.validate(one.resource(), CheckMode.ALL, CancelIndicator.NullImpl);
		} catch (RuntimeException | StackOverflowError e) {
			unreadable(unit, one.name(), List.of(PerfInternalError.problem(one.name(), e).message()), entries, findings);
			return;
		}
		issues = new ArrayList<>(issues);
		issues.sort(Comparator.comparing((Issue i) -> i.getLineNumber() == null ? 0 : i.getLineNumber())
				.thenComparing(i -> i.getColumn() == null ? 0 : i.getColumn()));
		// one summary row per form, in the file's order; what stands outside any form (the file's encoding,
		// the import's notes) counts for the file's first form, or for a row of the file when it has none
		Map<Object, int[]> counts = new LinkedHashMap<>();
		Map<Object, String> labels = new LinkedHashMap<>();
		Map<Object, Integer> numbers = new LinkedHashMap<>();
		PerfDocument document = one.resource().getContents().isEmpty() ? null
				: one.resource().getContents().get(0) instanceof PerfDocument d ? d : null;
		if (document != null) {
			for (Form form : document.getElements().stream().filter(Form.class::isInstance).map(Form.class::cast).toList()) {
				counts.put(form, new int[3]);
				labels.put(form, label(form));
				numbers.put(form, numbers.size() + 1);
			}
		}
		Object fileRow = counts.isEmpty() ? FILE_ROW : counts.keySet().iterator().next();
		counts.computeIfAbsent(fileRow, k -> new int[3]);
		labels.putIfAbsent(fileRow, FILE_ROW);
		List<String> importNotes = new ArrayList<>();
		for (PerfImportNote note : one.notes()) {
			if (note.severity() != PerfImportNote.Severity.INFO) {
				importNotes.add(note(note));
				PerfReviewSeverity severity = note.severity() == PerfImportNote.Severity.ERROR ? PerfReviewSeverity.ERROR
						: PerfReviewSeverity.WARNING;
				counts.get(fileRow)[severity.ordinal()]++;
				findings.add(new PerfReviewFinding(unit, labels.get(fileRow), "", "", "", PerfIssueCodes.INPUT, note.message(), severity,
						note.source() + ":" + note.line() + ":" + note.column()));
			}
		}
		for (Issue issue : issues) {
			EObject object = object(one.resource(), issue);
			Form form = container(object, Form.class);
			Object row = form != null && counts.containsKey(form) ? form : fileRow;
			PerfReviewSeverity severity = severity(issue);
			counts.get(row)[severity.ordinal()]++;
			Goal goal = container(object, Goal.class);
			Indicator indicator = container(object, Indicator.class);
			int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
			int column = issue.getColumn() == null ? 1 : issue.getColumn();
			PerfProblem problem = new PerfProblem(one.name() + (one.imported() ? IMPORTED : ""), line, column,
					PerfProblem.Severity.valueOf(severity.name()), PerfWorkspace.code(issue.getCode()), issue.getMessage());
			findings.add(new PerfReviewFinding(unit, labels.get(row), goal == null ? "" : goalName(goal),
					indicator == null || indicator.getName() == null ? "" : indicator.getName(),
					indicator == null ? "" : asFiled(indicator.getValue()), problem.code(), problem.message(), severity,
					problem.file() + ":" + line + ":" + column, one.path().toString(), form == null ? 0 : numbers.getOrDefault(form, 0)));
		}
		String notes = String.join("\n", importNotes);
		boolean first = true;
		for (Map.Entry<Object, int[]> row : counts.entrySet()) {
			int[] n = row.getValue();
			entries.add(new PerfReviewEntry(unit, labels.get(row.getKey()), one.name(), n[0], n[1], n[2], first ? notes : "", false));
			first = false;
		}
	}

	private static void unreadable(String unit, String name, List<String> reasons, List<PerfReviewEntry> entries,
			List<PerfReviewFinding> findings) {
		String reason = String.join("\n", reasons);
		entries.add(PerfReviewEntry.unreadable(unit, name, reason));
		findings.add(PerfReviewFinding.unreadable(unit, reason, name + ":1:1"));
	}

	/** An import note as the summary lists it: where in the submission (line and column, or sheet and cell), and what; the file is in its own column. */
	private static String note(PerfImportNote note) {
		String text = note.format();
		return text.startsWith(note.source() + ":") ? text.substring(note.source().length() + 1) : text;
	}

	private static EObject object(Resource resource, Issue issue) {
		URI uri = issue.getUriToProblem();
		if (uri == null || uri.fragment() == null) {
			return null;
		}
		try {
			return resource.getEObject(uri.fragment());
		} catch (RuntimeException e) {
			return null;
		}
	}

	private static <T> T container(EObject object, Class<T> type) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (type.isInstance(o)) {
				return type.cast(o);
			}
		}
		return null;
	}

	/** The form as the reviewer names it: its kind, the project's name, the year. */
	static String label(Form form) {
		PerfFormKind kind = PerfFormKind.of(form);
		StringBuilder text = new StringBuilder(kind == null ? form.eClass().getName() : kind.label());
		if (form instanceof ProjectForm project && project.getName() != null) {
			text.append(" ").append(project.getName());
		}
		if (form.getYear() != null) {
			text.append(" ").append(form.getYear()).append(" 年");
		}
		return text.toString();
	}

	private static String goalName(Goal goal) {
		if (goal.getName() != null) {
			return goal.getName();
		}
		return goal.getText() == null ? "" : goal.getText();
	}

	/** The value as the unit wrote it (the source text, not a normalised value). */
	private static String asFiled(EObject value) {
		if (value == null) {
			return "";
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(value);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}

	private static PerfReviewSeverity severity(Issue issue) {
		return switch (PerfWorkspace.severity(issue.getSeverity())) {
		case ERROR -> PerfReviewSeverity.ERROR;
		case WARNING -> PerfReviewSeverity.WARNING;
		default -> PerfReviewSeverity.INFO;
		};
	}
}
