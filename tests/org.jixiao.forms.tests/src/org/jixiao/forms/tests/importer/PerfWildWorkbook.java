// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds {@code wild/wild-workbook.xlsx} and {@code .xls}: two published forms of the corpus laid
 * out as the workbooks they came from, with what such workbooks hold: sheet 自评表 is
 * 22-sichuan-qingshen-gongzi (a self-evaluation; a hidden column of the platform's indicator IDs, a
 * hidden row of a withdrawn indicator, a two-row header under 自评情况, formulas whose cached
 * results are the printed values), sheet 申报表 is 19-hunan-yueyangxian-gaobiao (一级 and 二级 cells
 * merged over their indicators' rows, the 绩效指标 label merged down the grid). The cells are
 * those of the forms' sources (see corpus.tsv). Run {@code main} with the wild/ folder to rebuild them.
 */
public final class PerfWildWorkbook {

	private PerfWildWorkbook() {
	}

	public static void main(String[] args) throws IOException {
		Path wild = Path.of(args.length > 0 ? args[0] : "wild");
		Files.write(wild.resolve("wild-workbook.xlsx"), build(new XSSFWorkbook(), "指标值"));
		Files.write(wild.resolve("wild-workbook.xls"), build(new HSSFWorkbook(), "指标值"));
	}

	/** The workbook; {@code targetHeader} is what the self-evaluation's 指标值 column is headed. */
	static byte[] build(Workbook workbook, String targetHeader) throws IOException {
		try (workbook) {
			selfEvaluation(workbook, targetHeader);
			declaration(workbook);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** 22-sichuan-qingshen-gongzi: 部门预算项目支出绩效自评表, columns B…K, column A the hidden IDs. */
	private static void selfEvaluation(Workbook workbook, String targetHeader) {
		Sheet sheet = workbook.createSheet("自评表");
		CellStyle percent = workbook.createCellStyle();
		percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
		text(sheet, 0, 1, "部门预算项目支出绩效自评表(2023年度)");
		merge(sheet, 0, 0, 1, 10);
		text(sheet, 1, 1, "报表编号:510000_0013zp");
		merge(sheet, 1, 1, 1, 10);
		text(sheet, 2, 1, "项目名称");
		text(sheet, 2, 2, "51000021R000000019951-工资性支出");
		merge(sheet, 2, 2, 2, 10);
		text(sheet, 3, 1, "主管部门");
		text(sheet, 3, 2, "青神县发展和改革局本级");
		merge(sheet, 3, 3, 2, 4);
		text(sheet, 3, 5, "实施单位 (盖章)");
		text(sheet, 3, 6, "青神县发展和改革局");
		merge(sheet, 3, 3, 6, 10);
		text(sheet, 4, 1, "项目年度目标");
		text(sheet, 4, 2, "严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。");
		merge(sheet, 4, 4, 2, 10);
		text(sheet, 5, 1, "预算执行情况(10分)");
		merge(sheet, 5, 7, 1, 1);
		String[] funds = { "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因" };
		for (int c = 0; c < funds.length; c++) {
			text(sheet, 5, 2 + c, funds[c]);
		}
		merge(sheet, 5, 5, 9, 10);
		fundLine(sheet, 6, "总额", percent);
		number(sheet, 6, 7, 10);
		fundLine(sheet, 7, "其中:财政资金", percent);
		text(sheet, 7, 7, "/");
		text(sheet, 7, 8, "/");
		text(sheet, 8, 1, "绩效指标(90分)");
		merge(sheet, 8, 8, 1, 10);
		// the two-row header: 自评情况 over 完成值 | 权重 | 得分, the other header cells merged over both rows
		String[] header = { "指标ID", "一级指标", "二级指标", "三级指标", "指标性质", targetHeader, "度量单位", "自评情况", "", "", "未完成原因分析" };
		for (int c = 0; c < header.length; c++) {
			if (!header[c].isEmpty()) {
				text(sheet, 9, c, header[c]);
			}
			if (c >= 1 && c <= 6 || c == 10) {
				merge(sheet, 9, 10, c, c);
			}
		}
		merge(sheet, 9, 9, 7, 9);
		text(sheet, 10, 7, "完成值");
		text(sheet, 10, 8, "权重");
		text(sheet, 10, 9, "得分");
		indicator(sheet, 11, "ZB2023000101", "产出指标", "数量指标", "发放(缴纳)覆盖率", "60");
		// a withdrawn indicator the platform keeps, hidden
		indicator(sheet, 12, "ZB2023000102", "产出指标", "数量指标", "发放人数", "0");
		sheet.getRow(12).setZeroHeight(true);
		indicator(sheet, 13, "ZB2023000201", "效益指标", "社会效益指标", "足额保障率(参保率)", null);
		formula(sheet, 13, 8, "90-I12", 30);
		text(sheet, 14, 1, "合计");
		formula(sheet, 14, 8, "SUM(I12:I14)", 90);
		text(sheet, 15, 1, "评价结论");
		text(sheet, 15, 2, "结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)");
		merge(sheet, 15, 15, 2, 10);
		text(sheet, 16, 1, "项目负责人:");
		text(sheet, 16, 6, "财务负责人:");
		sheet.setColumnHidden(0, true);
	}

	private static void fundLine(Sheet sheet, int r, String label, CellStyle percent) {
		text(sheet, r, 2, label);
		number(sheet, r, 3, 238.93);
		number(sheet, r, 4, 251.89);
		number(sheet, r, 5, 251.89);
		Cell rate = formula(sheet, r, 6, "F" + (r + 1) + "/E" + (r + 1), 1.0);
		rate.setCellStyle(percent);
	}

	private static void indicator(Sheet sheet, int r, String id, String level1, String level2, String name, String weight) {
		text(sheet, r, 0, id);
		text(sheet, r, 1, level1);
		text(sheet, r, 2, level2);
		text(sheet, r, 3, name);
		text(sheet, r, 4, "=");
		number(sheet, r, 5, 100);
		text(sheet, r, 6, "%");
		if (weight != null) {
			number(sheet, r, 8, Double.parseDouble(weight));
		}
	}

	/** 19-hunan-yueyangxian-gaobiao: 绩效目标申报表(基础设施建设类), 一级 and 二级 merged over their rows. */
	private static void declaration(Workbook workbook) {
		Sheet sheet = workbook.createSheet("申报表");
		text(sheet, 0, 0, "绩效目标申报表(基础设施建设类)");
		merge(sheet, 0, 0, 0, 4);
		text(sheet, 1, 0, "(2022年度)");
		merge(sheet, 1, 1, 0, 4);
		String[][] labels = { { "项目名称", "岳阳县2022年高标准农田建设项目" }, { "项目负责人及电话", "彭兵" }, { "主管部门", "岳阳县农业农村局" },
				{ "实施单位", "农田建设服务中心" } };
		for (int i = 0; i < labels.length; i++) {
			text(sheet, 2 + i, 0, labels[i][0]);
			text(sheet, 2 + i, 1, labels[i][1]);
			merge(sheet, 2 + i, 2 + i, 1, 4);
		}
		text(sheet, 6, 0, "资金情况 (万元)");
		text(sheet, 6, 1, "年度资金总额:");
		text(sheet, 6, 2, "854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)");
		merge(sheet, 6, 6, 2, 4);
		text(sheet, 7, 0, "总体目标");
		text(sheet, 7, 1, "年度目标");
		text(sheet, 7, 2, "完成项目主体工程70%");
		merge(sheet, 7, 7, 2, 4);
		String[] header = { "绩效指标", "一级指标", "二级指标", "三级指标", "指标值" };
		for (int c = 0; c < header.length; c++) {
			text(sheet, 8, c, header[c]);
		}
		String[][] rows = { { "产出指标", "数量指标", "脱贫村村内道路硬化里程", "≥100公里" }, { "", "", "脱贫户供水设施数量", "≥20座" },
				{ "", "质量指标", "项目(工程)验收合格率", "100%" }, { "", "时效指标", "项目(工程)完成及时率", "≥100%" },
				{ "", "成本指标", "财政资金补助", "1600元/亩" }, { "效益指标", "经济效益指标", "年增粮食", "3500公斤" },
				{ "", "社会效益指标", "受益脱贫(监测)人口数", "≥500人" }, { "", "", "解决脱贫(监测)饮水安全问题人数", "≥1000人" },
				{ "", "生态效益指标", "新增和改善灌溉达标面积", "≥500亩" }, { "", "", "新增和改善排水达标面积", "≥200亩" },
				{ "", "可持续影响指标", "工程设计使用年限", "≥20年" }, { "满意度指标", "服务对象满意度指标", "受益脱贫(监测)户满意度", "≥95%" } };
		for (int i = 0; i < rows.length; i++) {
			for (int c = 0; c < 4; c++) {
				if (!rows[i][c].isEmpty()) {
					text(sheet, 9 + i, 1 + c, rows[i][c]);
				}
			}
		}
		merge(sheet, 8, 20, 0, 0);
		merge(sheet, 9, 13, 1, 1);
		merge(sheet, 9, 10, 2, 2);
		merge(sheet, 14, 19, 1, 1);
		merge(sheet, 15, 16, 2, 2);
		merge(sheet, 17, 18, 2, 2);
	}

	private static Row row(Sheet sheet, int r) {
		Row row = sheet.getRow(r);
		return row == null ? sheet.createRow(r) : row;
	}

	private static void text(Sheet sheet, int r, int c, String text) {
		row(sheet, r).createCell(c).setCellValue(text);
	}

	private static void number(Sheet sheet, int r, int c, double value) {
		row(sheet, r).createCell(c).setCellValue(value);
	}

	/** A formula with its cached result, as Excel saves it (the importer never evaluates). */
	private static Cell formula(Sheet sheet, int r, int c, String formula, double cached) {
		Cell cell = row(sheet, r).createCell(c);
		cell.setCellFormula(formula);
		cell.setCellValue(cached);
		return cell;
	}

	private static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
		sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
	}
}
