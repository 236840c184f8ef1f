// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.model.Comparator;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalKind;
import org.jixiao.model.Indicator;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The example on the design card must parse exactly as written and link without errors; its ASCII
 * >= is canonical (no spelling finding), and the review rules point at what a reviewer would (a goal
 * without 效益 and 满意度).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfDesignCardTest {

	private static final String CARD = "goal \"保障社区文体活动正常开展\" < indicator 产出.数量 \"社区开展文体和文化活动\" >= 12 次 >";

	@Inject
	private ParseHelper<PerfDocument> parseHelper;

	@Inject
	private ValidationTestHelper validationHelper;

	@Test
	void cardExampleIsAValidDocument() throws Exception {
		PerfDocument document = parseHelper.parse(CARD);

		validationHelper.assertNoErrors(document);
		assertThat(validationHelper.validate(document)).extracting(Issue::getCode)
				.containsExactlyInAnyOrder(PerfIssueCodes.GOAL_MISSING_BENEFIT, PerfIssueCodes.GOAL_MISSING_SATISFACTION);
		Goal goal = (Goal) document.getElements().get(0);
		assertThat(goal.getKind()).isEqualTo(GoalKind.GENERAL);
		assertThat(goal.getText()).isEqualTo("保障社区文体活动正常开展");
		Indicator indicator = goal.getIndicators().get(0);
		assertThat(indicator.getName()).isEqualTo("社区开展文体和文化活动");
		assertThat(indicator.getCategory().getName()).isEqualTo("数量");
		assertThat(((org.jixiao.model.Level1Category) indicator.getCategory().eContainer()).getName())
				.isEqualTo("产出");
		Quantity value = (Quantity) indicator.getValue();
		assertThat(value.getComparator()).isEqualTo(Comparator.GE);
		assertThat(value.getAmount()).isEqualByComparingTo(new BigDecimal(12));
		assertThat(value.getUnit()).isEqualTo("次");
	}
}
