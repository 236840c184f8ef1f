// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level1Category;
import org.jixiao.model.ProjectTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Variants of published forms (see {@code wild/README.md}) that are more than rows: where the
 * categories of a form that does not use the framework's names end up and what the report says
 * about it, which framework a form of the 2021 framework gets, and money printed in 元 while the
 * language writes 万元.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfImportVariantsTest {

	@Inject
	private PerfImportSupport imports;

	@Inject
	private PerfTestResources resources;

	private static String wild(String file) throws IOException {
		return Files.readString(Path.of("wild", file), StandardCharsets.UTF_8);
	}

	private static List<String> messages(PerfImportResult result, PerfImportNote.Severity severity) {
		return result.report().stream().filter(n -> n.severity() == severity).map(PerfImportNote::message).toList();
	}

	private List<String> categories(PerfImportResult result) {
		XtextResource resource = imports.parse(result);
		assertThat(resources.errors(resource)).isEmpty();
		return EcoreUtil2.getAllContentsOfType(PerfImportSupport.document(resource), Indicator.class).stream()
				.map(i -> ((Level1Category) i.getCategory().eContainer()).getName() + "." + i.getCategory().getName()).toList();
	}

	// ------------------------------------------------------------------ variant 6: non-standard 一级 names

	@Test
	void nonStandardLevel1NamesArePlacedByMeaningAndTheReportSaysWhere() throws IOException {
		// 东莞 2019: 预期产出指标 / 效果指标 as 一级, 预算(或投资规模)控制指标 as a 二级
		PerfImportResult result = imports.importer().importText(wild("07-guangdong-dongguan-jiaotong.txt"), "07.txt");
		assertThat(result.hasErrors()).isFalse();
		assertThat(messages(result, PerfImportNote.Severity.WARNING)).contains(
				"指标类别“预期产出指标”不是框架“经典”中的名称，按含义归入“产出指标”，请核对",
				"指标类别“预算(或投资规模)控制指标”不是框架“经典”中的名称，按含义归入“产出指标”下的“成本指标”，请核对");
		assertThat(categories(result)).startsWith("产出.数量", "产出.质量", "产出.时效", "产出.成本");
		// said once per form, not once per row
		assertThat(messages(result, PerfImportNote.Severity.WARNING)).filteredOn(m -> m.contains("“预期产出指标”")).hasSize(1);
		// and kept beside the indicator in the .perf
		assertThat(result.perfText()).contains("// 指标类别“预期产出指标”不是框架“经典”中的名称，按含义归入“产出指标”，请核对");
	}

	// ------------------------------------------------------------------ variants 4 and 5

	@Test
	void aFormOfThe2021FrameworkGetsThatFramework() throws IOException {
		// 重庆 2023: 成本指标 as 一级 with 经济成本指标 under it
		PerfImportResult result = imports.importer().importText(wild("05-chongqing-fengjie-yunwu.txt"), "05.txt");
		assertThat(result.perfText()).contains("uses framework 中央2021");
		assertThat(categories(result)).startsWith("成本.经济成本");
	}

	@Test
	void satisfactionUnderBenefitsGoesToSatisfactionWithAWarning() throws IOException {
		// 湘潭 2023: 效益指标 | 社会公众或服务对象满意度指标 | 市民满意度
		PerfImportResult result = imports.importer().importText(wild("25-hunan-xiangtan-wupaoche.txt"), "25.txt");
		assertThat(result.hasErrors()).isFalse();
		assertThat(categories(result)).containsExactly("产出.数量", "产出.数量", "产出.质量", "产出.时效", "产出.成本", "效益.社会效益",
				"满意度.服务对象满意度");
		assertThat(messages(result, PerfImportNote.Severity.WARNING))
				.contains("二级指标“社会公众或服务对象满意度指标”不属于一级指标“效益指标”，按框架归入“满意度指标”");
	}

	// ------------------------------------------------------------------ variant 18: 元 and 万元

	/** The 河北 2022 project layout as copied out of Excel (tabs), with the given unit note and amounts. */
	private static String hebeiProject(String unitNote, String budget, String fiscal, String other) {
		return String.join("\n", "5.社区工作经费绩效目标表", "611001西关街道办事处本级\t\t\t\t\t" + unitNote,
				"项目编码\t13030322P00410910002X\t项目名称\t社区工作经费",
				"预算规模及资金用途\t预算数\t" + budget + "\t其中：财政资金\t" + fiscal + "\t其他资金\t" + other, "\t保障社区正常运转",
				"资金支出计划（%）\t3月底\t6月底\t10月底\t12月底", "\t25%\t50%\t75%\t100%", "绩效目标\t保障社区工作正常开展",
				"一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据", "产出指标\t数量指标\t社区数量\t覆盖社区个数\t≥4个\t工作计划",
				"效益指标\t社会效益指标\t社区服务能力\t服务能力提升\t明显提升\t工作要求",
				"满意度指标\t服务对象满意度指标\t居民满意度\t满意人数占比\t≥90%\t满意度调查") + "\n";
	}

	private ProjectTable project(PerfImportResult result) {
		XtextResource resource = imports.parse(result);
		assertThat(resources.errors(resource)).isEmpty();
		return (ProjectTable) PerfImportSupport.forms(resource).get(0);
	}

	@Test
	void amountsOfAFormInYuanAreWrittenInWanYuan() {
		PerfImportResult result = imports.importText(hebeiProject("单位：元", "3,309,840.00", "3,000,000", "309,840"));
		assertThat(result.hasErrors()).isFalse();
		ProjectTable project = project(result);
		assertThat(project.getBudget()).isEqualByComparingTo("330.984");
		assertThat(project.getFiscalFunds()).isEqualByComparingTo("300");
		assertThat(project.getOtherFunds()).isEqualByComparingTo("30.984");
		assertThat(result.perfText()).contains("budget 330.984 fiscal 300 other 30.984");
		assertThat(messages(result, PerfImportNote.Severity.INFO)).contains("预算数“3,309,840.00”（单位：元）以元为单位，按万元记为 330.984");
		// the unit note is understood, not left over as content without a place
		assertThat(messages(result, PerfImportNote.Severity.WARNING)).isEmpty();
	}

	@Test
	void anAmountWrittenWithYuanIsConvertedInAFormOfWanYuan() {
		PerfImportResult result = imports.importText(hebeiProject("单位：万元", "125000元", "12.5", "0"));
		ProjectTable project = project(result);
		assertThat(project.getBudget()).isEqualByComparingTo("12.5");
		assertThat(project.getFiscalFunds()).isEqualByComparingTo("12.5");
		assertThat(messages(result, PerfImportNote.Severity.INFO)).contains("预算数“125000元”以元为单位，按万元记为 12.5");
	}

	@Test
	void amountsInWanYuanAreWrittenAsPrinted() {
		PerfImportResult result = imports.importText(hebeiProject("单位：万元", "12.5", "12.5", "0"));
		ProjectTable project = project(result);
		assertThat(project.getBudget()).isEqualByComparingTo("12.5");
		assertThat(messages(result, PerfImportNote.Severity.INFO)).noneMatch(m -> m.contains("以元为单位"));
	}
}
