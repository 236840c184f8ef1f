// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.generator.PerfFormGenerator;
import org.jixiao.forms.generator.PerfWorkbook;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.Form;
import org.jixiao.model.Indicator;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The layouts of the national data standard (一体化): the project grid printed cell by cell (value in
 * 计算符号 | 指标值 | 计量单位), the 四川-style grid (指标性质 holds the comparator, 指标方向性 the
 * direction), and a document of another framework mapped to the 中央2021 framework these layouts expect.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfNationalLayoutsTest {

	@Inject
	private PerfFidelity fidelity;

	@Inject
	private PerfTestResources resources;

	private PerfDocument example(String name) {
		Path file = PerfTestSupport.exampleFiles().stream().filter(p -> p.getFileName().toString().equals(name)).findFirst()
				.orElseThrow();
		return fidelity.loadFile(file);
	}

	/** The workbook's rows as tab-separated cells, without the empty cells at their end. */
	private static List<String> rows(PerfWorkbook workbook) {
		return PerfWorkbookText.rows(PerfWorkbookText.open(PerfFidelity.bytes(workbook))).stream()
				.map(r -> r.replaceAll("\t+$", "")).toList();
	}

	@Test
	void theNationalProjectFormPrintsItsFieldsGoalsAndGridCellByCell() {
		List<PerfWorkbook> plan = PerfFidelity.plan(example("wenxin-2025-elevator-project.perf"));
		assertThat(plan).hasSize(1);
		assertThat(plan.get(0).layout().name()).isEqualTo("national-project");
		assertThat(plan.get(0).mappings()).as("written in the layout's framework: nothing to map").isEmpty();
		List<String> rows = rows(plan.get(0));
		assertThat(rows).containsSubsequence(
				"2025年老旧小区加装电梯补助项目支出绩效目标表",
				"（ 2025 年度）",
				"填报单位：杭州市西湖区文新街道办事处\t\t\t\t\t\t\t\t单位：万元",
				"项目代码\t33010625P00412010003F",
				"项目名称\t老旧小区加装电梯补助",
				"主管部门\t杭州市西湖区住房和城乡建设局",
				"实施单位\t杭州市西湖区文新街道办事处",
				"项目属性\t延续项目",
				"项目资金\t年度资金总额\t180",
				"\t其中：财政拨款\t150",
				"\t其他资金\t30",
				"总体目标\t中期目标\t\t\t\t年度目标",
				"\t2025—2027年完成辖区内符合条件的老旧小区加装电梯60台，改善老年居民出行条件。\t\t\t\t"
						+ "2025年完成加装电梯20台并投入使用，补助资金按进度足额拨付，居民满意度不低于90%。",
				"一级指标\t二级指标\t三级指标\t指标内容\t评（扣）分标准\t计算符号\t指标值\t计量单位\t指标值确定依据\t备注",
				"成本指标\t经济成本指标\t单台电梯补助标准\t每台加装电梯的财政补助金额\t超出补助标准不得分\t≤\t7.5\t万元\t计划标准",
				"产出指标\t数量指标\t完成加装电梯数量\t年内完成竣工验收并投入使用的电梯台数\t每少1台扣0.5分，扣完为止\t≥\t20\t台\t计划标准",
				"\t质量指标\t电梯竣工验收合格率\t通过特种设备监督检验的电梯占完成数的比例\t低于100%不得分\t=\t100\t%\t行业标准",
				// the grid continues on the next page: its header is written again, the 一级 cell starts afresh
				"一级指标\t二级指标\t三级指标\t指标内容\t评（扣）分标准\t计算符号\t指标值\t计量单位\t指标值确定依据\t备注",
				"产出指标\t时效指标\t补助资金拨付及时率\t验收后30日内拨付补助的电梯占比\t每低1个百分点扣0.5分\t≥\t95\t%\t历史标准\t以拨付凭证日期为准",
				"效益指标\t社会效益指标\t老年居民出行条件\t加装电梯小区老年居民上下楼的便利程度\t根据入户走访情况酌情扣分\t\t明显改善\t\t其他标准",
				"\t可持续影响指标\t电梯维保合同签订率\t签订五年以上维保合同并明确维保资金来源的电梯占比\t未全部签订不得分\t=\t100\t%\t计划标准",
				"满意度指标\t服务对象满意度指标\t加装电梯小区居民满意度\t抽样调查加装电梯小区居民的满意比例\t每低1个百分点扣0.5分\t≥\t90\t%\t计划标准\t第三方抽样调查");
	}

	@Test
	void theSichuanGridPrintsTheComparatorAsIndicatorPropertyAndTheDirection() {
		PerfDocument document = example("wenxin-2025-elevator-project.perf");
		Form project = (Form) document.getElements().get(0);
		project.setLayout("sichuan-project");
		List<PerfWorkbook> plan = PerfFidelity.plan(document);
		assertThat(plan.get(0).layout().name()).isEqualTo("sichuan-project");
		assertThat(rows(plan.get(0))).containsSubsequence(
				"一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性",
				"成本指标\t经济成本指标\t单台电梯补助标准\t≤\t7.5\t万元\t\t反向指标",
				"产出指标\t数量指标\t完成加装电梯数量\t≥\t20\t台\t\t正向指标");
	}

	private static final String CLASSIC_PROJECT = """
			uses framework 湖北2020
			project "42011125P00102010001F" "社区养老服务" year 2025 <
				title "社区养老服务项目支出绩效目标表"
				layout "national-project"
				unit "武汉市洪山区洪山街道办事处"
				budget 20
				annual goal "为辖区老人提供助餐服务。" <
					indicator 产出.数量 "助餐服务人次" ≥ 3000 人次
					indicator 产出.成本 "助餐补贴标准" ≤ 5 元
					indicator 效益.社会效益 "老人就餐便利程度" "明显提高"
					indicator 效益.服务对象满意度 "助餐老人满意度" ≥ 90 %
				>
			>
			""";

	@Test
	void aDocumentOfAnotherFrameworkIsPrintedInTheLayoutsFrameworkAndTheMappingIsReported() throws Exception {
		XtextResource resource = resources.parse(CLASSIC_PROJECT);
		assertThat(resources.errors(resource)).isEmpty();
		PerfDocument document = PerfTestSupport.document(resource);
		PerfFormGenerator generator = new PerfFormGenerator(PerfLayouts.builtin());
		List<PerfWorkbook> plan = generator.plan(document, null);
		assertThat(plan).hasSize(1);
		PerfWorkbook workbook = plan.get(0);
		// 产出.数量 and 效益.社会效益 keep their names: only what changes on paper is reported
		assertThat(workbook.mappings()).containsExactly(
				"指标类别“产出指标/成本指标”（框架 湖北2020）按版式 national-project 的框架 中央2021 印作“成本指标/经济成本指标”（1 个指标）。"
						+ " Category mapped to the layout's framework.",
				"指标类别“效益指标/服务对象满意度指标”（框架 湖北2020）按版式 national-project 的框架 中央2021 印作“满意度指标/服务对象满意度指标”（1 个指标）。"
						+ " Category mapped to the layout's framework.");
		List<String> rows = rows(workbook);
		assertThat(rows).anyMatch(r -> r.startsWith("成本指标\t经济成本指标\t助餐补贴标准\t"));
		assertThat(rows).anyMatch(r -> r.startsWith("满意度指标\t服务对象满意度指标\t助餐老人满意度\t"));
		// the document itself is not changed
		Indicator cost = org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(document, Indicator.class).stream()
				.filter(i -> i.getName().equals("助餐补贴标准")).findFirst().orElseThrow();
		assertThat(cost.getCategory().getName()).isEqualTo("成本");
		assertThat(((org.jixiao.model.Framework) cost.getCategory().eContainer().eContainer()).getName()).isEqualTo("湖北2020");
	}
}
