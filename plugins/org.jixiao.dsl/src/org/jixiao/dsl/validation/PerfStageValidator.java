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
import org.jixiao.dsl.model.PerfMonitoringFollowers;
import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfNumbers;
import org.jixiao.dsl.model.PerfSourceText;
import org.jixiao.dsl.model.PerfStages;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.dsl.scoring.PerfScoring;
import org.jixiao.model.Adjustment;
import org.jixiao.model.BudgetExecution;
import org.jixiao.model.Direction;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalForm;
import org.jixiao.model.Indicator;
import org.jixiao.model.Monitoring;
import org.jixiao.model.MonitoringBudget;
import org.jixiao.model.NumericValue;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.SelfEvaluation;
import org.jixiao.model.StageLink;
import org.jixiao.model.Value;

import com.google.inject.Inject;

/**
 * A self-evaluation or a monitoring form checked against the declaration it follows ({@code follows …}):
 * its targets are the declared ones (the adjusted ones where the declaration was adjusted), its
 * indicators those of the declaration, its budget the declared (adjusted) budget. A self-evaluation
 * is also checked against the latest monitoring form of the same declaration: an actual far from the
 * full-year forecast needs a reason. Without a resolved link only the over-achievement check runs,
 * which needs no other stage.
 */
public class PerfStageValidator extends PerfCheck {

	/** The profile key of the gap (% of the forecast) from which an actual contradicts the monitoring forecast. */
	public static final String FORECAST_GAP = "forecast.gap";

	@Inject
	private PerfMonitoringFollowers followers;

	@Check
	public void againstDeclaration(SelfEvaluation evaluation) {
		GoalForm declaration = PerfStages.declaration(evaluation);
		if (declaration != null) {
			indicators(Stage.SELF_EVALUATION, evaluation.getGoals(), evaluation.getLink(), declaration);
			budget(evaluation.getBudget(), declaration);
		}
	}

	/** A monitoring form against its declaration: the same target and indicator checks, its spending block's budgets. */
	@Check
	public void monitoringAgainstDeclaration(Monitoring monitoring) {
		GoalForm declaration = PerfStages.declaration(monitoring.getLink());
		if (declaration != null) {
			indicators(Stage.MONITORING, monitoring.getGoals(), monitoring.getLink(), declaration);
			spending(monitoring.getSpending(), declaration);
		}
	}

	/** How a later stage is named in the findings. */
	private enum Stage {
		SELF_EVALUATION("自评表", "自评只评申报（调整后）的指标", "都须自评", "自评应以"),
		MONITORING("监控表", "监控表只列申报（调整后）的指标", "都须监控", "监控应以");

		final String form;
		final String only;
		final String every;
		final String holds;

		Stage(String form, String only, String every, String holds) {
			this.form = form;
			this.only = only;
			this.every = every;
			this.holds = holds;
		}
	}

	/** Each indicator of the later stage against its counterpart in the declaration, and the declared ones left out. */
	private void indicators(Stage stage, List<Goal> goals, StageLink link, GoalForm declaration) {
		List<Goal> declared = PerfStages.stageGoals(declaration);
		List<Indicator> matched = new ArrayList<>();
		for (Indicator indicator : PerfStages.all(goals)) {
			Indicator source = PerfStages.counterpart(indicator, declared);
			if (source == null || PerfStages.dropped(source)) {
				report(STAGE_INDICATOR_ADDED, "指标“" + PerfIndicators.name(indicator) + "”不在所依据的申报表中" + (source == null ? "" : "（目标调整中已删除）")
						+ "：" + stage.only + "；如确需增加，应先经目标调整批准。", indicator, PerfPackage.Literals.INDICATOR__NAME);
				continue;
			}
			matched.add(source);
			target(stage, indicator, source);
		}
		for (Indicator source : PerfStages.all(declared)) {
			if (!PerfStages.dropped(source) && !matched.contains(source) && PerfStages.counterpart(source, goals) == null) {
				reportOn(STAGE_INDICATOR_DROPPED, "申报表的指标“" + PerfIndicators.name(source) + "”（" + PerfIndicators.categoryTitle(source) + "，目标 "
						+ PerfScoring.show(PerfStages.target(source)) + "）在" + stage.form + "中没有：申报（调整后）的每个指标" + stage.every
						+ "；如已删除，应在申报表的目标调整中标为 dropped。", link);
			}
		}
	}

	/**
	 * The target that holds in the later stage against the one that holds in the declaration. The fix
	 * writes it as the stage's starter does: a self-evaluation carries the declared target with its
	 * {@code adjusted} one, a monitoring form the target after adjustment alone.
	 */
	private void target(Stage stage, Indicator indicator, Indicator source) {
		Value declared = PerfStages.target(source);
		Value evaluated = PerfStages.target(indicator);
		if (PerfValues.isEmpty(declared) || PerfValues.key(declared).equals(PerfValues.key(evaluated))) {
			return;
		}
		INode start = PerfSourceText.node(indicator.getValue());
		INode end = PerfSourceText.node(PerfValues.isEmpty(indicator.getAdjusted()) ? indicator.getValue() : indicator.getAdjusted());
		String replacement = stage == Stage.MONITORING ? PerfScoring.show(declared)
				: PerfScoring.show(source.getValue()) + (PerfValues.isEmpty(source.getAdjusted()) ? "" : " adjusted " + PerfScoring.show(source.getAdjusted()));
		String what = PerfValues.isEmpty(source.getAdjusted()) ? "目标值" : "调整后目标值";
		String message = "“" + PerfIndicators.name(indicator) + "”的目标值“" + PerfScoring.show(evaluated) + "”与所依据申报表的" + what + "“"
				+ PerfScoring.show(declared) + "”不同：" + stage.holds + "申报（调整后）的目标为准，目标的改变须经目标调整批准。";
		if (start == null || end == null) {
			reportOn(STAGE_TARGET, message, indicator);
		} else {
			addIssue(message, indicator, start.getOffset(), end.getEndOffset() - start.getOffset(), STAGE_TARGET, replacement);
		}
	}

	/**
	 * 年初预算数 of the monitoring form is the declared budget; its 调整预算数 the budget the adjustment
	 * approved, where the adjustment names one (without, 追加 and 追减 may move it, which the
	 * monitoring form's own arithmetic check covers).
	 */
	private void spending(MonitoringBudget spending, GoalForm declaration) {
		if (spending == null) {
			return;
		}
		BigDecimal tolerance = profile.amountTolerance();
		BigDecimal declared = PerfStages.declaredBudget(declaration);
		if (declared != null && spending.getInitial() != null && PerfNumbers.exceeds(spending.getInitial(), declared, tolerance)) {
			report(STAGE_BUDGET, "年初预算数 " + PerfNumbers.plain(spending.getInitial()) + " 万元与所依据申报表的预算数 " + PerfNumbers.plain(declared)
					+ " 万元不同。", spending, PerfPackage.Literals.MONITORING_BUDGET__INITIAL, PerfNumbers.plain(declared));
		}
		Adjustment adjustment = PerfStages.adjustment(declaration);
		BigDecimal approved = adjustment == null ? null : adjustment.getBudget();
		if (approved != null && spending.getAdjusted() != null && PerfNumbers.exceeds(spending.getAdjusted(), approved, tolerance)) {
			report(STAGE_BUDGET, "调整预算数 " + PerfNumbers.plain(spending.getAdjusted()) + " 万元与所依据申报表的调整后预算数 " + PerfNumbers.plain(approved)
					+ " 万元不同：监控的调整预算数应为目标调整批准的预算数。", spending, PerfPackage.Literals.MONITORING_BUDGET__ADJUSTED,
					PerfNumbers.plain(approved));
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
	 * A self-evaluated actual against the full-year forecast (全年预计) of the latest monitoring form
	 * following the same declaration: where they differ by the profile's {@code forecast.gap} (20% of
	 * the forecast by default) or more, the year went otherwise than the monitoring said, and the
	 * indicator's {@code deviation} should say why. Only amounts of the same unit are compared; a
	 * forecast not yet filled in (---) or qualitative says nothing to contradict.
	 */
	@Check
	public void againstForecast(SelfEvaluation evaluation) {
		GoalForm declaration = PerfStages.declaration(evaluation);
		Monitoring monitoring = declaration == null ? null : followers.latest(declaration);
		if (monitoring == null) {
			return;
		}
		BigDecimal threshold = profile.number(FORECAST_GAP);
		for (Indicator indicator : PerfStages.all(evaluation.getGoals())) {
			Indicator monitored = PerfStages.counterpart(indicator, monitoring.getGoals());
			if (monitored == null || indicator.getDeviation() != null && !indicator.getDeviation().isBlank()
					|| !(indicator.getActual() instanceof NumericValue a) || !(monitored.getForecast() instanceof NumericValue f)
					|| a.getAmount() == null || f.getAmount() == null
					|| !java.util.Objects.equals(PerfValues.unit(indicator.getActual()), PerfValues.unit(monitored.getForecast()))) {
				continue;
			}
			BigDecimal difference = a.getAmount().subtract(f.getAmount()).abs();
			if (difference.signum() == 0) {
				continue;
			}
			BigDecimal gap = f.getAmount().signum() == 0 ? null
					: PerfNumbers.HUNDRED.multiply(difference).divide(f.getAmount().abs(), MathContext.DECIMAL64);
			if (gap != null && gap.compareTo(threshold) < 0) {
				continue;
			}
			String month = monitoring.getMonth() == null ? "" : monitoring.getMonth() + " 月";
			report(FORECAST_CONTRADICTED, "“" + PerfIndicators.name(indicator) + "”实际完成 " + PerfScoring.show(indicator.getActual()) + "，" + month
					+ "监控表的全年预计为 " + PerfScoring.show(monitored.getForecast()) + (gap == null ? ""
							: "，相差预计的 " + PerfNumbers.plain2(gap) + "%（达到 " + PerfNumbers.plain(threshold) + "% 及以上）")
					+ "：与监控预计不符，请在 deviation 中说明原因。"
					+ " The actual contradicts the monitoring forecast without a reason.",
					indicator, PerfPackage.Literals.ASSESSED__ACTUAL, deviationInsertion(indicator, "与监控预计不符的原因（待填写）"));
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
		String[] data = deviationInsertion(indicator, "超额完成原因（待填写）");
		report(OVER_ACHIEVEMENT, "“" + PerfIndicators.name(indicator) + "”实际完成 " + PerfScoring.show(indicator.getActual()) + "，为目标 "
				+ PerfScoring.show(target) + " 的 " + PerfNumbers.plain2(ratio) + "%（达到 " + PerfNumbers.plain(threshold)
				+ "% 及以上）：超额完成较多，请在 deviation 中说明原因（目标是否定得过低）。", indicator, PerfPackage.Literals.ASSESSED__ACTUAL, data);
	}

	/** The profile key of the over-achievement threshold (% of the target). */
	public static final String OVER_ACHIEVEMENT_THRESHOLD = "overachievement.threshold";

	/** Where the fix writes {@code deviation "…"}: before the indicator's note, else at its end. */
	private static String[] deviationInsertion(Indicator indicator, String placeholder) {
		ILeafNode note = PerfSourceText.keyword(indicator, "note");
		INode node = PerfSourceText.node(indicator);
		if (node == null) {
			return new String[0];
		}
		String text = " deviation \"" + placeholder + "\"";
		if (note != null) {
			return new String[] { String.valueOf(note.getOffset()), "0", text.substring(1) + " " };
		}
		return new String[] { String.valueOf(node.getEndOffset()), "0", text };
	}
}
