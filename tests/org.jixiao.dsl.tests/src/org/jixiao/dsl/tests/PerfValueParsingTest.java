// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.jixiao.model.Comparator;
import org.jixiao.model.Goal;
import org.jixiao.model.Money;
import org.jixiao.model.MoneyUnit;
import org.jixiao.model.NoValue;
import org.jixiao.model.Percentage;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.Qualitative;
import org.jixiao.model.Quantity;
import org.jixiao.model.Range;
import org.jixiao.model.Rank;
import org.jixiao.model.Value;
import org.jixiao.model.YesNo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;

/** Indicator values are typed by the parser: every spelling seen in the seeds reads as intended. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfValueParsingTest {

	@Inject
	private ParseHelper<PerfDocument> parseHelper;

	@Inject
	private ValidationTestHelper validationHelper;

	/** Parses one indicator with the given value text and returns its value, asserting no errors. */
	private Value value(String valueText) throws Exception {
		PerfDocument document = parseHelper.parse("""
				goal "目标" <
				  indicator 产出.数量 "指标" %s
				>
				""".formatted(valueText));
		validationHelper.assertNoErrors(document);
		Goal goal = (Goal) document.getElements().get(0);
		return goal.getIndicators().get(0).getValue();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "≥ 12 次, GE", ">= 12 次, GE", "≧ 12 次, GE", "≤ 12 次, LE", "<= 12 次, LE", "≦ 12 次, LE",
			"> 12 次, GT", "＞ 12 次, GT", "< 12 次, LT", "＜ 12 次, LT", "= 12 次, EQ", "＝ 12 次, EQ", "≥12次, GE" })
	void everyComparatorSpellingNormalisesToOneLiteral(String text, Comparator expected) throws Exception {
		Quantity quantity = (Quantity) value(text);
		assertThat(quantity.getComparator()).isEqualTo(expected);
		assertThat(quantity.getAmount()).isEqualByComparingTo("12");
		assertThat(quantity.getUnit()).isEqualTo("次");
	}

	@Test
	void quantityWithoutComparatorOrUnit() throws Exception {
		Quantity quantity = (Quantity) value("25");
		assertThat(quantity.getComparator()).isEqualTo(Comparator.NONE);
		assertThat(quantity.eIsSet(quantity.eClass().getEStructuralFeature("comparator"))).isFalse();
		assertThat(quantity.getAmount()).isEqualByComparingTo("25");
		assertThat(quantity.getUnit()).isNull();
	}

	@ParameterizedTest(name = "{0} → unit {1}")
	@CsvSource({ "= 4 个社区, 个社区", "≤ 6 万元/人, 万元/人", "15 人/次, 人/次", "1 次/月, 次/月", "≥ 85 分, 分",
			"4 名, 名", "\"m²\" , m²", "1712 平方, 平方", "≤ 60 元/人, 元/人" })
	void chineseAndCompoundUnits(String text, String unit) throws Exception {
		String valueText = text.startsWith("\"") ? "10 " + text : text;
		Quantity quantity = (Quantity) value(valueText);
		assertThat(quantity.getUnit()).isEqualTo(unit);
	}

	@Test
	void fullWidthDigitsAreReadAsNumbers() throws Exception {
		Quantity quantity = (Quantity) value("１ 项");
		assertThat(quantity.getAmount()).isEqualByComparingTo(BigDecimal.ONE);
		assertThat(quantity.getUnit()).isEqualTo("项");
		Percentage percentage = (Percentage) value("≥９５％");
		assertThat(percentage.getAmount()).isEqualByComparingTo("95");
	}

	@Test
	void percentages() throws Exception {
		Percentage percentage = (Percentage) value("≥ 11.9%");
		assertThat(percentage.getComparator()).isEqualTo(Comparator.GE);
		assertThat(percentage.getAmount()).isEqualByComparingTo("11.9");
		assertThat(((Percentage) value("100%")).getComparator()).isEqualTo(Comparator.NONE);
	}

	@Test
	void moneyIsOnlyAPlainCurrencyUnit() throws Exception {
		Money money = (Money) value("≤ 296.8725 万元");
		assertThat(money.getUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
		assertThat(money.getAmount()).isEqualByComparingTo("296.8725");
		assertThat(money.getAmount().scale()).isEqualTo(4);
		assertThat(((Money) value("20 元")).getUnit()).isEqualTo(MoneyUnit.YUAN);
		assertThat(value("≤ 10 万元/社区")).isInstanceOf(Quantity.class);
	}

	@Test
	void ranges() throws Exception {
		Range range = (Range) value("1-2 次/30天");
		assertThat(range.getFrom()).isEqualByComparingTo("1");
		assertThat(range.getTo()).isEqualByComparingTo("2");
		assertThat(range.getUnit()).isEqualTo("次/30天");
		assertThat(((Range) value("1-12月")).getUnit()).isEqualTo("月");
		Range glued = (Range) value("1至12 月");
		assertThat(glued.getTo()).isEqualByComparingTo("12");
		assertThat(glued.getSeparator()).isEqualTo("至");
		assertThat(((Range) value("1 至 12 月")).getSeparator()).isEqualTo("至");
	}

	@ParameterizedTest(name = "{0} → rank {1}, or better {2}")
	@CsvSource({ "第25名, 25, false", "第 25 名, 25, false", "第２５名, 25, false", "前25名, 25, true", "前 25 名, 25, true",
			"25名之前, 25, true", "25 名之前, 25, true", "第1名, 1, false" })
	void ranksWithOrWithoutBlanks(String text, int position, boolean orBetter) throws Exception {
		Rank rank = (Rank) value(text);
		assertThat(rank.getPosition()).isEqualTo(position);
		assertThat(rank.isOrBetter()).isEqualTo(orBetter);
	}

	@Test
	void twentyFive名AloneIsACountOfPersons() throws Exception {
		Quantity quantity = (Quantity) value("25名");
		assertThat(quantity.getAmount()).isEqualByComparingTo("25");
		assertThat(quantity.getUnit()).isEqualTo("名");
	}

	@Test
	void wordsStartingWith第前Or至StayWords() throws Exception {
		// only 第/前 followed by a digit starts a rank, 至 followed by a digit a range's upper end:
		// 前期, 第一, 至少 are still names and units
		PerfDocument document = parseHelper.parse("""
				goal 前期目标 "目标" <
				  indicator 产出.数量 "指标" ≥ 2 第一批
				  indicator 产出.数量 "指标二" ≥ 2 至少一次
				>
				""");
		validationHelper.assertNoErrors(document);
		Goal goal = (Goal) document.getElements().get(0);
		assertThat(goal.getName()).isEqualTo("前期目标");
		assertThat(((Quantity) goal.getIndicators().get(0).getValue()).getUnit()).isEqualTo("第一批");
		assertThat(((Quantity) goal.getIndicators().get(1).getValue()).getUnit()).isEqualTo("至少一次");
	}

	@Test
	void qualitativeYesNoAndEmptyCells() throws Exception {
		assertThat(((Qualitative) value("\"明显提升\"")).getText()).isEqualTo("明显提升");
		Qualitative withComparator = (Qualitative) value("=\"全年\"");
		assertThat(withComparator.getComparator()).isEqualTo(Comparator.EQ);
		assertThat(withComparator.getText()).isEqualTo("全年");
		assertThat(((YesNo) value("是")).isYes()).isTrue();
		assertThat(((YesNo) value("否")).isYes()).isFalse();
		assertThat(((NoValue) value("---")).getText()).isEqualTo("---");
		assertThat(((NoValue) value("----")).getText()).isEqualTo("----");
	}
}
