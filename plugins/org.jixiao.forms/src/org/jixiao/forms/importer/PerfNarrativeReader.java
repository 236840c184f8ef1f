// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.forms.importer.PerfImportedForm.Text;
import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.forms.layout.PerfLayoutBlock;

/**
 * Reads targets published as prose instead of a table (a public notice: 一、产出指标 ⏎ 数量指标：名称(≥**株)
 * >=17600株；名称 ≥85 …): each clause after a category label is one indicator, its comparator and value
 * the last comparison in it. Used only when no table could be found in the text.
 */
final class PerfNarrativeReader {

	private static final String COMPARATOR = ">=|<=|≥|≤|≧|≦|＞|＜|>|<|＝|=";
	/** A category label ending in 指标 or 目标, followed by ：or ，. */
	private static final Pattern LABEL = Pattern.compile("([\\p{IsHan}]{2,12}?(?:指标|效益目标))\\s*[:：,，]");
	private static final Pattern VALUE = Pattern.compile("(" + COMPARATOR + ")\\s*([0-9][^;；,，。:：]*)");
	private static final Pattern MARKER = Pattern.compile("^([★☆]+)");

	private final PerfCategories categories;
	private final PerfImportReport report;

	PerfNarrativeReader(PerfCategories categories, PerfImportReport report) {
		this.categories = categories;
		this.report = report;
	}

	/** A public notice of a project's targets: 关于…项目绩效目标设定的公示. */
	private static final Pattern NOTICE = Pattern.compile("关于(.{2,60}?项目)绩效目标.{0,8}公示");
	private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");

	/**
	 * The clauses' indicators: a project table (layout {@code project}) when the text is a notice of
	 * a project's targets, else a goals-only form; null when the text holds no such prose.
	 */
	PerfImportedForm read(String text, PerfLayout project) {
		PerfImportedForm goals = goals(text);
		if (goals == null) {
			return null;
		}
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < Math.min(lines.length, 5); i++) {
			Matcher notice = NOTICE.matcher(lines[i]);
			if (notice.find()) {
				String title = lines[i].replace("|", " ").replaceFirst("^\\s*标\\s*题\\s*[:：]", "").strip();
				PerfCell at = new PerfCell(title, i + 1, 1, null);
				PerfImportedForm form = new PerfImportedForm(PerfFormKind.PROJECT, project, new PerfImportedForm.Text(title, at));
				form.readBy = "按正文识别";
				form.put("name", notice.group(1), at);
				Matcher year = YEAR.matcher(text);
				if (year.find()) {
					form.put("year", year.group(1), at);
					report.info(at, "公示的项目绩效目标，导入为项目表“" + notice.group(1) + "”，年度按文中的“" + year.group() + "”记为 " + year.group(1) + " 年");
				}
				form.goals.addAll(goals.goals);
				return form;
			}
		}
		return goals;
	}

	/** A goals-only form with the clauses' indicators, or null when the text holds no such prose. */
	private PerfImportedForm goals(String text) {
		String[] lines = text.split("\\R", -1);
		PerfImportedForm form = null;
		PerfImportedGoal goal = null;
		String level1 = null;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			Matcher heading = Pattern.compile("^[一二三四五六七八九十]+\\s*[、.．]\\s*(\\S+指标)$").matcher(line);
			if (heading.matches()) {
				level1 = heading.group(1);
				continue;
			}
			if (level1 == null) {
				continue;
			}
			Matcher label = LABEL.matcher(line);
			int at = 0;
			String level2 = null;
			while (at < line.length()) {
				if (label.find(at) && label.start() == at && isCategory(label.group(1))) {
					if (!label.group(1).equals(level1)) {
						level2 = label.group(1);
					}
					at = label.end();
					continue;
				}
				// a clause: up to the separator after its value, or to the end of the statement
				int end = clauseEnd(line, at);
				String clause = line.substring(at, end).strip();
				at = Math.min(line.length(), end + 1);
				clause = clause.replaceAll("[。;；,，]+$", "").strip();
				if (clause.isEmpty() || level2 == null) {
					continue;
				}
				if (form == null) {
					form = new PerfImportedForm(null, layout(i + 1), null);
					goal = new PerfImportedGoal(new PerfCell(line, i + 1, 1, null));
					form.goals.add(goal);
					report.info(new PerfCell(line, i + 1, 1, null), "没有指标表：目标写在正文中，按“二级指标：名称 比较符 值”逐句读出，请核对");
				}
				goal.indicators.add(indicator(clause, level1, level2, new PerfCell(clause, i + 1, at + 1, null)));
			}
		}
		return form == null || goal.indicators.isEmpty() ? null : form;
	}

	private boolean isCategory(String label) {
		String key = PerfCellText.key(label);
		return categories.isLevel1(key) || categories.isLevel2(key) || key.endsWith("指标") || key.endsWith("效益目标");
	}

	/** Where the clause starting at {@code from} ends: after its value, or at a 。/；, or before the next label. */
	private int clauseEnd(String line, int from) {
		Matcher value = VALUE.matcher(line);
		Matcher label = LABEL.matcher(line);
		int stop = line.length();
		for (int i = from; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '。' || c == ';' || c == '；') {
				stop = i;
				break;
			}
		}
		int nextLabel = label.find(from + 1) ? label.start() : line.length();
		if (value.find(from) && value.start() < stop) {
			return Math.min(value.end(), stop);
		}
		return Math.min(stop, nextLabel > from ? nextLabel : stop);
	}

	private PerfImportedIndicator indicator(String clause, String level1, String level2, PerfCell at) {
		PerfImportedIndicator indicator = new PerfImportedIndicator(new PerfRow(List.of(at)));
		String marker = null;
		Matcher mark = MARKER.matcher(clause);
		if (mark.find()) {
			marker = mark.group(1);
			clause = clause.substring(mark.end());
		}
		clause = PerfGridRows.HINT_IN_BRACKETS.matcher(clause).replaceAll("");
		String name = clause;
		Matcher value = VALUE.matcher(clause);
		String comparator = null;
		String target = null;
		while (value.find()) {
			name = clause.substring(0, value.start()).strip();
			comparator = value.group(1);
			target = value.group(2).strip();
		}
		indicator.cells.put("name", new PerfCell(name, at.line(), at.column(), null));
		indicator.printed.put("level1", level1);
		indicator.printed.put("level2", level2);
		if (marker != null) {
			indicator.printed.put("marker", marker);
		}
		if (target != null) {
			indicator.printed.put("comparator", comparator);
			indicator.printed.put("target", target);
			indicator.cells.put("value", new PerfCell(PerfIndicatorCells.symbol(comparator) + target, at.line(), at.column(), null));
		}
		indicator.categories.add(new PerfImportedIndicator.CategoryCell(PerfCategories.parse(new PerfCell(level1, at.line(), 1, null)), false, false));
		indicator.categories.add(new PerfImportedIndicator.CategoryCell(PerfCategories.parse(new PerfCell(level2, at.line(), 1, null)), true, false));
		return indicator;
	}

	private static PerfLayout layout(int line) {
		return new PerfLayout("正文", PerfFormKind.PROJECT, "指标", false, List.of(10),
				List.of(new PerfLayoutBlock("goals", java.util.Map.of("columns", "指标:note"), line)), "正文中的绩效目标", null);
	}
}
