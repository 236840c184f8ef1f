// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.forms.importer.PerfColumnMapping.Column;
import org.jixiao.forms.importer.PerfImportedForm.Text;
import org.jixiao.forms.layout.PerfFormKind;

/**
 * What a header-read form prints above its grid: the title (and from it and the columns, the kind
 * of form), the year, the money unit, and the labelled cells a form fills (项目名称, 主管部门,
 * 实施单位, 单位名称, the budget).
 */
final class PerfFormHeading {

	private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年度");
	private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");
	private static final Pattern FILING_DATE = Pattern.compile("(?:填报|填表|报送)日期[:：]?\\s*((?:19|20)[0-9]{2})");
	private static final Pattern MONEY_UNIT = Pattern.compile("金额单位\\s*[:：]\\s*(万元|元)");

	/** Printed labels (their key's start) → the form field they fill. */
	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("项目名称", "name"), Map.entry("主管部门", "supervisor"),
			Map.entry("主管单位", "supervisor"), Map.entry("实施单位", "implementer"), Map.entry("单位名称", "unit"),
			Map.entry("部门名称", "unit"), Map.entry("预算单位", "unit"), Map.entry("部门(单位)名称", "unit"),
			Map.entry("年度资金总额", "budget"), Map.entry("项目资金总额", "budget"), Map.entry("资金总额", "budget"),
			Map.entry("项目总金额", "budget"), Map.entry("年度预算数", "budget"));

	private final PerfGridRows rows;
	private final int header;
	private final PerfImportReport report;

	/** @param header the header's first row: the heading is what stands above it */
	PerfFormHeading(PerfGridRows rows, int header, PerfImportReport report) {
		this.rows = rows;
		this.header = header;
		this.report = report;
	}

	Text title() {
		for (int i = 0; i < Math.min(header, 40); i++) {
			String text = PerfTextCells.strip(rows.text(i).replace("|", " "));
			if (text.matches(".*(绩效|目标|自评).*表.*") && text.length() <= 80 || PerfCellText.key(text).matches("部门整体(支出)?绩效目标")) {
				PerfCell first = rows.positioned() ? rows.firstFilled(i) : rows.at(i, text, 1);
				return new Text(text.replaceAll("\\s+", " "), new PerfCell(text, first.line(), first.column(), first.sheet()));
			}
		}
		return null;
	}

	/**
	 * The kind of form: a title with 自评 or a grid with 实际完成值 or 得分 is a self-evaluation, a title
	 * naming 部门整体 a department's form, any other title a project's; null (goals of their own) without a title.
	 */
	static PerfFormKind kind(Text title, List<Column> columns) {
		if (title == null) {
			return null;
		}
		String key = PerfCellText.key(title.text());
		boolean self = key.contains("自评") || columns.stream().anyMatch(c -> "actual".equals(c.field()) || "score".equals(c.field()));
		boolean department = department(title);
		if (self) {
			return department ? PerfFormKind.DEPARTMENT_SELFEVAL : PerfFormKind.PROJECT_SELFEVAL;
		}
		return department ? PerfFormKind.DEPARTMENT : PerfFormKind.PROJECT;
	}

	/** Whether a title names a department's whole spending (部门整体, 整体支出): that decides over a project layout. */
	static boolean department(Text title) {
		String key = PerfCellText.key(title.text());
		return key.contains("部门整体") || key.contains("整体支出");
	}

	/**
	 * The year from the title (2019年度, （2023年度）), else the 填报日期, else --year; never silently the
	 * current year: a form whose kind must have a year (all but a project's targets) gets it with a warning.
	 */
	String year(Text title, Integer defaultYear, PerfFormKind kind) {
		for (int i = 0; i < Math.min(header, 60); i++) {
			Matcher m = TITLE_YEAR.matcher(rows.text(i));
			if (m.find()) {
				report.info(rows.cellAt(i, m.start()), "年度按表中“" + m.group() + "”记为 " + m.group(1) + " 年");
				return m.group(1);
			}
		}
		for (int i = 0; i < rows.size(); i++) {
			Matcher m = FILING_DATE.matcher(rows.text(i));
			if (m.find()) {
				report.info(rows.cellAt(i, m.start()), "年度按填报日期记为 " + m.group(1) + " 年");
				return m.group(1);
			}
		}
		if (title != null) {
			Matcher m = ANY_YEAR.matcher(title.text());
			if (m.find()) {
				report.info(title.cell(), "年度按标题中的“" + m.group() + "”记为 " + m.group(1) + " 年");
				return m.group(1);
			}
		}
		if (defaultYear != null) {
			report.info(rows.at(0, "", 1), "表中未写年度，按指定的年度（--year）记为 " + defaultYear + " 年");
			return defaultYear.toString();
		}
		if (kind != null && kind != PerfFormKind.PROJECT) {
			String year = Integer.toString(java.time.Year.now().getValue());
			report.warning(title.cell(), "表中未写年度（标题和填报日期中都没有），暂记为 " + year + " 年，请核对（可用 --year 指定）");
			return year;
		}
		if (title != null) {
			// a bare grid (pasted) has no year of its own; a form that prints none is reported
			report.warning(title.cell(), "表中未写年度（标题和填报日期中都没有），未记年度，请核对（可用 --year 指定）");
		}
		return null;
	}

	/** The 金额单位 line (元 or 万元), reported; null when none is printed. */
	String moneyUnit() {
		for (int i = 0; i < Math.min(header, 60); i++) {
			Matcher money = MONEY_UNIT.matcher(rows.text(i));
			if (money.find()) {
				report.info(rows.cellAt(i, money.start()), "金额单位为" + money.group(1));
				return money.group(1);
			}
		}
		return null;
	}

	/** The labelled cells above the grid (项目名称 | 工资性支出 …), the cell after each label, into the form's fields. */
	void fields(PerfImportedForm form, String moneyUnit) {
		List<PerfCell> cells = new java.util.ArrayList<>();
		for (int i = 0; i < header; i++) {
			cells.addAll(PerfGridRows.filled(rows.cells(i, false)));
		}
		for (int k = 0; k + 1 < cells.size(); k++) {
			String field = label(cells.get(k).text());
			PerfCell value = cells.get(k + 1);
			if (field == null || label(value.text()) != null || form.fields.containsKey(field)) {
				continue;
			}
			if (field.equals("budget")) {
				budget(form, value, moneyUnit);
			} else {
				form.put(field, value.text(), value);
			}
		}
	}

	private static String label(String text) {
		String key = PerfCellText.key(text).replaceFirst("[:：]$", "");
		for (Map.Entry<String, String> label : LABELS.entrySet()) {
			if (key.equals(label.getKey()) || key.startsWith(label.getKey() + "(")) {
				return label.getValue();
			}
		}
		return null;
	}

	/**
	 * A budget amount as printed; when the form prints 金额单位：元 the form says so, and the model
	 * writes the amount in 万元 (the language's money) as it does for every form.
	 */
	void budget(PerfImportedForm form, PerfCell value, String moneyUnit) {
		String key = PerfCellText.key(value.text());
		if (form.budget != null || !PerfCellFit.NUMBER.matcher(key).matches()) {
			return;
		}
		if ("元".equals(moneyUnit) && form.moneyInYuan == null) {
			form.moneyInYuan = new Text("金额单位：元", value);
		}
		form.budget = new Text(value.text(), value);
		form.fields.put("budget", form.budget);
	}
}
