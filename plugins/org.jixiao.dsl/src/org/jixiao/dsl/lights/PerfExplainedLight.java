// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.lights;

/**
 * A light with the reason the rules give for it, written as the analyst would check it by hand:
 * {@code 当前 120 次，序时目标 150 次（300 × 6/12），完成 80% → 绿}.
 */
public record PerfExplainedLight(PerfLight light, String reason) {

	static PerfExplainedLight none(String why) {
		return new PerfExplainedLight(PerfLight.NONE, why + " → 无灯");
	}

	static PerfExplainedLight of(PerfLight light, String reasoning) {
		return new PerfExplainedLight(light, reasoning + " → " + light.word());
	}
}
