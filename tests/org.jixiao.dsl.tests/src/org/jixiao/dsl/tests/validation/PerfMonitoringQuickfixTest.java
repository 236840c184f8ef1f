// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.tests.PerfIdeInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The fix of a light without cause inserts a placeholder cause and 原因说明 after the monitoring values: the
 * light's finding is gone, and the placeholder is itself reported until the analyst picks a cause.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfIdeInjectorProvider.class)
class PerfMonitoringQuickfixTest {

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfQuickfixes fixes;

	@Test
	void insertsACausePlaceholderAfterTheLastMonitoringValue() {
		String text = PerfMonitoringCases.FORM.replace("current 150 次", "current 90 次 forecast 280 次 likelihood 有可能");

		String fixed = fixes.applyFirstFix(text, PerfIssueCodes.LIGHT_WITHOUT_CAUSE, text.indexOf("90 次"));

		assertThat(fixed).isEqualTo(text.replace("likelihood 有可能", "likelihood 有可能 cause \"【请选择：经费保障/制度保障/人员保障/硬件保障/其他】\""
				+ " deviation \"【请填写：原因说明】\""));
		assertThat(resources.issues(fixed)).extracting(Issue::getCode).doesNotContain(PerfIssueCodes.LIGHT_WITHOUT_CAUSE)
				.contains(PerfIssueCodes.DEVIATION_CAUSE);
	}

	@Test
	void keepsAnExplanationAlreadyWritten() {
		String text = PerfMonitoringCases.FORM.replace("current 150 次", "current 60 次 deviation \"资金晚到。\"");

		String fixed = fixes.applyFirstFix(text, PerfIssueCodes.LIGHT_WITHOUT_CAUSE, text.indexOf("60 次"));

		assertThat(fixed).isEqualTo(text.replace("current 60 次", "current 60 次 cause \"【请选择：经费保障/制度保障/人员保障/硬件保障/其他】\""));
	}
}
