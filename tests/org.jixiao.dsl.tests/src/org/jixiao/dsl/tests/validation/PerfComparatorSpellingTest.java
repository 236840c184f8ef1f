// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.tests.PerfIdeInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.dsl.validation.PerfProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;

/**
 * ≥ ≤ and the ASCII >= <= are both canonical; the odd variants (≧ ≦ ＞ ＜ ＝) are flagged and fixed; a
 * profile may prefer one of the two spellings, and the finding and its fix then turn the other into it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfIdeInjectorProvider.class)
class PerfComparatorSpellingTest {

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfQuickfixes fixes;

	/** The profile of this test's injector: its validator and its quick fixes read the preference. */
	@Inject
	private PerfProfile profile;

	@AfterEach
	void backToTheDefaults() {
		profile.reset();
	}

	private void prefer(String spelling) {
		Properties settings = new Properties();
		settings.setProperty("comparator.spelling", spelling);
		profile.use(settings);
	}

	private List<Issue> spellingIssues(String text) {
		return resources.issues(text).stream().filter(i -> PerfIssueCodes.COMPARATOR_SPELLING.equals(i.getCode())).toList();
	}

	private static String row(String value) {
		return PerfRuleCases.goal("indicator 产出.数量 \"巡检\" " + value);
	}

	@Test
	void bothSpellingsAreCanonicalByDefault() {
		String text = PerfRuleCases.goal("indicator 产出.数量 \"巡检\" >= 12 次", "indicator 产出.数量 \"培训\" ≥ 3 次",
				"indicator 产出.时效 \"处理时长\" <= 3 天", "indicator 产出.时效 \"办结时长\" ≤ 5 天", "indicator 产出.数量 \"站点\" = 4 个",
				"indicator 产出.数量 \"车辆\" > 1 台", "indicator 产出.时效 \"响应时长\" < 2 小时");

		assertThat(spellingIssues(text)).as(PerfTestSupport.describe(resources.issues(text))).isEmpty();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "≧, ≥", "≦, ≤", "＞, >", "＜, <", "＝, =" })
	void oddVariantsAreFlaggedWithTheCanonicalSpelling(String odd, String canonical) {
		String text = row(odd + " 12 次");

		List<Issue> issues = spellingIssues(text);

		assertThat(issues).singleElement().satisfies(issue -> {
			assertThat(issue.getMessage()).isEqualTo("比较符“" + odd + "”不是规范写法：应写作“" + canonical + "”。");
			assertThat(issue.getOffset()).isEqualTo(text.indexOf(odd + " 12"));
			assertThat(issue.getLength()).isEqualTo(1);
		});
		assertThat(fixes.applyFirstFix(text, PerfIssueCodes.COMPARATOR_SPELLING, text.indexOf(odd + " 12")))
				.isEqualTo(row(canonical + " 12 次"));
	}

	@Test
	void aUnicodeProfileTurnsAsciiIntoUnicode() {
		prefer("unicode");
		String text = PerfRuleCases.goal("indicator 产出.数量 \"巡检\" >= 12 次", "indicator 产出.数量 \"培训\" ≥ 3 次",
				"indicator 产出.时效 \"办结时长\" ≤ 5 天");

		List<Issue> issues = spellingIssues(text);

		assertThat(issues).extracting(Issue::getMessage)
				.containsExactly("比较符“>=”不是校验配置选用的写法（comparator.spelling = unicode）：应写作“≥”。");
		assertThat(fixes.applyFirstFix(text, PerfIssueCodes.COMPARATOR_SPELLING, text.indexOf(">=")))
				.isEqualTo(text.replace(">= 12", "≥ 12"));
	}

	@Test
	void anAsciiProfileTurnsUnicodeAndOddVariantsIntoAscii() {
		prefer("ascii");
		String text = PerfRuleCases.goal("indicator 产出.数量 \"巡检\" >= 12 次", "indicator 产出.数量 \"培训\" ≧ 3 次",
				"indicator 产出.时效 \"办结时长\" ≤ 5 天");

		List<Issue> issues = spellingIssues(text);

		// the goal's own rows (≥ 12 次, ≥ 90%) are flagged too
		assertThat(issues).extracting(Issue::getMessage).containsExactlyInAnyOrder(
				"比较符“≥”不是校验配置选用的写法（comparator.spelling = ascii）：应写作“>=”。",
				"比较符“≥”不是校验配置选用的写法（comparator.spelling = ascii）：应写作“>=”。",
				"比较符“≧”不是规范写法：应写作“>=”。",
				"比较符“≤”不是校验配置选用的写法（comparator.spelling = ascii）：应写作“<=”。");
		assertThat(fixes.applyFirstFix(text, PerfIssueCodes.COMPARATOR_SPELLING, text.indexOf("≤ 5")))
				.isEqualTo(text.replace("≤ 5 天", "<= 5 天"));
		assertThat(fixes.applyFirstFix(text, PerfIssueCodes.COMPARATOR_SPELLING, text.indexOf("≧")))
				.isEqualTo(text.replace("≧ 3 次", ">= 3 次"));
	}

	@Test
	void fixesWriteTheAuthorsSpelling() {
		// the value is written with >=: the flipped comparator and the raised floor keep the ASCII spelling
		String late = PerfRuleCases.goal("indicator 产出.时效 \"故障修复响应时间\" >= 24 小时");
		assertThat(resources.issues(late)).extracting(Issue::getMessage)
				.contains("“故障修复响应时间”是反向指标（越小越好，如时限、成本、事故率），却写作“>= 24 小时”：反向指标应写上限“<=”。");
		assertThat(fixes.applyFirstFix(late, PerfIssueCodes.DIRECTION_COMPARATOR, late.indexOf(">= 24")))
				.isEqualTo(late.replace(">= 24", "<= 24"));

		String low = PerfRuleCases.goal("indicator 满意度.服务对象满意度 \"商户满意度\" >= 70%");
		assertThat(resources.issues(low)).extracting(Issue::getMessage)
				.contains("满意度目标“>= 70%”低于本地区的最低要求 80%：应写“>= 80%”或更高。");
		assertThat(fixes.applyFirstFix(low, PerfIssueCodes.SATISFACTION_FLOOR, low.indexOf(">= 70%")))
				.isEqualTo(low.replace(">= 70%", ">= 80%"));
	}

	@Test
	void withAPreferenceFixesWriteThePreferredSpelling() {
		prefer("unicode");
		String late = PerfRuleCases.goal("indicator 产出.时效 \"故障修复响应时间\" >= 24 小时");

		assertThat(fixes.applyFirstFix(late, PerfIssueCodes.DIRECTION_COMPARATOR, late.indexOf(">= 24")))
				.isEqualTo(late.replace(">= 24", "≤ 24"));
	}

	@Test
	void anUnknownPreferenceIsRefusedNamingTheKey() {
		assertThatThrownBy(() -> prefer("utf8")).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("comparator.spelling 的值“utf8”无效：应为 any、unicode 或 ascii。");
	}
}
