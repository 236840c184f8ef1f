// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.model.Goal;
import org.jixiao.model.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Hover texts: the normalised value, the matching library entry, a category's guidance. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfDocumentationTest {

	@Inject
	private PerfTestResources resources;

	@Inject
	private IEObjectDocumentationProvider documentation;

	private Goal goal(String indicators) {
		XtextResource resource = resources.parse("goal \"目标\" <\n" + indicators + "\n>\n");
		assertThat(resources.errors(resource)).isEmpty();
		return (Goal) PerfTestSupport.document(resource).getElements().get(0);
	}

	private String hover(Object object) {
		return documentation
				.getDocumentation((org.eclipse.emf.ecore.EObject) object);
	}

	@Test
	void indicatorShowsItsNormalisedValueAndLibraryEntry() {
		Indicator indicator = goal("indicator 产出.时效 \"当年信访受理回复及时率\" ≧ ８５％").getIndicators().get(0);
		assertThat(hover(indicator)).isEqualTo("""
				指标值：≥ 85 %，正向
				指标库：信访受理回复及时率（百分比，≥，正向）
				已填报 2 次，常见指标值：≥ 85%。""");
	}

	@Test
	void indicatorWithoutLibraryEntrySaysSo() {
		Indicator indicator = goal("indicator 产出.成本 \"某项特殊经费\" ≤ 12.5 万元").getIndicators().get(0);
		assertThat(hover(indicator)).isEqualTo("指标值：≤ 12.5 万元（金额），反向\n指标库中没有同名指标。");
	}

	@Test
	void categoryShowsBothLevelsWithGuidance() {
		Indicator indicator = goal("indicator 效益.环境效益 \"环境改善\" \"持续改善\"").getIndicators().get(0);
		assertThat(hover(indicator.getCategory())).startsWith("一级指标 效益指标：")
				.contains("\n二级指标 生态效益指标：对自然环境带来的影响和效果。");
	}

	@Test
	void selfEvaluationIndicatorShowsTheRulesScoreAndWhy() {
		XtextResource resource = resources.parse("uses framework 湖北2020\nselfeval project \"教育支出\" year 2020 <\n    goal <\n"
				+ "        indicator 效益.满意度 \"社会群众满意度\" ≥ 80% weight 6 actual 75% score 5\n"
				+ "        indicator 效益.社会效益 \"社会效益\" \"无\" weight 6 actual \"逐步提升\" score 5\n    >\n>\n");
		assertThat(resources.errors(resource)).isEmpty();
		org.jixiao.model.SelfEvaluation table = (org.jixiao.model.SelfEvaluation) PerfTestSupport.document(resource).getElements().get(0);

		// 75 ÷ 80 × 6 = 5.625 → 5.63
		assertThat(hover(table.getGoals().get(0).getIndicators().get(0))).startsWith("指标值：≥ 80 %，正向\n"
				+ "评分：分值 6，填报 5 分，按规则 5.63 分（与填报不同）。\n"
				+ "实际 75%，目标 ≥ 80%：未达成，正向指标按 实际 ÷ 目标 × 分值 = 75 ÷ 80 × 6 = 5.63 分。");
		assertThat(hover(table.getGoals().get(0).getIndicators().get(1))).contains("评分：分值 6，填报 5 分，规则无法计分。\n"
				+ "实际 \"逐步提升\"，目标 \"无\"：定性指标表述不同");
	}
}
