// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.formatting2.PerfDocumentFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/** The formatter writes the canonical layout, changes nothing but whitespace, and is stable. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfFormatterTest {

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfDocumentFormatter formatter;

	private String format(String text) {
		return format(resources.parse(text));
	}

	private String format(XtextResource resource) {
		return formatter.format(resource);
	}

	static Stream<Path> examples() {
		return PerfTestSupport.exampleFiles().stream();
	}

	@Test
	void designCardBecomesABlock() {
		assertThat(format("goal \"保障社区文体活动正常开展\" < indicator 产出.数量 \"社区开展文体和文化活动\" >= 12 次 >")).isEqualTo("""
				goal "保障社区文体活动正常开展" <
					indicator 产出.数量 "社区开展文体和文化活动" >= 12 次
				>
				""");
	}

	@Test
	void anEmptyBlockClosesOnTheNextLine() {
		// a goal whose indicators are still to be written (the importer writes one for an overview goal without grid)
		assertThat(format("project \"P1\" \"项目\" < goal \"目标\" <   > >")).isEqualTo("""
				project "P1" "项目" <
					goal "目标" <
					>
				>
				""");
	}

	@Test
	void untidyDeclarationGetsTheCanonicalLayout() {
		String untidy = "uses framework 经典 department \"某街道\" year 2020 < title \"某表\"  filer \"张三\" staff 23 actual 29"
				+ " funds < years 2018 2019 income 财政拨款 100 share 100 % income total 合计 100 share 100% >"
				+ " annual goal 年度目标1 \"目标\" <  indicator 产出.数量 \"次数\"≥12次 basis \"计划标准\""
				+ " indicator 产出.时效 \"及时率\" 1 - 2 次/30天\n\n\n indicator 满意度.服务对象满意度 \"满意度\" ≥ 90 ％ > >";
		assertThat(format(untidy)).isEqualTo("""
				uses framework 经典

				department "某街道" year 2020 <
					title "某表"
					filer "张三"
					staff 23 actual 29
					funds <
						years 2018 2019
						income 财政拨款 100 share 100%
						income total 合计 100 share 100%
					>
					annual goal 年度目标1 "目标" <
						indicator 产出.数量 "次数" ≥ 12 次 basis "计划标准"
						indicator 产出.时效 "及时率" 1-2 次/30天

						indicator 满意度.服务对象满意度 "满意度" ≥ 90％
					>
				>
				""");
	}

	@Test
	void aRangeWritten至IsGluedAsTheFormsPrintItAndReadsBackAsARange() {
		String text = "goal \"目标\" < indicator 产出.时效 \"周期\" 1 至 12 月 indicator 产出.时效 \"次数\" 1 ~ 2 次 >";
		String formatted = format(text);
		assertThat(formatted).isEqualTo("""
				goal "目标" <
					indicator 产出.时效 "周期" 1至12 月
					indicator 产出.时效 "次数" 1~2 次
				>
				""");
		assertThat(resources.parse(formatted).getErrors()).isEmpty();
	}

	@Test
	void projectPlanAndBandsStayOnOneLine() {
		String text = "project \"P1\" \"项目\" year 2022 < budget 1 fiscal 1 plan <3月底 25% 6 月底 50%> >\n"
				+ "duties \"单位\" year 2022 < duty \"职责\" < indicators \"甲\",\"乙\" band 优 ≥ 90% band 良≥80% > >";
		assertThat(format(text)).isEqualTo("""
				project "P1" "项目" year 2022 <
					budget 1 fiscal 1
					plan < 3月底 25% 6月底 50% >
				>

				duties "单位" year 2022 <
					duty "职责" <
						indicators "甲", "乙"
						band 优 ≥ 90% band 良 ≥ 80%
					>
				>
				""");
	}

	@Test
	void theNationalProjectFieldsStandOnALineEach() {
		String text = "project \"33010625P00412010003F\" \"项目\" year 2025 < unit \"单位\" supervisor \"主管部门\" implementer \"实施单位\" "
				+ "property   新增项目 budget 10 fiscal 8 other 2 longterm goal \"中期目标\" < > >";
		String formatted = format(text);
		assertThat(formatted).isEqualTo("""
				project "33010625P00412010003F" "项目" year 2025 <
					unit "单位"
					supervisor "主管部门"
					implementer "实施单位"
					property 新增项目
					budget 10 fiscal 8 other 2
					longterm goal "中期目标" <
					>
				>
				""");
		assertThat(resources.parse(formatted).getErrors()).isEmpty();
	}

	@Test
	void ranksAreGluedAsTheFormsPrintThem() {
		String text = "goal \"目标\" < indicator 产出.质量 \"排名\" 前 25 名 actual 第25名 indicator 产出.质量 \"考核排名\" 25 名之前 >";
		assertThat(format(text)).isEqualTo("""
				goal "目标" <
					indicator 产出.质量 "排名" 前25名 actual 第25名
					indicator 产出.质量 "考核排名" 25名之前
				>
				""");
	}

	@Test
	void comparatorsAndQuotedNamesStayAsWritten() {
		String text = "department \"某街道\" year 2020 < funds < income \"一、财政拨款\" 100 income total \"合 计\" 100 >"
				+ " annual goal \"目标（一）\" \"目标\" < indicator 产出.数量 \"次数\" >= 12 次 indicator 产出.时效 \"时长\" ≤ 3 天 > >";
		assertThat(format(text)).isEqualTo("""
				department "某街道" year 2020 <
					funds <
						income "一、财政拨款" 100
						income total "合 计" 100
					>
					annual goal "目标（一）" "目标" <
						indicator 产出.数量 "次数" >= 12 次
						indicator 产出.时效 "时长" ≤ 3 天
					>
				>
				""");
	}

	@Test
	void commentsStayWithTheirLines() {
		String text = "// 表头注释\ngoal \"目标\" <\n  // 说明\n  indicator 产出.数量 \"次数\" 1 次   // 行尾注释\n>\n";
		assertThat(format(text)).isEqualTo("""
				// 表头注释
				goal "目标" <
					// 说明
					indicator 产出.数量 "次数" 1 次 // 行尾注释
				>
				""");
	}

	@Test
	void textWithSyntaxErrorsIsLeftAsTyped() {
		String broken = "goal \"目标\" <\n indicator 产出.数量 \"次数\"   ≥\n";
		assertThat(format(broken)).isEqualTo(broken);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void formattingAnExampleKeepsItsModelAndIsStable(Path example) {
		XtextResourceSet resourceSet = resources.newResourceSet();
		XtextResource original = resources.loadFile(resourceSet, example);
		EcoreUtil.resolveAll(resourceSet);
		String formatted = format(original);

		XtextResource reparsed = resources.load(resources.addFollowed(resources.newResourceSet(), example), "formatted.perf", formatted);
		assertThat(resources.errors(reparsed)).as(PerfTestSupport.describe(resources.errors(reparsed)))
				.isEmpty();
		assertThat(EcoreUtil.equals(PerfTestSupport.document(original), PerfTestSupport.document(reparsed)))
				.as("model unchanged by formatting " + example).isTrue();
		assertThat(format(formatted)).as("formatting twice changes nothing").isEqualTo(formatted);
	}
}
