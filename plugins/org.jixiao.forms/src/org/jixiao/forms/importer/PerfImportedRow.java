// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

/**
 * One indicator row as the import read it, with its cells as printed: what an analyst compares
 * with the source table. Fields a form does not print are null.
 *
 * @param line        the source line (text) or row (workbook) of the indicator's first cell
 * @param level1      一级 as printed (without score suffix and blanks), or null
 * @param level2      二级 likewise
 * @param name        三级 name without template prefixes (指标1:), ★ and ** hints
 * @param comparator  the comparator as printed, in its own column or in front of the value
 * @param target      the target without its comparator (an Excel date serial as the date)
 * @param unit        the unit of a separate unit column
 * @param actual      the actual value as printed
 * @param weight      分值 / 权重
 * @param score       得分
 * @param direction   指标方向 (正向/反向) where printed
 * @param explanation 指标解释 / 指标值说明 / 评（扣）分标准 where printed
 */
public record PerfImportedRow(int line, String level1, String level2, String name, String comparator, String target, String unit,
		String actual, String weight, String score, String direction, String explanation) {

	static PerfImportedRow of(PerfImportedIndicator indicator) {
		if (!indicator.printed.isEmpty() || indicator.cells.containsKey("name") && indicator.printed.containsKey("marker")) {
			var p = indicator.printed;
			return new PerfImportedRow(indicator.row.line(), p.get("level1"), p.get("level2"), indicator.text("name"), p.get("comparator"),
					p.get("target"), p.get("unit"), p.get("actual"), p.get("weight"), p.get("score"), p.get("direction"),
					p.get("explanation"));
		}
		String level1 = null;
		String level2 = null;
		for (PerfImportedIndicator.CategoryCell cell : indicator.categories) {
			if (cell.level2Column() || level1 != null) {
				level2 = cell.cell().label();
			} else {
				level1 = cell.cell().label();
			}
		}
		return new PerfImportedRow(indicator.row.line(), level1, level2, indicator.text("name"), null, indicator.text("value"), null,
				indicator.text("actual"), indicator.text("weight"), indicator.text("score"), null, indicator.text("description"));
	}
}
