// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.lights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jixiao.dsl.profiles.PerfProfileText;
import org.jixiao.dsl.profiles.PerfProfiles;

/**
 * The lights profiles available: the shipped ones ({@code national}: the platforms' common table;
 * {@code ningxia}: a deviation cause for 红 only; {@code by-category}: the time-proportional rule for
 * 数量 / 效益 / 满意度 only) plus any {@code *.lights.properties} file a region supplies.
 *
 * <p>Format (UTF-8, {@code key = value}, {@code #} comments): {@code name}, {@code title},
 * {@code indicator.bands} (红/黄/蓝 thresholds in % of the 序时目标, e.g. {@code 60, 80, 120}),
 * {@code budget.bands} (红/黄 thresholds in % of the 序时支出进度, e.g. {@code 60, 80}),
 * {@code proportional} ({@code *} or category names, e.g. {@code 数量, 效益, 满意度}),
 * {@code reason} (the lights that need a 偏差原因, e.g. {@code 红, 黄}).
 */
public final class PerfLightsProfiles extends PerfProfiles<PerfLightsProfile, PerfLightsProfiles> {

	public static final String DEFAULT = "national";

	public static final List<String> BUILTIN = List.of("national", "ningxia", "by-category");

	public static final String EXTENSION = ".lights.properties";

	private static final String KIND = "预警灯配置";

	private static final List<String> KEYS = List.of("name", "title", "indicator.bands", "budget.bands", "proportional", "reason");

	private PerfLightsProfiles() {
		super(KIND, EXTENSION, PerfLightsProfiles::read, PerfLightsProfile::name);
	}

	public static PerfLightsProfiles builtin() {
		return new PerfLightsProfiles().withShipped(BUILTIN);
	}

	/** The shipped default profile (the platforms' common table, docs/lifecycle.md). */
	public static PerfLightsProfile standard() {
		return Standard.PROFILE;
	}

	/** Read once, on first use. */
	private static final class Standard {
		static final PerfLightsProfile PROFILE = builtin().get(DEFAULT);
	}

	/** Reads a profile's text; {@code source} names it in messages ({@code source:line:1: …}). */
	public static PerfLightsProfile read(String text, String source, String defaultName) {
		PerfProfileText values = PerfProfileText.parse(text, KEYS, (line, message) -> error(source, line, message));
		String name = values.get("name", defaultName);
		for (String required : List.of("indicator.bands", "budget.bands")) {
			if (!values.has(required)) {
				throw error(source, 1, "缺少 " + required + "。");
			}
		}
		List<BigDecimal> bands = numbers(values.get("indicator.bands"), 3, source, values.line("indicator.bands"));
		List<BigDecimal> budget = numbers(values.get("budget.bands"), 2, source, values.line("budget.bands"));
		List<String> proportional = new ArrayList<>();
		String categories = values.get("proportional", "*");
		if (!"*".equals(categories)) {
			for (String part : categories.split("[,，、]")) {
				if (!part.isBlank()) {
					proportional.add(part.strip());
				}
			}
		}
		Set<PerfLight> reasonFor = EnumSet.noneOf(PerfLight.class);
		for (String part : values.get("reason", "红, 黄").split("[,，、]")) {
			if (part.isBlank()) {
				continue;
			}
			PerfLight light = PerfLight.of(part.strip());
			if (light == null || light == PerfLight.NONE) {
				throw error(source, values.line("reason"), "reason 中的“" + part.strip() + "”不是灯的颜色（红、黄、绿、蓝）。");
			}
			reasonFor.add(light);
		}
		return new PerfLightsProfile(name, values.get("title", name), bands.get(0), bands.get(1), bands.get(2), budget.get(0),
				budget.get(1), List.copyOf(proportional), Set.copyOf(reasonFor), source);
	}

	/** Increasing thresholds in %. */
	private static List<BigDecimal> numbers(String text, int count, String source, int line) {
		List<BigDecimal> result = new ArrayList<>();
		for (String part : text.split("[,，、]")) {
			try {
				result.add(new BigDecimal(part.strip()));
			} catch (NumberFormatException e) {
				throw error(source, line, "“" + part.strip() + "”不是数字。");
			}
		}
		if (result.size() != count) {
			throw error(source, line, "应写 " + count + " 个界限（百分数，由小到大），却有 " + result.size() + " 个。");
		}
		for (int i = 1; i < result.size(); i++) {
			if (result.get(i).compareTo(result.get(i - 1)) <= 0) {
				throw error(source, line, "界限应由小到大：" + text + "。");
			}
		}
		return result;
	}

	private static PerfLightsProfileException error(String source, int line, String message) {
		return new PerfLightsProfileException(PerfProfileText.message(source, line, KIND, message));
	}
}
