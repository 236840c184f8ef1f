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
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.dsl.tests.validation.PerfRuleCases.Case;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/** Every monitoring rule fires on its case, at the marked text with the whole message, and stays quiet on a correct form. */
@ExtendWith(InjectionExtension.class)
@InjectWith(org.jixiao.dsl.tests.PerfInjectorProvider.class)
class PerfMonitoringRulesTest {

	@Inject
	private ParseHelper<PerfDocument> parseHelper;

	@Inject
	private ValidationTestHelper validationHelper;

	static Stream<Case> cases() {
		return PerfMonitoringCases.all().stream();
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
}
