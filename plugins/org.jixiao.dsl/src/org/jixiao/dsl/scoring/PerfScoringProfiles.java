// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.dsl.profiles.PerfProfileText;
import org.jixiao.dsl.profiles.PerfProfiles;

/**
 * The scoring profiles available: the shipped ones ({@code wuhan2020}, {@code central}) plus any
 * {@code *.scoring.properties} file a region supplies (no Java change). A later profile of the
 * same name replaces an earlier one.
 *
 * <p>Format (UTF-8, one {@code key = value} per line, {@code #} starts a comment):
 * {@code name}, {@code title}, {@code budget} (预算执行), {@code objective} (项目绩效总目标, optional),
 * {@code sections} ({@code 产出:30, 效益+满意度:30}), and optionally {@code department.budget} and
 * {@code department.sections} for the department-wide table (default: the same 预算执行 and the
 * project's parts scaled to the remaining points). Project and department each total 100.
 */
public final class PerfScoringProfiles extends PerfProfiles<PerfScoringProfile, PerfScoringProfiles> {

	public static final String DEFAULT = "wuhan2020";

	/** Shipped profiles, next to this class. */
	public static final List<String> BUILTIN = List.of("wuhan2020", "central");

	public static final String EXTENSION = ".scoring.properties";

	private static final String KIND = "评分配置";

	private static final List<String> KEYS = List.of("name", "title", "budget", "objective", "sections", "department.budget",
			"department.sections", "fallback");

	private PerfScoringProfiles() {
		super(KIND, EXTENSION, PerfScoringProfiles::read, PerfScoringProfile::name);
	}

	public static PerfScoringProfiles builtin() {
		return new PerfScoringProfiles().withShipped(BUILTIN);
	}

	/**
	 * Reads a profile's text. {@code source} names it in messages ({@code source:line:1: …});
	 * {@code defaultName} is used when the text has no {@code name}.
	 */
	public static PerfScoringProfile read(String text, String source, String defaultName) {
		PerfProfileText values = PerfProfileText.parse(text, KEYS, (line, message) -> error(source, line, message));
		String name = values.get("name", defaultName);
		if (name == null || name.isBlank()) {
			throw error(source, 1, "缺少 name。");
		}
		for (String required : List.of("budget", "sections")) {
			if (!values.has(required)) {
				throw error(source, 1, "缺少 " + required + "（" + ("budget".equals(required) ? "预算执行的分值" : "各部分指标的分值，如 产出:30, 效益:30") + "）。");
			}
		}
		BigDecimal budget = number(values, "budget", source);
		BigDecimal objective = values.has("objective") ? number(values, "objective", source) : BigDecimal.ZERO;
		List<PerfScoringSection> sections = sections(values.get("sections"), source, values.line("sections"));
		BigDecimal projectTotal = budget.add(objective).add(PerfScoringProfile.sum(sections));
		if (projectTotal.compareTo(PerfScoringProfile.FULL_MARKS) != 0) {
			throw error(source, values.line("sections"), "项目自评表各部分分值之和为 " + PerfWeights.plain(projectTotal)
					+ "（预算执行 " + PerfWeights.plain(budget) + " + 总目标 " + PerfWeights.plain(objective) + " + 指标 "
					+ PerfWeights.plain(PerfScoringProfile.sum(sections)) + "），应为 100。");
		}
		BigDecimal departmentBudget = values.has("department.budget") ? number(values, "department.budget", source)
				: budget;
		List<PerfScoringSection> departmentSections;
		if (values.has("department.sections")) {
			departmentSections = sections(values.get("department.sections"), source, values.line("department.sections"));
			BigDecimal departmentTotal = departmentBudget.add(PerfScoringProfile.sum(departmentSections));
			if (departmentTotal.compareTo(PerfScoringProfile.FULL_MARKS) != 0) {
				throw error(source, values.line("department.sections"), "部门整体自评表各部分分值之和为 " + PerfWeights.plain(departmentTotal)
						+ "，应为 100。");
			}
		} else {
			departmentSections = scaled(sections, PerfScoringProfile.FULL_MARKS.subtract(departmentBudget));
		}
		String title = values.get("title", name);
		Map<String, String> fallbacks = values.has("fallback")
				? fallbacks(values.get("fallback"), sections, source, values.line("fallback"))
				: Map.of();
		return new PerfScoringProfile(name, title, budget, objective, sections, departmentBudget, departmentSections, source,
				fallbacks);
	}

	/**
	 * {@code 满意度:效益}: a part without indicators gives its points to another part. Each side names a
	 * part by any of its 一级 names; the map is by the parts' labels.
	 */
	private static Map<String, String> fallbacks(String text, List<PerfScoringSection> sections, String source, int line) {
		Map<String, String> result = new LinkedHashMap<>();
		for (String part : text.split("[,，、]")) {
			String item = part.strip();
			if (item.isEmpty()) {
				continue;
			}
			String[] fromAndTo = item.split("[:：]");
			if (fromAndTo.length != 2) {
				throw error(source, line, "“" + item + "”应写作 部分:接收分值的部分，如 满意度:效益。");
			}
			PerfScoringSection from = section(fromAndTo[0].strip(), sections, source, line);
			PerfScoringSection to = section(fromAndTo[1].strip(), sections, source, line);
			if (from == to) {
				throw error(source, line, "“" + item + "”把分值转给了同一部分。");
			}
			result.put(from.label(), to.label());
		}
		return result;
	}

	private static PerfScoringSection section(String name, List<PerfScoringSection> sections, String source, int line) {
		return sections.stream().filter(s -> s.level1Names().contains(name)).findFirst()
				.orElseThrow(() -> error(source, line, "fallback 中的“" + name + "”不是 sections 中的任何部分。"));
	}

	/** The project's parts in the same proportions over the department's indicator points (30:30 of 80 → 40, 40). */
	private static List<PerfScoringSection> scaled(List<PerfScoringSection> sections, BigDecimal total) {
		List<BigDecimal> weights = PerfWeights.byShares(total, sections.stream().map(PerfScoringSection::weight).toList());
		List<PerfScoringSection> result = new ArrayList<>();
		for (int i = 0; i < sections.size(); i++) {
			PerfScoringSection s = sections.get(i);
			result.add(new PerfScoringSection(s.label(), weights.get(i), s.level1Names()));
		}
		return result;
	}

	private static BigDecimal number(PerfProfileText values, String key, String source) {
		String value = values.get(key);
		try {
			BigDecimal number = new BigDecimal(value);
			if (number.signum() < 0) {
				throw error(source, values.line(key), key + " 不能为负数：“" + value + "”。");
			}
			return number;
		} catch (NumberFormatException e) {
			throw error(source, values.line(key), key + " 的值“" + value + "”不是数字。");
		}
	}

	/** {@code 产出:30, 效益+满意度:30} (full-width ：，、 also accepted). */
	private static List<PerfScoringSection> sections(String text, String source, int line) {
		List<PerfScoringSection> result = new ArrayList<>();
		for (String part : text.split("[,，、]")) {
			String item = part.strip();
			if (item.isEmpty()) {
				continue;
			}
			String[] nameAndWeight = item.split("[:：]");
			if (nameAndWeight.length != 2 || nameAndWeight[0].isBlank()) {
				throw error(source, line, "部分“" + item + "”应写作 一级指标:分值，如 产出:30 或 效益+满意度:30。");
			}
			List<String> names = new ArrayList<>();
			for (String name : nameAndWeight[0].split("\\+")) {
				if (name.isBlank()) {
					throw error(source, line, "部分“" + item + "”中有空的一级指标名。");
				}
				names.add(name.strip());
			}
			BigDecimal weight;
			try {
				weight = new BigDecimal(nameAndWeight[1].strip());
			} catch (NumberFormatException e) {
				throw error(source, line, "部分“" + item + "”的分值“" + nameAndWeight[1].strip() + "”不是数字。");
			}
			result.add(new PerfScoringSection(names.get(0), weight, names));
		}
		if (result.isEmpty()) {
			throw error(source, line, "sections 为空：至少写一部分，如 产出:30。");
		}
		return result;
	}

	private static PerfScoringProfileException error(String source, int line, String message) {
		return new PerfScoringProfileException(PerfProfileText.message(source, line, KIND, message));
	}
}
