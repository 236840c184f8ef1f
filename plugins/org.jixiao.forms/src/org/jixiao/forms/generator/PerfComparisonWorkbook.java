// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.dsl.stages.PerfChange;

/**
 * The 对比表 of {@code jixiao diff -o 对比表.xlsx}: one row per difference between two versions of a
 * file — 表格, 部分, 项目, 变化, 原内容, 新内容 — under a title naming both files, in the styles of the
 * generated forms (宋体 headers, 仿宋 content, thin borders), landscape on A4, the header row
 * repeated on every printed page. The same changes always give the same bytes.
 */
public final class PerfComparisonWorkbook {

	private static final String[] HEADERS = { "序号", "表格", "部分", "项目", "变化", "原内容", "新内容" };
	/** Column widths in characters. */
	private static final int[] WIDTHS = { 6, 30, 10, 34, 8, 34, 34 };
	private static final java.util.Date FIXED_DATE = new java.util.Date(PerfDeterministicZip.FIXED_TIME);

	private PerfComparisonWorkbook() {
	}

	public static void write(String older, String newer, List<PerfChange> changes, OutputStream out) throws IOException {
		ByteArrayOutputStream raw = new ByteArrayOutputStream(16 * 1024);
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			PerfStyles styles = new PerfStyles(book);
			Sheet sheet = book.createSheet("对比表");
			for (int i = 0; i < WIDTHS.length; i++) {
				sheet.setColumnWidth(i, WIDTHS[i] * 256 + 200);
			}
			Row title = sheet.createRow(0);
			title.setHeightInPoints(32);
			cell(title, 0, "对比表", styles.get(PerfStyles.Kind.TITLE));
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
			Row files = sheet.createRow(1);
			cell(files, 0, "原文件：" + older + "　　新文件：" + newer + "　　共 " + changes.size() + " 处不同",
					styles.get(PerfStyles.Kind.NOTE_LEFT));
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.length - 1));
			Row header = sheet.createRow(2);
			for (int i = 0; i < HEADERS.length; i++) {
				cell(header, i, HEADERS[i], styles.get(PerfStyles.Kind.HEADER));
			}
			int r = 3;
			for (PerfChange change : changes) {
				Row row = sheet.createRow(r);
				cell(row, 0, String.valueOf(r - 2), styles.get(PerfStyles.Kind.LABEL));
				cell(row, 1, change.form(), styles.get(PerfStyles.Kind.TEXT));
				cell(row, 2, change.part(), styles.get(PerfStyles.Kind.LABEL));
				cell(row, 3, change.item(), styles.get(PerfStyles.Kind.TEXT));
				cell(row, 4, change.kind().label(), styles.get(PerfStyles.Kind.LABEL));
				cell(row, 5, change.before(), styles.get(PerfStyles.Kind.TEXT));
				cell(row, 6, change.after(), styles.get(PerfStyles.Kind.TEXT));
				row.setHeightInPoints(rowHeight(change));
				r++;
			}
			if (changes.isEmpty()) {
				Row row = sheet.createRow(r);
				cell(row, 0, "两个版本相同，没有不同之处。", styles.get(PerfStyles.Kind.TEXT));
				for (int i = 1; i < HEADERS.length; i++) {
					cell(row, i, "", styles.get(PerfStyles.Kind.TEXT));
				}
				sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADERS.length - 1));
			}
			sheet.setRepeatingRows(new CellRangeAddress(2, 2, 0, HEADERS.length - 1));
			sheet.getPrintSetup().setLandscape(true);
			sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
			sheet.setFitToPage(true);
			sheet.getPrintSetup().setFitWidth((short) 1);
			sheet.getPrintSetup().setFitHeight((short) 0);
			sheet.createFreezePane(0, 3);
			POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
			core.setCreated(Optional.of(FIXED_DATE));
			core.setModified(Optional.of(FIXED_DATE));
			core.setCreator("Jixiao");
			core.setTitle("对比表");
			book.write(raw);
		}
		PerfDeterministicZip.copy(raw.toByteArray(), out);
	}

	/** Enough lines for the longest wrapped text of the row (about two CJK characters per width unit of two). */
	private static float rowHeight(PerfChange change) {
		int lines = 1;
		String[] texts = { change.form(), change.item(), change.before(), change.after() };
		int[] widths = { WIDTHS[1], WIDTHS[3], WIDTHS[5], WIDTHS[6] };
		for (int i = 0; i < texts.length; i++) {
			int perLine = Math.max(1, widths[i] / 2);
			int count = 0;
			for (String line : texts[i].split("\n", -1)) {
				count += Math.max(1, (line.length() + perLine - 1) / perLine);
			}
			lines = Math.max(lines, count);
		}
		return Math.max(20, lines * 15f + 5);
	}

	private static void cell(Row row, int column, String text, org.apache.poi.ss.usermodel.CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(style);
	}
}
