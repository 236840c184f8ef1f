// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.BiConsumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.scoping.PerfLibrary;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.forms.generator.PerfFormGenerator;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.forms.importer.PerfImportedRow;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.forms.tests.PerfLargeDeclaration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * An .xlsx is read by streaming its sheets' XML: what POI keeps in a workbook besides plain values
 * (formulas with their cached results, rich text, cells a merge covers, blank styled cells) reads
 * as the plain values would, and a large generated workbook comes back row by row. Speed and memory
 * are measured in {@code PerfImportBenchmark}, not here.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfImportStreamedWorkbookTest {

	@Inject
	private PerfImportSupport imports;

	@Inject
	private PerfLibrary library;

	private static final Object[][] PROJECT = { { "1.车辆保险费绩效目标表" }, { "项目编码", "P1", "项目名称", "车辆保险费" },
			{ "预算规模及资金用途", "预算数", 12.5, "其中：财政资金", 12.5, "其他资金" }, { null, "保障车辆正常运行" },
			{ "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据" },
			{ "产出指标", "数量指标", "保险车辆数", "投保车辆", "≥4辆", "保险单" }, { null, "质量指标", "投保合规率", "按规定投保", "100%", "财务制度" },
			{ "满意度指标", "服务对象满意度指标", "驾驶员满意度", "满意人数占比", "≥90%", "满意度调查" } };

	/** The project table with every cell written by {@code write} (sheet rows, merges as an analyst makes them). */
	private static byte[] project(BiConsumer<Cell, Object> write) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet("项目表");
			CellStyle blank = book.createCellStyle();
			blank.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
			for (int r = 0; r < PROJECT.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < PROJECT[r].length; c++) {
					if (PROJECT[r][c] != null) {
						write.accept(row.createCell(c), PROJECT[r][c]);
					}
				}
				// a bordered blank cell beyond the table, as a template leaves them
				row.createCell(7).setCellStyle(blank);
			}
			sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
			sheet.addMergedRegion(new CellRangeAddress(3, 3, 1, 5));
			sheet.addMergedRegion(new CellRangeAddress(5, 6, 0, 0));
			book.getCreationHelper().createFormulaEvaluator().evaluateAll();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void formulasAndRichTextReadAsTheirValues() throws IOException {
		byte[] plain = project((cell, value) -> {
			if (value instanceof Double number) {
				cell.setCellValue(number);
			} else {
				cell.setCellValue((String) value);
			}
		});
		byte[] computed = project((cell, value) -> {
			if (value instanceof Double number) {
				cell.setCellFormula("10+" + (number - 10));
			} else if (((String) value).startsWith("≥")) {
				cell.setCellFormula("\"≥\"&" + ((String) value).replaceAll("\\D", "") + "&\"" + ((String) value).replaceAll("[≥0-9]", "") + "\"");
			} else {
				String text = (String) value;
				XSSFRichTextString rich = new XSSFRichTextString(text);
				XSSFFont bold = (XSSFFont) cell.getSheet().getWorkbook().createFont();
				bold.setBold(true);
				rich.applyFont(0, Math.min(2, text.length()), bold);
				cell.setCellValue(rich);
			}
		});

		PerfImportResult expected = imports.importer().importBytes(plain, "项目.xlsx");
		PerfImportResult actual = imports.importer().importBytes(computed, "项目.xlsx");

		assertThat(expected.warnings()).isEmpty();
		assertThat(expected.rows()).extracting(PerfImportedRow::name).containsExactly("保险车辆数", "投保合规率", "驾驶员满意度");
		assertThat(actual.report()).isEqualTo(expected.report());
		assertThat(actual.perfText()).isEqualTo(expected.perfText()).contains("\"保险车辆数\"").contains("12.5");
	}

	@Test
	void aLargeGeneratedWorkbookComesBackRowByRow() throws IOException {
		int indicators = 3000;
		PerfFormGenerator generator = new PerfFormGenerator(PerfLayouts.builtin());
		byte[] workbook = generator.bytes(generator.plan(PerfLargeDeclaration.of(library, indicators), null).get(0));

		PerfImportResult result = imports.importer().importBytes(workbook, "基准测试单位-2025-部门整体支出绩效目标申报表.xlsx");

		assertThat(result.report()).filteredOn(n -> n.severity() != PerfImportNote.Severity.INFO).isEmpty();
		List<PerfImportedRow> rows = result.rows();
		assertThat(rows).hasSize(indicators);
		for (int i = 0; i < indicators; i++) {
			assertThat(rows.get(i).name()).isEqualTo("指标" + (i + 1) + "完成率");
			assertThat(rows.get(i).target()).isEqualTo("≥" + (80 + i % 20) + "%");
		}
		assertThat(result.perfText()).contains("年度目标30").contains("\"指标3000完成率\"");
	}
}
