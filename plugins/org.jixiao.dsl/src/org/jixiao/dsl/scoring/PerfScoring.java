// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfNumbers;
import org.jixiao.dsl.model.PerfSourceText;
import org.jixiao.dsl.model.PerfStages;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.model.Achievement;
import org.jixiao.model.BudgetExecution;
import org.jixiao.model.Comparator;
import org.jixiao.model.Direction;
import org.jixiao.model.Goal;
import org.jixiao.model.Grade;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Money;
import org.jixiao.model.OverallObjective;
import org.jixiao.model.Percentage;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.Qualitative;
import org.jixiao.model.Quantity;
import org.jixiao.model.Range;
import org.jixiao.model.Rank;
import org.jixiao.model.SectionWeight;
import org.jixiao.model.SelfEvaluation;
import org.jixiao.model.Value;
import org.jixiao.model.YesNo;

/**
 * The scoring rules of a self-evaluation (docs/selfeval.md), the one implementation
 * behind validation, hover, the command line and the generated forms. A plain service: no
 * injection, no UI; it reads the model and never changes it.
 *
 * <ul>
 * <li>预算执行: weight × min(执行数 ÷ 预算数, 100%).</li>
 * <li>Quantitative indicators: met → full weight; 正向 actual ÷ target × weight; 反向 target ÷ actual ×
 * weight; 等于 (1 − |actual − target| ÷ target) × weight; never above the weight.</li>
 * <li>Qualitative indicators with a level: the score must lie in the level's band (达成 80–100%,
 * 部分达成 60–80%, 未达成 0–60%); without an entered score the band's top counts.</li>
 * <li>No actual value: no points. Where the rules cannot compare, the entered score stands.</li>
 * <li>Grade: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below.</li>
 * </ul>
 */
public class PerfScoring {

	/** Scores closer than this count as equal (the validation profile's {@code score.tolerance}). */
	public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.01");

	private static final BigDecimal NINETY = BigDecimal.valueOf(90);
	private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);
	private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

	private final BigDecimal tolerance;

	public PerfScoring() {
		this(DEFAULT_TOLERANCE);
	}

	public PerfScoring(BigDecimal tolerance) {
		this.tolerance = tolerance;
	}

	/** 优 ≥ 90, 良 80 to below 90, 中 60 to below 80, 差 below 60. */
	public static Grade grade(BigDecimal total) {
		if (total.compareTo(NINETY) >= 0) {
			return Grade.EXCELLENT;
		}
		if (total.compareTo(EIGHTY) >= 0) {
			return Grade.GOOD;
		}
		return total.compareTo(SIXTY) >= 0 ? Grade.FAIR : Grade.POOR;
	}

	/** The band of a level as fractions of the weight: 达成 [0.8, 1], 部分达成 [0.6, 0.8], 未达成 [0, 0.6]. */
	public static BigDecimal[] band(Achievement achievement) {
		return switch (achievement) {
		case ACHIEVED -> new BigDecimal[] { new BigDecimal("0.8"), BigDecimal.ONE };
		case PARTIAL -> new BigDecimal[] { new BigDecimal("0.6"), new BigDecimal("0.8") };
		default -> new BigDecimal[] { BigDecimal.ZERO, new BigDecimal("0.6") };
		};
	}

	// ------------------------------------------------------------------ 预算执行

	public PerfBudgetScore budget(BudgetExecution budget) {
		BigDecimal weight = budget.getWeight();
		BigDecimal entered = budget.getScore();
		BigDecimal rate = PerfNumbers.percent(budget.getExecuted(), budget.getPlanned());
		if (rate == null) {
			String why = budget.getPlanned() == null ? "没有预算数（A）" : budget.getExecuted() == null ? "没有执行数（B）" : "预算数为 0";
			return new PerfBudgetScore(budget, weight, null, entered, null, false, why + "，无法计算执行率。");
		}
		if (weight == null) {
			return new PerfBudgetScore(budget, null, rate, entered, null, false, "没有分值，无法计分。");
		}
		BigDecimal capped = rate.divide(PerfNumbers.HUNDRED, MathContext.DECIMAL64).min(BigDecimal.ONE);
		BigDecimal rule = weight.multiply(capped);
		// The analyst rounds the rate (87.9%) before multiplying: compare at the precision written.
		boolean differs = entered != null && PerfNumbers.differs(entered, PerfNumbers.roundLike(rule, entered), tolerance);
		String reason = "执行率 = 执行数 " + plain(budget.getExecuted()) + " ÷ 预算数 " + plain(budget.getPlanned()) + " = "
				+ PerfNumbers.plain2(rate) + "%；得分 = 分值 " + plain(weight) + " × min(执行率, 100%) = " + PerfNumbers.plain2(rule)
				+ " 分。";
		return new PerfBudgetScore(budget, weight, rate, entered, rule, differs, reason);
	}

	// ------------------------------------------------------------------ indicators

	/** The rules' score of one indicator of a self-evaluation, beside the entered one. */
	public PerfIndicatorScore indicator(Indicator indicator) {
		BigDecimal weight = indicator.getWeight();
		BigDecimal entered = indicator.getScore();
		if (weight == null) {
			return new PerfIndicatorScore(indicator, null, entered, null, PerfOutcome.NO_WEIGHT, false, false, () -> "没有分值，无法计分。");
		}
		if (PerfValues.isEmpty(indicator.getActual())) {
			return verdict(indicator, weight, entered, BigDecimal.ZERO, PerfOutcome.NO_ACTUAL, false,
					() -> "没有实际完成值（未填或 ---），按规则不得分。");
		}
		Judgement judgement = compare(indicator, weight);
		if (judgement.outcome() == PerfOutcome.UNDECIDED && hasLevel(indicator)) {
			return band(indicator, weight, entered);
		}
		return verdict(indicator, weight, entered, judgement.rule(), judgement.outcome(), judgement.outcome() == PerfOutcome.BELOW_TARGET,
				judgement.reason());
	}

	private static boolean hasLevel(Indicator indicator) {
		return indicator.getLevel() != null && indicator.getLevel() != Achievement.UNSPECIFIED;
	}

	private PerfIndicatorScore verdict(Indicator indicator, BigDecimal weight, BigDecimal entered, BigDecimal rule, PerfOutcome outcome,
			boolean below, Supplier<String> reason) {
		BigDecimal rounded = rule == null ? null : rule.min(weight).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
		boolean differs = rounded != null && entered != null && PerfNumbers.differs(entered, rounded, tolerance);
		return new PerfIndicatorScore(indicator, weight, entered, rounded, outcome, differs, below, reason);
	}

	private PerfIndicatorScore band(Indicator indicator, BigDecimal weight, BigDecimal entered) {
		Achievement level = indicator.getLevel();
		BigDecimal[] band = band(level);
		BigDecimal low = weight.multiply(band[0]);
		BigDecimal high = weight.multiply(band[1]);
		Supplier<String> range = () -> "完成程度“" + level.getLiteral() + "”，得分区间为分值 " + plain(weight) + " 的 "
				+ plain(band[0].multiply(PerfNumbers.HUNDRED)) + "%–" + plain(band[1].multiply(PerfNumbers.HUNDRED)) + "%，即 "
				+ PerfNumbers.plain2(low) + "–" + PerfNumbers.plain2(high) + " 分";
		boolean below = level != Achievement.ACHIEVED;
		if (entered == null) {
			return new PerfIndicatorScore(indicator, weight, null, high.setScale(2, RoundingMode.HALF_UP), PerfOutcome.BAND, false, below,
					() -> range.get() + "；未填得分，按区间上限计 " + PerfNumbers.plain2(high) + " 分。");
		}
		if (entered.compareTo(low) >= 0 && entered.compareTo(high) <= 0) {
			return new PerfIndicatorScore(indicator, weight, entered, entered, PerfOutcome.BAND, false, below, () -> range.get() + "；填报得分在区间内。");
		}
		BigDecimal nearest = entered.compareTo(low) < 0 ? low : high;
		return new PerfIndicatorScore(indicator, weight, entered, nearest.setScale(2, RoundingMode.HALF_UP), PerfOutcome.BAND, true, below,
				() -> range.get() + "；填报得分不在区间内。");
	}

	/** The rules' reading of target against actual (actual present, weight present). */
	private record Judgement(PerfOutcome outcome, BigDecimal rule, Supplier<String> reason) {
		static Judgement undecided(Supplier<String> reason) {
			return new Judgement(PerfOutcome.UNDECIDED, null, reason);
		}
	}

	/** An amount with its unit and written comparator, as the rules compare them. */
	private record Reading(BigDecimal amount, String unit, Comparator comparator) {
	}

	/** Against the target that holds: the adjusted one (调整后目标值) where the form writes it. */
	private Judgement compare(Indicator indicator, BigDecimal weight) {
		Value target = PerfStages.target(indicator);
		Value actual = indicator.getActual();
		Supplier<String> written = () -> "实际 " + show(actual) + "，目标 " + show(target);
		if (target instanceof YesNo t && actual instanceof YesNo a) {
			return t.isYes() == a.isYes() ? new Judgement(PerfOutcome.MET, weight, () -> written.get() + "：已达成，得满分 " + plain(weight) + " 分。")
					: new Judgement(PerfOutcome.BELOW_TARGET, BigDecimal.ZERO, () -> written.get() + "：未达成，是/否指标没有部分得分，得 0 分。");
		}
		if (target instanceof Range range) {
			return range(range, actual, weight, written);
		}
		Reading t = reading(target);
		Reading a = reading(actual);
		if (t != null && a != null) {
			if (!Objects.equals(t.unit(), a.unit())) {
				return Judgement.undecided(() -> written.get() + "：单位不同（" + unitName(t.unit()) + " 与 " + unitName(a.unit()) + "），规则无法比较。");
			}
			Direction direction = target instanceof Rank ? Direction.NEGATIVE
					: PerfIndicators.scoringDirection(indicator, target.getComparator(), PerfValues.unit(target));
			return numeric(t.amount(), a, direction, weight, written);
		}
		if (target instanceof Qualitative q && actual instanceof Qualitative aq) {
			if (normalized(q.getText()).equals(normalized(aq.getText()))) {
				return new Judgement(PerfOutcome.MET, weight, () -> written.get() + "：实际完成情况与目标表述相同，视为达成，得满分 " + plain(weight) + " 分。");
			}
			return Judgement.undecided(() -> written.get() + "：定性指标表述不同，未写完成程度（level 达成/部分达成/未达成），规则无法核对。");
		}
		if (actual instanceof Qualitative) {
			return Judgement.undecided(() -> written.get() + "：实际值是文字，无法与目标比较；可写完成程度（level 达成/部分达成/未达成）。");
		}
		return Judgement.undecided(() -> written.get() + "：目标与实际值的写法不同，规则无法比较。");
	}

	private Judgement numeric(BigDecimal target, Reading actual, Direction direction, BigDecimal weight, Supplier<String> written) {
		BigDecimal a = actual.amount();
		Comparator bound = actual.comparator();
		boolean exact = bound == null || bound == Comparator.NONE || bound == Comparator.EQ;
		int cmp = a.compareTo(target);
		boolean met = switch (direction) {
		case NEGATIVE -> cmp <= 0;
		case EQUAL -> cmp == 0;
		default -> cmp >= 0;
		};
		if (!exact) {
			Direction boundDirection = PerfValues.directionOf(bound);
			if (direction != Direction.EQUAL && boundDirection == direction && met) {
				return new Judgement(PerfOutcome.MET, weight, () -> written.get() + "：实际值写作下限/上限，已达到目标，得满分 " + plain(weight) + " 分。");
			}
			return Judgement.undecided(() -> written.get() + "：实际值写成“" + PerfValues.symbol(bound) + "”的界限而不是实际完成值，规则无法计分。");
		}
		if (met) {
			return new Judgement(PerfOutcome.MET, weight, () -> written.get() + "：已达成，得满分 " + plain(weight) + " 分。");
		}
		BigDecimal rule;
		Supplier<String> formula;
		switch (direction) {
		case NEGATIVE -> {
			rule = weight.multiply(target).divide(a, MathContext.DECIMAL64);
			formula = () -> "反向指标按 目标 ÷ 实际 × 分值 = " + plain(target) + " ÷ " + plain(a) + " × " + plain(weight);
		}
		case EQUAL -> {
			if (target.signum() == 0) {
				return new Judgement(PerfOutcome.BELOW_TARGET, BigDecimal.ZERO, () -> written.get() + "：未达成；目标为 0，偏差无法按比例计，得 0 分。");
			}
			BigDecimal deviation = a.subtract(target).abs().divide(target, MathContext.DECIMAL64);
			rule = weight.multiply(BigDecimal.ONE.subtract(deviation).max(BigDecimal.ZERO));
			formula = () -> "等于类指标按偏差计 (1 − |实际 − 目标| ÷ 目标) × 分值 = (1 − |" + plain(a) + " − " + plain(target) + "| ÷ "
					+ plain(target) + ") × " + plain(weight);
		}
		default -> {
			rule = weight.multiply(a).divide(target, MathContext.DECIMAL64);
			formula = () -> "正向指标按 实际 ÷ 目标 × 分值 = " + plain(a) + " ÷ " + plain(target) + " × " + plain(weight);
		}
		}
		return new Judgement(PerfOutcome.BELOW_TARGET, rule,
				() -> written.get() + "：未达成，" + formula.get() + " = " + PerfNumbers.plain2(rule.min(weight)) + " 分。");
	}

	/** A range target (1-2 次/30天): an actual inside it meets it; outside, proportional to the nearer end. */
	private Judgement range(Range target, Value actual, BigDecimal weight, Supplier<String> written) {
		if (target.getFrom() == null || target.getTo() == null) {
			return Judgement.undecided(() -> written.get() + "：目标区间不完整。");
		}
		if (actual instanceof Range a) {
			if (Objects.equals(target.getUnit(), a.getUnit()) && a.getFrom() != null && a.getTo() != null
					&& a.getFrom().compareTo(target.getFrom()) >= 0 && a.getTo().compareTo(target.getTo()) <= 0) {
				return new Judgement(PerfOutcome.MET, weight, () -> written.get() + "：实际在目标区间内，得满分 " + plain(weight) + " 分。");
			}
			return Judgement.undecided(() -> written.get() + "：实际区间超出目标区间或单位不同，规则无法计分。");
		}
		if (actual instanceof Quantity q && q.getAmount() != null && Objects.equals(target.getUnit(), q.getUnit())
				&& (q.getComparator() == Comparator.NONE || q.getComparator() == Comparator.EQ)) {
			BigDecimal a = q.getAmount();
			if (a.compareTo(target.getFrom()) < 0) {
				BigDecimal rule = weight.multiply(a).divide(target.getFrom(), MathContext.DECIMAL64);
				return new Judgement(PerfOutcome.BELOW_TARGET, rule, () -> written.get() + "：低于区间下限，按 实际 ÷ 下限 × 分值 = " + plain(a) + " ÷ "
						+ plain(target.getFrom()) + " × " + plain(weight) + " = " + PerfNumbers.plain2(rule) + " 分。");
			}
			if (a.compareTo(target.getTo()) > 0) {
				BigDecimal rule = weight.multiply(target.getTo()).divide(a, MathContext.DECIMAL64);
				return new Judgement(PerfOutcome.BELOW_TARGET, rule, () -> written.get() + "：高于区间上限，按 上限 ÷ 实际 × 分值 = " + plain(target.getTo())
						+ " ÷ " + plain(a) + " × " + plain(weight) + " = " + PerfNumbers.plain2(rule) + " 分。");
			}
			return new Judgement(PerfOutcome.MET, weight, () -> written.get() + "：实际在目标区间内，得满分 " + plain(weight) + " 分。");
		}
		return Judgement.undecided(() -> written.get() + "：目标是区间，实际值无法与之比较。");
	}

	/** Percentages in %, money in 万元, counts in their unit, ranks by position; null for other values. */
	private static Reading reading(Value value) {
		if (value instanceof Percentage p && p.getAmount() != null) {
			return new Reading(p.getAmount(), "%", p.getComparator());
		}
		if (value instanceof Money m && m.getAmount() != null) {
			return new Reading(PerfValues.inWanYuan(m), "万元", m.getComparator());
		}
		if (value instanceof Quantity q && q.getAmount() != null) {
			return new Reading(q.getAmount(), q.getUnit() == null ? "" : q.getUnit(), q.getComparator());
		}
		if (value instanceof Rank r && r.getPosition() != null) {
			return new Reading(BigDecimal.valueOf(r.getPosition()), "名", Comparator.NONE);
		}
		return null;
	}

	private static String unitName(String unit) {
		return unit == null || unit.isEmpty() ? "无单位" : "“" + unit + "”";
	}

	private static String normalized(String text) {
		return text == null ? "" : PerfSourceText.compact(text);
	}

	/** A value as the analyst wrote it (from the source), else rebuilt from the model. */
	public static String show(Value value) {
		if (value == null) {
			return "（空）";
		}
		String written = PerfSourceText.display(PerfSourceText.text(value));
		if (!written.isEmpty()) {
			return written;
		}
		String comparator = PerfValues.symbol(value.getComparator());
		String prefix = comparator.isEmpty() ? "" : comparator + " ";
		if (value instanceof Percentage p) {
			return prefix + plain(p.getAmount()) + "%";
		}
		if (value instanceof Money m) {
			return prefix + plain(m.getAmount()) + " " + m.getUnit().getLiteral();
		}
		if (value instanceof Quantity q) {
			return prefix + plain(q.getAmount()) + (q.getUnit() == null ? "" : " " + q.getUnit());
		}
		if (value instanceof Range r) {
			return plain(r.getFrom()) + "-" + plain(r.getTo()) + (r.getUnit() == null ? "" : " " + r.getUnit());
		}
		if (value instanceof Rank r) {
			return (r.isOrBetter() ? "前" : "第") + r.getPosition() + "名";
		}
		if (value instanceof YesNo y) {
			return y.isYes() ? "是" : "否";
		}
		if (value instanceof Qualitative q) {
			return prefix + "“" + q.getText() + "”";
		}
		return "---";
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : PerfNumbers.plain(value);
	}

	// ------------------------------------------------------------------ whole tables

	/** The whole table: each part, each goal and 一级 section, the total and the grade. */
	public PerfScorecard evaluate(SelfEvaluation evaluation) {
		PerfBudgetScore budget = evaluation.getBudget() == null ? null : budget(evaluation.getBudget());
		PerfScoreLine objective = null;
		if (evaluation instanceof ProjectSelfEvaluation project && project.getObjective() != null) {
			OverallObjective o = project.getObjective();
			BigDecimal score = o.getScore() == null ? BigDecimal.ZERO : o.getScore();
			objective = new PerfScoreLine("项目绩效总目标", o.getWeight(), score, score, o.getScore() == null ? 1 : 0);
		}
		List<PerfGoalScore> goals = new ArrayList<>();
		for (int i = 0; i < evaluation.getGoals().size(); i++) {
			goals.add(goal(evaluation.getGoals().get(i), goalLabel(evaluation, i)));
		}
		BigDecimal weight = BigDecimal.ZERO;
		BigDecimal entered = BigDecimal.ZERO;
		BigDecimal computed = BigDecimal.ZERO;
		int pending = 0;
		if (budget != null) {
			weight = add(weight, budget.weight());
			entered = entered.add(budget.counted());
			computed = computed.add(budget.computed());
			pending += budget.pending() ? 1 : 0;
		}
		if (objective != null) {
			weight = add(weight, objective.weight());
			entered = entered.add(objective.entered());
			computed = computed.add(objective.computed());
			pending += objective.pending();
		}
		for (PerfGoalScore goal : goals) {
			weight = add(weight, goal.line().weight());
			entered = entered.add(goal.line().entered());
			computed = computed.add(goal.line().computed());
			pending += goal.line().pending();
		}
		PerfScoreLine total = new PerfScoreLine("合计", weight, entered, computed, pending);
		return new PerfScorecard(evaluation, budget, objective, goals, total, weight, evaluation.getTotal(), grade(entered),
				grade(computed));
	}

	private static String goalLabel(SelfEvaluation evaluation, int index) {
		Goal goal = evaluation.getGoals().get(index);
		if (goal.getName() != null) {
			return goal.getName();
		}
		if (evaluation instanceof ProjectSelfEvaluation && evaluation.getGoals().size() == 1) {
			return "项目年度绩效指标";
		}
		return "目标" + (index + 1);
	}

	/** One goal: its 一级 sections as the goal lists them, then any 一级 its indicators use but it does not list. */
	public PerfGoalScore goal(Goal goal, String label) {
		List<PerfIndicatorScore> scores = goal.getIndicators().stream().map(this::indicator).toList();
		Map<Level1Category, List<PerfIndicatorScore>> byLevel1 = new LinkedHashMap<>();
		for (PerfIndicatorScore score : scores) {
			byLevel1.computeIfAbsent(PerfIndicators.level1(score.indicator()), k -> new ArrayList<>()).add(score);
		}
		List<PerfScoreLine> sections = new ArrayList<>();
		for (SectionWeight section : goal.getSections()) {
			Level1Category level1 = section.getLevel1() == null || section.getLevel1().eIsProxy() ? null : section.getLevel1();
			if (level1 != null) {
				sections.add(line(PerfIndicators.title(level1), section.getWeight(), byLevel1.remove(level1)));
			}
		}
		for (Map.Entry<Level1Category, List<PerfIndicatorScore>> rest : byLevel1.entrySet()) {
			BigDecimal weight = null;
			for (PerfIndicatorScore score : rest.getValue()) {
				weight = add(weight, score.weight());
			}
			sections.add(line(rest.getKey() == null ? "未归类指标" : PerfIndicators.title(rest.getKey()), weight, rest.getValue()));
		}
		BigDecimal weight = goal.getWeight();
		if (weight == null) {
			for (PerfScoreLine section : sections) {
				weight = add(weight, section.weight());
			}
		}
		PerfScoreLine all = line(label, weight, scores);
		if (goal.getScore() != null) {
			all = new PerfScoreLine(label, weight, goal.getScore(), all.computed(), all.pending());
		}
		return new PerfGoalScore(goal, all, sections, scores);
	}

	private static PerfScoreLine line(String label, BigDecimal weight, List<PerfIndicatorScore> scores) {
		BigDecimal entered = BigDecimal.ZERO;
		BigDecimal computed = BigDecimal.ZERO;
		int pending = 0;
		if (scores != null) {
			for (PerfIndicatorScore score : scores) {
				entered = entered.add(score.counted());
				computed = computed.add(score.computed());
				pending += score.pending() ? 1 : 0;
			}
		}
		return new PerfScoreLine(label, weight, entered, computed, pending);
	}

	private static BigDecimal add(BigDecimal sum, BigDecimal part) {
		return part == null ? sum : sum == null ? part : sum.add(part);
	}
}
