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
	// ------------------------------------------------------------------ variant 14: department self-evaluation without 一级/二级

	/** A department self-evaluation with 年初目标值 / 调整后目标值 / 全年完成值 / 权重 / 得分系数 and no category columns. */
	private static final String DEPARTMENT_SELFEVAL = String.join("\n", "2024年度部门整体支出绩效自评表", "部门名称|某县农业农村局",
			"指标名称|年初目标值|调整后目标值|全年完成值|权重|得分系数|得分|是否核心指标",
			"高标准农田建设面积|≥5000亩|≥4500亩|4600亩|20|1|20|是",
			"农机购置补贴发放及时率|100%|100%|95%|10|0.95|9.5|否",
			"耕地质量等级提升|≥0.5等|≥0.5等|0.5等|10|0.8|10|是",
			"农户满意度|≥90%|≥90%|92%|10|1|10|否") + "\n";

	@Test
	void aDepartmentSelfEvaluationWithoutCategoriesKeepsItsTargetsActualsAndCoreFlags() {
		PerfImportResult result = imports.importText(DEPARTMENT_SELFEVAL);
		assertThat(result.hasErrors()).isFalse();
		assertThat(result.perfText()).contains("selfeval department \"某县农业农村局\" year 2024");
		assertThat(result.perfText()).contains("\"高标准农田建设面积\" ≥ 5000 亩 adjusted ≥ 4500 亩");
		assertThat(result.perfText()).containsPattern("\"高标准农田建设面积\".* core");
		assertThat(result.perfText()).containsPattern("\"高标准农田建设面积\".* weight 20 actual 4600 亩 score 20");
		assertThat(result.perfText()).containsPattern("\"农机购置补贴发放及时率\" 100% .*weight 10 actual 95% score 9.5");
		assertThat(result.perfText()).doesNotContainPattern("\"农机购置补贴发放及时率\".* core");
		// 得分系数 is score ÷ weight: checked, not kept where it agrees, kept in the note with a warning where it does not
		assertThat(result.perfText()).doesNotContainPattern("\"(高标准农田建设面积|农机购置补贴发放及时率)\".*得分系数");
		assertThat(result.perfText()).containsPattern("\"耕地质量等级提升\".* note \"得分系数：0.8\"");
		assertThat(messages(result, PerfImportNote.Severity.WARNING)).containsExactly("未找到一级、二级指标，暂记为“产出指标”下的“数量指标”，请核对",
				"得分系数“0.8”与得分 10 ÷ 分值 10 = 1 不符，已写入该指标的备注（note），请核对");
	}

	// ------------------------------------------------------------------ variant 9: value split by year

	@Test
	void aValueSplitByYearGivesLastYearTargetAndBasis() {
		PerfImportResult result = imports.importText(String.join("\n", "2025年项目支出绩效目标表", "项目名称|乡村道路养护",
				"一级指标|二级指标|三级指标|2024年实际实现值|预期2025年实现值|指标标准或依据",
				"产出指标|数量指标|养护道路里程|118公里|≥120公里|年度养护计划",
				"产出指标|质量指标|道路优良率|88%|≥90%|公路养护技术规范",
				"效益指标|社会效益指标|群众出行条件|明显改善|持续改善|行业标准") + "\n");
		assertThat(result.hasErrors()).isFalse();
		assertThat(result.perfText()).contains("project \"\" \"乡村道路养护\" year 2025");
		assertThat(result.perfText()).contains("\"养护道路里程\" ≥ 120 公里 basis \"年度养护计划\" lastyear 118 公里");
		assertThat(result.perfText()).contains("\"道路优良率\" ≥ 90% basis \"公路养护技术规范\" lastyear 88%");
		assertThat(result.perfText()).contains("\"群众出行条件\" \"持续改善\" basis \"行业标准\" lastyear \"明显改善\"");
	}

	// ------------------------------------------------------------------ variant 16: evaluation sheets

	@Test
	void anEvaluationSheetOfADepartmentIsADepartmentSelfEvaluation() {
		PerfImportResult result = imports.importText(String.join("\n", "2023年度某县司法局部门整体支出绩效评价自评表",
				"评价指标|评价内容|指标名称|指标说明|目标值|分值|得分",
				"决策|目标设定|绩效目标合理性|绩效目标是否符合部门职责|合理|4|4",
				"过程|资金管理|预算执行率|实际支出与预算之比|≥95%|10|9",
				"产出|产出数量|法律援助案件数|全年办理法律援助案件|≥300件|20|20",
				"效益|社会效益|群众满意度|问卷调查满意比例|≥90%|10|10") + "\n");
		assertThat(result.hasErrors()).isFalse();
		assertThat(result.perfText()).contains("selfeval department");
		// 评价指标 and 评价内容 are the categories: 产出 and 效益 rows go where the framework has them
		assertThat(result.perfText()).contains("indicator 产出.数量 \"法律援助案件数\" description \"全年办理法律援助案件\" ≥ 300 件 weight 20 score 20");
		assertThat(result.perfText()).contains("indicator 效益.社会效益 \"群众满意度\" description \"问卷调查满意比例\" ≥ 90% weight 10 score 10");
		// 决策 and 过程 are no target framework's categories: imported all the same, each row said and commented
		assertThat(result.perfText()).contains("\"绩效目标合理性\" description \"绩效目标是否符合部门职责\" \"合理\" weight 4 score 4");
		assertThat(result.perfText()).contains("\"预算执行率\" description \"实际支出与预算之比\" ≥ 95% weight 10 score 9");
		assertThat(messages(result, PerfImportNote.Severity.WARNING)).anyMatch(m -> m.contains("“决策”"))
				.anyMatch(m -> m.contains("“过程”"));
	}
	@Test
	void aDepartmentTitleDecidesOverAProjectLayout() {
		// the grid of the 武汉 project self-evaluation layout under a 部门整体…评价自评表 title: both end in 自评表
		PerfImportResult result = imports.newImporter().importText(String.join("\n", "某县司法局2023年度部门整体支出绩效评价自评表",
				"单位名称：某县司法局      填报日期：2024-03-01", "一级指标|二级指标|指标名称|年初目标值（A）|实际完成值（B）|得分",
				"产出指标（50分）|数量指标（20分）|法律援助案件数|≥300件|320件|20", "效益指标（30分）|社会效益指标（30分）|群众满意度|≥90%|93%|30")
				+ "\n", "layout.txt");
		assertThat(result.perfText()).contains("selfeval department").doesNotContain("selfeval project");
	}
}
