// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.dsl.tests.validation.PerfRuleCases.Case;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Every rule fires with its code, severity and whole message on exactly the text and the object it
 * names, and stays quiet on a correct form.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfRulesTest {

	@Inject
	private ParseHelper<PerfDocument> parseHelper;

	/** Messages compared whole (the default mode only looks for a part of them). */
	private final ValidationTestHelper validationHelper = new ValidationTestHelper(ValidationTestHelper.Mode.EXACT);

	/** The general rules, the monitoring form's and the review comments'. */
	static Stream<Case> cases() {
		return Stream.of(PerfRuleCases.all(), PerfMonitoringCases.all(), PerfOpinionCases.all()).flatMap(List::stream);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void fires(Case rule) throws Exception {
		PerfDocument document = parseHelper.parse(PerfRuleCases.unmarked(rule.fires()));
		int[] range = PerfRuleCases.markedRange(rule.fires());

		validationHelper.assertIssue(document, rule.type(), rule.code(), range[0], range[1], rule.severity(), rule.message());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void staysQuietOnACorrectForm(Case rule) throws Exception {
		List<Issue> issues = validationHelper.validate(parseHelper.parse(rule.clean()));

		assertThat(issues.stream().filter(i -> rule.code().equals(i.getCode())))
				.as(rule + " in\n" + rule.clean() + "\n" + PerfTestSupport.describe(issues)).isEmpty();
	}

	@Test
	void everyConfigurableCodeHasACase() {
		// the national data standard's rules are off by default: their cases run in PerfNationalProfileTest
		List<String> covered = java.util.stream.Stream.concat(PerfRuleCases.all().stream(), PerfNationalCases.all().stream())
				.map(Case::code).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
		PerfMonitoringCases.all().forEach(c -> covered.add(c.code()));
		PerfOpinionCases.all().forEach(c -> covered.add(c.code()));
		assertThat(covered).containsAll(PerfIssueCodes.DEFAULTS.keySet());
	}

	@Test
	void messagesNameTheValueAndWhatIsExpected() throws Exception {
		PerfDocument document = parseHelper.parse(PerfRuleCases.goal("indicator 产出.时效 \"故障修复响应时间\" ≥ 24 小时"));

		assertThat(validationHelper.validate(document)).extracting(Issue::getMessage)
				.contains("“故障修复响应时间”是反向指标（越小越好，如时限、成本、事故率），却写作“≥ 24 小时”：反向指标应写上限“≤”。");
	}
}
