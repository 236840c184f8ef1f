// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.lights;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.xtext.EcoreUtil2;
import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfNumbers;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.model.Achievement;
import org.jixiao.model.Category;
import org.jixiao.model.Comparator;
import org.jixiao.model.Direction;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalKind;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;
import org.jixiao.model.Money;
import org.jixiao.model.Monitoring;
import org.jixiao.model.MonitoringBudget;
import org.jixiao.model.NumericValue;
import org.jixiao.model.Percentage;
import org.jixiao.model.Qualitative;
import org.jixiao.model.Range;
import org.jixiao.model.Rank;
import org.jixiao.model.Value;
import org.jixiao.model.YesNo;

/**
 * The monitoring lights (预警灯) of a {@link PerfLightsProfile}, each with the reason a reader can check
 * by hand. The target of an indicator is its 年度指标值 after adjustment ({@code adjusted} where written,
 * else the value); its current value is {@code current} (1–X月执行情况).
 *
 * <p>Comparisons at the band limits are exact (cross-multiplied, no rounding): 90 of a 序时目标 of 150 is
 * exactly 60% and yellow, 89.9 is red.
 */
public final class PerfLights {

	private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

	private final PerfLightsProfile profile;

	public PerfLights(PerfLightsProfile profile) {
		this.profile = profile;
	}

	public PerfLightsProfile profile() {
		return profile;
	}

	/** All lights of a monitoring form. */
	public PerfLightsReport report(Monitoring form) {
		Integer month = form.getMonth();
		Map<Indicator, PerfExplainedLight> indicators = new LinkedHashMap<>();
		Map<Goal, PerfExplainedLight> goals = new LinkedHashMap<>();
		for (Goal goal : form.getGoals()) {
			List<PerfExplainedLight> lights = new ArrayList<>();
			for (Indicator indicator : goal.getIndicators()) {
				PerfExplainedLight light = indicator(indicator, month);
				indicators.put(indicator, light);
				lights.add(light);
			}
			goals.put(goal, worst(lights, goal.getIndicators().stream().map(PerfIndicators::name).toList(), "指标"));
		}
		List<String> goalNames = new ArrayList<>();
		for (Goal goal : form.getGoals()) {
			goalNames.add(goalName(goal, form.getGoals()));
		}
		PerfExplainedLight overall = worst(new ArrayList<>(goals.values()), goalNames, "目标");
		PerfExplainedLight budget = budget(form.getSpending(), month);
		return new PerfLightsReport(form, budget, indicators, goals, overall, combined(budget, overall));
	}

	/** The light of an indicator of a monitoring form, or null for an indicator outside one. */
	public PerfExplainedLight indicator(Indicator indicator) {
		Monitoring form = EcoreUtil2.getContainerOfType(indicator, Monitoring.class);
		return form == null ? null : indicator(indicator, form.getMonth());
	}

	/** Whether the light needs a 偏差原因 that the indicator does not have. */
	public boolean lacksCause(Indicator indicator, PerfExplainedLight light) {
		return light != null && profile.reasonFor().contains(light.light()) && indicator.getCauses().isEmpty();
	}

	public PerfExplainedLight indicator(Indicator indicator, Integer month) {
		if (month == null || month < 1 || month > 12) {
			return PerfExplainedLight.none("监控期月份应为 1–12");
		}
		Value target = indicator.getAdjusted() != null ? indicator.getAdjusted() : indicator.getValue();
		Value current = indicator.getCurrent();
		if (PerfValues.isEmpty(target)) {
			return PerfExplainedLight.none("没有年度指标值");
		}
		if (target instanceof Qualitative || target instanceof YesNo && indicator.getLevel() != Achievement.UNSPECIFIED) {
			return qualitative(indicator.getLevel());
		}
		if (PerfValues.isEmpty(current)) {
			return PerfExplainedLight.none("未填 1–" + month + "月执行情况（current）");
		}
		if (!comparable(target, current)) {
			return PerfExplainedLight.none("当前值 " + show(current) + " 与年度指标值 " + show(target) + " 不可比");
		}
		if (target instanceof YesNo yes) {
			boolean met = yes.isYes() == ((YesNo) current).isYes();
			return PerfExplainedLight.of(met ? PerfLight.GREEN : PerfLight.RED,
					"当前 " + show(current) + "，目标 " + show(target) + (met ? "，已达到" : "，未达到"));
		}
		if (target instanceof Range range) {
			return inRange(range, (NumericValue) current);
		}
		if (target instanceof Rank rank) {
			boolean met = ((Rank) current).getPosition() <= rank.getPosition();
			return PerfExplainedLight.of(met ? PerfLight.GREEN : PerfLight.RED,
					"当前 " + show(current) + "，目标 " + show(target) + "（名次：不低于目标为绿）");
		}
		BigDecimal goal = amount(target);
		BigDecimal now = amount(current);
		Comparator comparator = target.getComparator() == null ? Comparator.NONE : target.getComparator();
		Direction direction = PerfIndicators.scoringDirection(indicator, comparator, PerfValues.unit(target));
		if (direction == Direction.NEGATIVE) {
			boolean strict = comparator == Comparator.LT;
			int order = now.compareTo(goal);
			boolean met = strict ? order < 0 : order <= 0;
			return PerfExplainedLight.of(met ? PerfLight.GREEN : PerfLight.RED, "当前 " + show(current) + "，目标 "
					+ (strict ? "< " : "≤ ") + plainValue(goal, target) + "（反向：" + (strict ? "低于" : "不超过") + "目标为绿，否则为红）");
		}
		if (!proportional(indicator)) {
			boolean met = switch (comparator) {
			case GT -> now.compareTo(goal) > 0;
			case EQ -> now.compareTo(goal) == 0;
			default -> now.compareTo(goal) >= 0;
			};
			return PerfExplainedLight.of(met ? PerfLight.GREEN : PerfLight.RED,
					"当前 " + show(current) + "，目标 " + show(target) + "（" + PerfIndicators.categoryTitle(indicator)
							+ "按是否达到目标判断：" + (met ? "达到" : "未达到") + "）");
		}
		return timeProportional(goal, now, month, target);
	}

	/** 序时目标 = 年度指标值 × 月份 / 12; the share of it reached decides the light. */
	private PerfExplainedLight timeProportional(BigDecimal goal, BigDecimal now, int month, Value target) {
		if (goal.signum() <= 0) {
			return PerfExplainedLight.none("年度指标值为 " + plainValue(goal, target) + "，无法按序时进度判断");
		}
		BigDecimal months = BigDecimal.valueOf(month);
		BigDecimal scheduled = goal.multiply(months).divide(BigDecimal.valueOf(12), MathContext.DECIMAL64);
		// now / (goal × month / 12) against a band of t %: now × 1200 against t × goal × month, exactly
		BigDecimal reached = now.multiply(TWELVE_HUNDRED);
		BigDecimal base = goal.multiply(months);
		PerfLight light;
		if (reached.compareTo(profile.red().multiply(base)) < 0) {
			light = PerfLight.RED;
		} else if (reached.compareTo(profile.yellow().multiply(base)) < 0) {
			light = PerfLight.YELLOW;
		} else if (reached.compareTo(profile.blue().multiply(base)) < 0) {
			light = PerfLight.GREEN;
		} else {
			light = PerfLight.BLUE;
		}
		BigDecimal share = reached.divide(base, MathContext.DECIMAL64);
		return PerfExplainedLight.of(light, "当前 " + plainValue(now, target) + "，序时目标 " + plainValue(round(scheduled), target) + "（"
				+ PerfNumbers.plain(goal) + " × " + month + "/12），完成 " + PerfNumbers.plain2(share) + "%");
	}

	private PerfExplainedLight inRange(Range range, NumericValue current) {
		BigDecimal now = current.getAmount();
		boolean met = now.compareTo(range.getFrom()) >= 0 && now.compareTo(range.getTo()) <= 0;
		return PerfExplainedLight.of(met ? PerfLight.GREEN : PerfLight.RED,
				"当前 " + show(current) + "，目标区间 " + show(range) + "（" + (met ? "在区间内" : "在区间外") + "）");
	}

	private static PerfExplainedLight qualitative(Achievement level) {
		return switch (level == null ? Achievement.UNSPECIFIED : level) {
		case ACHIEVED -> PerfExplainedLight.of(PerfLight.GREEN, "定性：达成年度指标");
		case PARTIAL -> PerfExplainedLight.of(PerfLight.YELLOW, "定性：部分达成年度指标并具有一定效果");
		case NOT_ACHIEVED -> PerfExplainedLight.of(PerfLight.RED, "定性：未达成年度指标且效果较差");
		default -> PerfExplainedLight.none("定性指标：写 level 达成 / 部分达成 / 未达成");
		};
	}

	/** Whether the time-proportional rule applies to the indicator's category (else in range / out of range). */
	private boolean proportional(Indicator indicator) {
		if (profile.proportionalEverywhere()) {
			return true;
		}
		Level2Category level2 = PerfIndicators.level2(indicator);
		Level1Category level1 = PerfIndicators.level1(indicator);
		return names(level2, profile.proportional()) || names(level1, profile.proportional());
	}

	private static boolean names(Category category, List<String> words) {
		if (category == null) {
			return false;
		}
		for (String word : words) {
			if (word.equals(category.getName()) || word.equals(category.getTitle()) || category.getAliases().contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** 执行率 ÷ (月份 / 12): the share of the time-proportional spending reached. */
	public PerfExplainedLight budget(MonitoringBudget spending, Integer month) {
		if (spending == null) {
			return PerfExplainedLight.none("没有预算执行情况（spending）");
		}
		if (month == null || month < 1 || month > 12) {
			return PerfExplainedLight.none("监控期月份应为 1–12");
		}
		BigDecimal budget = adjustedBudget(spending);
		BigDecimal rate;
		String head;
		if (spending.getSpent() != null && budget != null && budget.signum() > 0) {
			rate = spending.getSpent().multiply(PerfNumbers.HUNDRED).divide(budget, MathContext.DECIMAL64);
			head = "截至" + month + "月底支出 " + PerfNumbers.plain(spending.getSpent()) + " 万元，调整预算数 " + PerfNumbers.plain(budget)
					+ " 万元，执行率 " + PerfNumbers.plain2(rate) + "%";
		} else if (spending.getRate() != null) {
			rate = spending.getRate();
			head = "执行率 " + PerfNumbers.plain(rate) + "%（填报）";
		} else {
			return PerfExplainedLight.none("未填截至" + month + "月底支出数（spent）或执行率（rate）");
		}
		BigDecimal months = BigDecimal.valueOf(month);
		// rate / (month / 12) × 100 against a band of t %: rate × 1200 against t × 100 × month
		BigDecimal reached = rate.multiply(TWELVE_HUNDRED);
		BigDecimal base = months.multiply(PerfNumbers.HUNDRED);
		PerfLight light = reached.compareTo(profile.budgetRed().multiply(base)) < 0 ? PerfLight.RED
				: reached.compareTo(profile.budgetYellow().multiply(base)) < 0 ? PerfLight.YELLOW : PerfLight.GREEN;
		BigDecimal schedule = months.multiply(PerfNumbers.HUNDRED).divide(BigDecimal.valueOf(12), MathContext.DECIMAL64);
		return PerfExplainedLight.of(light, head + "，序时进度 " + PerfNumbers.plain2(schedule) + "%（" + month + "/12），达到序时进度的 "
				+ PerfNumbers.plain2(reached.divide(base, MathContext.DECIMAL64)) + "%");
	}

	/** 调整预算数 as written, else 年初预算数 + 追加 − 追减, else null. */
	public static BigDecimal adjustedBudget(MonitoringBudget spending) {
		if (spending.getAdjusted() != null) {
			return spending.getAdjusted();
		}
		if (spending.getInitial() == null) {
			return null;
		}
		return spending.getInitial().add(PerfNumbers.orZero(spending.getAdded())).subtract(PerfNumbers.orZero(spending.getReduced()));
	}

	/** 双监控: spending on schedule and goals on track → 绿; on schedule, goals not → 黄; spending behind → 红. */
	public static PerfExplainedLight combined(PerfExplainedLight budget, PerfExplainedLight goals) {
		if (budget.light() == PerfLight.NONE) {
			return PerfExplainedLight.none("预算执行无灯，无法双监控");
		}
		if (goals.light() == PerfLight.NONE) {
			return PerfExplainedLight.none("绩效目标无灯，无法双监控");
		}
		if (budget.light() != PerfLight.GREEN) {
			return PerfExplainedLight.of(PerfLight.RED, "支出未达到序时进度（预算执行 " + budget.light().word() + "）");
		}
		boolean onTrack = goals.light() == PerfLight.GREEN || goals.light() == PerfLight.BLUE;
		return PerfExplainedLight.of(onTrack ? PerfLight.GREEN : PerfLight.YELLOW,
				"支出达到序时进度（预算执行 绿），绩效目标" + (onTrack ? "正常" : "未全部正常") + "（目标 " + goals.light().word() + "）");
	}

	/** The worst of some lights, naming the part that gives it. */
	static PerfExplainedLight worst(List<PerfExplainedLight> lights, List<String> names, String part) {
		PerfLight worst = PerfLight.worst(lights.stream().map(PerfExplainedLight::light).toList());
		if (worst == PerfLight.NONE) {
			return PerfExplainedLight.none(lights.isEmpty() ? "没有" + part : "各" + part + "均无灯");
		}
		int[] counts = new int[PerfLight.values().length];
		String first = null;
		for (int i = 0; i < lights.size(); i++) {
			PerfLight light = lights.get(i).light();
			counts[light.ordinal()]++;
			if (light == worst && first == null) {
				first = names.get(i);
			}
		}
		StringBuilder reason = new StringBuilder("取最差的" + part + "灯：“").append(first).append("” ").append(worst.word()).append("（");
		List<String> tally = new ArrayList<>();
		for (PerfLight light : PerfLight.values()) {
			if (counts[light.ordinal()] > 0) {
				tally.add(light.word() + " " + counts[light.ordinal()]);
			}
		}
		return PerfExplainedLight.of(worst, reason.append(String.join("、", tally)).append("）").toString());
	}

	/** A goal as the analyst finds it: its name, else 年度目标 / 长期目标 / 目标, numbered when the form has several. */
	private static String goalName(Goal goal, List<Goal> goals) {
		if (goal.getName() != null) {
			return goal.getName();
		}
		String kind = goal.getKind() == GoalKind.ANNUAL ? "年度目标" : goal.getKind() == GoalKind.LONG_TERM ? "长期目标" : "目标";
		return goals.size() > 1 ? kind + (goals.indexOf(goal) + 1) : kind;
	}

	/** Whether the current value can be set against the target: same kind, same unit (money in any unit). */
	public static boolean comparable(Value target, Value current) {
		if (target instanceof Range range) {
			return current instanceof NumericValue numeric && !(current instanceof Money) && !(current instanceof Percentage)
					&& Objects.equals(range.getUnit(), PerfValues.unit(numeric));
		}
		if (target instanceof Qualitative) {
			return current instanceof Qualitative;
		}
		if (target.eClass() != current.eClass()) {
			return false;
		}
		return target instanceof Money || Objects.equals(PerfValues.unit(target), PerfValues.unit(current));
	}

	private static BigDecimal amount(Value value) {
		return value instanceof Money money ? PerfValues.inWanYuan(money) : PerfValues.amount(value);
	}

	private static BigDecimal round(BigDecimal value) {
		return value.setScale(2, java.math.RoundingMode.HALF_UP);
	}

	/** An amount in the value's unit: 150 次, 95%, 20 万元. */
	private static String plainValue(BigDecimal amount, Value like) {
		String text = PerfNumbers.plain(amount);
		if (like instanceof Percentage) {
			return text + "%";
		}
		String unit = like instanceof Money ? "万元" : PerfValues.unit(like);
		return unit == null ? text : text + " " + unit;
	}

	/** A value as the form prints it, comparator first: ≥ 300 次, 95%, 20 万元. */
	private static String show(Value value) {
		String comparator = PerfValues.hasComparator(value) ? PerfValues.symbol(value.getComparator()) + " " : "";
		if (value instanceof Money money) {
			return comparator + plainValue(PerfValues.inWanYuan(money), value);
		}
		if (value instanceof NumericValue numeric && numeric.getAmount() != null) {
			return comparator + plainValue(numeric.getAmount(), value);
		}
		if (value instanceof Range range) {
			return PerfNumbers.plain(range.getFrom()) + "–" + PerfNumbers.plain(range.getTo()) + (range.getUnit() == null ? "" : " " + range.getUnit());
		}
		if (value instanceof Rank rank) {
			return (rank.isOrBetter() ? "前" : "第") + rank.getPosition() + "名";
		}
		if (value instanceof YesNo yes) {
			return yes.isYes() ? "是" : "否";
		}
		if (value instanceof Qualitative q) {
			return "“" + q.getText() + "”";
		}
		return "---";
	}
}
