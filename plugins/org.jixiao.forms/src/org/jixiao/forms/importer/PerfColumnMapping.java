// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.List;

/**
 * How one grid's columns were taken: where its header stands and what each column was read as.
 * The import report's line per grid (第 6 行表头：C 列“计算符号”→ 比较符 …) is written from it, and
 * an import wizard shows it so that a column can be corrected with a {@link PerfColumnChoice}.
 *
 * @param sheet      the sheet's name, null for text
 * @param headerLine 1-based line (text) or row (workbook) of the header's first row
 * @param columns    the header's columns, left to right
 */
public record PerfColumnMapping(String sheet, int headerLine, List<PerfColumnMapping.Column> columns) {

	/**
	 * One column of the header.
	 *
	 * @param index  0-based
	 * @param letter A, B, … (the sheet's column for a workbook, the cell's position for text)
	 * @param header the header as printed (the cells of a two-row header joined with "/")
	 * @param field  a field of {@link PerfColumnVocabulary#fields()}, or null when not understood
	 */
	public record Column(int index, String letter, String header, String field) {
	}

	public PerfColumnMapping {
		columns = List.copyOf(columns);
	}

	/** The report line: 第 6 行表头：C 列“计算符号”→ 比较符，…；未识别的列 …. */
	String describe() {
		StringBuilder text = new StringBuilder("第 " + headerLine + " 行表头：");
		List<String> unknown = new java.util.ArrayList<>();
		boolean first = true;
		for (Column c : columns) {
			if (c.header().isBlank()) {
				continue;
			}
			if (c.field() == null) {
				unknown.add(c.letter() + " 列“" + c.header() + "”");
				continue;
			}
			text.append(first ? "" : "，").append(c.letter()).append(" 列“").append(c.header()).append("”→ ")
					.append(PerfColumnVocabulary.label(c.field()));
			first = false;
		}
		return unknown.isEmpty() ? text.toString() : text + "；未识别的列（其中的单元格写入备注）：" + String.join("，", unknown);
	}

	/** The columns no field was found for, for messages. */
	List<String> unknown() {
		return columns.stream().filter(c -> c.field() == null && !c.header().isBlank()).map(c -> c.letter() + " 列“" + c.header() + "”").toList();
	}
}
