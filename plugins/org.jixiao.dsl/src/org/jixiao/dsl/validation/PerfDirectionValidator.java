// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import org.jixiao.dsl.model.PerfValues;
import org.jixiao.dsl.model.PerfNumbers;
import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfSourceText;
import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import java.math.BigDecimal;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.jixiao.model.Comparator;
import org.jixiao.model.Direction;
import org.jixiao.model.Indicator;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.Qualitative;
import org.jixiao.model.Value;
import org.jixiao.model.YesNo;

/** 正向 indicators are floors (≥), 反向 ones are caps (≤); a cost is an amount. */
public class PerfDirectionValidator extends PerfCheck {

	/** Both rules in one check: each check method costs Xtext a reflective call per indicator. */
	@Check
	public void direction(Indicator indicator) {
		comparatorMatchesDirection(indicator);
		costIsAnAmount(indicator);
	}

	public void comparatorMatchesDirection(Indicator indicator) {
		Value value = indicator.getValue();
		if (!PerfValues.hasComparator(value) || PerfIndicators.level2(indicator) == null) {
			return;
		}
		Comparator comparator = value.getComparator();
		Direction direction = PerfIndicators.intendedDirection(indicator, PerfValues.unit(value));
		boolean floor = PerfValues.directionOf(comparator) == Direction.POSITIVE;
		boolean cap = PerfValues.directionOf(comparator) == Direction.NEGATIVE;
		String name = PerfIndicators.name(indicator);
		String flipped = profile.comparatorSpelling().write(PerfValues.flip(comparator), value);
		if (direction == Direction.NEGATIVE && floor) {
			report(DIRECTION_COMPARATOR, "“" + name + "”是反向指标（越小越好，如时限、成本、事故率），却写作“" + PerfSourceText.display(PerfSourceText.text(value)) + "”：反向指标应写上限“"
					+ flipped + "”。", value, PerfPackage.Literals.VALUE__COMPARATOR, flipped);
		} else if (direction == Direction.POSITIVE && cap) {
			report(DIRECTION_COMPARATOR, "“" + name + "”是正向指标（越大越好，如完成率、满意度），却写作“" + PerfSourceText.display(PerfSourceText.text(value)) + "”：正向指标应写下限“"
					+ flipped + "”。", value, PerfPackage.Literals.VALUE__COMPARATOR, flipped);
		}
	}

	public void costIsAnAmount(Indicator indicator) {
		Value value = indicator.getValue();
		if (!(value instanceof YesNo || value instanceof Qualitative) || !PerfIndicators.isCost(indicator)) {
			return;
		}
		String written = PerfSourceText.display(PerfSourceText.text(value));
		ProjectTable project = EcoreUtil2.getContainerOfType(indicator, ProjectTable.class);
		BigDecimal budget = project == null ? null : project.getBudget();
		String example = budget == null ? "≤ 20 万元" : "≤ " + PerfNumbers.plain(budget) + " 万元";
		String message = "成本指标“" + PerfIndicators.name(indicator) + "”的指标值是“" + written + "”：成本指标应写金额上限，如“" + example
				+ "”" + (budget == null ? "。" : "（本项目预算数）。");
		if (budget == null) {
			reportOn(COST_NOT_AMOUNT, message, value);
		} else {
			reportOn(COST_NOT_AMOUNT, message, value, example);
		}
	}
}
