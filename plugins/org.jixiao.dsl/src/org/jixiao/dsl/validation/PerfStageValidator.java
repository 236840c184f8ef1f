// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.validation.Check;
import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfNumbers;
import org.jixiao.dsl.model.PerfSourceText;
import org.jixiao.dsl.model.PerfStages;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.dsl.scoring.PerfScoring;
import org.jixiao.model.BudgetExecution;
import org.jixiao.model.Direction;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalForm;
import org.jixiao.model.Indicator;
import org.jixiao.model.NumericValue;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.SelfEvaluation;
import org.jixiao.model.Value;

/**
 * A self-evaluation checked against the declaration it follows ({@code follows …}): its targets are
 * the declared ones (the adjusted ones where the declaration was adjusted), its indicators those of
 * the declaration, its 预算数（A） the declared (adjusted) budget. Without a resolved link only the
 * over-achievement check runs, which needs no other stage.
 */
public class PerfStageValidator extends PerfCheck {

	@Check
	public void againstDeclaration(SelfEvaluation evaluation) {
		GoalForm declaration = PerfStages.declaration(evaluation);
		if (declaration == null) {
			return;
		}
		List<Goal> declared = PerfStages.stageGoals(declaration);
		List<Indicator> matched = new ArrayList<>();
		for (Indicator indicator : PerfStages.all(evaluation.getGoals())) {
			Indicator source = PerfStages.counterpart(indicator, declared);
			if (source == null || PerfStages.dropped(source)) {
				report(STAGE_INDICATOR_ADDED, "指标“" + PerfIndicators.name(indicator) + "”不在所依据的申报表中" + (source == null ? "" : "（目标调整中已删除）")
						+ "：自评只评申报（调整后）的指标；如确需增加，应先经目标调整批准。", indicator, PerfPackage.Literals.INDICATOR__NAME);
				continue;
			}
			matched.add(source);
			target(indicator, source);
		}
		for (Indicator source : PerfStages.all(declared)) {
			if (!PerfStages.dropped(source) && !matched.contains(source) && PerfStages.counterpart(source, evaluation.getGoals()) == null) {
				reportOn(STAGE_INDICATOR_DROPPED, "申报表的指标“" + PerfIndicators.name(source) + "”（" + PerfIndicators.categoryTitle(source) + "，目标 "
						+ PerfScoring.show(PerfStages.target(source)) + "）在自评表中没有：申报（调整后）的每个指标都须自评；如已删除，应在申报表的目标调整中标为 dropped。",
						evaluation.getLink());
			}
		}
		budget(evaluation.getBudget(), declaration);
	}

	/** The target that holds in the self-evaluation against the one that holds in the declaration. */
	private void target(Indicator indicator, Indicator source) {
		Value declared = PerfStages.target(source);
		Value evaluated = PerfStages.target(indicator);
		if (PerfValues.isEmpty(declared) || PerfValues.key(declared).equals(PerfValues.key(evaluated))) {
			return;
		}
		INode start = PerfSourceText.node(indicator.getValue());
		INode end = PerfSourceText.node(PerfValues.isEmpty(indicator.getAdjusted()) ? indicator.getValue() : indicator.getAdjusted());
		String replacement = PerfScoring.show(source.getValue())
				+ (PerfValues.isEmpty(source.getAdjusted()) ? "" : " adjusted " + PerfScoring.show(source.getAdjusted()));
		String what = PerfValues.isEmpty(source.getAdjusted()) ? "目标值" : "调整后目标值";
		String message = "“" + PerfIndicators.name(indicator) + "”的目标值“" + PerfScoring.show(evaluated) + "”与所依据申报表的" + what + "“"
				+ PerfScoring.show(declared) + "”不同：自评应以申报（调整后）的目标为准，目标的改变须经目标调整批准。";
		if (start == null || end == null) {
			reportOn(STAGE_TARGET, message, indicator);
		} else {
			addIssue(message, indicator, start.getOffset(), end.getEndOffset() - start.getOffset(), STAGE_TARGET, replacement);
		}
	}

	/** 预算数（A）: the declared budget, or the adjusted one where the adjustment names it; 年初预算数 the declared one. */
	private void budget(BudgetExecution budget, GoalForm declaration) {
		if (budget == null) {
			return;
		}
		BigDecimal holds = PerfStages.budget(declaration);
		BigDecimal tolerance = profile.amountTolerance();
		if (holds != null && budget.getPlanned() != null && PerfNumbers.exceeds(budget.getPlanned(), holds, tolerance)) {
			boolean adjusted = !holds.equals(PerfStages.declaredBudget(declaration));
			report(STAGE_BUDGET, "预算数（A）" + PerfNumbers.plain(budget.getPlanned()) + " 万元与所依据申报表的" + (adjusted ? "调整后预算数 " : "预算数 ")
					+ PerfNumbers.plain(holds) + " 万元不同：自评的预算数应为申报（调整后）的预算数。", budget,
					PerfPackage.Literals.BUDGET_EXECUTION__PLANNED, PerfNumbers.plain(holds));
		}
		BigDecimal declared = PerfStages.declaredBudget(declaration);
		if (declared != null && budget.getInitial() != null && PerfNumbers.exceeds(budget.getInitial(), declared, tolerance)) {
			report(STAGE_BUDGET, "年初预算数 " + PerfNumbers.plain(budget.getInitial()) + " 万元与所依据申报表的预算数 " + PerfNumbers.plain(declared)
					+ " 万元不同。", budget, PerfPackage.Literals.BUDGET_EXECUTION__INITIAL, PerfNumbers.plain(declared));
		}
	}

	/**
	 * An actual at or above the profile's threshold (130% by default) of a 正向 quantitative target
	 * asks for an explanation: the target may have been set too low. The indicator's own
	 * {@code deviation} explains it; the fix inserts one to fill in.
	 */
	@Check
	public void overAchievement(Indicator indicator) {
		if (EcoreUtil2.getContainerOfType(indicator, SelfEvaluation.class) == null
				|| indicator.getDeviation() != null && !indicator.getDeviation().isBlank()) {
			return;
		}
		Value target = PerfStages.target(indicator);
		if (!(target instanceof NumericValue t) || !(indicator.getActual() instanceof NumericValue a) || t.getAmount() == null
				|| a.getAmount() == null || t.getAmount().signum() <= 0
				|| !java.util.Objects.equals(PerfValues.unit(target), PerfValues.unit(indicator.getActual()))) {
			return;
		}
		if (PerfIndicators.scoringDirection(indicator, target.getComparator(), PerfValues.unit(target)) != Direction.POSITIVE) {
			return;
		}
		BigDecimal ratio = PerfNumbers.HUNDRED.multiply(a.getAmount()).divide(t.getAmount(), MathContext.DECIMAL64);
		BigDecimal threshold = profile.number(OVER_ACHIEVEMENT_THRESHOLD);
		if (ratio.compareTo(threshold) < 0) {
			return;
		}
		String[] data = deviationInsertion(indicator);
		report(OVER_ACHIEVEMENT, "“" + PerfIndicators.name(indicator) + "”实际完成 " + PerfScoring.show(indicator.getActual()) + "，为目标 "
				+ PerfScoring.show(target) + " 的 " + PerfNumbers.plain2(ratio) + "%（达到 " + PerfNumbers.plain(threshold)
				+ "% 及以上）：超额完成较多，请在 deviation 中说明原因（目标是否定得过低）。", indicator, PerfPackage.Literals.ASSESSED__ACTUAL, data);
	}

	/** The profile key of the over-achievement threshold (% of the target). */
	public static final String OVER_ACHIEVEMENT_THRESHOLD = "overachievement.threshold";

	/** Where the fix writes {@code deviation "…"}: before the indicator's note, else at its end. */
	private static String[] deviationInsertion(Indicator indicator) {
		ILeafNode note = PerfSourceText.keyword(indicator, "note");
		INode node = PerfSourceText.node(indicator);
		if (node == null) {
			return new String[0];
		}
		String text = " deviation \"超额完成原因（待填写）\"";
		if (note != null) {
			return new String[] { String.valueOf(note.getOffset()), "0", text.substring(1) + " " };
		}
		return new String[] { String.valueOf(node.getEndOffset()), "0", text };
	}
}
