// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.tests.PerfIdeInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.dsl.validation.PerfProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;

/**
 * The quick fixes of the national profile's findings, through the IDE-neutral API the language
 * server uses: the text becomes what the analyst expects and the finding is gone. Findings whose
 * fix only the analyst can write (a too long name, a missing 指标内容) offer none.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfIdeInjectorProvider.class)
class PerfNationalQuickfixTest {

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfQuickfixes fixes;

	@Inject
	private PerfProfile profile;

	@BeforeEach
	void national() {
		profile.use(PerfProfile.builtin(PerfProfile.NATIONAL));
	}

	@AfterEach
	void backToTheDefaults() {
		profile.reset();
	}

	private boolean stillThere(String text, String code, int offset) {
		return resources.issues(text).stream().anyMatch(i -> code.equals(i.getCode()) && i.getOffset() == offset);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "计划数据, 计划标准", "工作计划, 计划标准", "历史数据, 历史标准", "行业, 行业标准", "其他, 财政部门认可的其他标准" })
	void aBasisAliasBecomesTheStandardWord(String alias, String standard) {
		String text = PerfRuleCases.goal("indicator 产出.数量 \"巡检\" ≥ 12 次 basis \"" + alias + "\"");
		int offset = text.indexOf("\"" + alias + "\"");

		String fixed = fixes.applyFirstFix(text, PerfIssueCodes.BASIS_KIND, offset);

		assertThat(fixed).isEqualTo(text.replace("basis \"" + alias + "\"", "basis \"" + standard + "\""));
		assertThat(stillThere(fixed, PerfIssueCodes.BASIS_KIND, offset)).isFalse();
	}

	@Test
	void aBasisOfAnotherKindHasNoFix() {
		String text = PerfRuleCases.goal("indicator 满意度.服务对象满意度 \"群众满意度\" ≥ 90% basis \"满意度调查\"");

		assertThat(fixes.resolutions(text, PerfIssueCodes.BASIS_KIND, text.indexOf("\"满意度调查\""))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '#', value = {
			"≥ 12 次#完成值达到指标值（≥ 12 次）得满分；未达到的，按 完成值 ÷ 指标值 × 分值 计分。",
			"<= 24 小时#完成值不超过指标值（<= 24 小时）得满分；超过的，按 指标值 ÷ 完成值 × 分值 计分。",
			"= 4 个#完成值等于指标值（= 4 个）得满分；有偏差的，按 (1 − |完成值 − 指标值| ÷ 指标值) × 分值 计分。",
			"1-2 次/30天#完成值在指标值区间（1-2 次/30天）内得满分；低于下限的按 完成值 ÷ 下限 × 分值 计分，高于上限的按 上限 ÷ 完成值 × 分值 计分。",
			"前25名#名次达到指标值（前25名）得满分；未达到的，按 指标名次 ÷ 实际名次 × 分值 计分。",
			"\"明显改善\"#达成年度指标（“明显改善”）得分值的 80%–100%；部分达成并具有一定效果得 60%–80%；未达成且效果较差得 0–60%。" })
	void aMissingCriterionIsWrittenFromTheValueAfterTheName(String value, String criterion) {
		String text = PerfRuleCases.goal("indicator 产出.数量 \"巡检\" " + value);
		int offset = text.indexOf("\"巡检\"");

		String fixed = fixes.applyFirstFix(text, PerfIssueCodes.MISSING_CRITERION, offset);

		assertThat(fixed).isEqualTo(text.replace("\"巡检\" " + value, "\"巡检\" criterion \"" + criterion + "\" " + value));
		assertThat(stillThere(fixed, PerfIssueCodes.MISSING_CRITERION, offset)).as(PerfTestSupport.describe(resources.issues(fixed))).isFalse();
		assertThat(resources.errors(resources.parse(fixed))).isEmpty();
	}

	@Test
	void theCriterionGoesAfterTheDescription() {
		String text = PerfRuleCases.goal("indicator 产出.数量 \"巡检\" description \"全年巡检次数\" ≥ 12 次 basis \"计划标准\"");
		int offset = text.indexOf("\"巡检\"");

		String fixed = fixes.applyFirstFix(text, PerfIssueCodes.MISSING_CRITERION, offset);

		assertThat(fixed).isEqualTo(text.replace("\"全年巡检次数\" ≥", "\"全年巡检次数\" criterion \"完成值达到指标值（≥ 12 次）得满分；未达到的，按 完成值 ÷ 指标值 × 分值 计分。\" ≥"));
		assertThat(stillThere(fixed, PerfIssueCodes.MISSING_CRITERION, offset)).isFalse();
	}

	@Test
	void aBlankCriterionIsFilledIn() {
		String text = PerfRuleCases.goal("indicator 产出.数量 \"巡检\" criterion \"\" ≥ 12 次");
		int offset = text.indexOf("\"巡检\"");

		String fixed = fixes.applyFirstFix(text, PerfIssueCodes.MISSING_CRITERION, offset);

		assertThat(fixed).isEqualTo(text.replace("criterion \"\"", "criterion \"完成值达到指标值（≥ 12 次）得满分；未达到的，按 完成值 ÷ 指标值 × 分值 计分。\""));
		assertThat(stillThere(fixed, PerfIssueCodes.MISSING_CRITERION, offset)).isFalse();
	}

	@Test
	void noCriterionIsMadeUpForAnEmptyValue() {
		String text = PerfRuleCases.goal("indicator 产出.数量 \"巡检\" ---");

		assertThat(fixes.resolutions(text, PerfIssueCodes.MISSING_CRITERION, text.indexOf("\"巡检\""))).isEmpty();
	}

	@Test
	void aCostWrittenAsYesBecomesTheBudgetCap() {
		String text = PerfNationalCases.project(PerfNationalCases.CODE, false, "indicator 产出.成本 \"车辆保险费\" 是");
		int offset = text.indexOf(" 是\n") + 1;

		String fixed = fixes.applyFirstFix(text, PerfIssueCodes.COST_QUANTIFIED, offset);

		assertThat(fixed).isEqualTo(text.replace("\"车辆保险费\" 是", "\"车辆保险费\" ≤ 15.3 万元"));
		assertThat(resources.issues(fixed)).extracting(Issue::getCode).doesNotContain(PerfIssueCodes.COST_QUANTIFIED);
	}

	@Test
	void aLongNameAndAMissingDescriptionHaveNoFix() {
		String text = PerfRuleCases.goal("indicator 产出.数量 \"" + PerfNationalCases.LONG_NAME + "\" ≥ 12 次");
		int offset = text.indexOf("\"" + PerfNationalCases.LONG_NAME);

		assertThat(fixes.resolutions(text, PerfIssueCodes.INDICATOR_NAME_LENGTH, offset)).isEmpty();
		assertThat(fixes.resolutions(text, PerfIssueCodes.MISSING_DESCRIPTION, offset)).isEmpty();
	}
}
