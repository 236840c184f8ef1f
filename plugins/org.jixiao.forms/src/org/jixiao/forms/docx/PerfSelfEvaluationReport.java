// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfNumbers;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.dsl.scoring.PerfBudgetScore;
import org.jixiao.dsl.scoring.PerfGoalScore;
import org.jixiao.dsl.scoring.PerfIndicatorScore;
import org.jixiao.dsl.scoring.PerfScorecard;
import org.jixiao.dsl.scoring.PerfScoring;
import org.jixiao.forms.generator.PerfFileNames;
import org.jixiao.forms.generator.PerfValueText;
import org.jixiao.model.BudgetExecution;
import org.jixiao.model.DepartmentSelfEvaluation;
import org.jixiao.model.Goal;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level1Category;
import org.jixiao.model.OverallObjective;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.SelfEvaluation;
import org.jixiao.model.Value;

/**
 * The draft of a 绩效自评报告 written from a scored self-evaluation: 一、基本情况, 二、绩效目标完成情况
 * (the indicators with target, actual, points and score, the total and the grade, and where an
 * entered score differs from the scoring rules the rules' explanation), 三、偏差及原因, 四、改进措施,
 * 五、结果应用. Facts come from the form and from the scoring engine ({@link PerfScoring}, the one
 * behind hover and {@code selfeval score}); what only the unit can say is left as a highlighted
 * 【请填写：…】 for it to write, never made up.
 */
final class PerfSelfEvaluationReport {

	static final String REPORT = "绩效自评报告";

	/** The columns of the indicator table. */
	static final List<String> COLUMNS = List.of("一级指标", "二级指标", "指标", "目标值", "实际完成值", "分值", "得分");

	/** The table's row of the 项目绩效总目标, whose texts are in 一、基本情况. */
	static final String OBJECTIVE_ROW = "项目绩效总目标（年初设定目标与全年实际完成情况见“一、基本情况”）";

	private static final String SPAN = PerfWordWriter.SPAN;
	private static final String ABOVE = PerfWordWriter.ABOVE;

	private final SelfEvaluation form;
	private final PerfScorecard card;
	private final PerfWordWriter writer = new PerfWordWriter(false);

	PerfSelfEvaluationReport(SelfEvaluation form) {
		this.form = form;
		this.card = new PerfScoring().evaluate(form);
	}

	/** 武汉市洪山区人民政府洪山街道办事处2020年度教育支出项目绩效自评报告. */
	String title() {
		return nz(PerfFileNames.unit(form)).strip() + (form.getYear() == null ? "" : form.getYear() + "年度")
				+ PerfWordGenerator.reportName(form);
	}

	void write(OutputStream out) throws IOException {
		writer.title(title());
		writer.runs().text("说明：本报告草稿由 Jixiao 按自评表生成。").placeholder("…").text("处须由单位用自己的话填写；其余内容请核对，定稿前删除本说明。");
		basics();
		results();
		deviations();
		writer.heading1("四、改进措施");
		if (blank(form.getImprovement())) {
			writer.placeholder("下一步改进措施：针对上述偏差，在预算编制、项目管理和绩效目标设定上拟采取的措施");
		} else {
			writer.paragraph(form.getImprovement());
		}
		writer.heading1("五、结果应用");
		writer.placeholder("自评结果的应用：如据此调整下年度预算安排、完善管理制度、按规定公开自评结果");
		writer.right(nz(PerfFileNames.unit(form)));
		if (blank(form.getDate())) {
			writer.right(PerfWordWriter.placeholderText("报告日期"));
		} else {
			writer.right(form.getDate());
		}
		writer.write(title(), out);
	}

	// ------------------------------------------------------------------ 一、基本情况

	private void basics() {
		writer.heading1("一、基本情况");
		field("单位名称：", PerfFileNames.unit(form), "单位名称");
		if (form instanceof ProjectSelfEvaluation project) {
			field("项目名称：", project.getName(), "项目名称");
			field("主管部门：", project.getSupervisor(), "主管部门");
			field("实施单位：", project.getImplementer(), "实施单位");
		}
		if (form.getYear() != null) {
			writer.labelled("年度：", form.getYear() + "年");
		}
		if (form instanceof DepartmentSelfEvaluation department
				&& (department.getBasicExpenditure() != null || department.getProjectExpenditure() != null)) {
			writer.labelled("支出构成：", "基本支出 " + wan(department.getBasicExpenditure()) + "，项目支出 " + wan(department.getProjectExpenditure()) + "。");
		}
		budget();
		if (form instanceof ProjectSelfEvaluation project && project.getObjective() != null) {
			OverallObjective objective = project.getObjective();
			field("项目绩效总目标：", objective.getTarget(), "年初设定的项目绩效总目标");
			field("全年实际完成情况：", written(objective.getActual()), "总目标全年实际完成情况");
		}
		writer.labelledPlaceholder(form instanceof ProjectSelfEvaluation ? "项目概况：" : "部门概况：",
				form instanceof ProjectSelfEvaluation ? "项目立项依据、主要内容、资金来源与使用情况" : "部门职能、机构与人员、年度主要工作任务");
	}

	private void budget() {
		BudgetExecution budget = form.getBudget();
		if (budget == null) {
			writer.labelledPlaceholder("预算执行情况：", "预算数、执行数与执行率");
			return;
		}
		PerfBudgetScore score = card.budget();
		PerfWordWriter.Runs runs = writer.runs().bold("预算执行情况：").text(nz(budget.getLabel()) + (blank(budget.getLabel()) ? "" : "，"));
		runs.text("预算数（A）");
		amount(runs, budget.getPlanned(), "预算数");
		runs.text("，执行数（B）");
		amount(runs, budget.getExecuted(), "执行数");
		BigDecimal rate = rate(budget, score);
		if (rate != null) {
			runs.text("，执行率（B/A）" + PerfNumbers.plain2(rate) + "%");
		}
		runs.text("。");
	}

	private static void amount(PerfWordWriter.Runs runs, BigDecimal amount, String what) {
		if (amount == null) {
			runs.placeholder(what);
		} else {
			runs.text(" " + wan(amount));
		}
	}

	private void field(String label, String value, String what) {
		if (blank(value)) {
			writer.labelledPlaceholder(label, what);
		} else {
			writer.labelled(label, value);
		}
	}

	// ------------------------------------------------------------------ 二、绩效目标完成情况

	private void results() {
		writer.heading1("二、绩效目标完成情况");
		BigDecimal shown = card.shownTotal();
		String grade = PerfScoring.grade(shown).getLiteral();
		PerfWordWriter.Runs summary = writer.runs().text("自评得分 " + PerfNumbers.plain(shown) + " 分（满分 " + PerfNumbers.plain(card.weightSum())
				+ " 分），等级为“" + grade + "”");
		BigDecimal computed = card.total().computed();
		if (PerfNumbers.differs(shown, computed, PerfScoring.DEFAULT_TOLERANCE)) {
			summary.text("；按评分规则计算为 " + PerfNumbers.plain2(computed) + " 分，等级为“" + card.computedGrade().getLiteral() + "”，不同之处见下文评分说明");
		}
		summary.text("。各项指标的完成情况如下表。");
		table(shown, grade);
		explanations();
	}

	private void table(BigDecimal shown, String grade) {
		PerfWordWriter.Table table = writer.table(1, 3, 4, 5, 4, 4, 2, 2).centred(3, 4, 5, 6);
		table.row(COLUMNS);
		BudgetExecution budget = form.getBudget();
		if (budget != null) {
			PerfBudgetScore score = card.budget();
			BigDecimal rate = rate(budget, score);
			table.row(part(budget.getLabel() == null ? "预算执行" : "预算执行（" + budget.getLabel() + "）",
					budget.getPlanned() == null ? placeholder("预算数") : "预算数 " + wan(budget.getPlanned()),
					(budget.getExecuted() == null ? placeholder("执行数") : "执行数 " + wan(budget.getExecuted()))
							+ (rate == null ? "" : "\n执行率 " + PerfNumbers.plain2(rate) + "%"),
					number(budget.getWeight()), score.pending() ? placeholder("得分") : PerfNumbers.plain(score.counted())));
		}
		if (form instanceof ProjectSelfEvaluation project && project.getObjective() != null) {
			OverallObjective objective = project.getObjective();
			// the objective's texts are long and stand in 一、基本情况: the row keeps the table readable
			table.row(OBJECTIVE_ROW, SPAN, SPAN, SPAN, SPAN, number(objective.getWeight()),
					objective.getScore() == null ? placeholder("得分") : PerfNumbers.plain(objective.getScore()));
		}
		boolean labelGoals = card.goals().size() > 1 || form instanceof DepartmentSelfEvaluation;
		for (PerfGoalScore goal : card.goals()) {
			if (labelGoals) {
				table.row(goalRow(goal));
			}
			Indicator previous = null;
			for (PerfIndicatorScore score : goal.indicators()) {
				table.row(indicatorRow(score, previous));
				previous = score.indicator();
			}
		}
		table.row("总分", SPAN, SPAN, SPAN, SPAN, PerfNumbers.plain(card.weightSum()), PerfNumbers.plain(shown));
		table.row("等级", SPAN, SPAN, SPAN, SPAN, SPAN, grade);
		table.end();
		writer.blank();
	}

	/** A row of its own (预算执行, 总目标): its label across the three indicator columns, then the values. */
	private static List<String> part(String label, String... values) {
		List<String> cells = new ArrayList<>(List.of(label, SPAN, SPAN));
		cells.addAll(List.of(values));
		return cells;
	}

	private List<String> goalRow(PerfGoalScore goal) {
		Goal g = goal.goal();
		String name = goal.line().label();
		String weight = goal.line().weight() == null ? "" : "（" + PerfNumbers.plain(goal.line().weight()) + "分）";
		String text = blank(g.getText()) ? "" : "：" + g.getText();
		return List.of(name + weight + text, SPAN, SPAN, SPAN, SPAN, SPAN, SPAN);
	}

	private List<String> indicatorRow(PerfIndicatorScore score, Indicator previous) {
		Indicator indicator = score.indicator();
		Level1Category level1 = PerfIndicators.level1(indicator);
		boolean sameLevel1 = previous != null && PerfIndicators.level1(previous) == level1;
		boolean sameLevel2 = sameLevel1 && previous.getCategory() == indicator.getCategory();
		String actual = written(indicator.getActual()) == null ? placeholder("实际完成值") : written(indicator.getActual());
		String points = score.pending() ? placeholder("得分") : PerfNumbers.plain(score.counted());
		return List.of(sameLevel1 ? ABOVE : title(level1 == null ? null : PerfIndicators.title(level1)),
				sameLevel2 ? ABOVE : title(indicator.getCategory() == null ? null : PerfIndicators.title(indicator.getCategory())),
				nz(indicator.getName()), PerfValueText.of(indicator.getValue()), actual, number(indicator.getWeight()), points);
	}

	/** Where an entered score differs from the rules: both scores and the rules' reasoning, as hover and selfeval score say it. */
	private void explanations() {
		List<String> items = new ArrayList<>();
		PerfBudgetScore budget = card.budget();
		if (budget != null && budget.differs()) {
			items.add("预算执行：填报 " + PerfNumbers.plain(budget.entered()) + " 分，按评分规则 " + PerfNumbers.plain2(budget.rule()) + " 分。"
					+ budget.reason());
		}
		for (PerfIndicatorScore score : card.indicators()) {
			if (score.differs()) {
				items.add(nz(score.indicator().getName()) + "：填报 " + PerfNumbers.plain(score.entered()) + " 分，按评分规则 "
						+ PerfNumbers.plain(score.rule()) + " 分。" + score.reason());
			}
		}
		if (card.statedTotal() != null
				&& PerfNumbers.differs(card.statedTotal(), card.total().entered(), PerfScoring.DEFAULT_TOLERANCE)) {
			items.add("总分：表上总分 " + PerfNumbers.plain(card.statedTotal()) + " 分，各部分得分之和为 "
					+ PerfNumbers.plain(card.total().entered()) + " 分。");
		}
		if (items.isEmpty()) {
			return;
		}
		writer.runs().bold(EXPLANATION).text("以下得分与评分规则的计算不同，请核对填报得分，或在偏差分析中说明理由。");
		for (int i = 0; i < items.size(); i++) {
			writer.paragraph((i + 1) + ". " + items.get(i));
		}
	}

	/** The label of the paragraph that explains the scores that differ from the rules. */
	static final String EXPLANATION = "评分说明：";

	// ------------------------------------------------------------------ 三、偏差及原因

	private void deviations() {
		writer.heading1("三、偏差及原因");
		List<String> shortfalls = new ArrayList<>();
		BudgetExecution budget = form.getBudget();
		BigDecimal rate = budget == null ? null : rate(budget, card.budget());
		if (rate != null && rate.compareTo(PerfNumbers.HUNDRED) < 0) {
			shortfalls.add("预算执行率 " + PerfNumbers.plain2(rate) + "%，预算未全部执行。");
		}
		for (PerfIndicatorScore score : card.indicators()) {
			if (score.belowTarget()) {
				Indicator indicator = score.indicator();
				shortfalls.add(nz(indicator.getName()) + "：目标 " + PerfValueText.of(indicator.getValue()) + "，实际 "
						+ PerfValueText.of(indicator.getActual()) + "。");
			}
		}
		if (!shortfalls.isEmpty()) {
			writer.runs().text("按评分规则，下列目标未完成：");
			for (int i = 0; i < shortfalls.size(); i++) {
				writer.paragraph((i + 1) + ". " + shortfalls.get(i));
			}
		} else if (card.indicators().stream().noneMatch(PerfIndicatorScore::pending)) {
			writer.paragraph("按评分规则，各项指标均达到年初目标" + (rate == null ? "。" : "，预算执行率 " + PerfNumbers.plain2(rate) + "%。"));
		}
		if (!blank(form.getDeviation())) {
			writer.paragraph(form.getDeviation());
		} else if (!shortfalls.isEmpty()) {
			writer.placeholder("逐项说明上述目标未完成的原因（偏差大或目标未完成原因分析）");
		} else {
			writer.placeholder("其他偏差及原因；没有则删除此段");
		}
	}

	// ------------------------------------------------------------------ helpers

	/** A value as the forms print it, or null when nothing is written yet (absent, ---, ""). */
	private static String written(Value value) {
		String text = PerfValues.isEmpty(value) ? "" : PerfValueText.of(value);
		return text.isBlank() ? null : text;
	}

	/** 执行率 as entered, else as the rules compute it. */
	private static BigDecimal rate(BudgetExecution budget, PerfBudgetScore score) {
		return budget.getRate() != null ? budget.getRate() : score == null ? null : score.rate();
	}

	private static String placeholder(String what) {
		return PerfWordWriter.placeholderText(what);
	}

	private static String title(String title) {
		return title == null ? "" : title;
	}

	private static String number(BigDecimal value) {
		return value == null ? "" : PerfNumbers.plain(value);
	}

	private static String wan(BigDecimal amount) {
		return amount == null ? "" : amount.toPlainString() + " 万元";
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
