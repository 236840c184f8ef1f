// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import org.jixiao.dsl.model.PerfStages;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.dsl.model.PerfNumbers;
import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfSourceText;
import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import java.math.BigDecimal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Tuples;
import org.eclipse.xtext.validation.Check;
import org.jixiao.dsl.scoring.PerfBudgetScore;
import org.jixiao.dsl.scoring.PerfIndicatorScore;
import org.jixiao.dsl.scoring.PerfOutcome;
import org.jixiao.dsl.scoring.PerfScorecard;
import org.jixiao.dsl.scoring.PerfScoring;
import org.jixiao.model.BudgetExecution;
import org.jixiao.model.DepartmentSelfEvaluation;
import org.jixiao.model.Goal;
import org.jixiao.model.Indicator;
import org.jixiao.model.OverallObjective;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.Qualitative;
import org.jixiao.model.Scored;
import org.jixiao.model.SectionWeight;
import org.jixiao.model.SelfEvaluation;
import org.jixiao.model.Value;

/**
 * Weights, rates and scores of the self-evaluation forms. The scores themselves come from the one
 * scoring engine ({@link PerfScoring}); this class reports where the form disagrees with it, what
 * is still to be filled in, and a missing 偏差分析.
 */
public class PerfSelfEvaluationValidator extends PerfCheck {

	@Check
	public void sectionWeights(Goal goal) {
		BigDecimal sectionSum = null;
		for (SectionWeight section : goal.getSections()) {
			if (section.getWeight() == null || section.getLevel1() == null || section.getLevel1().eIsProxy()) {
				continue;
			}
			sectionSum = PerfNumbers.orZero(sectionSum).add(section.getWeight());
			BigDecimal sum = null;
			for (Indicator indicator : goal.getIndicators()) {
				if (indicator.getWeight() != null && PerfIndicators.level1(indicator) == section.getLevel1()) {
					sum = PerfNumbers.orZero(sum).add(indicator.getWeight());
				}
			}
			if (sum != null && PerfNumbers.exceeds(section.getWeight(), sum, BigDecimal.ZERO)) {
				report(SECTION_WEIGHT, "一级指标“" + PerfIndicators.title(section.getLevel1()) + "”的分值 " + PerfNumbers.plain(section.getWeight())
						+ " 与其下各指标分值之和 " + PerfNumbers.plain(sum) + " 不符。", section, PerfPackage.Literals.SECTION_WEIGHT__WEIGHT,
						PerfNumbers.plain(sum));
			}
		}
		if (goal.getWeight() != null && sectionSum != null && PerfNumbers.exceeds(goal.getWeight(), sectionSum, BigDecimal.ZERO)) {
			report(SECTION_WEIGHT, PerfCompletenessValidator.goalLabel(goal) + "的分值 " + PerfNumbers.plain(goal.getWeight()) + " 与各一级指标分值之和 "
					+ PerfNumbers.plain(sectionSum) + " 不符。", goal, PerfPackage.Literals.SCORED__WEIGHT, PerfNumbers.plain(sectionSum));
		}
	}

	@Check
	public void weightsAddUp(SelfEvaluation evaluation) {
		BigDecimal total = profile.weightTotal();
		BigDecimal sum = evaluation.getBudget() == null ? null : evaluation.getBudget().getWeight();
		if (evaluation instanceof ProjectSelfEvaluation project) {
			BigDecimal sections = sectionsOf(project);
			if (project.getIndicatorWeight() != null && sections != null
					&& PerfNumbers.exceeds(project.getIndicatorWeight(), sections, BigDecimal.ZERO)) {
				report(SECTION_WEIGHT, "绩效指标分值 " + PerfNumbers.plain(project.getIndicatorWeight()) + " 与各一级指标分值之和 " + PerfNumbers.plain(sections)
						+ " 不符。", project, PerfPackage.Literals.PROJECT_SELF_EVALUATION__INDICATOR_WEIGHT, PerfNumbers.plain(sections));
			}
			if (project.getObjective() != null) {
				sum = add(sum, project.getObjective().getWeight());
			}
			sum = add(sum, project.getIndicatorWeight() != null ? project.getIndicatorWeight() : sections);
		} else if (evaluation instanceof DepartmentSelfEvaluation) {
			for (Goal goal : evaluation.getGoals()) {
				sum = add(sum, goal.getWeight());
			}
		}
		if (sum != null && PerfNumbers.exceeds(sum, total, BigDecimal.ZERO)) {
			report(WEIGHT_TOTAL, "各部分分值之和为 " + PerfNumbers.plain(sum) + "，应为 " + PerfNumbers.plain(total) + " 分（预算执行 + 总目标 + 绩效指标）。",
					evaluation, PerfSourceText.keyword(evaluation, "selfeval"));
		}
	}

	private static BigDecimal sectionsOf(ProjectSelfEvaluation project) {
		BigDecimal sum = null;
		for (Goal goal : project.getGoals()) {
			for (SectionWeight section : goal.getSections()) {
				sum = add(sum, section.getWeight());
			}
		}
		return sum;
	}

	private static BigDecimal add(BigDecimal sum, BigDecimal part) {
		return part == null ? sum : PerfNumbers.orZero(sum).add(part);
	}

	/** The indicator rules in one check: each check method costs Xtext a reflective call per indicator. */
	@Check
	public void indicator(Indicator indicator) {
		scoreWithinWeight(indicator);
		scoredIndicator(indicator);
	}

	public void scoreWithinWeight(Indicator indicator) {
		scoreWithin(indicator);
	}

	@Check
	public void scoreWithinWeight(Goal goal) {
		scoreWithin(goal);
	}

	@Check
	public void scoreWithinWeight(OverallObjective objective) {
		scoreWithin(objective);
	}

	private void scoreWithin(Scored row) {
		BigDecimal score = row.getScore();
		BigDecimal weight = row.getWeight();
		if (score != null && weight != null && score.compareTo(weight) > 0) {
			report(SCORE_ABOVE_WEIGHT, "得分 " + PerfNumbers.plain(score) + " 超过了分值 " + PerfNumbers.plain(weight) + "：得分不能高于分值。", row,
					PerfPackage.Literals.SCORED__SCORE, PerfNumbers.plain(weight));
		}
	}

	@Check
	public void execution(BudgetExecution budget) {
		if (budget.getPlanned() == null || budget.getExecuted() == null || budget.getPlanned().signum() == 0) {
			return;
		}
		BigDecimal exactRate = PerfNumbers.percent(budget.getExecuted(), budget.getPlanned());
		if (budget.getRate() != null) {
			BigDecimal computed = PerfNumbers.roundLike(exactRate, budget.getRate());
			if (PerfNumbers.differs(budget.getRate(), computed, profile.shareTolerance())) {
				report(EXECUTION_RATE, "预算执行率 " + PerfNumbers.plain(budget.getRate()) + "% 与计算值不符：执行数 " + PerfNumbers.plain(budget.getExecuted())
						+ " ÷ 预算数 " + PerfNumbers.plain(budget.getPlanned()) + " = " + computed.toPlainString() + "%。", budget,
						PerfPackage.Literals.BUDGET_EXECUTION__RATE, computed.toPlainString());
			}
		}
		PerfBudgetScore score = scoring().budget(budget);
		if (score.differs()) {
			String computed = PerfNumbers.roundLike(score.rule(), budget.getScore()).toPlainString();
			report(EXECUTION_SCORE, "预算执行得分 " + PerfNumbers.plain(budget.getScore()) + " 与计算值不符：分值 " + PerfNumbers.plain(budget.getWeight())
					+ " × min(执行率 " + PerfNumbers.plain2(score.rate()) + "%, 100%) = " + computed + "。", budget,
					PerfPackage.Literals.SCORED__SCORE, computed);
		}
	}

	/** The stated total against the sum of the parts (entered scores; the rules' where none is entered), and the 偏差分析. */
	@Check
	public void totalAndDeviation(SelfEvaluation evaluation) {
		PerfScorecard card = scorecard(evaluation);
		BigDecimal sum = card.total().entered();
		if (evaluation.getTotal() != null && PerfNumbers.differs(evaluation.getTotal(),
				PerfNumbers.roundLike(sum, evaluation.getTotal()), profile.scoreTolerance())) {
			report(TOTAL_SCORE, "总分 " + PerfNumbers.plain(evaluation.getTotal()) + " 与各部分得分之和 " + PerfNumbers.plain(sum) + " 不符。", evaluation,
					PerfPackage.Literals.SELF_EVALUATION__TOTAL, PerfNumbers.plain(sum));
		}
		deviationRequired(evaluation, card);
	}

	private void deviationRequired(SelfEvaluation evaluation, PerfScorecard card) {
		if (evaluation.getDeviation() != null && !evaluation.getDeviation().isBlank()) {
			return;
		}
		List<String> reasons = new ArrayList<>();
		BigDecimal threshold = profile.deviationExecutionRate();
		if (card.budget() != null && card.budget().rate() != null && card.budget().rate().compareTo(threshold) < 0) {
			reasons.add("预算执行率 " + PerfNumbers.plain2(card.budget().rate()) + "%，低于 " + PerfNumbers.plain(threshold) + "%");
		}
		for (PerfIndicatorScore score : card.indicators()) {
			Indicator indicator = score.indicator();
			// an indicator that gives its own 偏差原因分析 is explained
			if (score.belowTarget() && (indicator.getDeviation() == null || indicator.getDeviation().isBlank())) {
				reasons.add(score.outcome() == PerfOutcome.BAND
						? "“" + PerfIndicators.name(indicator) + "”完成程度为" + indicator.getLevel().getLiteral()
						: "“" + PerfIndicators.name(indicator) + "”目标 " + PerfScoring.show(PerfStages.target(indicator)) + "，实际 "
								+ PerfScoring.show(indicator.getActual()));
			}
		}
		if (reasons.isEmpty()) {
			return;
		}
		StringBuilder skeleton = new StringBuilder();
		for (int i = 0; i < reasons.size(); i++) {
			skeleton.append(i + 1).append('、').append(reasons.get(i)).append("：原因（待填写）。");
		}
		String value = "\"" + skeleton.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		String listed = reasons.size() <= 3 ? String.join("；", reasons)
				: String.join("；", reasons.subList(0, 3)) + " 等 " + reasons.size() + " 项";
		String message = "有未达到目标的情况（" + listed + "），却没有填写“偏差大或目标未完成原因分析”（deviation）：请逐项说明原因。";
		INode written = PerfSourceText.node(evaluation, PerfPackage.Literals.SELF_EVALUATION__DEVIATION);
		if (written != null) {
			report(DEVIATION_REQUIRED, message, evaluation, written, String.valueOf(written.getOffset()), String.valueOf(written.getLength()),
					value);
			return;
		}
		String[] data = deviationInsertion(evaluation, value);
		report(DEVIATION_REQUIRED, message, evaluation, PerfSourceText.keyword(evaluation, "selfeval"), data);
	}

	/**
	 * Where a new {@code deviation} line goes: before {@code improvement}, else before the form's
	 * closing {@code >}; indented like the form's other fields.
	 */
	private static String[] deviationInsertion(SelfEvaluation evaluation, String value) {
		INode node = PerfSourceText.node(evaluation);
		if (node == null) {
			return new String[0];
		}
		ILeafNode open = null;
		ILeafNode firstField = null;
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden()) {
				continue;
			}
			if (open != null && firstField == null) {
				firstField = leaf;
			}
			if (open == null && "<".equals(leaf.getText())) {
				open = leaf;
			}
			last = leaf;
		}
		if (open == null || last == null) {
			return new String[0];
		}
		String text = node.getRootNode().getText();
		String fieldIndent = firstField != null && firstField.getStartLine() > open.getStartLine() ? indentOf(text, firstField.getOffset())
				: indentOf(text, open.getOffset()) + "    ";
		ILeafNode improvement = PerfSourceText.keyword(evaluation, "improvement");
		ILeafNode anchor = improvement != null ? improvement : last;
		int lineStart = text.lastIndexOf('\n', anchor.getOffset() - 1) + 1;
		String line = "deviation " + value;
		if (text.substring(lineStart, anchor.getOffset()).isBlank()) {
			return new String[] { String.valueOf(lineStart), "0", fieldIndent + line + "\n" };
		}
		String after = improvement != null ? " " : "\n" + indentOf(text, anchor.getOffset());
		return new String[] { String.valueOf(anchor.getOffset()), "0", "\n" + fieldIndent + line + after };
	}

	/** The blanks at the start of the line holding the offset. */
	private static String indentOf(String text, int offset) {
		int start = text.lastIndexOf('\n', offset - 1) + 1;
		int end = start;
		while (end < offset && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}

	/** A goal's entered score against its indicators' (entered, else the rules'). */
	@Check
	public void goalScore(Goal goal) {
		if (goal.getScore() == null || goal.getIndicators().isEmpty()) {
			return;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (Indicator indicator : goal.getIndicators()) {
			sum = sum.add(score(indicator).counted());
		}
		if (PerfNumbers.differs(goal.getScore(), PerfNumbers.roundLike(sum, goal.getScore()), profile.scoreTolerance())) {
			report(TOTAL_SCORE, PerfCompletenessValidator.goalLabel(goal) + "得分 " + PerfNumbers.plain(goal.getScore()) + " 与其下各指标得分之和 "
					+ PerfNumbers.plain(sum) + " 不符。", goal, PerfPackage.Literals.SCORED__SCORE, PerfNumbers.plain(sum));
		}
	}

	public void scoredIndicator(Indicator indicator) {
		if (EcoreUtil2.getContainerOfType(indicator, SelfEvaluation.class) == null) {
			return;
		}
		if (PerfValues.isEmpty(indicator.getActual())) {
			if (indicator.getScore() != null) {
				String actual = indicator.getActual() == null ? "没有填写实际完成值" : "实际完成值为空（“" + PerfSourceText.text(indicator.getActual()) + "”）";
				report(SCORED_WITHOUT_ACTUAL, "指标“" + PerfIndicators.name(indicator) + "”" + actual + "，却得了 " + PerfNumbers.plain(indicator.getScore())
						+ " 分：没有实际值无法评分，应补填实际完成值或说明原因。", indicator,
						indicator.getActual() != null ? PerfPackage.Literals.ASSESSED__ACTUAL : PerfPackage.Literals.SCORED__SCORE);
			} else {
				report(MISSING_ACTUAL, "指标“" + PerfIndicators.name(indicator) + "”还没有实际完成值：请填写 actual（实际完成值）。", indicator,
						indicator.getActual() != null ? PerfPackage.Literals.ASSESSED__ACTUAL : PerfPackage.Literals.INDICATOR__NAME);
			}
			return;
		}
		PerfIndicatorScore score = score(indicator);
		if (score.outcome() == PerfOutcome.BAND && score.differs()) {
			report(SCORE_OUTSIDE_BAND, "得分 " + PerfNumbers.plain(indicator.getScore()) + " 不在所选完成程度的得分区间内：" + score.reason(), indicator,
					PerfPackage.Literals.SCORED__SCORE);
		} else if (score.differs()) {
			report(SCORE_DIFFERS, "填报得分 " + PerfNumbers.plain(indicator.getScore()) + "，按评分规则应为 " + PerfNumbers.plain(score.rule()) + " 分（"
					+ stripStop(score.reason()) + "）；如有扣分理由，请在偏差分析中说明。", indicator, PerfPackage.Literals.SCORED__SCORE);
		} else if (score.rule() == null && indicator.getScore() == null && score.outcome() == PerfOutcome.UNDECIDED) {
			report(MISSING_SCORE, "指标“" + PerfIndicators.name(indicator) + "”无法按规则计分（" + stripStop(score.reason())
					+ "）：请写完成程度 level 达成/部分达成/未达成，或填写得分。", indicator, PerfPackage.Literals.INDICATOR__NAME);
		}
	}

	@Check
	public void missingActual(BudgetExecution budget) {
		if (budget.getPlanned() == null) {
			report(REQUIRED_FIELD, "预算执行情况没有预算数（A）：请把 planned 后的 --- 改为预算数（万元）。", budget,
					PerfSourceText.keyword(budget, "planned"));
		}
		if (budget.getExecuted() == null) {
			report(MISSING_ACTUAL, "预算执行情况还没有执行数（B）：请把 executed 后的 --- 改为执行数（万元）。", budget,
					PerfSourceText.keyword(budget, "executed"));
		}
	}

	@Check
	public void objectiveFilled(OverallObjective objective) {
		Value actual = objective.getActual();
		if (actual == null || actual instanceof Qualitative text && (text.getText() == null || text.getText().isBlank())) {
			if (objective.getActual() != null) {
				report(MISSING_ACTUAL, "项目绩效总目标还没有全年实际完成情况：请填写 actual。", objective, PerfPackage.Literals.ASSESSED__ACTUAL);
			} else {
				report(MISSING_ACTUAL, "项目绩效总目标还没有全年实际完成情况：请填写 actual。", objective, PerfSourceText.keyword(objective, "objective"));
			}
		} else if (objective.getScore() == null) {
			report(MISSING_SCORE, "项目绩效总目标还没有得分：评分规则不能代为评分，请按完成情况填写 score。", objective,
					PerfSourceText.keyword(objective, "objective"));
		}
	}

	private static String stripStop(String reason) {
		return reason.endsWith("。") ? reason.substring(0, reason.length() - 1) : reason;
	}

	private PerfScoring scoring() {
		return new PerfScoring(profile.scoreTolerance());
	}

	/** The table scored once per validation run, shared by the checks of that run. */
	private PerfScorecard scorecard(SelfEvaluation evaluation) {
		BigDecimal tolerance = profile.scoreTolerance();
		return perRun(Tuples.create("perf.scorecard", evaluation, tolerance), () -> new PerfScoring(tolerance).evaluate(evaluation));
	}

	/** An indicator's verdict from its table's scorecard; scored on its own outside a self-evaluation. */
	private PerfIndicatorScore score(Indicator indicator) {
		SelfEvaluation evaluation = EcoreUtil2.getContainerOfType(indicator, SelfEvaluation.class);
		if (evaluation == null) {
			return scoring().indicator(indicator);
		}
		BigDecimal tolerance = profile.scoreTolerance();
		Map<Indicator, PerfIndicatorScore> scores = perRun(Tuples.create("perf.indicator-scores", evaluation, tolerance), () -> {
			Map<Indicator, PerfIndicatorScore> byIndicator = new IdentityHashMap<>();
			scorecard(evaluation).indicators().forEach(s -> byIndicator.put(s.indicator(), s));
			return byIndicator;
		});
		PerfIndicatorScore score = scores.get(indicator);
		return score != null ? score : scoring().indicator(indicator);
	}
}
