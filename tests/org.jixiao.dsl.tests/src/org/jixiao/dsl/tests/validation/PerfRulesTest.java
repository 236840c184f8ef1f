// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.dsl.tests.validation.PerfRuleCases.Case;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule fires with its code and severity on exactly the text it names, and stays quiet on a correct form. */
class PerfRulesTest {

	static Stream<Case> cases() {
		return PerfRuleCases.all().stream();
	}

	static List<Issue> issues(String text) {
		XtextResource resource = PerfTestSupport.parse(text);
		return PerfTestSupport.issues(resource);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void fires(Case rule) {
		String text = PerfRuleCases.unmarked(rule.fires());
		int[] range = PerfRuleCases.markedRange(rule.fires());
		List<Issue> issues = issues(text);

		List<Issue> matching = issues.stream().filter(i -> rule.code().equals(i.getCode())).toList();
		assertThat(matching).as(rule + " in\n" + text + "\n" + PerfTestSupport.describe(issues)).isNotEmpty();
		assertThat(matching).as(rule + ": " + PerfTestSupport.describe(matching))
				.anySatisfy(issue -> {
					assertThat(issue.getSeverity()).isEqualTo(rule.severity());
					assertThat(issue.getOffset()).isEqualTo(range[0]);
					assertThat(issue.getLength()).isEqualTo(range[1]);
					assertThat(issue.getMessage()).isNotBlank();
				});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void staysQuietOnACorrectForm(Case rule) {
		List<Issue> issues = issues(rule.clean());

		assertThat(issues.stream().filter(i -> rule.code().equals(i.getCode())))
				.as(rule + " in\n" + rule.clean() + "\n" + PerfTestSupport.describe(issues)).isEmpty();
	}

	@Test
	void everyConfigurableCodeHasACase() {
		List<String> covered = PerfRuleCases.all().stream().map(Case::code).toList();
		assertThat(covered).containsAll(PerfIssueCodes.DEFAULTS.keySet());
	}

	@Test
	void messagesNameTheValueAndWhatIsExpected() {
		List<Issue> issues = issues(PerfRuleCases.goal("indicator 产出.时效 \"故障修复响应时间\" ≥ 24 小时"));

		assertThat(issues).extracting(Issue::getMessage)
				.contains("“故障修复响应时间”是反向指标（越小越好，如时限、成本、事故率），却写作“≥ 24 小时”：反向指标应写上限“≤”。");
	}
}
