// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.ide.quickfix.PerfFixData;
import org.jixiao.dsl.ide.quickfix.PerfQuickfixProvider;
import org.jixiao.dsl.tests.PerfIdeInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.dsl.tests.validation.PerfRuleCases.Case;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * Each quick fix applied to the text of its rule case, through the IDE-neutral API the language
 * server uses: the resulting text is what an analyst would expect and the issue is gone.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfIdeInjectorProvider.class)
class PerfQuickfixTest {

	/** Rule case → what the fix writes in place of the marked text. */
	private static final Map<String, String> REPLACEMENTS = Map.ofEntries(Map.entry("synonym", "效益.生态效益"),
			Map.entry("unknown category", "产出.数量"), Map.entry("wrong 一级", "效益.社会效益"), Map.entry("comparator ≧", "≥"),
			Map.entry("comparator ＞", ">"), Map.entry("full-width digits", "12"), Map.entry("full-width ％", "%"),
			Map.entry("no comparator", "≥ 200 次"), Map.entry("≥100%", "= 100%"), Map.entry("fraction", "≥ 90%"),
			Map.entry("rate in 人", "= 17%"), Map.entry("反向 with ≥", "≤"), Map.entry("正向 with ≤", "≥"),
			Map.entry("satisfaction floor", "≥ 80%"), Map.entry("cost 是", "≤ 15.3 万元"), Map.entry("share", "32.43"),
			Map.entry("income sum", "649.4"), Map.entry("expense sum", "648.4"), Map.entry("budget parts", "15.2"),
			Map.entry("三公经费", "8"), Map.entry("plan not ending at 100", "100"), Map.entry("section weight", "30"),
			Map.entry("execution rate", "98.0"), Map.entry("execution score", "20"), Map.entry("total", "100"),
			Map.entry("score above weight", "23"), Map.entry("library unit", "≥ 85%"),
			Map.entry("library direction", "≤ 24 小时"), Map.entry("target differs from the declared one", "= 49 人"),
			Map.entry("target differs from the adjusted one", "= 49 人 adjusted = 52 人"),
			Map.entry("budget differs from the declared one", "15.3"),
			Map.entry("monitoring target differs from the declared one", "= 49 人"),
			Map.entry("monitoring initial budget differs from the declared one", "15.3"),
			Map.entry("monitoring adjusted budget differs from the approved one", "18"));

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfQuickfixes fixes;

	static Stream<Arguments> fixes() {
		return PerfRuleCases.all().stream().filter(c -> REPLACEMENTS.containsKey(c.name()))
				.map(c -> Arguments.of(c, REPLACEMENTS.get(c.name())));
	}

	@Test
	void theProviderIsBoundInTheIdeModule() {
		assertThat(fixes.provider()).isInstanceOf(PerfQuickfixProvider.class);
	}

	@Test
	void everyCaseWithAFixIsCovered() {
		assertThat(PerfRuleCases.all().stream().map(Case::name)).containsAll(REPLACEMENTS.keySet());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixes")
	void fixReplacesTheMarkedTextAndTheIssueIsGone(Case rule, String replacement) {
		String text = PerfRuleCases.unmarked(rule.fires());
		int[] range = PerfRuleCases.markedRange(rule.fires());
		String expected = text.substring(0, range[0]) + replacement + text.substring(range[0] + range[1]);

		String fixed = fixes.applyFirstFix(text, rule.code(), range[0]);

		assertThat(fixed).isEqualTo(expected);
		assertThat(codesAt(fixed, rule.code(), range[0])).as(PerfTestSupport.describe(resources.issues(fixed))).isEmpty();
	}

	@Test
	void missingSatisfactionGetsASkeletonIndicator() {
		String text = "goal \"目标\" <\n    indicator 产出.数量 \"活动次数\" ≥ 12 次\n    indicator 效益.社会效益 \"居民生活\" \"明显改善\"\n>\n";

		String fixed = fixes.applyFirstFix(text, PerfIssueCodes.GOAL_MISSING_SATISFACTION, 0);

		assertThat(fixed).isEqualTo("goal \"目标\" <\n    indicator 产出.数量 \"活动次数\" ≥ 12 次\n    indicator 效益.社会效益 \"居民生活\" \"明显改善\"\n"
				+ "    indicator 满意度.服务对象满意度 \"服务对象满意度\" ≥ 90%\n>\n");
		assertThat(resources.issues(fixed)).isEmpty();
	}

	@Test
	void anOverAchievementGetsADeviationToFillIn() {
		String text = PerfRuleCases.SELFEVAL.replace("actual 12 次 score 23", "actual 16 次 score 23");

		String fixed = fixes.applyFirstFix(text, PerfIssueCodes.OVER_ACHIEVEMENT, text.indexOf("16 次"));

		assertThat(fixed).isEqualTo(text.replace("actual 16 次 score 23", "actual 16 次 score 23 deviation \"超额完成原因（待填写）\""));
		assertThat(resources.issues(fixed)).extracting(Issue::getCode).doesNotContain(PerfIssueCodes.OVER_ACHIEVEMENT);
	}

	@Test
	void anActualContradictingTheForecastGetsADeviationToFillIn() {
		String text = (PerfRuleCases.STAGES + PerfRuleCases.MONITOR).replace("weight 30 actual 49 人", "weight 30 actual 38 人");

		String fixed = fixes.applyFirstFix(text, PerfIssueCodes.FORECAST_CONTRADICTED, text.indexOf("38 人"));

		assertThat(fixed).isEqualTo(text.replace("actual 38 人", "actual 38 人 deviation \"与监控预计不符的原因（待填写）\""));
		assertThat(resources.issues(fixed)).extracting(Issue::getCode).doesNotContain(PerfIssueCodes.FORECAST_CONTRADICTED);
	}

	@Test
	void anAdjustedTargetThatIsTheTargetIsRemoved() {
		String text = PerfRuleCases.goal("indicator 产出.数量 \"培训人次\" ≥ 300 人 adjusted >= 300 人 weight 10");

		String fixed = fixes.applyFirstFix(text, PerfIssueCodes.ADJUSTED_UNCHANGED, text.indexOf(">= 300"));

		assertThat(fixed).isEqualTo(text.replace(" adjusted >= 300 人", ""));
		assertThat(resources.issues(fixed)).extracting(Issue::getCode).doesNotContain(PerfIssueCodes.ADJUSTED_UNCHANGED);
	}

	@Test
	void missingDeviationAnalysisGetsOneItemPerShortfall() {
		// 居民满意度: target ≥ 90%, actual 85% → one item; inserted as the last field, indented like the others
		String text = PerfRuleCases.BELOW_TARGET;

		String fixed = fixes.applyFirstFix(text, PerfIssueCodes.DEVIATION_REQUIRED, text.indexOf("selfeval"));

		assertThat(fixed).isEqualTo(text.replace("    >\n>\n",
				"    >\n    deviation \"1、“居民满意度”目标 ≥ 90%，实际 85%：原因（待填写）。\"\n>\n"));
		assertThat(resources.issues(fixed)).extracting(Issue::getCode).doesNotContain(PerfIssueCodes.DEVIATION_REQUIRED);
	}

	@Test
	void deviationAnalysisGoesBeforeTheImprovementsAndListsALowExecutionRate() {
		// 执行数 13 of 15.3: 13 ÷ 15.3 = 84.97 % < 90 %; score 20 × 0.8497 = 16.99
		String text = PerfRuleCases.BELOW_TARGET.replace("executed 15.3 rate 100.0% score 20", "executed 13 rate 84.97% score 16.99")
				.replace("total 99.44", "total 96.43").replace("    >\n>\n", "    >\n    improvement \"加强宣传\"\n>\n");
		assertThat(resources.issues(text)).extracting(Issue::getCode).doesNotContain(PerfIssueCodes.TOTAL_SCORE,
				PerfIssueCodes.EXECUTION_SCORE, PerfIssueCodes.EXECUTION_RATE);

		String fixed = fixes.applyFirstFix(text, PerfIssueCodes.DEVIATION_REQUIRED, text.indexOf("selfeval"));

		assertThat(fixed).isEqualTo(text.replace("    improvement", "    deviation \"1、预算执行率 84.97%，低于 90%：原因（待填写）。"
				+ "2、“居民满意度”目标 ≥ 90%，实际 85%：原因（待填写）。\"\n    improvement"));
	}

	@Test
	void aBlankDeviationAnalysisIsFilledIn() {
		String text = PerfRuleCases.BELOW_TARGET.replace("    >\n>\n", "    >\n    deviation \"\"\n>\n");

		String fixed = fixes.applyFirstFix(text, PerfIssueCodes.DEVIATION_REQUIRED, text.indexOf("\"\"\n>"));

		assertThat(fixed).isEqualTo(text.replace("deviation \"\"", "deviation \"1、“居民满意度”目标 ≥ 90%，实际 85%：原因（待填写）。\""));
	}

	@Test
	void unknownCategoryOffersTheNearestCategories() {
		String text = PerfRuleCases.goal("indicator 产出.数亮 \"巡检\" ≥ 12 次");

		List<String> labels = fixes.resolutions(text, PerfIssueCodes.UNKNOWN_CATEGORY, text.indexOf("产出.数亮")).stream()
				.map(DiagnosticResolution::getLabel).toList();

		assertThat(labels).first().isEqualTo("改为类别“产出.数量”");
	}

	@Test
	void fixWorksWithTheDataAsALanguageClientSendsItBack() {
		// Over the protocol the issue data returns from the client as a JSON array, not a String[].
		String text = PerfRuleCases.goal("indicator 产出.时效 \"故障修复响应时间\" ≥ 24 小时");
		int offset = text.indexOf("≥ 24");

		List<DiagnosticResolution> resolutions = fixes.resolutions(text, PerfIssueCodes.DIRECTION_COMPARATOR, offset, true);

		assertThat(resolutions).extracting(DiagnosticResolution::getLabel).containsExactly("比较符改为“≤”");
		assertThat(PerfFixData.strings(JsonParser.parseString("[\"效益.生态效益\", \"12\"]"))).containsExactly("效益.生态效益", "12");
	}

	private List<Issue> codesAt(String text, String code, int offset) {
		return resources.issues(text).stream().filter(i -> code.equals(i.getCode()) && i.getOffset() == offset).toList();
	}
}
