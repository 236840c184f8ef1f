// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.dsl.tests.validation.PerfRuleCases.Case;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/** Every rule fires with its code and severity on exactly the text it names, and stays quiet on a correct form. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfRulesTest {

	@Inject
	private PerfTestResources resources;

	static Stream<Case> cases() {
		return PerfRuleCases.all().stream();
	}

	private List<Issue> issues(String text) {
		return resources.issues(text);
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
