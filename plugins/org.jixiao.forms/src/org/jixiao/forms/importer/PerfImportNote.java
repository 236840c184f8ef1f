// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

/**
 * One entry of the import report: something the analyst should look at, with the source position
 * of the content it is about. Content that could not be placed in the .perf document is reported
 * as a {@link Severity#WARNING} and kept there as a comment or a note field.
 *
 * @param severity how much it matters: an error means nothing could be imported
 * @param source   the file (or name) the table came from
 * @param line     1-based line of a text table, or row of a workbook
 * @param column   1-based column (characters of a text line, cells of a workbook row)
 * @param sheet    the workbook sheet, or null for text
 * @param message  what happened, in Chinese, naming the content
 */
public record PerfImportNote(Severity severity, String source, int line, int column, String sheet, String message) {

	/** How much a note matters. */
	public enum Severity {
		/** Nothing could be imported (empty, binary or unreadable input). */
		ERROR("error"),
		/** Content that could not be placed (kept as a comment or note) or a value the analyst must check. */
		WARNING("warning"),
		/** Export noise removed or a spelling adapted to the language; nothing lost. */
		INFO("info");

		private final String label;

		Severity(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	static PerfImportNote at(Severity severity, String source, PerfCell cell, String message) {
		return new PerfImportNote(severity, source, cell.line(), cell.column(), cell.sheet(), message);
	}

	/**
	 * The note as the command line prints it: {@code 文件:行:列: 严重性: 消息}; for a workbook the line
	 * and column are the cell's row and column and the message names the sheet and cell.
	 */
	public String format() {
		String where = sheet == null ? "" : "（工作表“" + sheet + "”单元格 " + PerfCell.columnLetters(column) + line + "）";
		return source + ":" + line + ":" + column + ": " + severity.label() + ": " + message + where;
	}
}
