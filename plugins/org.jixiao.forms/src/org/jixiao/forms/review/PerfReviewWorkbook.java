// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jixiao.dsl.validation.PerfRuleDescriptions;
import org.jixiao.forms.generator.PerfDeterministicZip;
import org.jixiao.forms.generator.PerfPoiTempFiles;
import org.jixiao.forms.generator.PerfSheetWriter;
import org.jixiao.forms.generator.PerfStyles;

/**
 * The findings workbook of a review (审核结果.xlsx): a summary sheet (one row per unit and form, with
 * the proposed verdict), the findings sheet with empty columns for the reviewer's decision (a list:
 * 同意 / 不同意 / 待定) and comment, and a sheet per rule with its count, its explanation and its
 * findings. Every sheet has a filter on its header, the header frozen and repeated on every printed
 * page, and prints landscape, fitted to the page's width. Written streaming (thousands of findings in
 * a small heap); the same review always gives the same bytes.
 */
public final class PerfReviewWorkbook {

	public static final String SUMMARY = "汇总";
	public static final String FINDINGS = "问题清单";
	/** The reviewer's choices in the decision column. */
	public static final List<String> DECISIONS = List.of("同意", "不同意", "待定");

	public static final List<String> SUMMARY_HEADER = List.of("单位", "表格", "文件", "错误", "警告", "提示", "建议结论", "导入问题");
	public static final List<String> FINDINGS_HEADER = List.of("单位", "表格", "目标", "指标", "填报值", "规则代码", "问题",
			"严重性", "位置（文件:行:列）", "审核决定", "审核意见");
	public static final List<String> RULE_HEADER = List.of("单位", "表格", "目标", "指标", "填报值", "问题", "严重性", "位置（文件:行:列）");
	/** The column of the decision list on the findings sheet (0-based). */
	public static final int DECISION_COLUMN = 9;
	/** The reviewer's comment, beside the decision. */
	public static final int COMMENT_COLUMN = 10;
	/**
	 * Hidden columns after the visible ones, for {@code review --apply}: the submission's full path and
	 * the form's number in it (see {@link PerfReviewFinding}).
	 */
	public static final List<String> APPLY_HEADER = List.of("文件路径", "表格序号");
	public static final int PATH_COLUMN = 11;
	public static final int FORM_NUMBER_COLUMN = 12;
	/** Rows above a rule sheet's header: code, explanation (Chinese, English), count, a blank line. */
	public static final int RULE_HEADER_ROW = 5;

	private static final int ROW_WINDOW = 200;
	private static final Date FIXED_DATE = new Date(PerfDeterministicZip.FIXED_TIME);
	private static final String PREFIX = "perf.";

	private PerfReviewWorkbook() {
	}

	/** Writes the workbook of these summary rows and findings (in the order given). */
	public static void write(List<PerfReviewEntry> entries, List<PerfReviewFinding> findings, OutputStream out)
			throws IOException {
		ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * 1024);
		PerfPoiTempFiles.use();
		try (SXSSFWorkbook book = new SXSSFWorkbook(ROW_WINDOW)) {
			book.setCompressTempFiles(false);
			PerfStyles styles = new PerfStyles(book);
			summary(book.createSheet(SUMMARY), styles, entries);
			findingsSheet(book.createSheet(FINDINGS), styles, findings);
			Map<String, List<PerfReviewFinding>> byRule = new LinkedHashMap<>();
			findings.stream().map(PerfReviewFinding::code).sorted().forEach(c -> byRule.put(c, new ArrayList<>()));
			findings.forEach(f -> byRule.get(f.code()).add(f));
			Set<String> names = new HashSet<>(List.of(SUMMARY, FINDINGS));
			for (Map.Entry<String, List<PerfReviewFinding>> rule : byRule.entrySet()) {
				ruleSheet(book.createSheet(sheetName(rule.getKey(), names)), styles, rule.getKey(), rule.getValue());
			}
			POIXMLProperties.CoreProperties core = book.getXSSFWorkbook().getProperties().getCoreProperties();
			core.setCreated(Optional.of(FIXED_DATE));
			core.setModified(Optional.of(FIXED_DATE));
			core.setCreator("Jixiao");
			core.setTitle("审核结果");
			book.write(raw);
		}
		PerfDeterministicZip.copy(raw.toByteArray(), out);
	}

	/** A rule's sheet is named by its code without the common prefix ({@code missing-unit}). */
	public static String sheetName(String code, Set<String> taken) {
		String base = WorkbookUtil.createSafeSheetName(code.startsWith(PREFIX) ? code.substring(PREFIX.length()) : code);
		base = base.length() > 28 ? base.substring(0, 28) : base;
		String name = base;
		for (int i = 2; !taken.add(name); i++) {
			name = base + "-" + i;
		}
		return name;
	}

	private static final int[] SUMMARY_WIDTHS = { 16, 30, 36, 6, 6, 6, 10, 60 };
	private static final int[] FINDINGS_WIDTHS = { 14, 22, 16, 20, 12, 20, 44, 7, 30, 10, 24 };
	private static final int[] RULE_WIDTHS = { 14, 22, 16, 20, 12, 52, 7, 30 };

	private static void summary(SXSSFSheet sheet, PerfStyles styles, List<PerfReviewEntry> entries) {
		widths(sheet, SUMMARY_WIDTHS);
		header(sheet, styles, 0, SUMMARY_HEADER);
		int r = 1;
		for (PerfReviewEntry entry : entries) {
			Row row = sheet.createRow(r++);
			text(row, 0, entry.unit(), styles);
			text(row, 1, entry.form(), styles);
			text(row, 2, entry.file(), styles);
			number(row, 3, entry.errors(), styles);
			number(row, 4, entry.warnings(), styles);
			number(row, 5, entry.infos(), styles);
			text(row, 6, entry.verdict(), styles).setCellStyle(styles.get(PerfStyles.Kind.CENTER));
			text(row, 7, entry.importProblems(), styles);
			fit(row, SUMMARY_WIDTHS);
		}
		finish(sheet, 0, r - 1, SUMMARY_HEADER.size(), SUMMARY);
	}

	private static void findingsSheet(SXSSFSheet sheet, PerfStyles styles, List<PerfReviewFinding> findings) {
		widths(sheet, FINDINGS_WIDTHS);
		header(sheet, styles, 0, FINDINGS_HEADER);
		for (int c = 0; c < APPLY_HEADER.size(); c++) {
			sheet.getRow(0).createCell(PATH_COLUMN + c).setCellValue(APPLY_HEADER.get(c));
			sheet.setColumnHidden(PATH_COLUMN + c, true);
		}
		int r = 1;
		for (PerfReviewFinding finding : findings) {
			Row row = sheet.createRow(r++);
			List<String> cells = List.of(finding.unit(), finding.form(), finding.goal(), finding.indicator(), finding.value(),
					finding.code(), finding.message(), finding.severity().label(), finding.location(), "", "");
			for (int c = 0; c < cells.size(); c++) {
				text(row, c, cells.get(c), styles);
			}
			row.createCell(PATH_COLUMN).setCellValue(finding.path());
			row.createCell(FORM_NUMBER_COLUMN).setCellValue(finding.formNumber());
			fit(row, FINDINGS_WIDTHS);
		}
		if (!findings.isEmpty()) {
			DataValidationHelper helper = sheet.getDataValidationHelper();
			DataValidation list = helper.createValidation(helper.createExplicitListConstraint(DECISIONS.toArray(String[]::new)),
					new CellRangeAddressList(1, findings.size(), DECISION_COLUMN, DECISION_COLUMN));
			list.setShowErrorBox(true);
			list.createErrorBox("审核决定", "请选择：" + String.join(" / ", DECISIONS));
			sheet.addValidationData(list);
		}
		finish(sheet, 0, r - 1, FINDINGS_HEADER.size(), FINDINGS);
	}

	private static void ruleSheet(SXSSFSheet sheet, PerfStyles styles, String code, List<PerfReviewFinding> findings) {
		widths(sheet, RULE_WIDTHS);
		List<List<String>> about = List.of(List.of("规则代码", code),
				List.of("说明", PerfRuleDescriptions.describe(code, Locale.CHINESE)),
				List.of("Rule", PerfRuleDescriptions.describe(code, Locale.ROOT)),
				List.of("次数", Integer.toString(findings.size())));
		for (int i = 0; i < about.size(); i++) {
			Row row = sheet.createRow(i);
			row.createCell(0).setCellValue(about.get(i).get(0));
			row.getCell(0).setCellStyle(styles.get(PerfStyles.Kind.HEADER));
			Cell value = row.createCell(1);
			if (i == 3) {
				value.setCellValue(findings.size());
			} else {
				value.setCellValue(about.get(i).get(1));
			}
			value.setCellStyle(styles.get(PerfStyles.Kind.NOTE_LEFT));
			sheet.addMergedRegion(new CellRangeAddress(i, i, 1, RULE_HEADER.size() - 1));
		}
		header(sheet, styles, RULE_HEADER_ROW, RULE_HEADER);
		int r = RULE_HEADER_ROW + 1;
		for (PerfReviewFinding finding : findings) {
			Row row = sheet.createRow(r++);
			List<String> cells = List.of(finding.unit(), finding.form(), finding.goal(), finding.indicator(), finding.value(),
					finding.message(), finding.severity().label(), finding.location());
			for (int c = 0; c < cells.size(); c++) {
				text(row, c, cells.get(c), styles);
			}
			fit(row, RULE_WIDTHS);
		}
		finish(sheet, RULE_HEADER_ROW, r - 1, RULE_HEADER.size(), code);
	}

	private static void widths(Sheet sheet, int... characters) {
		for (int c = 0; c < characters.length; c++) {
			sheet.setColumnWidth(c, characters[c] * 256);
		}
	}

	/** A row as tall as its longest wrapped text, as the forms' rows (a spreadsheet does not grow rows it reads). */
	private static void fit(Row row, int[] widths) {
		double lines = 1;
		for (int c = 0; c < widths.length; c++) {
			Cell cell = row.getCell(c);
			if (cell != null && cell.getCellType() == CellType.STRING) {
				lines = Math.max(lines, PerfSheetWriter.lineCount(cell.getStringCellValue(), widths[c], 1.0));
			}
		}
		row.setHeightInPoints(PerfSheetWriter.rowHeight(lines));
	}

	private static void header(Sheet sheet, PerfStyles styles, int at, List<String> titles) {
		Row row = sheet.createRow(at);
		for (int c = 0; c < titles.size(); c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(titles.get(c));
			cell.setCellStyle(styles.get(PerfStyles.Kind.HEADER));
		}
	}

	private static Cell text(Row row, int column, String value, PerfStyles styles) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value == null ? "" : value);
		cell.setCellStyle(styles.get(PerfStyles.Kind.TEXT));
		return cell;
	}

	private static void number(Row row, int column, int value, PerfStyles styles) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(styles.get(PerfStyles.Kind.NUMBER));
	}

	/**
	 * The filter on the header, the rows above the data frozen, and the page: landscape A4 fitted to
	 * the width (as many pages down as needed), the header repeated, the sheet's name and page numbers.
	 */
	private static void finish(SXSSFSheet sheet, int headerRow, int lastRow, int columns, String title) {
		sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columns - 1));
		sheet.createFreezePane(0, headerRow + 1);
		sheet.setFitToPage(true);
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
		sheet.getHeader().setCenter("审核结果 — " + title);
		sheet.getFooter().setCenter("第 &P 页，共 &N 页");
		sheet.setHorizontallyCenter(true);
	}

}
