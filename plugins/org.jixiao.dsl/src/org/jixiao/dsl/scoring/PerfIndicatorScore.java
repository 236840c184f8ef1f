// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoring;

import java.math.BigDecimal;
import java.util.function.Supplier;

import org.jixiao.model.Indicator;

/**
 * The scoring rules' verdict on one indicator beside what the analyst entered.
 *
 * @param weight   the indicator's points (null when it has none)
 * @param entered  the score the analyst entered, or null
 * @param rule     the score by the rules (two decimals), or null where the rules cannot decide
 * @param differs  the entered score differs from the rules' (outside the band, for {@link PerfOutcome#BAND})
 * @param belowTarget the actual value falls short of the target (or the level says so): a deviation to explain
 * @param explanation how the rules arrive at their score, in the analyst's words; built on demand (see {@link #reason()})
 */
public record PerfIndicatorScore(Indicator indicator, BigDecimal weight, BigDecimal entered, BigDecimal rule,
		PerfOutcome outcome, boolean differs, boolean belowTarget, Supplier<String> explanation) {

	/**
	 * How the rules arrive at their score, in the analyst's words. Built when asked, from the model as
	 * it is then: validation scores every row but needs the text only for the rows it reports.
	 */
	public String reason() {
		return explanation.get();
	}

	/** The score the form counts: the entered one; where none is entered, the rules' (0 when they cannot decide). */
	public BigDecimal counted() {
		return entered != null ? entered : rule != null ? rule : BigDecimal.ZERO;
	}

	/** The score by the rules; where they cannot decide, the entered one (0 when none). */
	public BigDecimal computed() {
		return rule != null ? rule : entered != null ? entered : BigDecimal.ZERO;
	}

	/** Neither an entered score nor one the rules can give, or no actual value yet. */
	public boolean pending() {
		return outcome == PerfOutcome.NO_ACTUAL && entered == null || rule == null && entered == null;
	}
}
