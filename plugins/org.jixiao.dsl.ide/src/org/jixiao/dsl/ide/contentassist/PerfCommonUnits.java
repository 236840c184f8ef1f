// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.contentassist;

import java.util.List;

/**
 * The units the official forms use most (the seed forms, tests/org.jixiao.dsl.tests/seeds/), proposed
 * after a number in this order. Money units (万元, 元) and % are keywords of the grammar and are proposed
 * as such.
 */
final class PerfCommonUnits {

	static final List<String> UNITS = List.of("次", "个", "人", "项", "天", "小时", "个社区", "人次", "场次", "场", "台",
			"户", "件", "家", "月", "年", "亩", "平方米", "公里", "元/人", "万元/人");

	private PerfCommonUnits() {
	}
}
