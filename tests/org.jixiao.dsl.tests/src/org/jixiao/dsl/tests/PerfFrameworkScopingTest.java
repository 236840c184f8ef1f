// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.model.Goal;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;

/** 一级.二级 references resolve against the document's framework, synonyms included. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfFrameworkScopingTest {

	@Inject
	private PerfTestResources resources;

	private Indicator firstIndicator(XtextResource resource) {
		List<Issue> errors = resources.errors(resource);
		assertThat(errors).as(PerfTestSupport.describe(errors)).isEmpty();
		Goal goal = PerfTestSupport.document(resource).getElements().stream().filter(Goal.class::isInstance)
				.map(Goal.class::cast).findFirst().orElseThrow();
		return goal.getIndicators().get(0);
	}

	private static String path(Level2Category category) {
		Level1Category level1 = (Level1Category) category.eContainer();
		return level1.getName() + "." + category.getName();
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource({ "经典, 产出.数量, 产出.数量", "经典, 产出.成本, 产出.成本", "经典, 效益.环境效益, 效益.生态效益",
			"经典, 效益.可持续发展影响, 效益.可持续影响", "经典, 效益.可持续性影响指标, 效益.可持续影响",
			"经典, 满意度.社会公众或服务对象满意度, 满意度.服务对象满意度", "经典, 产出指标.数量指标, 产出.数量",
			"中央2021, 成本.经济成本, 成本.经济成本", "中央2021, 成本指标.经济成本指标, 成本.经济成本",
			"中央2021, 产出.时效, 产出.时效", "湖北2020, 效益.满意度, 效益.服务对象满意度" })
	void categoriesAndSynonymsResolveToTheCanonicalCategory(String framework, String written, String canonical) {
		XtextResource resource = resources.parse("uses framework " + framework + "\n"
				+ "goal \"目标\" < indicator " + written + " \"指标\" ≥ 90 % >");
		assertThat(path(firstIndicator(resource).getCategory())).isEqualTo(canonical);
	}

	@Test
	void defaultFrameworkIsClassic() {
		XtextResource resource = resources.parse("goal \"目标\" < indicator 产出.成本 \"经费\" ≤ 20 万元 >");
		Level2Category category = firstIndicator(resource).getCategory();
		assertThat(((org.jixiao.model.Framework) category.eContainer().eContainer()).getName()).isEqualTo("经典");
	}

	@Test
	void categoryOfAnotherFrameworkIsAnErrorWithPosition() {
		XtextResource resource = resources.parse("goal \"目标\" <\n  indicator 成本.经济成本 \"经费\" ≤ 20 万元\n>");
		List<Issue> errors = resources.errors(resource);
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).getLineNumber()).isEqualTo(2);
		assertThat(errors.get(0).getColumn()).isEqualTo(13);
		// 成本 is a 一级 of 中央2021, not of the default framework: the message names the default's 一级
		assertThat(errors.get(0).getMessage())
				.isEqualTo("“成本.经济成本”不是指标框架“经典”中的类别；可用的一级指标：产出、效益、满意度。");
	}

	@Test
	void unknownFrameworkIsReportedOnceAndCategoriesFallBackToTheDefault() {
		XtextResource resource = resources.parse("uses framework 不存在\ngoal \"目标\" < indicator 产出.数量 \"次数\" 1 次 >");
		List<Issue> errors = resources.errors(resource);
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).getLineNumber()).isEqualTo(1);
		assertThat(errors.get(0).getMessage()).contains("不存在");
		assertThat(errors.get(0).getMessage()).isEqualTo("未知的指标框架“不存在”：可用 经典、中央2021、湖北2020，或项目中自行声明的框架。");
	}

	@Test
	void aRegionDeclaresItsOwnFrameworkInAnotherFile() {
		XtextResourceSet resourceSet = resources.newResourceSet();
		resources.load(resourceSet, "region.perf", """
				framework 某区2025 "某区自定义框架" <
				    level1 产出 "产出指标" role output <
				        level2 覆盖面 "覆盖面指标" alias 覆盖范围
				    >
				>
				""");
		XtextResource document = resources.load(resourceSet, "goals.perf",
				"uses framework 某区2025\ngoal \"目标\" < indicator 产出.覆盖范围 \"社区覆盖\" = 26 个 >");
		EcoreUtil.resolveAll(resourceSet);
		Level2Category category = firstIndicator(document).getCategory();
		assertThat(category.getName()).isEqualTo("覆盖面");
		assertThat(category.eResource().getURI().lastSegment()).isEqualTo("region.perf");
	}

	@Test
	void sectionWeightsReferToFirstLevelCategories() {
		XtextResource resource = resources.parse("""
				uses framework 湖北2020
				annual goal 年度目标1 "目标" weight 6 <
				    section 产出指标 weight 3
				    section 效益 weight 3
				    indicator 产出.数量 "次数" 4 次 weight 3 actual 4 次 score 3
				    indicator 效益.满意度 "满意度" 90% weight 3 actual 90% score 3
				>
				""");
		Goal goal = (Goal) PerfTestSupport.document(resource).getElements().get(0);
		assertThat(resources.errors(resource)).isEmpty();
		assertThat(goal.getSections()).extracting(s -> s.getLevel1().getName()).containsExactly("产出", "效益");
	}

	@Test
	void theIndexHoldsFrameworksAndLibrariesOnly() {
		XtextResource resource = resources.parse("""
				framework 某区2025 "某区自定义框架" <
				    level1 产出 "产出指标" role output < level2 覆盖面 "覆盖面指标" >
				>
				library 某区指标 "某区指标库" <
				    entry 产出.覆盖面 "社区覆盖" kind quantity unit 个
				>
				goal "目标" < indicator 产出.覆盖面 "社区覆盖" = 26 个 >
				""");
		IResourceDescription description = resource.getResourceServiceProvider().getResourceDescriptionManager()
				.getResourceDescription(resource);
		assertThat(description.getExportedObjects()).extracting(d -> d.getQualifiedName().toString())
				.containsExactly("某区2025", "某区指标");
	}
}
