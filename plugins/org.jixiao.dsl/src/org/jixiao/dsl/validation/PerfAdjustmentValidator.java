// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfSourceText;
import org.jixiao.dsl.model.PerfStages;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.model.Adjustment;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalForm;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorChange;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.ProjectTable;

/**
 * 目标调整 in a declaration: what changed (adjusted targets and goal texts, added and dropped
 * indicators) needs the approved adjustment it comes from, and an adjustment names some change.
 * A self-evaluation carries adjusted targets from its declaration without a record of its own.
 */
public class PerfAdjustmentValidator extends PerfCheck {

	@Check
	public void changeHasRecord(Indicator indicator) {
		GoalForm declaration = declarationOf(indicator);
		if (declaration == null || PerfStages.adjustment(declaration) != null) {
			return;
		}
		String name = PerfIndicators.name(indicator);
		if (!PerfValues.isEmpty(indicator.getAdjusted())) {
			report(ADJUSTED_WITHOUT_RECORD, "“" + name + "”写了调整后目标值，申报表却没有目标调整记录：请在目标之前写 adjustment < date … reason … >（批准日期与调整原因）。",
					indicator, PerfSourceText.keyword(indicator, "adjusted"));
		}
		if (indicator.getChange() != IndicatorChange.UNCHANGED) {
			String what = indicator.getChange() == IndicatorChange.ADDED ? "调整中新增" : "调整中删除";
			report(ADJUSTED_WITHOUT_RECORD, "“" + name + "”标为" + what + "（" + indicator.getChange().getLiteral()
					+ "），申报表却没有目标调整记录：请在目标之前写 adjustment < date … reason … >。", indicator,
					PerfPackage.Literals.INDICATOR__CHANGE);
		}
	}

	@Check
	public void goalChangeHasRecord(Goal goal) {
		GoalForm declaration = declarationOf(goal);
		if (declaration != null && goal.getAdjustedText() != null && PerfStages.adjustment(declaration) == null) {
			report(ADJUSTED_WITHOUT_RECORD, "目标写了调整后的内容，申报表却没有目标调整记录：请在目标之前写 adjustment < date … reason … >。", goal,
					PerfSourceText.keyword(goal, "adjusted"));
		}
	}

	@Check
	public void recordNamesAChange(Adjustment adjustment) {
		GoalForm declaration = (GoalForm) adjustment.eContainer();
		if (adjustment.getBudget() != null) {
			return;
		}
		for (Goal goal : declaration.getGoals()) {
			if (goal.getAdjustedText() != null) {
				return;
			}
			for (Indicator indicator : goal.getIndicators()) {
				if (!PerfValues.isEmpty(indicator.getAdjusted()) || indicator.getChange() != IndicatorChange.UNCHANGED) {
					return;
				}
			}
		}
		report(ADJUSTMENT_EMPTY, "目标调整记录没有调整任何内容：请在调整的指标上写 adjusted 调整后目标值、added（新增）或 dropped（删除），"
				+ "在目标上写 adjusted \"调整后的目标内容\"，或在记录中写调整后预算数 budget。", adjustment, PerfSourceText.keyword(adjustment, "adjustment"));
	}

	@Check
	public void recordHasReason(Adjustment adjustment) {
		if (adjustment.getReason() == null || adjustment.getReason().isBlank()) {
			report(REQUIRED_FIELD, "目标调整记录没有调整原因：请写 reason \"…\"（调整须说明原因并经批准）。", adjustment,
					PerfSourceText.keyword(adjustment, "adjustment"));
		}
	}

	/** The declaration (department or project) the object belongs to, or null in other forms. */
	private static GoalForm declarationOf(EObject object) {
		GoalForm form = EcoreUtil2.getContainerOfType(object, GoalForm.class);
		return form instanceof DepartmentDeclaration || form instanceof ProjectTable ? form : null;
	}
}
