// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

/**
 * One cell of an imported table with where it came from: a text line and column, or a sheet and
 * cell of a workbook (then {@code line} is the 1-based row and {@code column} the 1-based column).
 *
 * @param text   the cell's text, export noise removed, lines of a broken cell joined
 * @param line   1-based source line (text) or row (workbook)
 * @param column 1-based source column (characters for text, cells for a workbook)
 * @param sheet  the workbook sheet, or null for text
 */
public record PerfCell(String text, int line, int column, String sheet) {

	public boolean isEmpty() {
		return text.isBlank();
	}

	/** Where the cell is, as a user finds it: 第 12 行第 3 列, or 工作表“X”单元格 C12. */
	public String where() {
		if (sheet == null) {
			return "第 " + line + " 行";
		}
		return "工作表“" + sheet + "”单元格 " + columnLetters(column) + line;
	}

	static String columnLetters(int column) {
		StringBuilder letters = new StringBuilder();
		for (int c = column; c > 0; c = (c - 1) / 26) {
			letters.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return letters.toString();
	}
}
