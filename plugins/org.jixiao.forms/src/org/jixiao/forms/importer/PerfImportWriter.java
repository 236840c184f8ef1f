// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.dsl.conversion.PerfWords;
import org.jixiao.forms.importer.PerfImportedForm.Duty;
import org.jixiao.forms.importer.PerfImportedForm.FundLine;
import org.jixiao.forms.importer.PerfImportedForm.Measure;
import org.jixiao.forms.importer.PerfImportedForm.PlanPoint;
import org.jixiao.forms.importer.PerfImportedForm.Review;
import org.jixiao.forms.importer.PerfImportedForm.Text;
import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.forms.layout.PerfLayouts;

/**
 * Writes imported forms as .perf text in the grammar's field order. Text is emitted rather than an
 * EMF model serialised, because the model normalises what the analyst wrote (≧ and >= both become
 * GE): values are written with the form's own spelling, and the formatter lays the text out. Cells
 * that the language cannot hold in their place are kept as comments (form and goal level) or in an
 * indicator's {@code note}, and reported.
 */
final class PerfImportWriter {

	private static final Pattern INT = Pattern.compile("^[0-9]{1,9}$");
	private static final Pattern BANDS = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*[%％]\\s*的?\\s*为\\s*([优良中差])");
	private static final Pattern ITEM = Pattern.compile("[0-9]{1,2}\\s*[、.．](?![0-9])");

	private final PerfValueSyntax values;
	private final PerfImportReport report;
	private final Set<String> keywords;
	private final StringBuilder out = new StringBuilder();
	private int indent;
	private int lines = 1;
	/** Indicators written in safe mode (every value quoted) after a syntax error in their line. */
	private final Set<PerfImportedIndicator> safe;
	/** Output line (1-based) of each indicator, to find the one a syntax error is in. */
	final Map<Integer, PerfImportedIndicator> indicatorLines = new java.util.HashMap<>();

	PerfImportWriter(PerfValueSyntax values, Set<String> keywords, PerfImportReport report, Set<PerfImportedIndicator> safe) {
		this.values = values;
		this.keywords = keywords;
		this.report = report;
		this.safe = safe;
	}

	String write(List<PerfImportedForm> forms, String framework, List<Text> preamble) {
		line("// 由 jixiao import 自 " + report.source() + " 导入；需核对之处见导入报告。");
		if (framework != null) {
			line("uses framework " + framework);
		}
		comments(preamble, "未归入任何表格");
		for (PerfImportedForm form : forms) {
			out.append('\n');
			lines++;
			if (form.title != null) {
				line("// " + form.title.cell().where() + "：" + oneLine(form.title.text()) + "（版式 " + form.layout.name() + "）");
			}
			if (form.kind == null) {
				for (PerfImportedGoal goal : form.goals) {
					goal(goal);
				}
				continue;
			}
			switch (form.kind) {
			case DEPARTMENT -> department(form);
			case PROJECT -> project(form);
			case PROJECT_SELFEVAL, DEPARTMENT_SELFEVAL -> selfEvaluation(form);
			case DUTIES -> duties(form);
			}
		}
		return out.toString();
	}

	// ------------------------------------------------------------------ output helpers

	private void line(String text) {
		out.append("\t".repeat(indent)).append(text).append('\n');
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines++;
			}
		}
		lines++;
	}

	/** The 1-based number of the next output line. */
	private int lineNumber() {
		return lines;
	}

	private void open(String head) {
		line(head + " <");
		indent++;
	}

	private void close() {
		indent--;
		line(">");
	}

	private void comments(List<Text> texts, String what) {
		for (Text text : texts) {
			comment(what + "（" + text.cell().where() + "）：" + text.text());
		}
	}

	private void comment(String text) {
		for (String part : text.split("\n")) {
			line("// " + part);
		}
	}

	private static String oneLine(String text) {
		return text.replace('\n', ' ');
	}

	private static String q(String text) {
		return PerfCellText.quote(text);
	}

	private void string(String keyword, Text text) {
		if (text != null && !text.text().isBlank()) {
			line(keyword + " " + q(text.text()));
		}
	}

	/** A number field; text that is not a plain number is kept as a comment and reported. */
	private String decimal(Text text, String what) {
		if (text == null || text.text().isBlank()) {
			return null;
		}
		String raw = text.text().replaceAll("\\s+", "").replaceFirst("(万元|元|分)$", "");
		PerfValueSyntax.Written number = PerfValueSyntax.decimal(raw);
		if (number == null) {
			comment(what + "（" + text.cell().where() + "）不是数字，原文：" + text.text());
			report.warning(text.cell(), what + "“" + text.text() + "”不是数字，已作为注释保留");
			return null;
		}
		if (number.adaptation() != null) {
			report.info(text.cell(), what + "：" + number.adaptation());
		}
		return number.text();
	}

	private String integer(Text text, String what) {
		String number = decimal(text, what);
		if (number != null && !INT.matcher(number).matches()) {
			comment(what + "（" + text.cell().where() + "）不是整数，原文：" + text.text());
			report.warning(text.cell(), what + "“" + text.text() + "”不是整数，已作为注释保留");
			return null;
		}
		return number;
	}

	/**
	 * A name of the language (goal names, fund labels) as a word when the label is one (blanks inside
	 * dropped: 年度目标 1 is 年度目标1), else as quoted text, so that every label survives; null for none.
	 */
	private String name(String text) {
		String word = text == null ? "" : text.replaceAll("\\s+", "");
		if (word.isEmpty()) {
			return null;
		}
		return PerfWords.isWord(word) && !keywords.contains(word) ? word : q(oneLine(text).strip());
	}

	private void header(PerfImportedForm form) {
		comments(form.unplaced, "未归入");
		string("title", form.title);
		if (!form.layout.name().equals(PerfLayouts.defaultFor(form.kind))) {
			line("layout " + q(form.layout.name()));
		}
	}

	private String unitAndYear(PerfImportedForm form) {
		return q(form.field("unit") == null ? "" : form.field("unit")) + " year " + form.field("year");
	}

	// ------------------------------------------------------------------ forms

	private void department(PerfImportedForm form) {
		open("department " + unitAndYear(form));
		header(form);
		string("code", form.fields.get("code"));
		string("filingunit", form.fields.get("filingUnit"));
		string("filer", form.fields.get("filer"));
		string("contact", form.fields.get("contact"));
		string("phone", form.fields.get("phone"));
		string("head", form.fields.get("head"));
		String staff = integer(form.fields.get("staff"), "人员编制数");
		String actual = integer(form.fields.get("actualStaff"), "实有人数");
		if (staff != null) {
			line("staff " + staff + (actual == null ? "" : " actual " + actual));
		} else if (actual != null) {
			comment("实有人数 " + actual + "（未写人员编制数，语言中实有人数跟在编制数之后）");
		}
		funds(form);
		if (!form.publicExpenses.isEmpty()) {
			open("publicexpenses");
			for (String field : List.of("total", "vehicles", "abroad", "reception")) {
				String amount = decimal(form.publicExpenses.get(field), "三公经费");
				if (amount != null) {
					line(field + " " + amount);
				}
			}
			close();
		}
		string("functions", form.fields.get("functions"));
		string("tasks", form.fields.get("tasks"));
		string("summary", summary(form));
		for (PerfImportedGoal goal : form.goals) {
			goal(goal);
		}
		string("remarks", form.fields.get("remarks"));
		for (Review review : form.reviews) {
			line("review " + q(review.reviewer().text()) + (review.opinion() == null ? "" : " " + q(review.opinion().text()))
					+ (review.date() == null ? "" : " date " + q(review.date().text())));
		}
		close();
	}

	/** The overview of a layout that prints the summary (长期目标 / 年度目标 lines), else the summary text block. */
	private static Text summary(PerfImportedForm form) {
		if (form.fields.containsKey("summary")) {
			return form.fields.get("summary");
		}
		if (form.layout.blocks().stream().noneMatch(b -> b.kind().equals("overview") && b.arg("source", "goals").equals("summary"))
				|| form.overviewLong.isEmpty() && form.overviewAnnual.isEmpty()) {
			return null;
		}
		var block = form.layout.blocks().stream().filter(b -> b.kind().equals("overview")).findFirst().get();
		StringBuilder text = new StringBuilder(block.arg("long", "长期目标"));
		form.overviewLong.forEach(t -> text.append('\n').append(t.text()));
		text.append('\n').append(block.arg("annual", "年度目标"));
		form.overviewAnnual.forEach(t -> text.append('\n').append(t.text()));
		PerfCell at = !form.overviewLong.isEmpty() ? form.overviewLong.get(0).cell() : form.overviewAnnual.get(0).cell();
		return new Text(text.toString(), at);
	}

	private void funds(PerfImportedForm form) {
		if (form.funds.isEmpty() && form.twoYearsAgoYear == null) {
			return;
		}
		open("funds");
		if (form.twoYearsAgoYear != null && form.lastYearYear != null) {
			line("years " + form.twoYearsAgoYear.text() + " " + form.lastYearYear.text());
		}
		for (FundLine fund : form.funds) {
			StringBuilder text = new StringBuilder(fund.expense() ? "expense" : "income");
			String label = name(fund.label().text());
			if (fund.total()) {
				text.append(" total");
			}
			if (label != null) {
				text.append(' ').append(label);
			} else if (!fund.total()) {
				text.append(" 其他");
				report.warning(fund.label().cell(), "资金项目没有名称，记为“其他”");
			}
			String amount = decimal(fund.amount(), "金额");
			if (amount != null) {
				text.append(' ').append(amount);
			}
			String share = decimal(fund.share(), "占比");
			if (share != null) {
				text.append(" share ").append(share).append('%');
			}
			String two = decimal(fund.twoYearsAgo(), "前年金额");
			if (two != null) {
				text.append(" twoyearsago ").append(two);
			}
			String last = decimal(fund.lastYear(), "上年金额");
			if (last != null) {
				text.append(" lastyear ").append(last);
			}
			line(text.toString());
		}
		close();
	}

	private void project(PerfImportedForm form) {
		String code = form.field("code") == null ? "" : form.field("code");
		String name = form.field("name") == null ? "" : form.field("name");
		open("project " + q(code) + " " + q(name) + (form.field("year") == null ? "" : " year " + form.field("year")));
		header(form);
		string("unit", form.fields.get("unit"));
		String budget = decimal(form.budget, "预算数");
		String fiscal = decimal(form.fiscal, "财政资金");
		String other = decimal(form.other, "其他资金");
		if (budget != null) {
			line("budget " + budget + (fiscal == null ? "" : " fiscal " + fiscal) + (other == null ? "" : " other " + other));
		}
		string("purpose", form.purpose);
		if (!form.plan.isEmpty()) {
			StringBuilder plan = new StringBuilder("plan <");
			for (PlanPoint point : form.plan) {
				String share = decimal(point.cumulative(), "资金支出计划");
				if (share != null) {
					plan.append(' ').append(point.month().text()).append("月底 ").append(share).append('%');
				}
			}
			line(plan.append(" >").toString());
		}
		for (PerfImportedGoal goal : form.goals) {
			goal(goal);
		}
		close();
	}

	private void selfEvaluation(PerfImportedForm form) {
		boolean project = form.kind == PerfFormKind.PROJECT_SELFEVAL;
		if (project) {
			open("selfeval project " + q(form.field("name") == null ? "" : form.field("name")) + " year " + form.field("year"));
		} else {
			open("selfeval department " + unitAndYear(form));
		}
		header(form);
		if (project) {
			string("unit", form.fields.get("unit"));
		}
		string("date", form.fields.get("date"));
		String total = decimal(form.fields.get("total"), "总分");
		if (total != null) {
			line("total " + total);
		}
		Text grade = form.fields.get("grade");
		if (grade != null) {
			// the grade follows from the total (优 ≥ 90 …): the language computes it, it has no field
			comment("等级：" + grade.text() + "（由总分得出，不另行保存）");
			report.info(grade.cell(), "表中的等级“" + grade.text() + "”由总分得出，不另行保存，已作为注释保留");
		}
		if (project) {
			string("supervisor", form.fields.get("supervisor"));
			string("implementer", form.fields.get("implementer"));
		} else {
			String basic = decimal(form.fields.get("basic"), "基本支出总额");
			if (basic != null) {
				line("basicexpenditure " + basic);
			}
			String spent = decimal(form.fields.get("project"), "项目支出总额");
			if (spent != null) {
				line("projectexpenditure " + spent);
			}
		}
		execution(form);
		if (project && form.objective != null && form.objective.target() != null) {
			String weight = decimal(form.objective.weight(), "总目标分值");
			String score = decimal(form.objective.score(), "总目标得分");
			line("objective weight " + (weight == null ? "0" : weight) + " " + q(form.objective.target().text())
					+ (form.objective.actual() == null ? "" : " actual " + q(form.objective.actual().text()))
					+ (score == null ? "" : " score " + score));
		}
		if (project) {
			String weight = decimal(form.indicatorWeight, "绩效指标分值");
			if (weight != null) {
				line("indicatorweight " + weight);
			}
		}
		for (PerfImportedGoal goal : form.goals) {
			goal(goal);
		}
		string("deviation", form.fields.get("deviation"));
		string("improvement", form.fields.get("improvement"));
		close();
	}

	private void execution(PerfImportedForm form) {
		var e = form.execution;
		if (e == null || e.planned() == null) {
			return;
		}
		String weight = decimal(e.weight(), "预算执行分值");
		String planned = decimal(e.planned(), "预算数");
		String executed = decimal(e.executed(), "执行数");
		if (weight == null || planned == null || executed == null) {
			return;
		}
		String rate = decimal(e.rate(), "执行率");
		String score = decimal(e.score(), "预算执行得分");
		line("budget " + (e.label() == null ? "" : q(e.label().text()) + " ") + "weight " + weight + " planned " + planned
				+ " executed " + executed + (rate == null ? "" : " rate " + rate + "%") + (score == null ? "" : " score " + score));
	}

	private void duties(PerfImportedForm form) {
		open("duties " + unitAndYear(form));
		header(form);
		string("overall", form.fields.get("overall"));
		string("intro", form.fields.get("intro"));
		for (Duty duty : form.duties) {
			open("duty " + q(duty.title.text()));
			string("responsibility", duty.responsibility);
			string("dutygoal", duty.dutyGoal);
			string("target", duty.target);
			if (duty.indicators != null) {
				List<String> items = items(duty.indicators.text());
				line("indicators " + String.join(", ", items.stream().map(PerfImportWriter::q).toList()));
			}
			string("standard", duty.standard);
			if (duty.standard != null) {
				StringBuilder bands = new StringBuilder();
				Matcher m = BANDS.matcher(duty.standard.text());
				while (m.find()) {
					bands.append(bands.length() == 0 ? "" : " ").append("band ").append(m.group(2)).append(" ≥ ").append(m.group(1))
							.append('%');
				}
				if (bands.length() > 0) {
					line(bands.toString());
				}
			}
			close();
		}
		for (Measure measure : form.measures) {
			line("measures " + q(measure.heading().text()) + (measure.text().length() == 0 ? "" : " " + q(measure.text().toString())));
		}
		close();
	}

	/** 1、a。2、b → a, b: the numbered items of a 绩效指标 paragraph, without numbers and closing 。 */
	static List<String> items(String text) {
		List<String> items = new ArrayList<>();
		Matcher m = ITEM.matcher(text);
		int start = -1;
		while (m.find()) {
			if (start >= 0) {
				items.add(text.substring(start, m.start()));
			} else if (m.start() > 0 && !text.substring(0, m.start()).isBlank()) {
				items.add(text.substring(0, m.start()));
			}
			start = m.end();
		}
		items.add(start < 0 ? text : text.substring(start));
		List<String> clean = new ArrayList<>();
		for (String item : items) {
			String trimmed = PerfTextCells.strip(item).replaceAll("[。；;，,]+$", "");
			if (!trimmed.isEmpty()) {
				clean.add(trimmed);
			}
		}
		return clean;
	}

	// ------------------------------------------------------------------ goals and indicators

	private void goal(PerfImportedGoal goal) {
		StringBuilder head = new StringBuilder();
		if (goal.kind != null) {
			head.append(goal.kind).append(' ');
		}
		head.append("goal");
		String name = goal.name == null ? null : name(goal.name.text());
		if (name != null) {
			head.append(' ').append(name);
		}
		if (goal.text != null) {
			head.append(' ').append(q(goal.text.text()));
		} else if (name != null && name.startsWith("\"")) {
			// a single quoted text would be the goal's content: a quoted name is followed by the (empty) content
			head.append(" \"\"");
		}
		String until = decimal(goal.until, "截止年度");
		if (until != null && INT.matcher(until).matches()) {
			head.append(" until ").append(until);
		}
		String weight = decimal(goal.weight, "目标分值");
		if (weight != null) {
			head.append(" weight ").append(weight);
		}
		if (goal.actual != null) {
			head.append(" actual ").append(q(goal.actual.text()));
		}
		String score = decimal(goal.score, "目标得分");
		if (score != null) {
			head.append(" score ").append(score);
		}
		open(head.toString());
		comments(goal.unplaced, "未归入");
		for (Map.Entry<String, Text> section : goal.sections.entrySet()) {
			String w = decimal(section.getValue(), "一级指标分值");
			if (w != null) {
				line("section " + section.getKey() + " weight " + w);
			}
		}
		for (PerfImportedIndicator indicator : goal.indicators) {
			indicator(indicator);
		}
		close();
	}

	private void indicator(PerfImportedIndicator indicator) {
		boolean quoted = safe.contains(indicator);
		List<String> notes = new ArrayList<>();
		StringBuilder text = new StringBuilder("indicator ").append(indicator.category).append(' ');
		PerfCell name = indicator.cells.get("name");
		text.append(q(name == null ? "" : name.text()));
		if (name == null) {
			report.warning(indicator.row.first(), "指标行没有指标名称，名称记为空");
		}
		optionalString(text, "measure", indicator.cells.get("measure"));
		optionalString(text, "description", indicator.cells.get("description"));
		PerfCell value = indicator.cells.get("value");
		text.append(' ').append(value(value, quoted, "指标值", indicator));
		optionalString(text, "basis", indicator.cells.get("basis"));
		optionalValue(text, "twoyearsago", indicator.cells.get("twoyearsago"), quoted);
		optionalValue(text, "lastyear", indicator.cells.get("lastyear"), quoted);
		optionalValue(text, "expected", indicator.cells.get("expected"), quoted);
		optionalNumber(text, "weight", indicator.cells.get("weight"), notes, "分值");
		optionalValue(text, "actual", indicator.cells.get("actual"), quoted);
		optionalNumber(text, "score", indicator.cells.get("score"), notes, "得分");
		PerfCell note = indicator.cells.get("note");
		if (note != null && !note.isEmpty()) {
			notes.add(0, note.text());
		}
		for (PerfCell extra : indicator.extra) {
			notes.add(extra.text());
			report.warning(extra, "指标行中多出的单元格“" + PerfFormReader.shorten(extra.text()) + "”，已写入该指标的备注（note）");
		}
		if (!notes.isEmpty()) {
			text.append(" note ").append(q(String.join("；", notes)));
		}
		if (indicator.categoryNote != null) {
			comment(indicator.categoryNote + "（" + indicator.row.first().where() + "）");
		}
		indicatorLines.put(lineNumber(), indicator);
		line(text.toString());
	}

	private static void optionalString(StringBuilder text, String keyword, PerfCell cell) {
		if (cell != null && !cell.isEmpty()) {
			text.append(' ').append(keyword).append(' ').append(q(cell.text()));
		}
	}

	private void optionalValue(StringBuilder text, String keyword, PerfCell cell, boolean quoted) {
		if (cell != null && !cell.isEmpty()) {
			text.append(' ').append(keyword).append(' ').append(value(cell, quoted, keyword, null));
		}
	}

	private void optionalNumber(StringBuilder text, String keyword, PerfCell cell, List<String> notes, String what) {
		if (cell == null || cell.isEmpty()) {
			return;
		}
		PerfValueSyntax.Written number = PerfValueSyntax.decimal(cell.text());
		if (number == null) {
			notes.add(what + "：" + cell.text());
			report.warning(cell, what + "“" + cell.text() + "”不是数字，已写入该指标的备注（note）");
			return;
		}
		if (number.adaptation() != null) {
			report.info(cell, what + "：" + number.adaptation());
		}
		text.append(' ').append(keyword).append(' ').append(number.text());
	}

	private String value(PerfCell cell, boolean quoted, String what, PerfImportedIndicator indicator) {
		if (cell == null || cell.isEmpty()) {
			if (indicator != null) {
				report.warning(indicator.row.first(), what + "为空，记为 ---（表中未填）");
			}
			return "---";
		}
		if (quoted) {
			return q(cell.text());
		}
		PerfValueSyntax.Written written = values.value(cell.text());
		if (written.adaptation() != null) {
			report.info(cell, what + "：" + written.adaptation());
		}
		return written.text();
	}
}
