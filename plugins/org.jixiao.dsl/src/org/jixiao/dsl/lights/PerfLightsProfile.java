// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.lights;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The rules of the monitoring lights, as data ({@code *.lights.properties}, read by {@link PerfLightsProfiles}).
 *
 * @param red          below this share of the time-proportional target (序时目标, %) a 正向 indicator is 红
 * @param yellow       below this share it is 黄
 * @param blue         at or above this share it is 蓝 (over-achievement); between yellow and blue 绿
 * @param budgetRed    below this share of the time-proportional spending (序时支出进度, %) the budget is 红
 * @param budgetYellow below this share the budget is 黄, at or above it 绿
 * @param proportional the categories (一级 or 二级 names) the time-proportional rule applies to; empty for
 *                     every category. The others are judged in range (绿) or out of range (红).
 * @param reasonFor    the lights that require a deviation cause (偏差原因)
 */
public record PerfLightsProfile(String name, String title, BigDecimal red, BigDecimal yellow, BigDecimal blue,
		BigDecimal budgetRed, BigDecimal budgetYellow, List<String> proportional, Set<PerfLight> reasonFor, String source) {

	/** Whether the time-proportional rule applies to every category. */
	public boolean proportionalEverywhere() {
		return proportional.isEmpty();
	}
}
