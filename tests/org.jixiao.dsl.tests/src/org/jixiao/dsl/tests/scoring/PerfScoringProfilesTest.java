// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.dsl.scoring.PerfScoringProfile;
import org.jixiao.dsl.scoring.PerfScoringProfileException;
import org.jixiao.dsl.scoring.PerfScoringProfiles;
import org.jixiao.dsl.scoring.PerfScoringSection;
import org.jixiao.dsl.scoring.PerfWeights;
import org.junit.jupiter.api.Test;

/** Scoring profiles as data, and how points are spread over rows. */
class PerfScoringProfilesTest {

	private static List<String> plain(List<BigDecimal> values) {
		return values.stream().map(BigDecimal::toPlainString).toList();
	}

	private static List<String> sections(List<PerfScoringSection> sections) {
		return sections.stream().map(PerfScoringSection::toString).toList();
	}

	@Test
	void wuhan2020AsSeed003WeighsIt() {
		PerfScoringProfile wuhan = PerfScoringProfiles.builtin().get("wuhan2020");
		assertThat(wuhan.budgetWeight()).isEqualByComparingTo("20");
		assertThat(wuhan.objectiveWeight()).isEqualByComparingTo("20");
		assertThat(sections(wuhan.sections())).containsExactly("产出:30", "效益+满意度:30");
		// department: 20 + 80, 产出:效益 = 30:30 → 40 and 40 (seed 003's department table: 产出 17+3+6+3+6+2+3 = 40, 效益 40)
		assertThat(wuhan.departmentBudgetWeight()).isEqualByComparingTo("20");
		assertThat(sections(wuhan.departmentSections())).containsExactly("产出:40", "效益+满意度:40");
	}

	@Test
	void centralRulesMoveSatisfactionToBenefit() {
		PerfScoringProfile central = PerfScoringProfiles.builtin().get("central");
		PerfScoringSection satisfaction = central.sections().get(2);
		assertThat(central.fallbackFor(satisfaction, central.sections())).isSameAs(central.sections().get(1));
		assertThat(central.fallbackFor(central.sections().get(0), central.sections())).isNull();
		assertThat(PerfScoringProfiles.builtin().get("wuhan2020").fallbacks()).isEmpty();
	}

	@Test
	void aFallbackMustNameTwoDifferentParts() {
		String base = "name = x\nbudget = 10\nsections = 产出:50, 效益:30, 满意度:10\n";
		assertThatThrownBy(() -> PerfScoringProfiles.read(base + "fallback = 满意度:成本\n", "x.scoring.properties", null))
				.isInstanceOf(PerfScoringProfileException.class)
				.hasMessage("x.scoring.properties:4:1: 评分配置有误：fallback 中的“成本”不是 sections 中的任何部分。");
		assertThatThrownBy(() -> PerfScoringProfiles.read(base + "fallback = 满意度\n", "x.scoring.properties", null))
				.hasMessageContaining("应写作 部分:接收分值的部分，如 满意度:效益");
		assertThatThrownBy(() -> PerfScoringProfiles.read(base + "fallback = 效益:效益\n", "x.scoring.properties", null))
				.hasMessageContaining("把分值转给了同一部分");
		assertThat(PerfScoringProfiles.read(base + "fallback = 满意度:效益\n", "x.scoring.properties", null).fallbacks())
				.containsEntry("满意度", "效益");
	}

	@Test
	void centralRules() {
		PerfScoringProfile central = PerfScoringProfiles.builtin().get("central");
		assertThat(central.budgetWeight()).isEqualByComparingTo("10");
		assertThat(central.objectiveWeight()).isEqualByComparingTo("0");
		assertThat(sections(central.sections())).containsExactly("产出+成本:50", "效益:30", "满意度:10");
		assertThat(sections(central.departmentSections())).containsExactly("产出+成本:50", "效益:30", "满意度:10");
		assertThat(PerfScoringProfiles.builtin().names()).containsExactly("wuhan2020", "central");
	}

	@Test
	void aRegionsOwnProfileWithDepartmentPointsScaled() {
		PerfScoringProfile profile = PerfScoringProfiles.read("# 某区\nname = 某区2026\nbudget = 15\nobjective = 15\nsections = 产出：40，效益:30\n",
				"某区.scoring.properties", "x");
		assertThat(profile.name()).isEqualTo("某区2026");
		assertThat(profile.title()).isEqualTo("某区2026");
		// department: 85 points at 40:30 → 48.57 and 36.43 → 48 and 36, the point left over to the larger remainder → 49, 36
		assertThat(sections(profile.departmentSections())).containsExactly("产出:49", "效益:36");
	}

	@Test
	void explicitDepartmentParts() {
		PerfScoringProfile profile = PerfScoringProfiles.read(
				"budget = 20\nobjective = 20\nsections = 产出:30, 效益:30\ndepartment.budget = 10\ndepartment.sections = 产出:60, 效益:30\n", "p",
				"某区");
		assertThat(profile.name()).isEqualTo("某区");
		assertThat(profile.departmentBudgetWeight()).isEqualByComparingTo("10");
		assertThat(sections(profile.departmentSections())).containsExactly("产出:60", "效益:30");
	}

	@Test
	void badProfilesAreRefusedWithFileAndLine() {
		assertThatThrownBy(() -> PerfScoringProfiles.read("budget = 20\nsections = 产出:30, 效益:30\n", "a.scoring.properties", "a"))
				.isInstanceOf(PerfScoringProfileException.class)
				.hasMessage("a.scoring.properties:2:1: 评分配置有误：项目自评表各部分分值之和为 80（预算执行 20 + 总目标 0 + 指标 60），应为 100。");
		assertThatThrownBy(() -> PerfScoringProfiles.read("budget = 20\nweights = 1\n", "b", "b")).hasMessageStartingWith("b:2:1: 评分配置有误：未知的键“weights”");
		assertThatThrownBy(() -> PerfScoringProfiles.read("budget = 二十\nsections = 产出:100\n", "c", "c"))
				.hasMessage("c:1:1: 评分配置有误：budget 的值“二十”不是数字。");
		assertThatThrownBy(() -> PerfScoringProfiles.read("budget = 20\nsections = 产出 30\n", "d", "d"))
				.hasMessageStartingWith("d:2:1: 评分配置有误：部分“产出 30”应写作 一级指标:分值");
		assertThatThrownBy(() -> PerfScoringProfiles.read("budget = 20\n", "e", "e")).hasMessageStartingWith("e:1:1: 评分配置有误：缺少 sections");
		assertThatThrownBy(() -> PerfScoringProfiles.read("budget 20\n", "f", "f")).hasMessage("f:1:1: 评分配置有误：应为“键 = 值”，却是“budget 20”。");
	}

	@Test
	void pointsSpreadInRoundStepsThatAddUpExactly() {
		// 30 over 4: 7.5 each → step 1: 7 each, 2 left → 8, 8, 7, 7 (seed 003 文化: 数量 8, 质量 8, 时效 7, 成本 7)
		assertThat(plain(PerfWeights.evenly(new BigDecimal("30"), 4))).containsExactly("8", "8", "7", "7");
		// 10 over 3: 3.33 → 4, 3, 3
		assertThat(plain(PerfWeights.evenly(new BigDecimal("10"), 3))).containsExactly("4", "3", "3");
		// 17 over 34: 0.5 each (seed 003 年度目标1 产出)
		assertThat(PerfWeights.evenly(new BigDecimal("17"), 34)).allMatch(w -> w.compareTo(new BigDecimal("0.5")) == 0);
		// 1 over 3: 0.33 → step 0.1: 0.3 each, 0.1 left → 0.4, 0.3, 0.3
		assertThat(plain(PerfWeights.evenly(BigDecimal.ONE, 3))).containsExactly("0.4", "0.3", "0.3");
		// 0.05 over 10: below the smallest step → 0.01 to the first five, 0 to the others
		assertThat(plain(PerfWeights.evenly(new BigDecimal("0.05"), 10))).containsExactly("0.01", "0.01", "0.01", "0.01", "0.01", "0", "0",
				"0", "0", "0");
		// 40 over 69: 0.58 → step 0.5: 34.5, 5.5 left → the first 11 rows get 1
		List<BigDecimal> forty = PerfWeights.evenly(new BigDecimal("40"), 69);
		assertThat(forty.subList(0, 11)).allMatch(w -> w.compareTo(BigDecimal.ONE) == 0);
		assertThat(forty.subList(11, 69)).allMatch(w -> w.compareTo(new BigDecimal("0.5")) == 0);
		assertThat(PerfWeights.evenly(new BigDecimal("30"), 0)).isEmpty();
	}
}
