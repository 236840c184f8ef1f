// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.model.Indicator;
import org.jixiao.model.ProjectTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * A workbook made by hand in the 河北 2022 project layout, as an analyst keeps last year's table: no
 * styles, its own column widths, merged 一级 cells over several rows, amounts and percentages as
 * numbers with a number format, a text cell with a line break. Saved as .xlsx and as .xls.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfImportWorkbookTest {

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfImportSupport imports;

	private static byte[] handMade(Workbook book) throws IOException {
		Sheet sheet = book.createSheet("去年的项目表");
		CellStyle percent = book.createCellStyle();
		percent.setDataFormat(book.createDataFormat().getFormat("0%"));
		CellStyle amount = book.createCellStyle();
		amount.setDataFormat(book.createDataFormat().getFormat("0.00"));
		Object[][] rows = {
				{ "5.社区工作经费绩效目标表" },
				{ "611001西关街道办事处本级", null, null, null, null, "单位：万元" },
				{ "项目编码", "13030322P00410910002X", "项目名称", "社区工作经费" },
				{ "预算规模及资金用途", "预算数", 12.5, "其中：财政资金", 12.5, "其他资金" },
				{ null, "保障社区正常运转" },
				{ "资金支出计划（%）", "3月底", "6月底", "10月底", "12月底" },
				{ null, 0.25, 0.5, 0.75, 1.0 },
				{ "绩效目标", "1.保障社区工作正常开展\n2.保障社区干部生活补贴按时发放" },
				{ "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据" },
				{ "产出指标", "数量指标", "社区数量", "覆盖社区个数", "≥4个", "工作计划" },
				{ null, "质量指标", "经费使用合规率", "合规使用经费占比", "100%", "财务制度" },
				{ null, "时效指标", "资金支付及时率", "按时支付", "≧95％", "工作安排" },
				{ "效益指标", "社会效益指标", "社区服务能力", "服务能力提升", "明显提升", "工作要求" },
				{ "满意度指标", "服务对象满意度指标", "居民满意度", "满意人数占比", "≥90%", "满意度调查" } };
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < rows[r].length; c++) {
				Object value = rows[r][c];
				if (value instanceof String text) {
					row.createCell(c).setCellValue(text);
				} else if (value instanceof Double number) {
					row.createCell(c).setCellValue(number);
					row.getCell(c).setCellStyle(r == 6 ? percent : amount);
				}
			}
		}
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
		sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
		sheet.addMergedRegion(new CellRangeAddress(4, 4, 1, 5));
		sheet.addMergedRegion(new CellRangeAddress(5, 6, 0, 0));
		sheet.addMergedRegion(new CellRangeAddress(7, 7, 1, 5));
		sheet.addMergedRegion(new CellRangeAddress(9, 11, 0, 0)); // 产出指标 over three rows
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		book.write(out);
		book.close();
		return out.toByteArray();
	}

	@Test
	void aHandMadeXlsxImportsWithItsMergedCellsAndNumbers() throws IOException {
		check(imports.importer().importBytes(handMade(new XSSFWorkbook()), "去年.xlsx"));
	}

	@Test
	void theSameTableAsAnOldXlsWorkbook() throws IOException {
		check(imports.importer().importBytes(handMade(new HSSFWorkbook()), "去年.xls"));
	}

	private void check(PerfImportResult result) {
		assertThat(result.report()).filteredOn(n -> n.severity() != PerfImportNote.Severity.INFO).isEmpty();
		XtextResource resource = imports.parse(result);
		assertThat(resources.errors(resource)).isEmpty();
		ProjectTable project = (ProjectTable) PerfImportSupport.forms(resource).get(0);
		assertThat(project.getCode()).isEqualTo("13030322P00410910002X");
		assertThat(project.getName()).isEqualTo("社区工作经费");
		assertThat(project.getUnit()).isEqualTo("611001西关街道办事处本级");
		assertThat(project.getBudget()).isEqualByComparingTo("12.5");
		assertThat(project.getFiscalFunds()).isEqualByComparingTo("12.5");
		assertThat(project.getPurpose()).isEqualTo("保障社区正常运转");
		assertThat(project.getPlan()).extracting(p -> p.getMonth() + ":" + p.getCumulative().stripTrailingZeros().toPlainString())
				.containsExactly("3:25", "6:50", "10:75", "12:100");
		assertThat(project.getGoals()).hasSize(1);
		assertThat(project.getGoals().get(0).getText()).isEqualTo("1.保障社区工作正常开展\n2.保障社区干部生活补贴按时发放");
		List<Indicator> indicators = project.getGoals().get(0).getIndicators();
		assertThat(indicators).extracting(i -> ((org.jixiao.model.Level1Category) i.getCategory().eContainer()).getName() + "."
				+ i.getCategory().getName()).containsExactly("产出.数量", "产出.质量", "产出.时效", "效益.社会效益", "满意度.服务对象满意度");
		assertThat(indicators).extracting(i -> PerfImportSupport.written(i.getValue())).containsExactly("≥4个", "100%", "≧95％",
				"明显提升", "≥90%");
		assertThat(indicators).extracting(Indicator::getDescription).startsWith("覆盖社区个数", "合规使用经费占比");
		assertThat(indicators).extracting(Indicator::getBasis).containsExactly("工作计划", "财务制度", "工作安排", "工作要求", "满意度调查");
	}

	@Test
	void aWorkbookNoteNamesItsSheetAndCell() throws IOException {
		XSSFWorkbook book = new XSSFWorkbook();
		Sheet sheet = book.createSheet("项目表");
		String[][] rows = { { "1.车辆保险费绩效目标表" }, { "项目编码", "P1", "项目名称", "车辆保险费" },
				{ "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据" }, { "产出指标", "数量指标", "车辆数", "保险车辆数", "", "保险单" } };
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < rows[r].length; c++) {
				row.createCell(c).setCellValue(rows[r][c]);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		book.write(out);
		book.close();
		PerfImportResult result = imports.importer().importWorkbook(new ByteArrayInputStream(out.toByteArray()), "项目.xlsx");
		assertThat(result.report()).extracting(PerfImportNote::format)
				.contains("项目.xlsx:4:1: warning: 指标值为空，记为 ---（表中未填）（工作表“项目表”单元格 A4）");
	}
}
