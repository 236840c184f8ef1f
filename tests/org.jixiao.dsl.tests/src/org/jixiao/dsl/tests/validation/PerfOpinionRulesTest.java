// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.model.OpinionStatus;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.ReviewOpinion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Review comments (审核意见) in a form: read with every field, in every form kind. Each of their rules fires
 * and stays quiet with the others, in {@link PerfRulesTest} (cases in {@link PerfOpinionCases}).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(org.jixiao.dsl.tests.PerfInjectorProvider.class)
class PerfOpinionRulesTest {

	@Inject
	private ParseHelper<PerfDocument> parseHelper;

	private final ValidationTestHelper validationHelper = new ValidationTestHelper(ValidationTestHelper.Mode.EXACT);

	@Test
	void theCommentIsReadWithEveryField() throws Exception {
		PerfDocument document = parseHelper.parse(PerfOpinionCases.FORM);
		ReviewOpinion opinion = ((ProjectTable) document.getElements().get(0)).getOpinions().get(0);

		assertThat(List.of(opinion.getOffice(), opinion.getReviewer(), opinion.getDate(), opinion.getGoal(), opinion.getIndicator(),
				opinion.getText(), opinion.getAnswer())).containsExactly("监督绩效股", "王五", "2022-03-05", "目标1", "支付经费人数",
						"人数应与在编人数一致", "已按在编人数核对");
		assertThat(opinion.getStatus()).isEqualTo(OpinionStatus.RECTIFIED);
		// rectified and answered, dated, tied to what the form has: no finding about the comment
		List<Issue> issues = validationHelper.validate(document);
		assertThat(issues).as(PerfTestSupport.describe(issues)).noneMatch(i -> i.getCode().startsWith("perf.opinion-"));
	}

	@Test
	void everyFormKindTakesComments() throws Exception {
		String opinion = "    opinion \"财政部门业务股室\" < text \"请补充\" status 不予采纳 >\n>\n";
		for (String form : List.of("department \"某局\" year 2025 <\n", "project \"P1\" \"经费\" year 2025 <\n",
				"selfeval department \"某局\" year 2025 <\n", "selfeval project \"经费\" year 2025 <\n",
				"monitor project \"经费\" year 2025 month 6 <\n", "monitor department \"某局\" year 2025 month 6 <\n    spending < spent 1 >\n")) {
			PerfDocument document = parseHelper.parse(form + opinion);
			assertThat(document.eResource().getErrors()).as(form).isEmpty();
			assertThat(document.eAllContents()).toIterable().filteredOn(ReviewOpinion.class::isInstance).as(form).hasSize(1);
		}
	}
}
