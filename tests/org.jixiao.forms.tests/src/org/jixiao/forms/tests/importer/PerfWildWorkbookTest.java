// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.forms.importer.PerfColumnChoice;
import org.jixiao.forms.importer.PerfColumnMapping;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.model.Form;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;

/**
 * The corpus as workbooks ({@code wild/wild-workbook.xlsx} and {@code .xls}, built by
 * {@link PerfWildWorkbook} from forms 22 and 19): each sheet is read on its own by its header, with
 * merged category cells, a two-row header, a hidden column and row, and formulas' cached results;
 * the rows are the forms' expected rows. A column the header does not name is corrected by a choice.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfWildWorkbookTest {

	private static final Path WILD = Path.of("wild");

	@Inject
	private PerfImportSupport imports;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "wild-workbook.xlsx", "wild-workbook.xls" })
	void eachSheetGivesItsFormsRows(String file) throws IOException {
		PerfImportResult result;
		try (InputStream in = Files.newInputStream(WILD.resolve(file))) {
			result = imports.newImporter().importWorkbook(in, file);
		}
		assertThat(result.hasErrors()).as(result.report().toString()).isFalse();
		List<Map<String, String>> expected = new ArrayList<>(expected("22-sichuan-qingshen-gongzi.expected.tsv"));
		expected.addAll(expected("19-hunan-yueyangxian-gaobiao.expected.tsv"));
		assertThat(rows(result)).as(file + ": the rows of 自评表 (form 22), then 申报表 (form 19)").isEqualTo(expected);
		assertThat(result.document().getElements().stream().filter(Form.class::isInstance).map(f -> PerfFormKind.of((Form) f).key()))
				.containsExactly("project-selfeval", "project");
		assertThat(result.perfText()).contains("51000021R000000019951-工资性支出").contains("岳阳县2022年高标准农田建设项目")
				.contains("2023").contains("2022");
		assertThat(result.report()).anySatisfy(n -> assertThat(n.message()).contains("隐藏列 A").contains("隐藏行 13"));
		PerfColumnMapping selfEvaluation = result.mappings().stream().filter(m -> "自评表".equals(m.sheet())).findFirst().orElseThrow();
		Map<String, String> fields = new LinkedHashMap<>();
		selfEvaluation.columns().forEach(c -> fields.put(c.letter(), c.field() == null ? "" : c.field()));
		assertThat(fields).containsEntry("F", "target").containsEntry("H", "actual").containsEntry("I", "weight").containsEntry("J", "score")
				.containsEntry("A", "");
		assertThat(result.report()).filteredOn(n -> n.severity() == PerfImportNote.Severity.INFO && n.message().contains("行表头："))
				.anySatisfy(n -> assertThat(n.message()).contains("F 列“指标值”→ 指标值").contains("H 列“自评情况/完成值”→ 实际完成值"));
	}

	@Test
	void aColumnTheHeaderDoesNotNameIsReadAsChosen() throws IOException {
		byte[] workbook = PerfWildWorkbook.build(new XSSFWorkbook(), "考核值");
		PerfImportResult misread = imports.newImporter().importWorkbook(new ByteArrayInputStream(workbook), "考核值.xlsx");
		PerfColumnMapping mapping = misread.mappings().stream().filter(m -> "自评表".equals(m.sheet())).findFirst().orElseThrow();
		PerfColumnMapping.Column column = mapping.columns().get(5);
		assertThat(column.header()).isEqualTo("考核值");
		assertThat(column.field()).isNull();
		List<Map<String, String>> expected = expected("22-sichuan-qingshen-gongzi.expected.tsv");
		assertThat(rows(misread).subList(0, 2)).as("without the choice the target is not read").isNotEqualTo(expected)
				.allSatisfy(row -> assertThat(row.get("target")).isEmpty());

		PerfImportResult chosen = imports.newImporter()
				.withColumnChoices(List.of(new PerfColumnChoice("自评表", mapping.headerLine(), 5, "target")))
				.importWorkbook(new ByteArrayInputStream(workbook), "考核值.xlsx");
		assertThat(rows(chosen).subList(0, 2)).isEqualTo(expected);
		assertThat(chosen.report()).anySatisfy(n -> assertThat(n.message()).contains("F 列“考核值”读作指标值"));
		assertThat(chosen.mappings().get(0).columns().get(5).field()).isEqualTo("target");
	}

	private static List<Map<String, String>> rows(PerfImportResult result) {
		return result.rows().stream().map(PerfWildCorpusTest::fields).toList();
	}

	/** The expected rows of a corpus form, by the fields compared. */
	private static List<Map<String, String>> expected(String file) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		for (Map<String, String> row : PerfWildCorpusTest.expected(file)) {
			Map<String, String> fields = new LinkedHashMap<>();
			for (String field : PerfWildCorpusTest.FIELDS) {
				fields.put(field, row.getOrDefault(field, ""));
			}
			rows.add(fields);
		}
		return rows;
	}
}
