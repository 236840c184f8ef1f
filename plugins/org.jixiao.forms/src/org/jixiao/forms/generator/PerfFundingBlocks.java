// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jixiao.dsl.model.PerfGoals;
import org.jixiao.dsl.scoring.PerfBudgetScore;
import org.jixiao.dsl.scoring.PerfScorecard;
import org.jixiao.dsl.scoring.PerfScoring;
import org.jixiao.forms.generator.PerfStyles.Kind;
import org.jixiao.forms.layout.PerfLayoutBlock;
import org.jixiao.model.BudgetExecution;
import org.jixiao.model.BudgetSource;
import org.jixiao.model.BudgetSourceKind;
import org.jixiao.model.Form;
import org.jixiao.model.Goal;
import org.jixiao.model.SelfEvaluation;

/**
 * The blocks of the central project self-evaluation (财预〔2020〕10号): 项目资金 by source of funds,
 * 年度总体目标 (预期目标 beside 实际完成情况) and the 总分 row. Each needs 9 columns: the label column,
 * then 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析 of the grid below.
 */
final class PerfFundingBlocks {

	/** Columns of the funding block: the row label spans columns 1–2, then the six amounts. */
	static final int INITIAL = 3;
	static final int PLANNED = 4;
	static final int EXECUTED = 5;
	static final int WEIGHT = 6;
	static final int RATE = 7;
	static final int SCORE = 8;
	static final int COLUMNS = 9;

	/** The printed headers of the amount columns, in column order from {@link #INITIAL}. */
	static final List<String> HEADERS = List.of("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");

	/** The source rows the template always prints, with the labels a layout may change. */
	record SourceRow(BudgetSourceKind kind, String key, String label) {
	}

	static final List<SourceRow> SOURCES = List.of(new SourceRow(BudgetSourceKind.FISCAL, "fiscal", "其中：财政拨款"),
			new SourceRow(BudgetSourceKind.CARRYOVER, "carryover", "上年结转资金"),
			new SourceRow(BudgetSourceKind.OTHER, "other", "其他资金"));

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final String NONE = "—";

	private final PerfSheetWriter sheet;
	private final Form form;
	private final PerfFormFields fields;

	PerfFundingBlocks(PerfSheetWriter sheet, Form form, PerfFormFields fields) {
		this.sheet = sheet;
		this.form = form;
		this.fields = fields;
	}

	/**
	 * {@code block funding label=项目资金（万元） | total=年度资金总额 | fiscal=… | carryover=… | other=…}:
	 * the total row with 分值, 执行率 and 得分, then one row per source (always printed, as the template
	 * does; 分值 and 得分 only on the total row).
	 */
	void funding(PerfLayoutBlock block) {
		BudgetExecution budget = form instanceof SelfEvaluation s ? s.getBudget() : null;
		if (budget == null) {
			return;
		}
		int first = sheet.nextRow();
		PerfSheetWriter.Line head = sheet.line(true);
		head.putSpanning(0, 1, fields.fill(block.arg("label", "项目资金（万元）")), Kind.HEADER);
		head.put(1, 2, "", Kind.HEADER);
		for (int i = 0; i < HEADERS.size(); i++) {
			head.put(INITIAL + i, HEADERS.get(i), Kind.HEADER);
		}
		head.done();
		// rate and score as entered; where not entered, as the scoring rules compute them
		PerfBudgetScore score = new PerfScoring().budget(budget);
		BigDecimal rate = budget.getRate() != null ? budget.getRate() : score.rate();
		PerfSheetWriter.Line total = sheet.line(true);
		total.put(1, 2, budget.getLabel() != null ? budget.getLabel() : block.arg("total", "年度资金总额"), Kind.LABEL);
		total.put(INITIAL, budget.getInitial(), Kind.AMOUNT);
		total.put(PLANNED, budget.getPlanned(), Kind.AMOUNT);
		total.put(EXECUTED, budget.getExecuted(), Kind.AMOUNT);
		total.put(WEIGHT, budget.getWeight(), Kind.NUMBER);
		total.put(RATE, rate == null ? null : rate.divide(HUNDRED, 6, RoundingMode.HALF_UP), Kind.PERCENT);
		total.put(SCORE, score.pending() ? null : score.counted(), Kind.NUMBER);
		total.done();
		for (SourceRow row : SOURCES) {
			BudgetSource source = budget.getSources().stream().filter(s -> s.getKind() == row.kind()).findFirst().orElse(null);
			PerfSheetWriter.Line line = sheet.line(true);
			line.put(1, 2, block.arg(row.key(), row.label()), Kind.LABEL);
			line.put(INITIAL, source == null ? null : source.getInitial(), Kind.AMOUNT);
			line.put(PLANNED, source == null ? null : source.getPlanned(), Kind.AMOUNT);
			line.put(EXECUTED, source == null ? null : source.getExecuted(), Kind.AMOUNT);
			line.put(WEIGHT, NONE, Kind.CENTER);
			line.put(RATE, null, Kind.PERCENT);
			line.put(SCORE, NONE, Kind.CENTER);
			line.done();
		}
		sheet.merge(first, sheet.nextRow() - 1, 0, 0);
	}

	/**
	 * {@code block outcome label=年度总体目标 | target=预期目标 | actual=实际完成情况}: one row per goal,
	 * its content beside its actual outcome.
	 */
	void outcome(PerfLayoutBlock block) {
		List<Goal> goals = PerfGoals.of(form);
		if (goals.isEmpty()) {
			return;
		}
		int targetSpan = (COLUMNS - 1) / 2;
		int first = sheet.nextRow();
		PerfSheetWriter.Line head = sheet.line(true);
		head.putSpanning(0, 1, fields.fill(block.arg("label", "年度总体目标")), Kind.HEADER);
		head.put(1, targetSpan, block.arg("target", "预期目标"), Kind.HEADER);
		head.put(1 + targetSpan, COLUMNS - 1 - targetSpan, block.arg("actual", "实际完成情况"), Kind.HEADER);
		head.done();
		for (Goal goal : goals) {
			PerfSheetWriter.Line line = sheet.line(true);
			line.put(1, targetSpan, goal.getText(), Kind.TEXT);
			line.put(1 + targetSpan, COLUMNS - 1 - targetSpan, goal.getActual() == null ? null : PerfValueText.of(goal.getActual()),
					Kind.TEXT);
			line.done();
		}
		sheet.merge(first, sheet.nextRow() - 1, 0, 0);
	}

	/**
	 * {@code block total label=总分 | grade=自评等级：{grade}}: the label over the grid's first six
	 * columns, the points of all parts under 分值, the total under 得分 and the grade last.
	 */
	void total(PerfLayoutBlock block) {
		if (!(form instanceof SelfEvaluation evaluation)) {
			return;
		}
		PerfScorecard card = new PerfScoring().evaluate(evaluation);
		PerfSheetWriter.Line line = sheet.line(true);
		line.put(0, WEIGHT, fields.fill(block.arg("label", "总分")), Kind.HEADER);
		line.put(WEIGHT, card.weightSum(), Kind.NUMBER);
		line.put(WEIGHT + 1, card.shownTotal(), Kind.NUMBER);
		line.put(WEIGHT + 2, fields.fill(block.arg("grade", "{grade}")), Kind.CENTER);
		line.done();
	}
}
