// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.selfeval;

/**
 * The layouts new self-evaluations are written for (the caller resolves them; the language does not
 * read layout files): each form names its layout ({@code layout "…"}), and a layout that prints the
 * budget by source of funds (年初预算数, 其中：财政拨款 …) gets 年初预算数 and the declared sources.
 *
 * @param project       layout of the project self-evaluations, or null for the default
 * @param department    layout of the department self-evaluations, or null for the default
 * @param budgetSources whether the project layout prints 年初预算数 and the sources of funds
 */
public record PerfSelfEvaluationLayouts(String project, String department, boolean budgetSources) {

	/** No layout named: each form kind's default layout. */
	public static final PerfSelfEvaluationLayouts DEFAULT = new PerfSelfEvaluationLayouts(null, null, false);
}
