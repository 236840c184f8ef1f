// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.scoring.PerfBudgetScore;
import org.jixiao.dsl.scoring.PerfIndicatorScore;
import org.jixiao.dsl.scoring.PerfOutcome;
import org.jixiao.dsl.scoring.PerfScorecard;
import org.jixiao.dsl.scoring.PerfScoring;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.model.Grade;
import org.jixiao.model.ProjectSelfEvaluation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Every scoring rule on a small table, with the expected score worked out by hand in the comment
 * beside each assertion (docs/selfeval.md: met → full weight; 正向 实际 ÷ 目标 × 分值; 反向 目标 ÷ 实际 × 分值;
 * 等于 by deviation; qualitative within its band; grade 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfScoringTest {

	private static final PerfScoring SCORING = new PerfScoring();

	@Inject
	private PerfTestResources resources;

	/** A project self-evaluation (湖北2020) holding the given rows, without errors. */
	ProjectSelfEvaluation table(String budget, String objective, String... rows) {
		StringBuilder text = new StringBuilder("uses framework 湖北2020\nselfeval project \"测试项目\" year 2020 <\n");
		if (budget != null) {
			text.append("    ").append(budget).append('\n');
		}
		if (objective != null) {
			text.append("    ").append(objective).append('\n');
		}
		text.append("    goal <\n");
		for (String row : rows) {
			text.append("        ").append(row).append('\n');
		}
		text.append("    >\n>\n");
		XtextResource resource = resources.parse(text.toString());
		assertThat(resources.errors(resource)).as(text.toString()).isEmpty();
		return (ProjectSelfEvaluation) PerfTestSupport.document(resource).getElements().get(0);
	}

	/** The verdict on a single indicator row. */
	PerfIndicatorScore row(String row) {
		return SCORING.indicator(table(null, null, row).getGoals().get(0).getIndicators().get(0));
	}

	PerfBudgetScore budget(String budget) {
		return SCORING.budget(table(budget, null, "indicator 产出.数量 \"活动次数\" ≥ 12 次 weight 1 actual 12 次").getBudget());
	}

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	@Nested
	class BudgetExecution {

		@Test
		void rateAndScoreAsSeed003WritesThem() {
			// 939.9 ÷ 1069.34 = 0.878953… → 87.90 %; 20 × 0.878953 = 17.579 → 17.58; the seed writes 17.6 (one decimal): agrees
			PerfBudgetScore score = budget("budget \"年度财政资金总额\" weight 20 planned 1069.34 executed 939.9 rate 87.9% score 17.6");
			assertThat(score.rate().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("87.90");
			assertThat(score.ruleRounded()).isEqualByComparingTo("17.58");
			assertThat(score.differs()).isFalse();
			assertThat(score.counted()).isEqualByComparingTo("17.6");
		}

		@Test
		void executionAboveBudgetIsCappedAtFullWeight() {
			// 110 ÷ 100 = 110 %; 20 × min(110 %, 100 %) = 20
			PerfBudgetScore score = budget("budget weight 20 planned 100 executed 110");
			assertThat(score.rate()).isEqualByComparingTo("110");
			assertThat(score.ruleRounded()).isEqualByComparingTo("20");
			assertThat(score.entered()).isNull();
			assertThat(score.counted()).isEqualByComparingTo("20");
		}

		@Test
		void anEnteredScoreIsComparedAtItsOwnPrecision() {
			// 10 × 90 / 100 = 9; entered 10 → differs
			PerfBudgetScore score = budget("budget weight 10 planned 100 executed 90 score 10");
			assertThat(score.ruleRounded()).isEqualByComparingTo("9");
			assertThat(score.differs()).isTrue();
			// 10 × 95 / 100 = 9.5, which an analyst writing whole points rounds to 10: agrees at the precision written
			assertThat(budget("budget weight 10 planned 100 executed 95 score 10").differs()).isFalse();
		}

		@Test
		void missingExecutionIsPendingNotScored() {
			PerfBudgetScore score = budget("budget weight 20 planned 100 executed ---");
			assertThat(score.rate()).isNull();
			assertThat(score.rule()).isNull();
			assertThat(score.pending()).isTrue();
			assertThat(score.counted()).isEqualByComparingTo("0");
		}

		@Test
		void zeroBudgetHasNoRate() {
			assertThat(budget("budget weight 20 planned 0 executed 5").rate()).isNull();
		}
	}

	@Nested
	class Quantitative {

		@Test
		void metTargetGetsFullWeight() {
			// 95 % ≥ 90 % → met → 10
			PerfIndicatorScore score = row("indicator 效益.满意度 \"居民满意度\" ≥ 90% weight 10 actual 95%");
			assertThat(score.outcome()).isEqualTo(PerfOutcome.MET);
			assertThat(score.rule()).isEqualByComparingTo("10");
		}

		@Test
		void overAchievementIsCappedAtFullWeight() {
			// 18 次 ≥ 12 次: met, 10 — not 18 ÷ 12 × 10 = 15
			assertThat(row("indicator 产出.数量 \"活动次数\" ≥ 12 次 weight 10 actual 18 次").rule()).isEqualByComparingTo("10");
		}

		@Test
		void positiveBelowTargetIsProportional() {
			// 60 ÷ 80 × 0.5 = 0.375 → 0.38 (half up)
			PerfIndicatorScore score = row("indicator 产出.质量 \"招商引资完成率\" 80% weight 0.5 actual 60% score 0.3");
			assertThat(score.outcome()).isEqualTo(PerfOutcome.BELOW_TARGET);
			assertThat(score.rule()).isEqualByComparingTo("0.38");
			assertThat(score.differs()).isTrue();
			assertThat(score.belowTarget()).isTrue();
			assertThat(score.reason()).contains("60 ÷ 80 × 0.5 = 0.38");
		}

		@Test
		void negativeMetWhenAtOrBelowTheLimit() {
			assertThat(row("indicator 产出.时效 \"故障修复响应时间\" ≤ 24 小时 weight 5 actual 20 小时").rule()).isEqualByComparingTo("5");
			assertThat(row("indicator 产出.时效 \"故障修复响应时间\" ≤ 24 小时 weight 5 actual 24 小时").rule()).isEqualByComparingTo("5");
		}

		@Test
		void negativeWithActualAboveTargetIsTargetOverActual() {
			// 24 ÷ 30 × 5 = 4
			PerfIndicatorScore score = row("indicator 产出.时效 \"故障修复响应时间\" ≤ 24 小时 weight 5 actual 30 小时");
			assertThat(score.outcome()).isEqualTo(PerfOutcome.BELOW_TARGET);
			assertThat(score.rule()).isEqualByComparingTo("4");
			assertThat(score.reason()).contains("目标 ÷ 实际 × 分值 = 24 ÷ 30 × 5");
		}

		@Test
		void costIsNegativeByItsCategory() {
			// 成本 without comparator is 反向: 939.9 万元 ≤ 1069.34 万元 → met → 10 (seed 003 entered 8.8)
			PerfIndicatorScore score = row("indicator 产出.成本 \"不超过预算总金额\" 1069.34 万元 weight 10 actual 939.9 万元 score 8.8");
			assertThat(score.outcome()).isEqualTo(PerfOutcome.MET);
			assertThat(score.rule()).isEqualByComparingTo("10");
			assertThat(score.differs()).isTrue();
		}

		@Test
		void moneyInYuanIsComparedInWanYuan() {
			// 120000 元 = 12 万元 ≤ 15 万元 → met
			assertThat(row("indicator 产出.成本 \"活动经费\" ≤ 15 万元 weight 7 actual 120000 元").outcome()).isEqualTo(PerfOutcome.MET);
		}

		@Test
		void equalIndicatorsScoreByDeviation() {
			// (1 − |12 − 10| ÷ 10) × 5 = 0.8 × 5 = 4; below: (1 − |8 − 10| ÷ 10) × 5 = 4; far off: 1 − 15 ÷ 10 < 0 → 0
			assertThat(row("indicator 产出.数量 \"培训人数\" = 10 个 weight 5 actual 12 个").rule()).isEqualByComparingTo("4");
			assertThat(row("indicator 产出.数量 \"培训人数\" = 10 个 weight 5 actual 8 个").rule()).isEqualByComparingTo("4");
			assertThat(row("indicator 产出.数量 \"培训人数\" = 10 个 weight 5 actual 25 个").rule()).isEqualByComparingTo("0");
			assertThat(row("indicator 产出.数量 \"培训人数\" = 10 个 weight 5 actual 10 个").outcome()).isEqualTo(PerfOutcome.MET);
		}

		@Test
		void actualZero() {
			// 正向: 0 ÷ 12 × 6 = 0; 反向: 0 ≤ 3 → met, 4; 等于: (1 − 10 ÷ 10) × 5 = 0
			PerfIndicatorScore positive = row("indicator 产出.数量 \"活动次数\" ≥ 12 次 weight 6 actual 0 次");
			assertThat(positive.outcome()).isEqualTo(PerfOutcome.BELOW_TARGET);
			assertThat(positive.rule()).isEqualByComparingTo("0");
			assertThat(row("indicator 产出.质量 \"安全事故\" ≤ 3 起 weight 4 actual 0 起").rule()).isEqualByComparingTo("4");
			assertThat(row("indicator 产出.数量 \"培训人数\" = 10 个 weight 5 actual 0 个").rule()).isEqualByComparingTo("0");
		}

		@Test
		void targetZero() {
			// 反向 ≤ 0: 0 met → 4; 2 → 0 ÷ 2 × 4 = 0. 正向 ≥ 0: anything met. 等于 0: 1 → no proportion, 0
			assertThat(row("indicator 产出.质量 \"安全事故\" ≤ 0 起 weight 4 actual 0 起").rule()).isEqualByComparingTo("4");
			PerfIndicatorScore accidents = row("indicator 产出.质量 \"安全事故\" ≤ 0 起 weight 4 actual 2 起");
			assertThat(accidents.outcome()).isEqualTo(PerfOutcome.BELOW_TARGET);
			assertThat(accidents.rule()).isEqualByComparingTo("0");
			assertThat(row("indicator 产出.数量 \"新增次数\" ≥ 0 次 weight 2 actual 0 次").rule()).isEqualByComparingTo("2");
			PerfIndicatorScore equal = row("indicator 产出.数量 \"投诉件数\" = 0 件 weight 3 actual 1 件");
			assertThat(equal.rule()).isEqualByComparingTo("0");
			assertThat(equal.reason()).contains("目标为 0");
		}

		@Test
		void rankSmallerIsBetter() {
			// 前 25 名, actual 第 30 名: 25 ÷ 30 × 2 = 1.666… → 1.67; 第 20 名 → met
			assertThat(row("indicator 产出.质量 \"考核排名\" 前 25 名 weight 2 actual 第 30 名").rule()).isEqualByComparingTo("1.67");
			assertThat(row("indicator 产出.质量 \"考核排名\" 前 25 名 weight 2 actual 第 20 名").rule()).isEqualByComparingTo("2");
		}

		@Test
		void rangeTargets() {
			// 1-2 次/30天: actual 1-2 → met; 3 次/30天 → above the range: 2 ÷ 3 × 0.5 = 0.33; 0.5 次/30天 → 0.5 ÷ 1 × 0.5 = 0.25
			assertThat(row("indicator 产出.数量 \"训练次数\" 1-2 次/30天 weight 0.5 actual 1-2 次/30天").outcome()).isEqualTo(PerfOutcome.MET);
			assertThat(row("indicator 产出.数量 \"训练次数\" 1-2 次/30天 weight 0.5 actual 3 次/30天").rule()).isEqualByComparingTo("0.33");
			assertThat(row("indicator 产出.数量 \"训练次数\" 1-2 次/30天 weight 0.5 actual 0.5 次/30天").rule()).isEqualByComparingTo("0.25");
		}

		@Test
		void yesNoHasNoPartialScore() {
			assertThat(row("indicator 产出.质量 \"是否按时完成\" 是 weight 3 actual 是").rule()).isEqualByComparingTo("3");
			PerfIndicatorScore no = row("indicator 产出.质量 \"是否按时完成\" 是 weight 3 actual 否");
			assertThat(no.rule()).isEqualByComparingTo("0");
			assertThat(no.belowTarget()).isTrue();
		}
	}

	@Nested
	class NotComparable {

		@Test
		void missingActualScoresNothing() {
			// --- or no actual at all: 0 by the rules; an entered score then differs
			PerfIndicatorScore dashes = row("indicator 产出.数量 \"装修面积\" 1712 平方 weight 0.5 actual --- score 0.4");
			assertThat(dashes.outcome()).isEqualTo(PerfOutcome.NO_ACTUAL);
			assertThat(dashes.rule()).isEqualByComparingTo("0");
			assertThat(dashes.differs()).isTrue();
			assertThat(dashes.belowTarget()).isFalse();
			PerfIndicatorScore absent = row("indicator 产出.数量 \"装修面积\" 1712 平方 weight 0.5");
			assertThat(absent.outcome()).isEqualTo(PerfOutcome.NO_ACTUAL);
			assertThat(absent.pending()).isTrue();
			assertThat(absent.counted()).isEqualByComparingTo("0");
		}

		@Test
		void differentUnitsAreNotCompared() {
			PerfIndicatorScore score = row("indicator 产出.数量 \"覆盖社区\" ≥ 20 个 weight 2 actual 20 次 score 1");
			assertThat(score.outcome()).isEqualTo(PerfOutcome.UNDECIDED);
			assertThat(score.rule()).isNull();
			assertThat(score.differs()).isFalse();
			assertThat(score.counted()).isEqualByComparingTo("1");
			assertThat(score.computed()).isEqualByComparingTo("1");
		}

		@Test
		void anActualWrittenAsABoundIsNotAValue() {
			// seed 003 L201: target 80 %, actual ≤ 80 %: only an upper bound, the rules cannot score it
			assertThat(row("indicator 产出.质量 \"招商引资完成率\" 80% weight 1 actual ≤ 80% score 0.5").outcome()).isEqualTo(PerfOutcome.UNDECIDED);
			// ≥ 85 % for ≥ 80 %: the bound already meets the target
			assertThat(row("indicator 效益.满意度 \"居民满意度\" ≥ 80% weight 2 actual ≥ 85%").rule()).isEqualByComparingTo("2");
		}

		@Test
		void textActualAgainstANumberIsUndecided() {
			PerfIndicatorScore score = row("indicator 产出.数量 \"活动举办率\" 1 次/月 weight 8 actual \"不定期举办\" score 6");
			assertThat(score.outcome()).isEqualTo(PerfOutcome.UNDECIDED);
			assertThat(score.counted()).isEqualByComparingTo("6");
		}

		@Test
		void noWeightNoScore() {
			assertThat(row("indicator 产出.数量 \"活动次数\" ≥ 12 次 actual 12 次").outcome()).isEqualTo(PerfOutcome.NO_WEIGHT);
		}
	}

	@Nested
	class Qualitative {

		@Test
		void sameWordingIsMet() {
			// seed 003 L436: 优化环境 → 优化环境, weight 6, entered 5: met → 6
			PerfIndicatorScore score = row("indicator 效益.生态效益 \"生态效益\" \"优化环境\" weight 6 actual \"优化环境\" score 5");
			assertThat(score.outcome()).isEqualTo(PerfOutcome.MET);
			assertThat(score.rule()).isEqualByComparingTo("6");
			assertThat(score.differs()).isTrue();
		}

		@Test
		void differentWordingWithoutLevelIsUndecided() {
			PerfIndicatorScore score = row("indicator 效益.社会效益 \"社会效益\" \"无\" weight 6 actual \"逐步提升\" score 5");
			assertThat(score.outcome()).isEqualTo(PerfOutcome.UNDECIDED);
			assertThat(score.rule()).isNull();
			assertThat(score.counted()).isEqualByComparingTo("5");
		}

		@Test
		void achievedBandIs80To100Percent() {
			// 达成, weight 10: 8–10. 9 inside; 7 outside (nearest 8); none entered → the top, 10
			PerfIndicatorScore inside = row("indicator 效益.社会效益 \"居民文化生活\" \"明显改善\" weight 10 actual \"较丰富\" level 达成 score 9");
			assertThat(inside.outcome()).isEqualTo(PerfOutcome.BAND);
			assertThat(inside.differs()).isFalse();
			assertThat(inside.rule()).isEqualByComparingTo("9");
			assertThat(inside.belowTarget()).isFalse();
			PerfIndicatorScore outside = row("indicator 效益.社会效益 \"居民文化生活\" \"明显改善\" weight 10 actual \"较丰富\" level 达成 score 7");
			assertThat(outside.differs()).isTrue();
			assertThat(outside.rule()).isEqualByComparingTo("8");
			assertThat(outside.reason()).contains("8–10 分");
			assertThat(row("indicator 效益.社会效益 \"居民文化生活\" \"明显改善\" weight 10 actual \"较丰富\" level 达成").rule())
					.isEqualByComparingTo("10");
		}

		@Test
		void partialAndNotAchievedBands() {
			// 部分达成, weight 5: 3–4; 4.5 is outside (nearest 4). 未达成, weight 5: 0–3; 3 is inside (bounds included)
			PerfIndicatorScore partial = row("indicator 效益.社会效益 \"居民文化生活\" \"明显改善\" weight 5 actual \"有所改善\" level 部分达成 score 4.5");
			assertThat(partial.differs()).isTrue();
			assertThat(partial.rule()).isEqualByComparingTo("4");
			assertThat(partial.belowTarget()).isTrue();
			PerfIndicatorScore not = row("indicator 效益.社会效益 \"居民文化生活\" \"明显改善\" weight 5 actual \"未改善\" level 未达成 score 3");
			assertThat(not.differs()).isFalse();
			assertThat(row("indicator 效益.社会效益 \"居民文化生活\" \"明显改善\" weight 5 actual \"有所改善\" level 部分达成").rule())
					.isEqualByComparingTo("4");
		}
	}

	@Nested
	class Tables {

		@Test
		void sectionsTotalAndGradeEnteredAndComputed() {
			// budget 20 × 95 % = 19 (none entered); objective 18 (entered, no rule);
			// 产出: 活动次数 met 15 (entered 14), 经费 met 7 → entered 14 + 7 = 21, computed 15 + 7 = 22
			// 效益: 满意度 75 ÷ 80 × 10 = 9.375 → 9.38 (none entered) and 社会效益 undecided, entered 8
			//       → entered 9.38 + 8 = 17.38, computed 9.38 + 8 = 17.38
			// total entered 19 + 18 + 21 + 17.38 = 75.38 (中); computed 19 + 18 + 22 + 17.38 = 76.38 (中)
			ProjectSelfEvaluation table = table("budget weight 20 planned 100 executed 95",
					"objective weight 20 \"目标\" actual \"完成\" score 18",
					"section 产出 weight 22", "section 效益 weight 18",
					"indicator 产出.数量 \"活动次数\" ≥ 12 次 weight 15 actual 12 次 score 14",
					"indicator 产出.成本 \"活动经费\" ≤ 15 万元 weight 7 actual 15 万元",
					"indicator 效益.满意度 \"居民满意度\" ≥ 80% weight 10 actual 75%",
					"indicator 效益.社会效益 \"社会效益\" \"无\" weight 8 actual \"逐步提升\" score 8");
			PerfScorecard card = SCORING.evaluate(table);
			assertThat(card.budget().counted()).isEqualByComparingTo("19");
			assertThat(card.objective().entered()).isEqualByComparingTo("18");
			assertThat(card.goals().get(0).sections()).extracting(l -> l.label() + " " + l.weight() + " " + l.entered().stripTrailingZeros().toPlainString()
					+ " " + l.computed().stripTrailingZeros().toPlainString()).containsExactly("产出指标 22 21 22", "效益指标 18 17.38 17.38");
			assertThat(card.total().entered()).isEqualByComparingTo("75.38");
			assertThat(card.total().computed()).isEqualByComparingTo("76.38");
			assertThat(card.weightSum()).isEqualByComparingTo("80");
			assertThat(card.enteredGrade()).isEqualTo(Grade.FAIR);
			assertThat(card.computedGrade()).isEqualTo(Grade.FAIR);
		}

		@Test
		void weightsNotSummingAreReportedNotRescaled() {
			// 20 + 25 + 60 = 105 points: the total stays the plain sum of the scores, 20 + 25 + 60 = 105 → 优
			ProjectSelfEvaluation table = table("budget weight 20 planned 10 executed 10",
					"objective weight 25 \"目标\" actual \"完成\" score 25",
					"indicator 产出.数量 \"活动次数\" ≥ 12 次 weight 60 actual 12 次");
			PerfScorecard card = SCORING.evaluate(table);
			assertThat(card.weightSum()).isEqualByComparingTo("105");
			assertThat(card.weightsComplete()).isFalse();
			assertThat(card.total().computed()).isEqualByComparingTo("105");
			assertThat(card.computedGrade()).isEqualTo(Grade.EXCELLENT);
		}

		@Test
		void pendingRowsAreCounted() {
			// no 执行数, no objective score, one row without actual: 3 pending
			ProjectSelfEvaluation table = table("budget weight 20 planned 10 executed ---", "objective weight 20 \"目标\" actual \"\"",
					"indicator 产出.数量 \"活动次数\" ≥ 12 次 weight 60 actual ---");
			assertThat(SCORING.evaluate(table).total().pending()).isEqualTo(3);
		}

		@Test
		void gradeBoundaries() {
			assertThat(PerfScoring.grade(d("90"))).isEqualTo(Grade.EXCELLENT);
			assertThat(PerfScoring.grade(d("89.99"))).isEqualTo(Grade.GOOD);
			assertThat(PerfScoring.grade(d("80"))).isEqualTo(Grade.GOOD);
			assertThat(PerfScoring.grade(d("79.99"))).isEqualTo(Grade.FAIR);
			assertThat(PerfScoring.grade(d("60"))).isEqualTo(Grade.FAIR);
			assertThat(PerfScoring.grade(d("59.99"))).isEqualTo(Grade.POOR);
		}
	}
}
