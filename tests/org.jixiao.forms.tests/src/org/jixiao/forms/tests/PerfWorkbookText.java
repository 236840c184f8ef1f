// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A generated workbook read back with POI: every row flattened to tab-separated cell text as displayed. */
public final class PerfWorkbookText {

	private PerfWorkbookText() {
	}

	public static XSSFWorkbook open(byte[] bytes) {
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(bytes));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Rows of all sheets, cells joined by tabs, as Excel displays them (number formats applied). */
	public static List<String> rows(XSSFWorkbook workbook) {
		DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
		List<String> rows = new ArrayList<>();
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				StringBuilder line = new StringBuilder();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					if (c > 0) {
						line.append('\t');
					}
					Cell cell = row.getCell(c);
					if (cell != null) {
						line.append(formatter.formatCellValue(cell));
					}
				}
				rows.add(line.toString());
			}
		}
		return rows;
	}

	/** Every cell's text, normalised one by one, joined by a separator no text contains. */
	public static String normalizedCells(XSSFWorkbook workbook) {
		StringBuilder flat = new StringBuilder();
		for (String row : rows(workbook)) {
			for (String cell : row.split("\t", -1)) {
				String text = PerfSeedText.normalize(cell);
				if (!text.isEmpty()) {
					flat.append(text).append('\u0001');
				}
			}
		}
		return flat.toString();
	}

	/** Texts of merged cells spanning several rows (一级/二级 labels, row labels): their export position is arbitrary. */
	public static List<String> verticalMergeTexts(XSSFWorkbook workbook) {
		DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
		List<String> texts = new ArrayList<>();
		for (Sheet sheet : workbook) {
			for (CellRangeAddress region : sheet.getMergedRegions()) {
				if (region.getLastRow() > region.getFirstRow()) {
					Row row = sheet.getRow(region.getFirstRow());
					Cell cell = row == null ? null : row.getCell(region.getFirstColumn());
					if (cell != null) {
						texts.add(formatter.formatCellValue(cell));
					}
				}
			}
		}
		return texts;
	}
}
