// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.lights;

import java.util.Collection;

/**
 * A monitoring light (预警灯). Worst first: 红 is worse than 黄, 黄 than 绿, 绿 than 蓝 (蓝 is over-achievement,
 * a hint that the target may have been set too low). {@link #NONE} is no light: the rules cannot judge.
 */
public enum PerfLight {
	RED("红"), YELLOW("黄"), GREEN("绿"), BLUE("蓝"), NONE("无灯");

	private final String word;

	PerfLight(String word) {
		this.word = word;
	}

	/** 红 / 黄 / 绿 / 蓝 / 无灯. */
	public String word() {
		return word;
	}

	/** The light a word of a profile names (红 or red …), or null. */
	public static PerfLight of(String word) {
		for (PerfLight light : values()) {
			if (light.word.equals(word) || light.name().equalsIgnoreCase(word)) {
				return light;
			}
		}
		return null;
	}

	/** The worst of some lights, ignoring {@link #NONE}; NONE when there is no light at all. */
	public static PerfLight worst(Collection<PerfLight> lights) {
		PerfLight worst = NONE;
		for (PerfLight light : lights) {
			if (light != NONE && (worst == NONE || light.ordinal() < worst.ordinal())) {
				worst = light;
			}
		}
		return worst;
	}
}
