// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.forms.importer.PerfImportedRow;
import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.model.Form;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.ProjectTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Imports each published form of {@code wild/} (forms of eleven provinces, as page text) and
 * compares the indicator rows with the rows written by reading the source ({@code .expected.tsv}):
 * name, comparator, target, unit, actual, weight and score, row by row. A form whose text cannot
 * be split into cells must be refused with an error that names the header found. The rows and
 * forms the importer does not yet read exactly are listed with what it reads instead in
 * {@code wild-differences.tsv}: the test fails when a difference appears that is not listed, and
 * when a listed one no longer occurs (then the list shrinks), so the score can only be raised.
 * Every form imported is of the kind {@code corpus.tsv} gives (a project's targets, a department's
 * self-evaluation …); a form the importer refuses is exempt.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfWildCorpusTest {

	@Inject
	private PerfImportSupport imports;

	private static final Path WILD = Path.of("wild");
	static final List<String> FIELDS = List.of("name", "comparator", "target", "unit", "actual", "weight", "score");
	private static final Map<String, List<String>> FOUND = new LinkedHashMap<>();

	/** corpus.tsv's kinds → the form kind's key. */
	private static final Map<String, String> KINDS = Map.of("project-declaration", "project", "project-selfeval", "project-selfeval",
			"department-declaration", "department", "department-selfeval", "department-selfeval");

	static Stream<String> forms() throws IOException {
		return Files.readAllLines(WILD.resolve("corpus.tsv"), StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
				.map(l -> l.split("\t")[0]);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void importsTheRowsAsPrinted(String file) throws IOException {
		String text = Files.readString(WILD.resolve(file), StandardCharsets.UTF_8);
		PerfImportResult result = imports.importer().importText(text, file);
		List<Map<String, String>> expected = expected(file.replace(".txt", ".expected.tsv"));
		List<String> differences = new ArrayList<>();
		if (result.hasErrors()) {
			PerfImportNote error = result.report().stream().filter(n -> n.severity() == PerfImportNote.Severity.ERROR).findFirst().get();
			// a refusal says where and which header it found
			assertThat(error.message()).as(file + ": the refusal names the header").containsPattern("表头");
			differences.add(file + "\t-\trefused\t" + expected.size() + " rows\t" + error.message().replaceAll("[\t\n]", " "));
		} else {
			List<String> kinds = result.document().getElements().stream().filter(Form.class::isInstance)
					.map(f -> PerfFormKind.of((Form) f).key()).toList();
			assertThat(kinds).as(file + ": the forms imported are of the form's kind").isNotEmpty()
					.containsOnly(KINDS.get(corpus(file).get("kind")));
			List<PerfImportedRow> rows = result.rows();
			for (int i = 0; i < Math.max(rows.size(), expected.size()); i++) {
				if (i >= rows.size()) {
					differences.add(file + "\t" + (i + 1) + "\tmissing\t" + expected.get(i).get("name") + "\t");
					continue;
				}
				if (i >= expected.size()) {
					differences.add(file + "\t" + (i + 1) + "\textra\t\t" + rows.get(i).name());
					continue;
				}
				Map<String, String> actual = fields(rows.get(i));
				for (String field : FIELDS) {
					String want = expected.get(i).getOrDefault(field, "");
					String got = actual.get(field);
					if (!want.equals(got)) {
						differences.add(file + "\t" + (i + 1) + "\t" + field + "\t" + want + "\t" + got);
					}
				}
			}
		}
		synchronized (FOUND) {
			FOUND.put(file, differences);
		}
		assertThat(differences).as(file + ": rows that differ from the source (form, row, field, expected, imported)")
				.containsExactlyInAnyOrderElementsOf(listed(file));
	}

	@Test
	void severalProjectsOnOneSheetAreProjectTablesOfTheirOwn() throws IOException {
		String file = "10-sichuan-jingyan-mata.txt";
		PerfImportResult result = imports.importer().importText(Files.readString(WILD.resolve(file), StandardCharsets.UTF_8), file);
		List<ProjectTable> projects = result.document().getElements().stream().filter(ProjectTable.class::isInstance)
				.map(ProjectTable.class::cast).toList();
		assertThat(projects).extracting(ProjectTable::getName).containsExactly("村组干部报酬", "基层组织活动经费");
		// 金额单位:元, the language's money is 万元
		assertThat(projects).extracting(p -> p.getBudget().toPlainString()).containsExactly("330.984", "66");
		assertThat(projects).allSatisfy(p -> {
			assertThat(p.getUnit()).isEqualTo("820001-井研县马踏镇人民政府");
			assertThat(p.getYear()).isEqualTo(2023);
		});
		assertThat(projects.get(0).getGoals().get(0).getText()).isEqualTo("按时发放村组干部报酬");
	}

	@Test
	void aSelfEvaluationGetsTheNameAndUnitsItPrints() throws IOException {
		String file = "22-sichuan-qingshen-gongzi.txt";
		PerfImportResult result = imports.importer().importText(Files.readString(WILD.resolve(file), StandardCharsets.UTF_8), file);
		ProjectSelfEvaluation form = (ProjectSelfEvaluation) result.document().getElements().get(0);
		assertThat(form.getName()).isEqualTo("51000021R000000019951-工资性支出");
		assertThat(form.getSupervisor()).isEqualTo("青神县发展和改革局本级");
		assertThat(form.getImplementer()).isEqualTo("青神县发展和改革局");
		assertThat(form.getYear()).isEqualTo(2023);
	}

	/** Prints the score: forms and rows imported exactly. */
	@AfterAll
	static void score() throws IOException {
		int forms = 0;
		int exactForms = 0;
		int rows = 0;
		int exactRows = 0;
		for (Map.Entry<String, List<String>> form : FOUND.entrySet()) {
			int expected = expected(form.getKey().replace(".txt", ".expected.tsv")).size();
			TreeSet<String> wrong = new TreeSet<>();
			boolean refused = false;
			for (String difference : form.getValue()) {
				String[] parts = difference.split("\t");
				refused |= parts[2].equals("refused");
				if (!parts[1].equals("-") && Integer.parseInt(parts[1]) <= expected) {
					wrong.add(parts[1]);
				}
			}
			forms++;
			rows += expected;
			int exact = refused ? 0 : expected - wrong.size();
			exactRows += exact;
			exactForms += form.getValue().isEmpty() ? 1 : 0;
		}
		List<String> all = new ArrayList<>();
		FOUND.values().forEach(all::addAll);
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "wild-differences.found.tsv"), all, StandardCharsets.UTF_8);
		System.out.printf("wild corpus: %d of %d forms, %d of %d rows imported exactly%n", exactForms, forms, exactRows, rows);
	}

	/** The form's line of corpus.tsv by its header. */
	static Map<String, String> corpus(String file) throws IOException {
		List<String> lines = Files.readAllLines(WILD.resolve("corpus.tsv"), StandardCharsets.UTF_8);
		String[] header = lines.get(0).split("\t", -1);
		for (String line : lines) {
			String[] cells = line.split("\t", -1);
			if (cells[0].equals(file)) {
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.length && i < cells.length; i++) {
					row.put(header[i], cells[i]);
				}
				return row;
			}
		}
		throw new IllegalArgumentException(file + " is not in corpus.tsv");
	}

	/** A row as read, by the fields the expected rows give. */
	static Map<String, String> fields(PerfImportedRow row) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", n(row.name()));
		fields.put("comparator", n(row.comparator()));
		fields.put("target", n(row.target()));
		fields.put("unit", n(row.unit()));
		fields.put("actual", n(row.actual()));
		fields.put("weight", n(row.weight()));
		fields.put("score", n(row.score()));
		return fields;
	}

	private static String n(String text) {
		return text == null ? "" : text;
	}

	/** The rows of an {@code .expected.tsv}, each by its header's columns. */
	static List<Map<String, String>> expected(String file) throws IOException {
		List<String> lines = Files.readAllLines(WILD.resolve(file), StandardCharsets.UTF_8);
		String[] header = lines.get(0).split("\t", -1);
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.length; i++) {
				row.put(header[i], i < cells.length ? cells[i] : "");
			}
			rows.add(row);
		}
		return rows;
	}

	/** The differences listed for a form (comment lines start with #). */
	private static List<String> listed(String file) throws IOException {
		try (InputStream in = PerfWildCorpusTest.class.getResourceAsStream("wild-differences.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> l.startsWith(file + "\t")).toList();
		}
	}
}
