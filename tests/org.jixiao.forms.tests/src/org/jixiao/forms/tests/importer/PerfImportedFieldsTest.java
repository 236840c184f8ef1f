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
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.model.Direction;
import org.jixiao.model.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The fields the forms of other provinces carry beyond the seeds' layouts (指标解释, 评（扣）分标准,
 * 指标方向性, 权重 on a declaration, 调整后目标值, 是否核心指标, 偏差原因分析, 往年值, 中期指标值)
 * are imported into the indicator's features, not into its note: on published forms of wild/ and on
 * a grid that has them all.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfImportedFieldsTest {

	private static final Path WILD = Path.of("wild");

	@Inject
	private PerfImportSupport imports;

	@Inject
	private PerfTestResources resources;

	private List<Indicator> indicators(PerfImportResult result) {
		assertThat(result.hasErrors()).as(result.report().toString()).isFalse();
		XtextResource resource = imports.parse(result);
		assertThat(resources.errors(resource)).as(result.perfText()).isEmpty();
		return EcoreUtil2.getAllContentsOfType(PerfImportSupport.document(resource), Indicator.class);
	}

	private List<Indicator> wild(String file) throws IOException {
		String text = Files.readString(WILD.resolve(file), StandardCharsets.UTF_8);
		return indicators(imports.importer().importText(text, file));
	}

	private static Indicator named(List<Indicator> indicators, String name) {
		return indicators.stream().filter(i -> i.getName().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
	}

	@Test
	void theExplanationOfAJiangxiDeclarationIsTheIndicatorsDescription() throws IOException {
		List<Indicator> indicators = wild("11-jiangxi-fuliang-linye.txt");

		Indicator staff = named(indicators, "保障在职职工人数(人)");
		assertThat(staff.getDescription()).isEqualTo("该指标值数据合理");
		assertThat(staff.getNote()).isNull();
		assertThat(indicators).allSatisfy(i -> assertThat(String.valueOf(i.getNote())).doesNotContain("指标解释"));
	}

	@Test
	void theDirectionAndWeightsOfASichuanDeclarationAreFeatures() throws IOException {
		List<Indicator> indicators = wild("10-sichuan-jingyan-mata.txt");

		Indicator stability = named(indicators, "维护社会稳定");
		assertThat(stability.getDirection()).isEqualTo(Direction.POSITIVE);
		assertThat(stability.getWeight()).isEqualByComparingTo("10");
		assertThat(stability.getNote()).isNull();
		assertThat(named(indicators, "维持时效").getWeight()).isEqualByComparingTo("20");
		assertThat(indicators).allSatisfy(i -> {
			assertThat(i.getDirection()).isEqualTo(Direction.POSITIVE);
			assertThat(String.valueOf(i.getNote())).doesNotContain("指标方向");
		});
	}

	@Test
	void theDirectionOfAnInnerMongoliaSelfEvaluationIsAFeature() throws IOException {
		List<Indicator> indicators = wild("14-neimenggu-ganqimaodu-ziran.txt");

		Indicator rentals = named(indicators, "租车次数(次)");
		assertThat(rentals.getDirection()).isEqualTo(Direction.POSITIVE);
		assertThat(rentals.getWeight()).isEqualByComparingTo("8");
		assertThat(rentals.getScore()).isEqualByComparingTo("8");
		assertThat(String.valueOf(rentals.getNote())).doesNotContain("指标方向");
	}

	/** A national-template grid with every column the language now has a feature for. */
	private static final String NATIONAL = """
			| 项目支出绩效自评表（2025年度） | |||||
			| 一级指标 | 二级指标 | 三级指标 | 指标解释 | 评(扣)分标准 | 指标方向性 | 是否核心指标 | 前年 | 2024年实际实现值 | 计算符号 | 年度指标值 | 度量单位 | 调整后目标值 | 中期指标值 | 实际完成值 | 权重 | 得分 | 偏差原因分析 | 备注 |
			| 产出指标 | 数量指标 | 培训人次 | 参加培训的人次 | 每少10人次扣1分 | 正向 | 是 | 250 | 280 | ≥ | 300 | 人次 | 290 | 900 | 285 | 10 | 9 | 场地调整，停训一周 | 按季度统计 |
			| 产出指标 | 质量指标 | 培训合格率 | 考核合格人数占比 | 低于目标不得分 | 中性 | 否 | 90 | 92 | ≥ | 95 | 百分比 | 95 | 95 | 96 | 10 | 10 | 无偏差 | |
			""";

	@Test
	void everyNationalFieldGoesIntoItsFeature() {
		PerfImportResult result = imports.importer().importText(NATIONAL, "national.txt");
		List<Indicator> indicators = indicators(result);

		assertThat(result.perfText()).contains("indicator 产出.数量 \"培训人次\" description \"参加培训的人次\" criterion \"每少10人次扣1分\" ≥ 300 人次"
				+ " adjusted ≥ 290 人次 midterm ≥ 900 人次 direction 正向 core twoyearsago 250 人次 lastyear 280 人次 weight 10 actual 285 人次"
				+ " score 9 deviation \"场地调整，停训一周\" note \"按季度统计\"");
		Indicator rate = named(indicators, "培训合格率");
		assertThat(rate.getDirection()).as("中性 is 等于").isEqualTo(Direction.EQUAL);
		assertThat(rate.isCore()).isFalse();
		assertThat(PerfImportSupport.written(rate.getAdjusted())).isEqualTo("≥95%");
		assertThat(PerfImportSupport.written(rate.getLastYear())).isEqualTo("92%");
		assertThat(rate.getDeviation()).isEqualTo("无偏差");
		assertThat(rate.getNote()).isNull();
	}

	@Test
	void aPriorYearThatCannotBePlacedStaysInTheNoteWithItsColumn() {
		PerfImportResult result = imports.importer().importText("""
				| 一级指标 | 二级指标 | 三级指标 | 指标值 | 2019年实际实现值 | 近两年指标值 |
				| 产出指标 | 数量指标 | 培训人次 | ≥300人次 | 250人次 | 240人次 |
				""", "national.txt");

		Indicator indicator = indicators(result).get(0);

		// no year on the form places 2019, and 近两年 names no year
		assertThat(indicator.getNote()).isEqualTo("2019年实际实现值：250人次；近两年指标值：240人次");
		assertThat(indicator.getLastYear()).isNull();
		assertThat(indicator.getTwoYearsAgo()).isNull();
	}
}
