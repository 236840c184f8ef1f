// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.model.Grade;
import org.jixiao.model.SelfEvaluation;

/**
 * A self-evaluation scored: 预算执行, 项目绩效总目标 (project tables), each goal with its sections,
 * the total and the grade, each as entered and as computed by the rules.
 *
 * @param budget      null when the table has no 预算执行 line
 * @param objective   null when the table has no 总目标
 * @param weightSum   the points of all parts (100 when the weights are right)
 * @param statedTotal the total written on the form ({@code total}), or null
 */
public record PerfScorecard(SelfEvaluation evaluation, PerfBudgetScore budget, PerfScoreLine objective, List<PerfGoalScore> goals,
		PerfScoreLine total, BigDecimal weightSum, BigDecimal statedTotal, Grade enteredGrade, Grade computedGrade) {

	public PerfScorecard {
		goals = List.copyOf(goals);
	}

	/** Every indicator's verdict, goal by goal. */
	public List<PerfIndicatorScore> indicators() {
		return goals.stream().flatMap(g -> g.indicators().stream()).toList();
	}

	/** The total as the form shows it: the stated one, else the sum of the entered scores. */
	public BigDecimal shownTotal() {
		return statedTotal != null ? statedTotal : total.entered();
	}

	/** Whether the weights add up to full marks (100). */
	public boolean weightsComplete() {
		return weightSum.compareTo(PerfScoringProfile.FULL_MARKS) == 0;
	}
}
