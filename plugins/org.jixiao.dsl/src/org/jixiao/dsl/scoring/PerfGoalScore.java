// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoring;

import java.util.List;

import org.jixiao.model.Goal;

/** A goal's sum and its 一级 sections (in the order the goal lists them), with its indicators' verdicts. */
public record PerfGoalScore(Goal goal, PerfScoreLine line, List<PerfScoreLine> sections, List<PerfIndicatorScore> indicators) {

	public PerfGoalScore {
		sections = List.copyOf(sections);
		indicators = List.copyOf(indicators);
	}
}
