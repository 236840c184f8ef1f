// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How a region weighs a self-evaluation (评分配置): the points of 预算执行, of the project's
 * 总目标, and of the indicator parts, for project tables and for department-wide tables. Profiles
 * are data ({@code *.scoring.properties}, format in docs/selfeval.md); {@link PerfScoringProfiles}
 * reads them. Every profile gives 100 points in all.
 *
 * @param objectiveWeight points of 项目绩效总目标 (zero where the rules have none)
 * @param departmentSections the indicator parts of a department-wide table, which has no 总目标
 * @param source where the profile was read from, for messages
 * @param fallbacks where a part's points go when a table has no indicator of that part, by part label
 *                  (central rules: 满意度 → 效益)
 */
public record PerfScoringProfile(String name, String title, BigDecimal budgetWeight, BigDecimal objectiveWeight,
		List<PerfScoringSection> sections, BigDecimal departmentBudgetWeight, List<PerfScoringSection> departmentSections,
		String source, Map<String, String> fallbacks) {

	public static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

	public PerfScoringProfile {
		sections = List.copyOf(sections);
		departmentSections = List.copyOf(departmentSections);
		fallbacks = Map.copyOf(fallbacks);
	}

	/** The part that takes over {@code vacant}'s points when a table has no indicator of it, or null. */
	public PerfScoringSection fallbackFor(PerfScoringSection vacant, List<PerfScoringSection> among) {
		String target = fallbacks.get(vacant.label());
		return target == null ? null : among.stream().filter(s -> s.label().equals(target)).findFirst().orElse(null);
	}

	/** Points of all indicator parts of a project table. */
	public BigDecimal indicatorWeight() {
		return sum(sections);
	}

	static BigDecimal sum(List<PerfScoringSection> sections) {
		BigDecimal sum = BigDecimal.ZERO;
		for (PerfScoringSection section : sections) {
			sum = sum.add(section.weight());
		}
		return sum;
	}

	@Override
	public String toString() {
		return name;
	}
}
