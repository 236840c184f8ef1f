// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.forms.generator.PerfWorkbook;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.Goal;
import org.jixiao.model.Indicator;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** What a reviewer checks in the generated files beyond the text: merges, formats, fonts, printing, determinism. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfFormStructureTest {

	@Inject
	private PerfFidelity fidelity;

	private XSSFWorkbook generate(String example, int index) {
		List<PerfWorkbook> plan = PerfFidelity.plan(fidelity.load(example));
		return PerfWorkbookText.open(PerfFidelity.bytes(plan.get(index)));
	}

	private static Row rowStartingWith(XSSFSheet sheet, int column, String text, int from) {
		for (int r = from; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			Cell cell = row == null ? null : row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
				return row;
			}
		}
		throw new AssertionError("no row with " + text + " in column " + column);
	}

	private static Optional<CellRangeAddress> mergedAt(XSSFSheet sheet, int row, int column) {
		return sheet.getMergedRegions().stream().filter(r -> r.getFirstRow() == row && r.getFirstColumn() == column)
				.findFirst();
	}


	@Test
	void level1AndLevel2CellsAreMergedOverTheirIndicatorsOnEachPage() {
		PerfDocument document = fidelity.load("qingling-2020-declaration.perf");
		DepartmentDeclaration declaration = (DepartmentDeclaration) document.getElements().get(0);
		XSSFWorkbook workbook = PerfWorkbookText.open(PerfFidelity.bytes(PerfFidelity.plan(document).get(0)));
		XSSFSheet sheet = workbook.getSheetAt(0);
		List<Integer> breaks = java.util.Arrays.stream(sheet.getRowBreaks()).boxed().toList();
		int from = 0;
		int continued = 0;
		for (Goal goal : declaration.getGoals()) {
			List<Indicator> indicators = goal.getIndicators();
			// the sheet rows of the indicators; where the grid continues on the next page its header is written again
			List<Integer> rows = new ArrayList<>();
			for (Indicator indicator : indicators) {
				int row = rowStartingWith(sheet, 3, indicator.getName(), from).getRowNum();
				if (!rows.isEmpty() && row != rows.get(rows.size() - 1) + 1) {
					int header = rows.get(rows.size() - 1) + 1;
					assertThat(breaks).as("%s: a page break before the repeated header", goal.getName()).contains(header - 1);
					assertThat(sheet.getRow(header).getCell(1).getStringCellValue()).isEqualTo("一级指标");
					continued++;
				}
				rows.add(row);
				from = row + 1;
			}
			List<String> level1 = indicators.stream().map(i -> i.getCategory().eContainer().toString()).toList();
			List<String> level2 = indicators.stream().map(i -> i.getCategory().toString()).toList();
			for (int column : new int[] { 1, 2 }) {
				List<String> values = column == 1 ? level1 : level2;
				// a run of equal categories is merged, cut where a page ends; each part shows its text
				int start = 0;
				for (int i = 1; i <= indicators.size(); i++) {
					if (i < indicators.size() && values.get(i).equals(values.get(start)) && rows.get(i) == rows.get(i - 1) + 1) {
						continue;
					}
					int height = i - start;
					Optional<CellRangeAddress> merged = mergedAt(sheet, rows.get(start), column);
					if (height == 1) {
						assertThat(merged).as("%s row %d col %d", goal.getName(), rows.get(start), column).isEmpty();
					} else {
						assertThat(merged).as("%s row %d col %d", goal.getName(), rows.get(start), column).isPresent();
						assertThat(merged.get().getLastRow() - rows.get(start) + 1).isEqualTo(height);
					}
					assertThat(sheet.getRow(rows.get(start)).getCell(column).getStringCellValue()).isNotEmpty();
					start = i;
				}
			}
			// the 长期绩效指标 / 年度绩效指标 label runs down the grid, header included, on every page
			int first = rows.get(0);
			Optional<CellRangeAddress> label = mergedAt(sheet, first - 1, 0);
			assertThat(label).isPresent();
			assertThat(label.get().getLastRow()).isGreaterThanOrEqualTo(first);
			assertThat(sheet.getRow(first - 1).getCell(0).getStringCellValue()).isNotEmpty();
		}
		assertThat(continued).as("a grid of this declaration continues on a second page").isPositive();
	}

	@Test
	void amountsAndSharesAreNumbersWithTheSeedFormats() {
		XSSFSheet sheet = generate("qingling-2020-declaration.perf", 0).getSheetAt(0);
		Row income = rowStartingWith(sheet, 2, "财政拨款", 0);
		XSSFCell amount = (XSSFCell) income.getCell(3);
		XSSFCell share = (XSSFCell) income.getCell(4);
		assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(amount.getNumericCellValue()).isEqualTo(7148.45);
		assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("0.00");
		assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(share.getNumericCellValue()).isEqualTo(1.0);
		assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
		Row basic = rowStartingWith(sheet, 2, "基本支出", 0);
		assertThat(basic.getCell(4).getNumericCellValue()).isEqualTo(0.4288);

		XSSFSheet project = generate("xiguan-2022-projects.perf", 0).getSheetAt(0);
		Row budget = rowStartingWith(project, 1, "预算数", 0);
		assertThat(budget.getCell(2).getNumericCellValue()).isEqualTo(0.40);
		Row months = rowStartingWith(project, 1, "3月底", 0);
		XSSFCell march = project.getRow(months.getRowNum() + 1).getCell(1);
		assertThat(march.getNumericCellValue()).isEqualTo(0.25);
		assertThat(march.getCellStyle().getDataFormatString()).isEqualTo("0%");
	}

	@Test
	void selfEvaluationScoresAreNumbersAndWeightsSitInTheLevel2Labels() {
		XSSFSheet sheet = generate("hongshan-2020-department-selfeval.perf", 0).getSheetAt(0);
		Row first = rowStartingWith(sheet, 2, "数量指标1（0.5分）", 0);
		assertThat(first.getCell(1).getStringCellValue()).isEqualTo("产出指标（17分）");
		assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(0.5);
		Row execution = rowStartingWith(sheet, 1, "部门整体支出总额", 0);
		assertThat(execution.getCell(4).getNumericCellValue()).isEqualTo(0.9937);
		assertThat(((XSSFCell) execution.getCell(4)).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
	}

	@Test
	void selfEvaluationWithoutEnteredScoresShowsTheRulesScoresTotalAndGrade() {
		// Nothing scored by the analyst: the form shows the rules' scores.
		// 预算执行 20 × 14 ÷ 15.3 = 18.30; 活动次数 10 ÷ 12 × 23 = 19.17; 经费 15 ≤ 15 → 7; 居民文化生活 达成 → top of band 20;
		// 居民满意度 95% ≥ 90% → 10; 总目标 entered 18 → 18.30 + 18 + 19.17 + 7 + 20 + 10 = 92.47 → 优
		java.nio.file.Path file = tempFile("uses framework 湖北2020\n"
				+ "selfeval project \"文化活动\" year 2020 <\n"
				+ "    unit \"某街道办事处\"\n"
				+ "    budget \"年度财政资金总额\" weight 20 planned 15.3 executed 14\n"
				+ "    objective weight 20 \"丰富社区活动\" actual \"社区活动丰富\" score 18\n"
				+ "    indicatorweight 60\n"
				+ "    goal <\n"
				+ "        section 产出 weight 30\n"
				+ "        section 效益 weight 30\n"
				+ "        indicator 产出.数量 \"活动次数\" ≥ 12 次 weight 23 actual 10 次\n"
				+ "        indicator 产出.成本 \"活动经费\" ≤ 15 万元 weight 7 actual 15 万元\n"
				+ "        indicator 效益.社会效益 \"居民文化生活\" \"明显改善\" weight 20 actual \"较丰富\" level 达成\n"
				+ "        indicator 效益.服务对象满意度 \"居民满意度\" ≥ 90% weight 10 actual 95%\n"
				+ "    >\n"
				+ ">\n");
		XSSFSheet sheet = PerfWorkbookText.open(PerfFidelity.bytes(PerfFidelity.plan(fidelity.loadFile(file)).get(0))).getSheetAt(0);

		assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).endsWith("自评得分：92.47      自评等级：优");
		Row execution = rowStartingWith(sheet, 1, "年度财政资金总额", 0);
		assertThat(execution.getCell(4).getNumericCellValue()).isEqualTo(0.915033);
		assertThat(execution.getCell(5).getNumericCellValue()).isEqualTo(18.30);
		assertThat(rowStartingWith(sheet, 3, "活动次数", 0).getCell(6).getNumericCellValue()).isEqualTo(19.17);
		assertThat(rowStartingWith(sheet, 3, "居民文化生活", 0).getCell(6).getNumericCellValue()).isEqualTo(20.0);
		assertThat(rowStartingWith(sheet, 3, "居民满意度", 0).getCell(6).getNumericCellValue()).isEqualTo(10.0);
	}

	@Test
	void selfEvaluationTotalsAsFiledCarryTheirGrade() {
		XSSFSheet department = generate("hongshan-2020-department-selfeval.perf", 0).getSheetAt(0);
		assertThat(department.getRow(1).getCell(0).getStringCellValue()).isEqualTo("填报日期：      总分：94.87      等级：优");
	}

	private java.nio.file.Path tempFile(String text) {
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempFile("selfeval", ".perf");
			file.toFile().deleteOnExit();
			java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
			return file;
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void fontsBordersAndWrapping() {
		XSSFSheet sheet = generate("qingling-2020-declaration.perf", 0).getSheetAt(0);
		XSSFCell title = sheet.getRow(0).getCell(0);
		assertThat(title.getCellStyle().getFont().getFontName()).isEqualTo("宋体");
		assertThat(title.getCellStyle().getFont().getBold()).isTrue();
		XSSFCell name = (XSSFCell) rowStartingWith(sheet, 0, "单位名称", 0).getCell(1);
		assertThat(name.getCellStyle().getFont().getFontName()).isEqualTo("仿宋");
		assertThat(name.getCellStyle().getWrapText()).isTrue();
		assertThat(name.getCellStyle().getBorderBottom()).isNotEqualTo(org.apache.poi.ss.usermodel.BorderStyle.NONE);
		assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(1));
	}

	@Test
	void printSetupIsA4FitToWidthWithRepeatedTitleRows() {
		for (String example : List.of("qingling-2020-declaration.perf", "zhurong-2020-declaration.perf",
				"xiguan-2022-projects.perf")) {
			XSSFWorkbook workbook = generate(example, 0);
			for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
				XSSFSheet sheet = workbook.getSheetAt(s);
				PrintSetup print = sheet.getPrintSetup();
				assertThat(print.getPaperSize()).as(example).isEqualTo(PrintSetup.A4_PAPERSIZE);
				assertThat(sheet.getFitToPage()).isTrue();
				assertThat(print.getFitWidth()).isEqualTo((short) 1);
				assertThat(print.getFitHeight()).isEqualTo((short) 0);
				assertThat(sheet.getRepeatingRows()).as(example).isNotNull();
				assertThat(sheet.getRepeatingRows().getFirstRow()).isZero();
			}
		}
		assertThat(generate("qingling-2020-declaration.perf", 0).getSheetAt(0).getPrintSetup().getLandscape()).isTrue();
		assertThat(generate("zhurong-2020-declaration.perf", 0).getSheetAt(0).getPrintSetup().getLandscape()).isFalse();
	}

	@Test
	void everyProjectGetsItsOwnSheet() {
		XSSFWorkbook projects = generate("xiguan-2022-projects.perf", 0);
		assertThat(projects.getNumberOfSheets()).isEqualTo(13);
		assertThat(projects.getSheetName(0)).isEqualTo("车辆保险费");
		assertThat(generate("hongshan-2020-project-selfevals.perf", 0).getNumberOfSheets()).isEqualTo(9);
	}

	@Test
	void generationIsDeterministic() {
		for (String example : List.of("qingling-2020-declaration.perf", "xiguan-2022-projects.perf")) {
			PerfWorkbook plan = PerfFidelity.plan(fidelity.load(example)).get(0);
			byte[] first = PerfFidelity.bytes(plan);
			byte[] again = PerfFidelity.bytes(PerfFidelity.plan(fidelity.load(example)).get(0));
			assertThat(again).as(example).isEqualTo(first);
		}
		XSSFWorkbook workbook = generate("qingling-2020-declaration.perf", 0);
		assertThat(workbook.getProperties().getCoreProperties().getCreated().getTime()).isEqualTo(946684800000L);
		assertThat(workbook.getProperties().getCoreProperties().getModified().getTime()).isEqualTo(946684800000L);
	}

	@Test
	void fileNamesComeFromUnitYearAndFormKind() {
		assertThat(PerfFidelity.plan(fidelity.load("qingling-2020-declaration.perf")).get(0).fileName())
				.isEqualTo("武汉市洪山区人民政府青菱街办事处-2020-部门整体支出绩效目标申报表.xlsx");
		assertThat(org.jixiao.forms.generator.PerfFileNames.of("a/b:c*?\"<>| d", 2021, "表"))
				.isEqualTo("a_b_c_______d-2021-表.xlsx");
	}
}
