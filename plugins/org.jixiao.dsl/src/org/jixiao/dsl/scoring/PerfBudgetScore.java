// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jixiao.model.BudgetExecution;

/**
 * 预算执行: 执行率 = 执行数 ÷ 预算数 and its score = weight × min(执行率, 100%).
 *
 * @param rate    the exact 执行率 in percent, or null without 预算数 and 执行数
 * @param entered the entered score, or null
 * @param rule    the exact score by the rule, or null without a rate or a weight
 * @param differs the entered score differs from the rule's, compared at the analyst's precision
 */
public record PerfBudgetScore(BudgetExecution budget, BigDecimal weight, BigDecimal rate, BigDecimal entered,
		BigDecimal rule, boolean differs, String reason) {

	/** The rule's score to two decimals, or null. */
	public BigDecimal ruleRounded() {
		return rule == null ? null : rule.setScale(2, RoundingMode.HALF_UP);
	}

	/** The score the form counts: the entered one, else the rule's, else 0. */
	public BigDecimal counted() {
		return entered != null ? entered : rule != null ? ruleRounded() : BigDecimal.ZERO;
	}

	/** The rule's score, else the entered one, else 0. */
	public BigDecimal computed() {
		return rule != null ? ruleRounded() : entered != null ? entered : BigDecimal.ZERO;
	}

	public boolean pending() {
		return rule == null && entered == null;
	}
}
