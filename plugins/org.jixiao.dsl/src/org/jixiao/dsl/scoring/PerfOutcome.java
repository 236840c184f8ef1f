// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoring;

/** How the scoring rules judged an indicator. */
public enum PerfOutcome {
	/** The actual value meets the target: full weight. */
	MET,
	/** The actual value falls short: a proportional score (or none, for 是/否). */
	BELOW_TARGET,
	/** A qualitative indicator with its level (达成/部分达成/未达成): the score must lie in that level's band. */
	BAND,
	/** No actual value (absent or ---): the rules give no points. */
	NO_ACTUAL,
	/** The rules cannot compare target and actual (wording differs, units differ, an actual written as a bound …). */
	UNDECIDED,
	/** No weight: nothing to score. */
	NO_WEIGHT
}
