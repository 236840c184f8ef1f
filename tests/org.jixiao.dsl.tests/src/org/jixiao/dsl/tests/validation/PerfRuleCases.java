// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * One small document per rule where it must fire, with the exact text it must mark between ⟦ ⟧,
 * and one where it must not. Shared by the rule tests and the quick fix tests.
 */
public final class PerfRuleCases {

	/** A rule case: the code, its default severity, a firing text (marked) and a clean text. */
	public record Case(String name, String code, Severity severity, String fires, String clean) {
		@Override
		public String toString() {
			return name;
		}
	}

	private PerfRuleCases() {
	}

	/** A complete goal (产出, 效益, 满意度) with extra rows. */
	public static String goal(String... rows) {
		return "goal \"保障社区工作正常开展\" <\n"
				+ "    indicator 产出.数量 \"社区活动次数\" ≥ 12 次\n"
				+ "    indicator 效益.社会效益 \"居民生活\" \"明显改善\"\n"
				+ "    indicator 满意度.服务对象满意度 \"居民满意度\" ≥ 90%\n"
				+ rows(rows) + ">\n";
	}

	private static String rows(String... rows) {
		StringBuilder text = new StringBuilder();
		for (String row : rows) {
			text.append("    ").append(row).append('\n');
		}
		return text.toString();
	}

	public static String project(String code, String budget, String plan, String... rows) {
		return "project \"" + code + "\" \"社区工作经费\" year 2022 <\n"
				+ "    unit \"某街道办事处\"\n"
				+ "    " + budget + "\n"
				+ "    purpose \"保障社区正常运转\"\n"
				+ "    plan < " + plan + " >\n"
				+ "    goal \"保障社区工作顺利开展\" <\n"
				+ "        indicator 产出.数量 \"支付经费人数\" = 49 人\n"
				+ "        indicator 效益.社会效益 \"业务保障能力\" \"进一步保障\"\n"
				+ "        indicator 满意度.服务对象满意度 \"职工满意度\" ≥ 95%\n"
				+ rows(rows).replace("\n    ", "\n        ").replaceFirst("^    ", "        ")
				+ "    >\n>\n";
	}

	/** A department filing for 2025 with one long-term goal running to the given year. */
	public static String longTerm(String horizon) {
		return "department \"某局\" year 2025 <\n"
				+ goal().replaceFirst("goal \"保障社区工作正常开展\" <", "longterm goal 长期目标1 \"保障社区工作正常开展\" until " + horizon + " <")
				+ ">\n";
	}

	public static final String PLAN = "3月底 25% 6月底 50% 10月底 75% 12月底 100%";

	public static String department(String funds, String publicExpenses) {
		return "department \"某街道办事处\" year 2020 <\n"
				+ "    funds <\n" + funds + "    >\n"
				+ "    publicexpenses < " + publicExpenses + " >\n"
				+ goal().replaceAll("(?m)^", "    ")
				+ ">\n";
	}

	public static final String FUNDS = "        income 一般公共预算 649.4 share 100%\n"
			+ "        income total 收入合计 649.4 share 100%\n"
			+ "        expense 基本支出 210.6 share 32.43%\n"
			+ "        expense 项目支出 438.8 share 67.57%\n"
			+ "        expense total 支出合计 649.4 share 100%\n";

	public static final String PUBLIC = "total 8 vehicles 7 abroad 0 reception 1";

	/** A project self-evaluation (湖北2020: 满意度 scored inside 效益) whose every figure reconciles. */
	public static final String SELFEVAL = "uses framework 湖北2020\n"
			+ "selfeval project \"文化活动\" year 2020 <\n"
			+ "    unit \"某街道办事处\"\n"
			+ "    total 100\n"
			+ "    budget \"年度财政资金总额\" weight 20 planned 15.3 executed 15.3 rate 100.0% score 20\n"
			+ "    objective weight 20 \"丰富社区活动\" actual \"社区活动丰富\" score 20\n"
			+ "    indicatorweight 60\n"
			+ "    goal <\n"
			+ "        section 产出 weight 30\n"
			+ "        section 效益 weight 30\n"
			+ "        indicator 产出.数量 \"活动次数\" ≥ 12 次 weight 23 actual 12 次 score 23\n"
			+ "        indicator 产出.成本 \"活动经费\" ≤ 15 万元 weight 7 actual 15 万元 score 7\n"
			+ "        indicator 效益.社会效益 \"居民文化生活\" \"明显改善\" weight 20 actual \"较丰富\" level 达成 score 20\n"
			+ "        indicator 效益.服务对象满意度 \"居民满意度\" ≥ 90% weight 10 actual 95% score 10\n"
			+ "    >\n"
			+ ">\n";

	/** {@link #SELFEVAL} with 居民满意度 below its target (85% for ≥ 90%) and no 偏差分析. */
	public static final String BELOW_TARGET = swap(SELFEVAL, "actual 95% score 10", "actual 85% score 9.44")
			.replace("total 100", "total 99.44");

	private static Case c(String name, String code, Severity severity, String fires, String clean) {
		return new Case(name, code, severity, fires, clean);
	}

	private static String swap(String text, String from, String to) {
		if (!text.contains(from)) {
			throw new IllegalArgumentException("fixture does not contain " + from);
		}
		return text.replace(from, to);
	}

	public static List<Case> all() {
		Severity w = Severity.WARNING;
		Severity i = Severity.INFO;
		Severity e = Severity.ERROR;
		String dept = department(FUNDS, PUBLIC);
		String proj = project("P1", "budget 15.3 fiscal 15.3", PLAN);
		return List.of(
				// ---- category
				c("synonym", CATEGORY_SYNONYM, i, goal("indicator ⟦效益.环境效益⟧ \"空气质量\" \"明显改善\""),
						goal("indicator 效益.生态效益 \"空气质量\" \"明显改善\"")),
				c("unknown category", UNKNOWN_CATEGORY, e, goal("indicator ⟦产出.数目⟧ \"巡检\" ≥ 12 次"),
						goal("indicator 产出.数量 \"巡检\" ≥ 12 次")),
				c("wrong 一级", WRONG_LEVEL1, e, goal("indicator ⟦产出.社会效益⟧ \"治安改善\" \"明显改善\""),
						goal("indicator 效益.社会效益 \"治安改善\" \"明显改善\"")),
				// ---- indicator library
				c("library unit", LIBRARY_MISMATCH, i, goal("indicator 产出.时效 \"信访受理回复及时率\" ⟦≥ 85 人⟧"),
						goal("indicator 产出.时效 \"信访受理回复及时率\" ≥ 85%")),
				c("library direction", LIBRARY_MISMATCH, i, goal("indicator 产出.时效 \"问题处理响应时间\" ⟦≥ 24 小时⟧"),
						goal("indicator 产出.时效 \"问题处理响应时间\" ≤ 24 小时")),
				// ---- value form
				c("comparator ≧", COMPARATOR_SPELLING, i, goal("indicator 产出.数量 \"巡检\" ⟦≧⟧ 12 次"),
						goal("indicator 产出.数量 \"巡检\" ≥ 12 次")),
				// ≥ ≤ and >= <= are both canonical (without a profile preference)
				c("comparator ＞", COMPARATOR_SPELLING, i, goal("indicator 产出.数量 \"巡检\" ⟦＞⟧ 12 次"),
						goal("indicator 产出.数量 \"巡检\" >= 12 次", "indicator 产出.时效 \"处理时长\" <= 3 天")),
				c("full-width digits", FULL_WIDTH, i, goal("indicator 产出.数量 \"巡检\" ≥ ⟦１２⟧ 次"),
						goal("indicator 产出.数量 \"巡检\" ≥ 12 次")),
				c("full-width ％", FULL_WIDTH, i, goal("indicator 产出.质量 \"验收合格率\" ≥ 95⟦％⟧"),
						goal("indicator 产出.质量 \"验收合格率\" ≥ 95%")),
				c("qualitative 数量", QUALITATIVE_VALUE, w, goal("indicator 产出.数量 \"窗口设置\" ⟦\"基本均衡\"⟧"),
						goal("indicator 产出.质量 \"窗口服务\" \"基本均衡\"")),
				c("qualitative 时效 rate", QUALITATIVE_VALUE, w, goal("indicator 产出.时效 \"办结及时率\" ⟦\"及时\"⟧"),
						goal("indicator 产出.时效 \"办结及时率\" ≥ 95%")),
				c("no unit", MISSING_UNIT, w, goal("indicator 产出.数量 \"巡检\" ⟦≥ 12⟧"),
						goal("indicator 产出.数量 \"巡检\" ≥ 12 次")),
				c("no comparator", MISSING_COMPARATOR, w, goal("indicator 产出.数量 \"巡检\" ⟦200 次⟧"),
						goal("indicator 产出.数量 \"巡检\" ≥ 200 次", "indicator 产出.质量 \"验收合格率\" 100%")),
				c("percentage above 100", PERCENT_OVER_100, w, goal("indicator 产出.质量 \"验收合格率\" ⟦= 120%⟧"),
						goal("indicator 产出.质量 \"验收合格率\" = 100%", "indicator 效益.经济效益 \"收入增长率\" ≥ 120%")),
				c("≥100%", UNACHIEVABLE_100, w, goal("indicator 满意度.服务对象满意度 \"退休人员满意度\" ⟦≥ 100%⟧"),
						goal("indicator 满意度.服务对象满意度 \"退休人员满意度\" = 100%")),
				c("fraction", FRACTION_PERCENTAGE, w, goal("indicator 满意度.服务对象满意度 \"群众满意度\" ⟦≥ 0.9⟧"),
						goal("indicator 满意度.服务对象满意度 \"群众满意度\" ≥ 90%")),
				c("rate in 人", RATE_UNIT, w, goal("indicator 产出.质量 \"工资发放准确率\" ⟦= 17 人⟧"),
						goal("indicator 产出.质量 \"工资发放准确率\" = 100%", "indicator 产出.质量 \"办公效率\" ≥ 12 件")),
				c("yes/no target", YES_NO_TARGET, w, goal("indicator 效益.可持续影响 \"是否持续发放补贴\" ⟦是⟧"),
						goal("indicator 效益.可持续影响 \"补贴持续发放\" \"持续发放\"")),
				c("satisfaction floor", SATISFACTION_FLOOR, w, goal("indicator 满意度.服务对象满意度 \"商户满意度\" ⟦≥ 70%⟧"),
						goal("indicator 满意度.服务对象满意度 \"商户满意度\" ≥ 80%")),
				// ---- direction
				c("反向 with ≥", DIRECTION_COMPARATOR, w, goal("indicator 产出.时效 \"故障修复响应时间\" ⟦≥⟧ 24 小时"),
						goal("indicator 产出.时效 \"故障修复响应时间\" ≤ 24 小时", "indicator 产出.数量 \"事故下降率\" ≥ 50%")),
				c("正向 with ≤", DIRECTION_COMPARATOR, w, goal("indicator 产出.质量 \"验收合格率\" ⟦≤⟧ 95%"),
						goal("indicator 产出.质量 \"验收合格率\" ≥ 95%")),
				c("cost 是", COST_NOT_AMOUNT, w, project("P1", "budget 15.3 fiscal 15.3", PLAN, "indicator 产出.成本 \"项目控制预算数\" ⟦是⟧"),
						project("P1", "budget 15.3 fiscal 15.3", PLAN, "indicator 产出.成本 \"项目控制预算数\" ≤ 15.3 万元")),
				// ---- completeness
				c("no 产出", GOAL_MISSING_OUTPUT, w, "⟦goal⟧ \"目标\" <\n    indicator 效益.社会效益 \"居民生活\" \"明显改善\"\n"
						+ "    indicator 满意度.服务对象满意度 \"居民满意度\" ≥ 90%\n>\n", goal()),
				c("no 效益", GOAL_MISSING_BENEFIT, w, "⟦goal⟧ \"目标\" <\n    indicator 产出.数量 \"活动次数\" ≥ 12 次\n"
						+ "    indicator 满意度.服务对象满意度 \"居民满意度\" ≥ 90%\n>\n", goal()),
				c("no 满意度", GOAL_MISSING_SATISFACTION, w, "⟦goal⟧ \"目标\" <\n    indicator 产出.数量 \"活动次数\" ≥ 12 次\n"
						+ "    indicator 效益.社会效益 \"居民生活\" \"明显改善\"\n>\n", goal()),
				c("duplicate name", DUPLICATE_INDICATOR, w, goal("indicator 产出.数量 ⟦\"社区活动次数\"⟧ ≥ 10 次"),
						goal("indicator 产出.数量 \"宣传活动次数\" ≥ 10 次")),
				c("boilerplate", BOILERPLATE, i,
						swap(project("P1", "budget 15.3 fiscal 15.3", PLAN), "    goal", "    ⟦goal⟧") + project("P2", "budget 6 fiscal 6", PLAN)
								+ project("P3", "budget 7 fiscal 7", PLAN),
						project("P1", "budget 15.3 fiscal 15.3", PLAN) + project("P2", "budget 6 fiscal 6", PLAN)),
				c("required field", REQUIRED_FIELD, w, swap(swap(proj, "    purpose \"保障社区正常运转\"\n", ""), "project", "⟦project⟧"), proj),
				c("horizon before year", HORIZON_BEFORE_YEAR, w, longTerm("⟦2024⟧"), longTerm("2028")),
				// ---- arithmetic
				c("income sum", INCOME_SUM, w, swap(dept, "income total 收入合计 649.4", "income total 收入合计 ⟦650.4⟧"), dept),
				c("expense sum", EXPENSE_SUM, w, swap(dept, "expense 基本支出 210.6 share 32.43%", "expense 基本支出 209.6 share 32.27%")
						.replace("expense total 支出合计 649.4", "expense total 支出合计 ⟦649.4⟧"), dept),
				c("income ≠ expense", INCOME_EXPENSE_BALANCE, w, swap(swap(dept, "expense 项目支出 438.8 share 67.57%", "expense 项目支出 428.8 share 67.06%"),
						"expense total 支出合计 649.4 share 100%", "expense total 支出合计 ⟦639.4⟧ share 100%"), dept),
				c("share", SHARE_MISMATCH, w, swap(dept, "share 32.43%", "share ⟦32.42⟧%"), dept),
				c("budget parts", BUDGET_PARTS, w, swap(proj, "budget 15.3 fiscal 15.3", "budget ⟦15.3⟧ fiscal 15 other 0.2"), proj),
				c("plan decreasing", SPENDING_PLAN, w, swap(proj, "6月底 50%", "6月底 ⟦20⟧%"), proj),
				c("plan not ending at 100", SPENDING_PLAN, w, swap(proj, "12月底 100%", "12月底 ⟦90⟧%"), proj),
				c("cost above budget", COST_ABOVE_BUDGET, w,
						project("P1", "budget 15.3 fiscal 15.3", PLAN, "indicator 产出.成本 \"不超过预算金额\" ⟦≤ 20 万元⟧"),
						project("P1", "budget 15.3 fiscal 15.3", PLAN, "indicator 产出.成本 \"不超过预算金额\" ≤ 15.3 万元")),
				c("三公经费", PUBLIC_EXPENSES_SUM, w, swap(dept, "total 8 vehicles", "total ⟦9⟧ vehicles"), dept),
				// ---- self-evaluation
				c("section weight", SECTION_WEIGHT, w, swap(SELFEVAL, "section 产出 weight 30", "section 产出 weight ⟦31⟧"), SELFEVAL),
				c("weights to 100", WEIGHT_TOTAL, w, swap(swap(SELFEVAL, "objective weight 20", "objective weight 25"), "selfeval", "⟦selfeval⟧"),
						SELFEVAL),
				c("score above weight", SCORE_ABOVE_WEIGHT, w, swap(SELFEVAL, "actual 12 次 score 23", "actual 12 次 score ⟦24⟧"), SELFEVAL),
				c("execution rate", EXECUTION_RATE, w, swap(SELFEVAL, "executed 15.3 rate 100.0%", "executed 15 rate ⟦100.0⟧%"),
						swap(SELFEVAL, "executed 15.3 rate 100.0% score 20", "executed 15 rate 98.0% score 19.6")
								.replace("total 100", "total 99.6")),
				c("execution score", EXECUTION_SCORE, w, swap(SELFEVAL, "rate 100.0% score 20", "rate 100.0% score ⟦19⟧"), SELFEVAL),
				c("total", TOTAL_SCORE, w, swap(SELFEVAL, "total 100", "total ⟦98⟧"), SELFEVAL),
				c("scored without actual", SCORED_WITHOUT_ACTUAL, w, swap(SELFEVAL, "actual 12 次 score 23", "actual ⟦---⟧ score 23"),
						SELFEVAL),
				c("score differs", SCORE_DIFFERS, i, swap(SELFEVAL, "actual 95% score 10", "actual 95% score ⟦8⟧"), SELFEVAL),
				c("score outside band", SCORE_OUTSIDE_BAND, w, swap(SELFEVAL, "level 达成 score 20", "level 达成 score ⟦15⟧"),
						swap(SELFEVAL, "level 达成 score 20", "level 达成 score 16")),
				c("deviation required", DEVIATION_REQUIRED, w, swap(BELOW_TARGET, "selfeval", "⟦selfeval⟧"),
						swap(BELOW_TARGET, "    >\n>\n", "    >\n    deviation \"满意度未达到目标：活动宣传不足。\"\n>\n")),
				c("blank deviation", DEVIATION_REQUIRED, w, swap(BELOW_TARGET, "    >\n>\n", "    >\n    deviation ⟦\"\"⟧\n>\n"),
						SELFEVAL),
				c("missing actual", MISSING_ACTUAL, w, swap(SELFEVAL, "actual 12 次 score 23", "actual ⟦---⟧"), SELFEVAL),
				c("missing 执行数", MISSING_ACTUAL, w, swap(SELFEVAL, "executed 15.3 rate 100.0% score 20", "⟦executed⟧ ---"), SELFEVAL),
				c("missing score", MISSING_SCORE, w, swap(SELFEVAL, "\"居民文化生活\" \"明显改善\" weight 20 actual \"较丰富\" level 达成 score 20",
						"⟦\"居民文化生活\"⟧ \"明显改善\" weight 20 actual \"较丰富\""), SELFEVAL),
				c("objective without score", MISSING_SCORE, w, swap(SELFEVAL, "objective weight 20 \"丰富社区活动\" actual \"社区活动丰富\" score 20",
						"⟦objective⟧ weight 20 \"丰富社区活动\" actual \"社区活动丰富\""), SELFEVAL));
	}

	/** The text without markers and the marked range [offset, length]. */
	public static int[] markedRange(String marked) {
		int start = marked.indexOf('⟦');
		int end = marked.indexOf('⟧');
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("no ⟦marked⟧ text in\n" + marked);
		}
		return new int[] { start, end - start - 1 };
	}

	public static String unmarked(String marked) {
		return marked.replace("⟦", "").replace("⟧", "");
	}
}
