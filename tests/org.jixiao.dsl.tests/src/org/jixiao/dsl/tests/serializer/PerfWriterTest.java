// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.serializer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.jixiao.dsl.serializer.PerfComments;
import org.jixiao.dsl.serializer.PerfWriter;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfModelComparison;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.model.Comparator;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.FundLine;
import org.jixiao.model.FundSide;
import org.jixiao.model.Funds;
import org.jixiao.model.Goal;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level2Category;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.PerfFactory;
import org.jixiao.model.Quantity;
import org.jixiao.model.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The one .perf writer: a model written and read back is the same model (every shipped example, the
 * seeds' transcriptions), comparators keep their spelling, names and texts are quoted where the
 * grammar needs it, and comments land beside their elements.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfWriterTest {

	@Inject
	private ParseHelper<PerfDocument> parser;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private PerfWriter writer;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private org.jixiao.dsl.tests.PerfTestResources resources;

	static Stream<Path> shipped() {
		return Stream.concat(PerfTestSupport.exampleFiles().stream(), PerfTestSupport.seedExampleFiles().stream());
	}

	private PerfDocument parse(String text) throws Exception {
		PerfDocument document = parser.parse(text, URI.createURI("test:/written.perf"), resourceSets.get());
		EcoreUtil.resolveAll(document.eResource());
		assertThat(document.eResource().getErrors()).as(text).isEmpty();
		return document;
	}

	/** The model written from a copy without node model, so that only the model decides the text. */
	private String write(PerfDocument document) {
		return writer.write(EcoreUtil.copy(document));
	}

	@ParameterizedTest
	@MethodSource("shipped")
	void everyShippedFileReadsBackAsTheSameModel(Path file) throws Exception {
		// a file that follows a declaration is read, written and read back beside the declarations of its folder
		XtextResourceSet files = resources.addFollowed(resourceSets.get(), file);
		PerfDocument original = parser.parse(Files.readString(file), URI.createFileURI(file.toString()), files);
		EcoreUtil.resolveAll(original.eResource());
		assertThat(original.eResource().getErrors()).isEmpty();

		String written = writer.write(EcoreUtil.copy(original), new PerfComments(), files);
		XtextResourceSet again = resources.addFollowed(resourceSets.get(), file);
		PerfDocument back = parser.parse(written, URI.createURI("test:/written.perf"), again);
		EcoreUtil.resolveAll(back.eResource());
		assertThat(back.eResource().getErrors()).as(written).isEmpty();

		assertThat(PerfModelComparison.firstDifference(original, back)).as(file.getFileName() + "\n" + written).isNull();
		// parse → write → parse → write: the text is stable
		assertThat(writer.write(EcoreUtil.copy(back), new PerfComments(), again)).isEqualTo(written);
	}

	@Test
	void comparatorsKeepTheirSpelling() throws Exception {
		PerfDocument document = parse("""
				goal "目标" <
					indicator 产出.数量 "a" >= 12 次
					indicator 产出.数量 "b" ≥ 12 次
					indicator 产出.数量 "c" ≧ 12 次
					indicator 产出.时效 "d" <= 5 天
					indicator 产出.质量 "e" ＞ 90%
					indicator 产出.质量 "f" ＝ 100%
					indicator 效益.社会效益 "g" >= "明显改善"
				>
				""");

		String written = write(document);

		assertThat(written).contains("\"a\" >= 12 次", "\"b\" ≥ 12 次", "\"c\" ≧ 12 次", "\"d\" <= 5 天", "\"e\" ＞ 90%",
				"\"f\" ＝ 100%", "\"g\" >= \"明显改善\"");
		assertThat(PerfModelComparison.firstDifference(document, parse(written))).isNull();
	}

	@Test
	void theFieldsOfTheNationalFormsAreWrittenAndReadBack() throws Exception {
		PerfDocument document = parse("""
				goal "目标" <
					indicator 产出.数量 "培训人次" description "参加培训的人次" criterion "每少 10 人次扣 1 分" ≥ 300 人次 adjusted ≥ 280 人次 midterm ≥ 900 人次 direction 正向 core basis "计划标准" lastyear 260 人次 weight 10 actual 285 人次 score 9 deviation "下半年停训一个月" note "按季度统计"
				>
				""");
		Indicator indicator = ((Goal) document.getElements().get(0)).getIndicators().get(0);
		assertThat(indicator.getCriterion()).isEqualTo("每少 10 人次扣 1 分");
		assertThat(indicator.isCore()).isTrue();
		assertThat(indicator.getDeviation()).isEqualTo("下半年停训一个月");
		assertThat(((Quantity) indicator.getAdjusted()).getAmount()).isEqualByComparingTo("280");
		assertThat(((Quantity) indicator.getMidterm()).getAmount()).isEqualByComparingTo("900");

		String written = write(document);

		assertThat(written).contains("indicator 产出.数量 \"培训人次\" description \"参加培训的人次\" criterion \"每少 10 人次扣 1 分\" ≥ 300 人次"
				+ " adjusted ≥ 280 人次 midterm ≥ 900 人次 direction 正向 core basis \"计划标准\" lastyear 260 人次 weight 10 actual 285 人次 score 9"
				+ " deviation \"下半年停训一个月\" note \"按季度统计\"");
		assertThat(PerfModelComparison.firstDifference(document, parse(written))).isNull();
		PerfDocument copy = EcoreUtil.copy(document);
		((Goal) copy.getElements().get(0)).getIndicators().get(0).setCore(false);
		assertThat(writer.write(copy)).contains("direction 正向 basis");
	}

	@Test
	void rangesKeepTheirSeparatorAndAModelBuiltWithoutOneGetsTheDash() throws Exception {
		PerfDocument document = parse("""
				goal "目标" <
					indicator 产出.数量 "a" 1-2 次/30天
					indicator 产出.数量 "b" 1~2 次/30天
					indicator 产出.数量 "c" 1～2 次/30天
					indicator 产出.时效 "d" 1至12 月
				>
				""");

		String written = write(document);

		assertThat(written).contains("\"a\" 1-2 次/30天", "\"b\" 1~2 次/30天", "\"c\" 1～2 次/30天", "\"d\" 1至12 月");
		assertThat(PerfModelComparison.firstDifference(document, parse(written))).isNull();
		Range built = PerfFactory.eINSTANCE.createRange();
		built.setFrom(BigDecimal.ONE);
		built.setTo(BigDecimal.TEN);
		built.setUnit("天");
		Indicator indicator = ((Goal) document.getElements().get(0)).getIndicators().get(0);
		indicator.setValue(built);
		assertThat(writer.write(document)).contains("\"a\" 1-10 天");
	}

	@Test
	void aComparatorWithoutSpellingOrWithAnotherOneIsWrittenInTheStandardSpelling() throws Exception {
		PerfDocument document = parse("""
				goal "目标" <
					indicator 产出.数量 "a" >= 12 次
				>
				""");
		Quantity value = (Quantity) ((Goal) document.getElements().get(0)).getIndicators().get(0).getValue();
		PerfDocument copy = EcoreUtil.copy(document);
		Quantity copied = (Quantity) ((Goal) copy.getElements().get(0)).getIndicators().get(0).getValue();

		copied.setComparatorSpelling(null);
		assertThat(writer.write(copy)).contains("\"a\" ≥ 12 次");
		copied.setComparatorSpelling("<=");
		assertThat(writer.write(copy)).contains("\"a\" ≥ 12 次");
		copied.setComparator(Comparator.LE);
		assertThat(writer.write(copy)).contains("\"a\" <= 12 次");
		assertThat(value.getComparatorSpelling()).isEqualTo(">=");
	}

	@Test
	void namesAreWordsWhereTheGrammarAllowsAndQuotedTextElsewhere() throws Exception {
		Level2Category quantity = ((Indicator) parse("""
				goal "目标" <
					indicator 产出.数量 "a" 1 次
				>
				""").eAllContents().next().eContents().get(0)).getCategory();
		PerfFactory create = PerfFactory.eINSTANCE;
		PerfDocument document = create.createPerfDocument();
		DepartmentDeclaration department = create.createDepartmentDeclaration();
		department.setUnit("某街道 \"办事处\"");
		department.setYear(2020);
		department.setFunctions("第一行\n第二行 \\ 反斜杠");
		Funds funds = create.createFunds();
		funds.getLines().add(fund(FundSide.INCOME, "财政拨款"));
		funds.getLines().add(fund(FundSide.INCOME, "一、财政拨款"));
		funds.getLines().add(fund(FundSide.EXPENSE, "total"));
		department.setFunds(funds);
		for (String name : List.of("年度目标1", "目标（一）", "title", "第2")) {
			Goal goal = create.createGoal();
			goal.setName(name);
			Indicator indicator = create.createIndicator();
			indicator.setCategory(quantity);
			indicator.setName("次数");
			Quantity value = create.createQuantity();
			value.setAmount(java.math.BigDecimal.TEN);
			value.setUnit(name.equals("年度目标1") ? "次/30天" : name.equals("title") ? "m²" : "名");
			indicator.setValue(value);
			goal.getIndicators().add(indicator);
			department.getGoals().add(goal);
		}
		document.getElements().add(department);

		String written = writer.write(document);

		assertThat(written).contains("department \"某街道 \\\"办事处\\\"\" year 2020 <")
				.contains("functions \"第一行\n第二行 \\\\ 反斜杠\"")
				.contains("income 财政拨款 1\n").contains("income \"一、财政拨款\" 1").contains("expense \"total\" 1")
				.contains("goal 年度目标1 <").contains("goal \"目标（一）\" \"\" <").contains("goal \"title\" \"\" <")
				.contains("goal \"第2\" \"\" <")
				.contains("\"次数\" 10 次/30天").contains("\"次数\" 10 \"m²\"").contains("\"次数\" 10 名");
		PerfDocument back = parse(written);
		validation.assertNoErrors(back);
		assertThat(PerfModelComparison.firstDifference(document, back)).isNull();
	}

	private static FundLine fund(FundSide side, String label) {
		FundLine line = PerfFactory.eINSTANCE.createFundLine();
		line.setSide(side);
		line.setLabel(label);
		line.setAmount(java.math.BigDecimal.ONE);
		return line;
	}

	@Test
	void commentsStandBeforeOrAtTheTopOfTheirElements() throws Exception {
		PerfDocument document = EcoreUtil.copy(parse("""
				department "某街道" year 2020 <
					annual goal 年度目标1 "保障" <
						indicator 产出.数量 "a" ≥ 1 次
					>
				>
				"""));
		DepartmentDeclaration department = (DepartmentDeclaration) document.getElements().get(0);
		Goal goal = department.getGoals().get(0);
		PerfComments comments = new PerfComments().before(document, "文件说明\n第二行").before(department, "表格来源")
				.inside(department, "未归入：某格").before(goal.getIndicators().get(0), "类别为推定").inside(goal, "目标备注");

		String written = writer.write(document, comments);

		assertThat(written).isEqualTo("""
				// 文件说明
				// 第二行
				// 表格来源
				department "某街道" year 2020 <
					// 未归入：某格
					annual goal 年度目标1 "保障" <
						// 目标备注
						// 类别为推定
						indicator 产出.数量 "a" ≥ 1 次
					>
				>
				""");
		assertThat(PerfModelComparison.firstDifference(document, parse(written))).isNull();
	}
}
