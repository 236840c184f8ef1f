package org.jixiao.dsl.validation;

import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.jixiao.model.Achievement;
import org.jixiao.model.BudgetExecution;
import org.jixiao.model.DepartmentSelfEvaluation;
import org.jixiao.model.Direction;
import org.jixiao.model.Goal;
import org.jixiao.model.Indicator;
import org.jixiao.model.NumericValue;
import org.jixiao.model.OverallObjective;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.SectionWeight;
import org.jixiao.model.SelfEvaluation;
import org.jixiao.model.Value;

/** Weights, rates and scores of the self-evaluation forms, recomputed by the scoring rules. */
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
					+ PerfNumbers.plain(sectionSum) + " 不符。", goal, PerfPackage.Literals.GOAL__WEIGHT, PerfNumbers.plain(sectionSum));
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

	@Check
	public void scoreWithinWeight(Indicator indicator) {
		scoreWithin(indicator, indicator.getScore(), indicator.getWeight(), PerfPackage.Literals.INDICATOR__SCORE);
	}

	@Check
	public void scoreWithinWeight(Goal goal) {
		scoreWithin(goal, goal.getScore(), goal.getWeight(), PerfPackage.Literals.GOAL__SCORE);
	}

	@Check
	public void scoreWithinWeight(OverallObjective objective) {
		scoreWithin(objective, objective.getScore(), objective.getWeight(), PerfPackage.Literals.OVERALL_OBJECTIVE__SCORE);
	}

	private void scoreWithin(EObject object, BigDecimal score, BigDecimal weight, EStructuralFeature feature) {
		if (score != null && weight != null && score.compareTo(weight) > 0) {
			report(SCORE_ABOVE_WEIGHT, "得分 " + PerfNumbers.plain(score) + " 超过了分值 " + PerfNumbers.plain(weight) + "：得分不能高于分值。", object, feature,
					PerfNumbers.plain(weight));
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
		if (budget.getScore() != null && budget.getWeight() != null) {
			BigDecimal rate = exactRate.divide(PerfNumbers.HUNDRED, MathContext.DECIMAL64).min(BigDecimal.ONE);
			BigDecimal computed = PerfNumbers.roundLike(budget.getWeight().multiply(rate), budget.getScore());
			if (PerfNumbers.differs(budget.getScore(), computed, profile.scoreTolerance())) {
				report(EXECUTION_SCORE, "预算执行得分 " + PerfNumbers.plain(budget.getScore()) + " 与计算值不符：分值 " + PerfNumbers.plain(budget.getWeight())
						+ " × min(执行率 " + PerfNumbers.plain2(exactRate) + "%, 100%) = " + computed.toPlainString() + "。", budget,
						PerfPackage.Literals.BUDGET_EXECUTION__SCORE, computed.toPlainString());
			}
		}
	}

	@Check
	public void totalScore(SelfEvaluation evaluation) {
		if (evaluation.getTotalScore() == null) {
			return;
		}
		BigDecimal sum = evaluation.getBudget() == null ? null : evaluation.getBudget().getScore();
		if (evaluation instanceof ProjectSelfEvaluation project && project.getObjective() != null) {
			sum = add(sum, project.getObjective().getScore());
		}
		for (Goal goal : evaluation.getGoals()) {
			sum = add(sum, goal.getScore() != null ? goal.getScore() : indicatorScores(goal));
		}
		if (sum != null && PerfNumbers.differs(evaluation.getTotalScore(), PerfNumbers.roundLike(sum, evaluation.getTotalScore()),
				profile.scoreTolerance())) {
			report(TOTAL_SCORE, "总分 " + PerfNumbers.plain(evaluation.getTotalScore()) + " 与各部分得分之和 " + PerfNumbers.plain(sum) + " 不符。", evaluation,
					PerfPackage.Literals.SELF_EVALUATION__TOTAL_SCORE, PerfNumbers.plain(sum));
		}
	}

	@Check
	public void goalScore(Goal goal) {
		BigDecimal sum = indicatorScores(goal);
		if (goal.getScore() != null && sum != null
				&& PerfNumbers.differs(goal.getScore(), PerfNumbers.roundLike(sum, goal.getScore()), profile.scoreTolerance())) {
			report(TOTAL_SCORE, PerfCompletenessValidator.goalLabel(goal) + "得分 " + PerfNumbers.plain(goal.getScore()) + " 与其下各指标得分之和 "
					+ PerfNumbers.plain(sum) + " 不符。", goal, PerfPackage.Literals.GOAL__SCORE, PerfNumbers.plain(sum));
		}
	}

	private static BigDecimal indicatorScores(Goal goal) {
		BigDecimal sum = null;
		for (Indicator indicator : goal.getIndicators()) {
			sum = add(sum, indicator.getScore());
		}
		return sum;
	}

	@Check
	public void scoredIndicator(Indicator indicator) {
		if (indicator.getScore() == null) {
			return;
		}
		if (PerfValues.isEmpty(indicator.getActual())) {
			String actual = indicator.getActual() == null ? "没有填写实际完成值" : "实际完成值为空（“" + PerfSourceText.text(indicator.getActual()) + "”）";
			report(SCORED_WITHOUT_ACTUAL, "指标“" + PerfIndicators.name(indicator) + "”" + actual + "，却得了 " + PerfNumbers.plain(indicator.getScore())
					+ " 分：没有实际值无法评分，应补填实际完成值或说明原因。", indicator,
					indicator.getActual() != null ? PerfPackage.Literals.INDICATOR__ACTUAL : PerfPackage.Literals.INDICATOR__SCORE);
			return;
		}
		if (indicator.getWeight() == null) {
			return;
		}
		String rule = null;
		BigDecimal computed = null;
		BigDecimal weight = indicator.getWeight();
		Value target = indicator.getValue();
		Value actual = indicator.getActual();
		if (target instanceof NumericValue t && actual instanceof NumericValue a && t.eClass() == a.eClass()
				&& java.util.Objects.equals(PerfValues.unit(t), PerfValues.unit(a)) && t.getAmount() != null && a.getAmount() != null
				&& t.getAmount().signum() > 0 && a.getAmount().signum() > 0) {
			Direction direction = PerfIndicators.scoringDirection(indicator, t.getComparator(), PerfValues.unit(t));
			BigDecimal tv = t.getAmount();
			BigDecimal av = a.getAmount();
			int cmp = av.compareTo(tv);
			boolean met = direction == Direction.NEGATIVE ? cmp <= 0 : direction == Direction.EQUAL ? cmp == 0 : cmp >= 0;
			String written = "实际值 " + PerfSourceText.display(PerfSourceText.text(actual)) + "，目标 " + PerfSourceText.display(PerfSourceText.text(target));
			if (met) {
				computed = weight;
				rule = written + "，已达成，得满分";
			} else if (direction == Direction.NEGATIVE || direction == Direction.EQUAL && cmp > 0) {
				computed = weight.multiply(tv).divide(av, MathContext.DECIMAL64);
				rule = written + "，未达成，反向指标按 目标 ÷ 实际 × 分值 计";
			} else {
				computed = weight.multiply(av).divide(tv, MathContext.DECIMAL64);
				rule = written + "，未达成，按 实际 ÷ 目标 × 分值 计";
			}
			computed = computed.setScale(2, RoundingMode.HALF_UP);
		} else if (indicator.getAchievement() != null && indicator.getAchievement() != Achievement.UNSPECIFIED) {
			BigDecimal[] band = band(indicator.getAchievement());
			BigDecimal low = weight.multiply(band[0]);
			BigDecimal high = weight.multiply(band[1]);
			BigDecimal score = indicator.getScore();
			if (score.compareTo(low) < 0 || score.compareTo(high) > 0) {
				report(SCORE_DIFFERS, "得分 " + PerfNumbers.plain(score) + " 不在“" + indicator.getAchievement().getLiteral() + "”的得分区间 "
						+ PerfNumbers.plain2(low) + "–" + PerfNumbers.plain2(high) + " 分内（分值 " + PerfNumbers.plain(weight) + " 的 "
						+ PerfNumbers.plain(band[0].multiply(PerfNumbers.HUNDRED)) + "%–" + PerfNumbers.plain(band[1].multiply(PerfNumbers.HUNDRED))
						+ "%）。", indicator, PerfPackage.Literals.INDICATOR__SCORE);
			}
			return;
		}
		if (computed != null && PerfNumbers.differs(indicator.getScore(), computed, profile.scoreTolerance())) {
			report(SCORE_DIFFERS, "填报得分 " + PerfNumbers.plain(indicator.getScore()) + "，按评分规则应为 " + PerfNumbers.plain(computed) + " 分（" + rule
					+ "）；如有扣分理由，请在偏差分析中说明。", indicator, PerfPackage.Literals.INDICATOR__SCORE);
		}
	}

	private static BigDecimal[] band(Achievement achievement) {
		return switch (achievement) {
		case ACHIEVED -> new BigDecimal[] { new BigDecimal("0.8"), BigDecimal.ONE };
		case PARTIAL -> new BigDecimal[] { new BigDecimal("0.6"), new BigDecimal("0.8") };
		default -> new BigDecimal[] { BigDecimal.ZERO, new BigDecimal("0.6") };
		};
	}
}
