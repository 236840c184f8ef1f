// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Makes an indicator of a header-read row's placed cells: comparator, number and unit recombined
 * into the .perf value (大于等于 → ≥, 百分比 → %), an Excel date serial turned into a date, one value
 * per recipient folded into one, and the columns the language has no place for written into the note.
 */
final class PerfIndicatorCells {

	private final PerfImportReport report;

	PerfIndicatorCells(PerfImportReport report) {
		this.report = report;
	}

	PerfImportedIndicator indicator(PerfRow row, PerfCell nameCell, String name, Map<String, PerfCell> placed, List<PerfCell> extra) {
		PerfImportedIndicator indicator = new PerfImportedIndicator(row);
		indicator.cells.put("name", new PerfCell(name, nameCell.line(), nameCell.column(), nameCell.sheet()));
		String comparator = text(placed.get("comparator"));
		String direction = text(placed.get("direction"));
		for (String either : new String[] { text(placed.get("comparator|direction")), text(placed.get("comparator|direction#2")) }) {
			if (either == null) {
				continue;
			}
			if (PerfCellFit.DIRECTION.matcher(PerfCellText.key(either)).matches()) {
				direction = direction == null ? either : direction;
			} else if (comparator == null) {
				comparator = either;
			}
		}
		PerfCell targetCell = placed.get("target");
		// one value per recipient: the target is the value they share, the list goes into the note
		List<String> sites = new ArrayList<>();
		Set<String> siteValues = new LinkedHashSet<>();
		for (Map.Entry<String, PerfCell> e : placed.entrySet()) {
			if (e.getKey().startsWith("site#")) {
				sites.add(e.getKey().substring(5).replaceAll("\\s+", "") + "=" + e.getValue().text());
				siteValues.add(e.getValue().text());
				if (targetCell == null) {
					targetCell = e.getValue();
				}
			}
		}
		if (!sites.isEmpty()) {
			indicator.printed.put("sites", String.join(";", sites));
			if (siteValues.size() > 1) {
				targetCell = null;
				report.warning(nameCell, "各资金接收单位的指标值不同，指标值记为空，各单位的值写入备注：" + String.join("；", sites));
			}
		}
		String target = text(targetCell);
		if (target != null) {
			Matcher m = PerfCellFit.LEADING_COMPARATOR.matcher(target.strip());
			if (m.matches() && !m.group(2).isEmpty()) {
				comparator = comparator == null ? m.group(1) : comparator;
				target = m.group(2).strip();
			}
		}
		String unit = text(placed.get("unit"));
		if (target != null) {
			Matcher serial = PerfCellFit.SERIAL.matcher(target.replaceAll("\\s+", ""));
			boolean dateName = name.matches(".*(时间|日期|时限|期限|完成时|截止).*");
			if (serial.matches() && (unit != null && PerfCellText.key(unit).equals(PerfCellText.key(target)) || unit == null && dateName)) {
				LocalDate date = LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(serial.group(1) + serial.group(2)));
				report.info(targetCell, "Excel 日期序号“" + target + "”读作日期 " + date);
				target = date.toString();
				unit = null;
			}
		}
		put(indicator, "comparator", comparator);
		put(indicator, "target", target);
		put(indicator, "unit", unit);
		put(indicator, "direction", direction);
		for (String field : List.of("actual", "weight", "score", "explanation", "criterion", "note", "basis", "deviation", "adjusted", "core", "coefficient",
				"midterm")) {
			put(indicator, field, text(placed.get(field)));
		}
		// each prior year by its column's header (上年, 2024年实际实现值): the model places it by the form's year
		placed.forEach((key, cell) -> {
			if (key.startsWith("prior#")) {
				put(indicator, key, text(cell));
			}
		});
		// the .perf value: comparator, number and unit in one (百分比 is %; words become symbols)
		if (target != null || comparator != null) {
			String value = (comparator == null ? "" : symbol(comparator)) + (target == null ? "" : target)
					+ (unit == null || target == null || target.endsWith(unit) || target.matches(".*\\d{4}-\\d{2}-\\d{2}") ? "" : unit);
			String written = value.replaceAll("(?<=[0-9])百分比$", "%");
			if (!written.equals(value) || comparator != null && !symbol(comparator).equals(comparator)) {
				report.repeated("比较符的文字写法或“百分比”按符号写入 .perf（如 大于等于 → ≥，100百分比 → 100%）", targetCell == null ? nameCell : targetCell);
			}
			PerfCell at = targetCell == null ? nameCell : targetCell;
			indicator.cells.put("value", new PerfCell(written, at.line(), at.column(), at.sheet()));
		}
		for (String field : List.of("actual", "weight", "score", "basis")) {
			PerfCell cell = placed.get(field);
			if (cell != null && !PerfCellFit.DASHES.matcher(PerfCellText.key(cell.text())).matches()) {
				if (field.equals("actual") && unit != null && PerfCellFit.NUMBER.matcher(PerfCellText.key(cell.text())).matches()) {
					// the unit column is the actual value's unit too: 1 | 次 is 1 次
					cell = new PerfCell(cell.text().strip() + writtenUnit(unit), cell.line(), cell.column(), cell.sheet());
				}
				indicator.cells.put(field, cell);
			}
		}
		indicator.extra.addAll(extra);
		return indicator;
	}

	private static void put(PerfImportedIndicator indicator, String field, String text) {
		if (text != null && !text.isBlank()) {
			indicator.printed.put(field, text.strip());
		}
	}

	static String text(PerfCell cell) {
		return cell == null || cell.text().isBlank() ? null : cell.text().strip();
	}

	/** The language's comparator for a printed one (大于等于, ═, ‹=). */
	/** A unit as the .perf writes it after a number: 百分比 is %. */
	static String writtenUnit(String unit) {
		return unit.strip().replaceAll("^百分比$", "%");
	}

	static String symbol(String comparator) {
		return switch (comparator.strip()) {
		case "大于等于", "不低于", "不少于", "›=" -> "≥";
		case "小于等于", "不高于", "不超过", "不多于", "‹=" -> "≤";
		case "等于", "═" -> "=";
		case "大于" -> ">";
		case "小于" -> "<";
		case "是/否", "是", "否", "±" -> "";
		default -> comparator.strip();
		};
	}
}
