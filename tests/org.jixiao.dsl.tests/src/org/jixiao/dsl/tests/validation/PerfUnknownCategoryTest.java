// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.tests.PerfIdeInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * A category the document's framework does not have: the message names what the framework has in
 * its place (the 二级 of the 一级, or the 一级), and Ctrl+1 offers each of them — whatever the
 * spelling, not only near ones. Every proposal is applied and the text checked.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfIdeInjectorProvider.class)
class PerfUnknownCategoryTest {

	private static final String ROW = "indicator %s \"巡检次数\" ≥ 12 次";

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfQuickfixes fixes;

	private static String text(String framework, String category) {
		String goal = PerfRuleCases.goal(String.format(ROW, category));
		return framework == null ? goal : "uses framework " + framework + "\n" + goal;
	}

	private Issue unknown(String text) {
		List<Issue> issues = resources.issues(text).stream().filter(i -> PerfIssueCodes.UNKNOWN_CATEGORY.equals(i.getCode()))
				.toList();
		assertThat(issues).as(PerfTestSupport.describe(resources.issues(text))).hasSize(1);
		return issues.get(0);
	}

	/** Applies each proposal of the unknown category in turn; returns the category each one wrote. */
	private List<String> applyEach(String text, String written) {
		int offset = text.indexOf(written);
		List<DiagnosticResolution> resolutions = fixes.resolutions(text, PerfIssueCodes.UNKNOWN_CATEGORY, offset);
		return resolutions.stream().map(resolution -> {
			String fixed = fixes.apply(text, resolution);
			String category = fixed.substring(offset, fixed.indexOf(' ', offset));
			assertThat(fixed).isEqualTo(text.substring(0, offset) + category + text.substring(offset + written.length()));
			assertThat(resolution.getLabel()).isEqualTo("改为类别“" + category + "”");
			return category;
		}).toList();
	}

	@Test
	void an二级ThatIsNotUnderIts一级NamesThe二级OfThat一级() {
		String text = text(null, "产出.效率");

		Issue issue = unknown(text);

		assertThat(issue.getMessage()).isEqualTo("“产出.效率”不是指标框架“经典”中的类别；产出 下可用：数量、质量、时效、成本。");
		assertThat(issue.getOffset()).isEqualTo(text.indexOf("产出.效率"));
		assertThat(issue.getLength()).isEqualTo("产出.效率".length());
	}

	@Test
	void ctrl1OffersEvery二级OfThe一级AndEachOneResolvesTheProblem() {
		String text = text(null, "产出.效率");

		List<String> written = applyEach(text, "产出.效率");

		assertThat(written).containsExactly("产出.数量", "产出.质量", "产出.时效", "产出.成本");
		for (String category : written) {
			assertThat(resources.issues(text.replace("产出.效率", category))).extracting(Issue::getCode)
					.doesNotContain(PerfIssueCodes.UNKNOWN_CATEGORY, PerfIssueCodes.WRONG_LEVEL1);
		}
	}

	@Test
	void theNearest二级IsOfferedFirst() {
		String text = text(null, "产出.时限");

		assertThat(applyEach(text, "产出.时限")).containsExactly("产出.时效", "产出.数量", "产出.质量", "产出.成本");
	}

	@Test
	void theListComesFromTheDocumentsFramework() {
		// 中央2021 has no 成本 under 产出: 成本 is a 一级 of its own there
		String text = text("中央2021", "产出.成本");

		assertThat(unknown(text).getMessage()).isEqualTo("“产出.成本”不是指标框架“中央2021”中的类别；产出 下可用：数量、质量、时效。");
		assertThat(applyEach(text, "产出.成本")).containsExactly("产出.数量", "产出.质量", "产出.时效");
	}

	@Test
	void anUnknown一级NamesThe一级AndOffersThePairWhereThe二级Is() {
		String text = text(null, "产品.数量");

		assertThat(unknown(text).getMessage())
				.isEqualTo("“产品.数量”不是指标框架“经典”中的类别；可用的一级指标：产出、效益、满意度。应写作“产出.数量”。");
		assertThat(applyEach(text, "产品.数量")).containsExactly("产出.数量");
		assertThat(resources.issues(text.replace("产品.数量", "产出.数量"))).extracting(Issue::getCode)
				.doesNotContain(PerfIssueCodes.UNKNOWN_CATEGORY, PerfIssueCodes.WRONG_LEVEL1);
	}

	@Test
	void anUnknown一级AndAnUnknown二级OfferEach一级ThenThe二级OfTheChosenOne() {
		String text = text(null, "产品.效率");

		assertThat(unknown(text).getMessage()).isEqualTo("“产品.效率”不是指标框架“经典”中的类别；可用的一级指标：产出、效益、满意度。");
		assertThat(applyEach(text, "产品.效率")).containsExactly("产出.效率", "效益.效率", "满意度.效率");

		// the first step chose the 一级; the next Ctrl+1 offers its 二级
		String next = text.replace("产品.效率", "产出.效率");
		assertThat(unknown(next).getMessage()).isEqualTo("“产出.效率”不是指标框架“经典”中的类别；产出 下可用：数量、质量、时效、成本。");
	}

	@Test
	void a二级UnderTheWrongKnown一级IsStillMovedToItsOwn() {
		String text = text(null, "产出.社会效益");

		List<Issue> issues = resources.issues(text).stream().filter(i -> PerfIssueCodes.WRONG_LEVEL1.equals(i.getCode())).toList();

		assertThat(issues).extracting(Issue::getMessage)
				.containsExactly("二级指标“社会效益”不属于一级指标“产出”，而属于“效益”：应写作“效益.社会效益”。");
	}
}
