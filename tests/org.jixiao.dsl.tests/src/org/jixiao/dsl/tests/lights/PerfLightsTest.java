// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.lights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.lights.PerfExplainedLight;
import org.jixiao.dsl.lights.PerfLight;
import org.jixiao.dsl.lights.PerfLights;
import org.jixiao.dsl.lights.PerfLightsProfile;
import org.jixiao.dsl.lights.PerfLightsProfileException;
import org.jixiao.dsl.lights.PerfLightsProfiles;
import org.jixiao.dsl.lights.PerfLightsReport;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.model.Indicator;
import org.jixiao.model.Monitoring;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;

/**
 * Every light rule of docs/lifecycle.md on a small monitoring form, with the expected light worked out
 * by hand: 序时目标 = 年度指标值 × 月份 / 12; 红 below 60 %, 黄 below 80 %, 绿 below 120 %, 蓝 from 120 %;
 * 反向 不超过目标 绿; 定性 by level; 预算 执行率 ÷ (月份 / 12): 红 below 60 %, 黄 below 80 %; worst of; 双监控.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfLightsTest {

	private static final PerfLights NATIONAL = new PerfLights(PerfLightsProfiles.standard());

	@Inject
	private PerfTestResources resources;

	/** A project monitoring form for 1–month月 with a spending block and one goal of the given rows, without errors. */
	Monitoring form(int month, String spending, String... rows) {
		StringBuilder text = new StringBuilder("monitor project \"测试项目\" year 2025 month " + month + " <\n");
		if (spending != null) {
			text.append("    spending < ").append(spending).append(" >\n");
		}
		text.append("    goal \"目标\" <\n");
		for (String row : rows) {
			text.append("        ").append(row).append('\n');
		}
		text.append("    >\n>\n");
		XtextResource resource = resources.parse(text.toString());
		assertThat(resources.errors(resource)).as(text.toString()).isEmpty();
		return (Monitoring) PerfTestSupport.document(resource).getElements().get(0);
	}

	Indicator indicator(int month, String row) {
		return form(month, null, row).getGoals().get(0).getIndicators().get(0);
	}

	PerfExplainedLight light(PerfLights lights, int month, String row) {
		return lights.indicator(indicator(month, row), month);
	}

	PerfExplainedLight light(int month, String row) {
		return light(NATIONAL, month, row);
	}

	@Nested
	class TimeProportional {

		@Test
		void explainsItselfAsTheAnalystChecksIt() {
			// 300 × 6/12 = 150; 120 / 150 = 80 % → 绿
			assertThat(light(6, "indicator 产出.数量 \"培训人次\" ≥ 300 次 current 120 次").reason())
					.isEqualTo("当前 120 次，序时目标 150 次（300 × 6/12），完成 80% → 绿");
		}

		@ParameterizedTest(name = "当前 {0} 次 of 序时目标 150 → {1}")
		@CsvSource({ "89.9, RED", "90, YELLOW", "119.9, YELLOW", "120, GREEN", "179.9, GREEN", "180, BLUE", "0, RED" })
		void bandsAreExactAtTheirLimits(String current, PerfLight expected) {
			// 60 % of 150 = 90, 80 % = 120, 120 % = 180: at the limit the better light, just below it the worse
			assertThat(light(6, "indicator 产出.数量 \"培训人次\" ≥ 300 次 current " + current + " 次").light()).isEqualTo(expected);
		}

		@Test
		void percentagesAndMoneyFollowTheSameRule() {
			// 95 % × 3/12 = 23.75 %; 20 / 23.75 = 84.21 % → 绿
			assertThat(light(3, "indicator 产出.质量 \"合格率\" ≥ 95% current 20%").reason())
					.isEqualTo("当前 20%，序时目标 23.75%（95 × 3/12），完成 84.21% → 绿");
			// 10 万元 × 12/12; 5 万元 = 50 % → 红; an amount in 元 is read in 万元
			assertThat(light(12, "indicator 效益.经济效益 \"带动收入\" ≥ 10 万元 current 50000 元").light()).isEqualTo(PerfLight.RED);
		}

		@Test
		void theAdjustedTargetIsTheTarget() {
			// adjusted 200 × 6/12 = 100; 90 / 100 = 90 % → 绿 (against 300 it would be 60 % → 黄)
			assertThat(light(6, "indicator 产出.数量 \"培训人次\" ≥ 300 次 adjusted ≥ 200 次 current 90 次").reason())
					.isEqualTo("当前 90 次，序时目标 100 次（200 × 6/12），完成 90% → 绿");
		}

		@Test
		void withoutCurrentValueOrComparableValueThereIsNoLight() {
			assertThat(light(6, "indicator 产出.数量 \"培训人次\" ≥ 300 次 current ---").light()).isEqualTo(PerfLight.NONE);
			assertThat(light(6, "indicator 产出.数量 \"培训人次\" ≥ 300 次").reason()).isEqualTo("未填 1–6月执行情况（current） → 无灯");
			assertThat(light(6, "indicator 产出.数量 \"培训人次\" ≥ 300 次 current 40%").reason())
					.isEqualTo("当前值 40% 与年度指标值 ≥ 300 次 不可比 → 无灯");
		}
	}

	@Nested
	class Negative {

		@ParameterizedTest(name = "当前 {0} 万元 of ≤ 7.5 → {1}")
		@CsvSource({ "7.2, GREEN", "7.5, GREEN", "7.51, RED" })
		void notAboveTheTargetIsGreen(String current, PerfLight expected) {
			assertThat(light(6, "indicator 产出.成本 \"单台补助\" ≤ 7.5 万元 current " + current + " 万元").light()).isEqualTo(expected);
		}

		@Test
		void strictlyBelowForLessThanAndTheReasonSaysSo() {
			assertThat(light(6, "indicator 产出.质量 \"事故率\" < 1% current 1%").reason())
					.isEqualTo("当前 1%，目标 < 1%（反向：低于目标为绿，否则为红） → 红");
			// 反向 written beside a target without comparator
			assertThat(light(6, "indicator 产出.时效 \"办结时间\" 5 天 direction 反向 current 4 天").light()).isEqualTo(PerfLight.GREEN);
		}
	}

	@Nested
	class Qualitative {

		@ParameterizedTest(name = "{0} → {1}")
		@CsvSource({ "达成, GREEN", "部分达成, YELLOW", "未达成, RED" })
		void theLevelDecides(String level, PerfLight expected) {
			assertThat(light(6, "indicator 效益.社会效益 \"出行条件\" \"明显改善\" level " + level + " current \"有所改善\"").light())
					.isEqualTo(expected);
		}

		@Test
		void explainsTheLevelAndAsksForOneWhenMissing() {
			assertThat(light(6, "indicator 效益.社会效益 \"出行条件\" \"明显改善\" level 部分达成").reason())
					.isEqualTo("定性：部分达成年度指标并具有一定效果 → 黄");
			assertThat(light(6, "indicator 效益.社会效益 \"出行条件\" \"明显改善\" current \"有所改善\"").light()).isEqualTo(PerfLight.NONE);
		}
	}

	@Nested
	class Budget {

		PerfExplainedLight budget(int month, String spending) {
			return NATIONAL.budget(form(month, spending, "indicator 产出.数量 \"培训人次\" ≥ 300 次").getSpending(), month);
		}

		@Test
		void explainsTheRateAgainstTheSchedule() {
			// 90 / 200 = 45 %; 序时进度 6/12 = 50 %; 45 / 50 = 90 % → 绿
			assertThat(budget(6, "initial 180 added 20 spent 90").reason())
					.isEqualTo("截至6月底支出 90 万元，调整预算数 200 万元，执行率 45%，序时进度 50%（6/12），达到序时进度的 90% → 绿");
		}

		@ParameterizedTest(name = "spent {0} of 序时 50 → {1}")
		@CsvSource({ "29.9, RED", "30, YELLOW", "39.9, YELLOW", "40, GREEN", "100, GREEN" })
		void bandsAreExactAtTheirLimits(String spent, PerfLight expected) {
			// 调整预算数 100, 6 months: 序时 50; 60 % of it = 30, 80 % = 40
			assertThat(budget(6, "adjusted 100 spent " + spent).light()).isEqualTo(expected);
		}

		@Test
		void aWrittenRateStandsInForTheSpending() {
			// 执行率 20 % in March: 20 / 25 = 80 % → 绿
			assertThat(budget(3, "spent --- rate 20%").reason()).isEqualTo("执行率 20%（填报），序时进度 25%（3/12），达到序时进度的 80% → 绿");
			assertThat(budget(3, "spent ---").light()).isEqualTo(PerfLight.NONE);
		}
	}

	@Nested
	class WorstOfAndCombined {

		@Test
		void theGoalAndTheProjectTakeTheWorstLight() {
			Monitoring form = form(6, "adjusted 100 spent 50",
					"indicator 产出.数量 \"培训人次\" ≥ 300 次 current 200 次", // 133 % → 蓝
					"indicator 产出.数量 \"活动次数\" ≥ 12 次 current 4 次", // 4 / 6 = 66.67 % → 黄
					"indicator 产出.成本 \"人均成本\" ≤ 100 元 current 90 元"); // 反向 → 绿
			PerfLightsReport report = NATIONAL.report(form);
			assertThat(report.goals().values()).extracting(PerfExplainedLight::reason)
					.containsExactly("取最差的指标灯：“活动次数” 黄（黄 1、绿 1、蓝 1） → 黄");
			assertThat(report.overall().light()).isEqualTo(PerfLight.YELLOW);
			// spending on schedule (50 / 50 = 100 %), goals not on track → 黄
			assertThat(report.combined().reason()).isEqualTo("支出达到序时进度（预算执行 绿），绩效目标未全部正常（目标 黄） → 黄");
		}

		@Test
		void redBeatsEverythingAndBlueIsBest() {
			assertThat(PerfLight.worst(List.of(PerfLight.BLUE, PerfLight.GREEN))).isEqualTo(PerfLight.GREEN);
			assertThat(PerfLight.worst(List.of(PerfLight.YELLOW, PerfLight.RED, PerfLight.NONE))).isEqualTo(PerfLight.RED);
			assertThat(PerfLight.worst(List.of(PerfLight.BLUE, PerfLight.NONE))).isEqualTo(PerfLight.BLUE);
			assertThat(PerfLight.worst(List.of(PerfLight.NONE))).isEqualTo(PerfLight.NONE);
		}

		@ParameterizedTest(name = "budget {0}, goals {1} → {2}")
		@CsvSource({ "GREEN, GREEN, GREEN", "GREEN, BLUE, GREEN", "GREEN, YELLOW, YELLOW", "GREEN, RED, YELLOW", "YELLOW, GREEN, RED",
				"RED, GREEN, RED", "NONE, GREEN, NONE" })
		void doubleMonitoringCombinesSpendingAndGoals(PerfLight budget, PerfLight goals, PerfLight expected) {
			assertThat(PerfLights.combined(new PerfExplainedLight(budget, ""), new PerfExplainedLight(goals, "")).light())
					.isEqualTo(expected);
		}

		@Test
		void spendingBehindMakesTheCombinedLightRed() {
			// 20 / 100 = 20 %; 20 / 50 = 40 % → 红; 双监控 红 whatever the goals
			Monitoring form = form(6, "adjusted 100 spent 20", "indicator 产出.数量 \"培训人次\" ≥ 300 次 current 150 次");
			assertThat(NATIONAL.report(form).combined().reason()).isEqualTo("支出未达到序时进度（预算执行 红） → 红");
		}
	}

	@Nested
	class RegionalProfiles {

		@Test
		void byCategoryJudgesQualityInRangeAndQuantityByTheSchedule() {
			PerfLights byCategory = new PerfLights(PerfLightsProfiles.builtin().get("by-category"));
			// 质量 80 % of ≥ 95 %: not reached → 红 (national: 80 / 47.5 = 168 % → 蓝)
			String quality = "indicator 产出.质量 \"拨付及时率\" ≥ 95% current 80%";
			assertThat(light(byCategory, 6, quality).reason())
					.isEqualTo("当前 80%，目标 ≥ 95%（质量指标按是否达到目标判断：未达到） → 红");
			assertThat(light(6, quality).light()).isEqualTo(PerfLight.BLUE);
			assertThat(light(byCategory, 6, "indicator 产出.质量 \"合格率\" = 100% current 100%").light()).isEqualTo(PerfLight.GREEN);
			// 数量 and 满意度 keep the time-proportional rule
			assertThat(light(byCategory, 6, "indicator 产出.数量 \"培训人次\" ≥ 300 次 current 120 次").light()).isEqualTo(PerfLight.GREEN);
			assertThat(light(byCategory, 6, "indicator 满意度.服务对象满意度 \"满意度\" ≥ 90% current 92%").light()).isEqualTo(PerfLight.BLUE);
		}

		@Test
		void ningxiaAsksACauseForRedOnly() {
			PerfLights ningxia = new PerfLights(PerfLightsProfiles.builtin().get("ningxia"));
			Indicator yellow = indicator(6, "indicator 产出.数量 \"培训人次\" ≥ 300 次 current 100 次");
			Indicator red = indicator(6, "indicator 产出.数量 \"培训人次\" ≥ 300 次 current 50 次");
			assertThat(ningxia.lacksCause(yellow, ningxia.indicator(yellow, 6))).isFalse();
			assertThat(NATIONAL.lacksCause(yellow, NATIONAL.indicator(yellow, 6))).isTrue();
			assertThat(ningxia.lacksCause(red, ningxia.indicator(red, 6))).isTrue();
		}

		@Test
		void aRegionWritesItsOwnProfile() {
			PerfLightsProfile strict = PerfLightsProfiles.read("name = strict\nindicator.bands = 70, 90, 150\nbudget.bands = 70, 90\nreason = 红",
					"strict.lights.properties", "strict");
			// 120 / 150 = 80 %: 黄 under 70/90/150
			assertThat(light(new PerfLights(strict), 6, "indicator 产出.数量 \"培训人次\" ≥ 300 次 current 120 次").light())
					.isEqualTo(PerfLight.YELLOW);
		}

		@Test
		void aBrokenProfileSaysWhereAndWhy() {
			assertThatThrownBy(() -> PerfLightsProfiles.read("indicator.bands = 80, 60, 120\nbudget.bands = 60, 80", "x.lights.properties", "x"))
					.isInstanceOf(PerfLightsProfileException.class)
					.hasMessage("x.lights.properties:1:1: 预警灯配置有误：界限应由小到大：80, 60, 120。");
			assertThatThrownBy(() -> PerfLightsProfiles.read("indicator.bands = 60, 80, 120\nbudget.bands = 60, 80\nreason = 紫", "x.lights.properties", "x"))
					.hasMessage("x.lights.properties:3:1: 预警灯配置有误：reason 中的“紫”不是灯的颜色（红、黄、绿、蓝）。");
		}
	}
}
