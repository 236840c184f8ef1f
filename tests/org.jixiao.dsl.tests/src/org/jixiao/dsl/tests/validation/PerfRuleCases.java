// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Severity;
import org.jixiao.model.PerfPackage.Literals;

/**
 * One small document per rule where it must fire, with the exact text it must mark between ⟦ ⟧, the
 * object it is on and the whole message the analyst reads, and one where it must not. Shared by the rule tests and the quick fix tests.
 */
public final class PerfRuleCases {

	/**
	 * A rule case: the code, its default severity, the type of the object the finding is on, the whole
	 * message, a firing text (marked) and a clean text.
	 */
	public record Case(String name, String code, Severity severity, EClass type, String message, String fires, String clean) {
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

	/** The project of {@link #project} with an approved adjustment (目标调整) before its goal. */
	public static String adjusted(String record, String... rows) {
		return swap(project("P1", "budget 15.3 fiscal 15.3", PLAN, rows), "    goal \"保障社区工作顺利开展\" <",
				"    adjustment <\n" + record + "    >\n    goal \"保障社区工作顺利开展\" <");
	}

	public static final String RECORD = "        date \"2022-07-15\"\n        reason \"服务人数增加\"\n";

	/** The project of {@link #project} and a self-evaluation that follows it, every figure as declared. */
	public static final String STAGES = project("P1", "budget 15.3 fiscal 15.3", PLAN)
			+ "selfeval project \"社区工作经费\" year 2022 <\n"
			+ "    follows project \"P1\"\n"
			+ "    unit \"某街道办事处\"\n"
			+ "    budget \"年度财政资金总额\" weight 20 planned 15.3 executed 15.3\n"
			+ "    goal <\n"
			+ "        indicator 产出.数量 \"支付经费人数\" = 49 人 weight 30 actual 49 人\n"
			+ "        indicator 效益.社会效益 \"业务保障能力\" \"进一步保障\" weight 30 actual \"进一步保障\"\n"
			+ "        indicator 满意度.服务对象满意度 \"职工满意度\" ≥ 95% weight 20 actual 96%\n"
			+ "    >\n"
			+ ">\n";

	/** The June monitoring form of {@link #project}'s "P1" as declared: targets, indicators and budget agree. */
	public static final String MONITOR = "monitor project \"社区工作经费\" year 2022 month 6 <\n"
			+ "    follows project \"P1\"\n"
			+ "    code \"P1\"\n"
			+ "    spending <\n        initial 15.3\n        adjusted 15.3\n        spent 7.65\n    >\n"
			+ "    goal \"保障社区工作顺利开展\" <\n"
			+ "        indicator 产出.数量 \"支付经费人数\" = 49 人 current 25 人 forecast 49 人\n"
			+ "        indicator 效益.社会效益 \"业务保障能力\" \"进一步保障\" level 达成 current \"按月拨付\" forecast \"进一步保障\"\n"
			+ "        indicator 满意度.服务对象满意度 \"职工满意度\" ≥ 95% current 96% forecast 96%\n"
			+ "    >\n"
			+ ">\n";

	/** The project "P1" and its monitoring form. */
	public static final String MONITORED = project("P1", "budget 15.3 fiscal 15.3", PLAN) + MONITOR;

	/** The project "P1" adjusted to a budget of 18, and its monitoring form with 追加 2.7. */
	public static final String MONITORED_ADJUSTED = adjusted(RECORD + "        budget 18\n")
			+ MONITOR.replace("        adjusted 15.3\n", "        added 2.7\n        adjusted 18\n");

	private static Case c(String name, String code, Severity severity, EClass type, String message, String fires,
			String clean) {
		return new Case(name, code, severity, type, message, fires, clean);
	}

	/** {@code text} with {@code from} replaced; a fixture that lost {@code from} fails loudly instead of testing nothing. */
	static String swap(String text, String from, String to) {
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
				c("synonym", CATEGORY_SYNONYM, i, Literals.INDICATOR,
						"类别“效益.环境效益”是同义写法：规范写法为“效益.生态效益”（效益指标 → 生态效益指标）。",
						goal("indicator ⟦效益.环境效益⟧ \"空气质量\" \"明显改善\""),
						goal("indicator 效益.生态效益 \"空气质量\" \"明显改善\"")),
				c("unknown category", UNKNOWN_CATEGORY, e, Literals.INDICATOR,
						"“产出.数目”不是指标框架“经典”中的类别；产出 下可用：数量、质量、时效、成本。",
						goal("indicator ⟦产出.数目⟧ \"巡检\" ≥ 12 次"),
						goal("indicator 产出.数量 \"巡检\" ≥ 12 次")),
				c("wrong 一级", WRONG_LEVEL1, e, Literals.INDICATOR,
						"二级指标“社会效益”不属于一级指标“产出”，而属于“效益”：应写作“效益.社会效益”。",
						goal("indicator ⟦产出.社会效益⟧ \"治安改善\" \"明显改善\""),
						goal("indicator 效益.社会效益 \"治安改善\" \"明显改善\"")),
				// ---- indicator library
				c("library unit", LIBRARY_MISMATCH, i, Literals.QUANTITY,
						"“信访受理回复及时率”与指标库不一致：指标库的单位是“%”，这里是“人”。按指标库应写“≥ 85%”。",
						goal("indicator 产出.时效 \"信访受理回复及时率\" ⟦≥ 85 人⟧"),
						goal("indicator 产出.时效 \"信访受理回复及时率\" ≥ 85%")),
				c("library direction", LIBRARY_MISMATCH, i, Literals.QUANTITY,
						"“问题处理响应时间”与指标库不一致：指标库中为反向指标（≤）。按指标库应写“≤ 24 小时”。",
						goal("indicator 产出.时效 \"问题处理响应时间\" ⟦≥ 24 小时⟧"),
						goal("indicator 产出.时效 \"问题处理响应时间\" ≤ 24 小时")),
				// ---- value form
				c("comparator ≧", COMPARATOR_SPELLING, i, Literals.QUANTITY,
						"比较符“≧”不是规范写法：应写作“≥”。",
						goal("indicator 产出.数量 \"巡检\" ⟦≧⟧ 12 次"),
						goal("indicator 产出.数量 \"巡检\" ≥ 12 次")),
				// ≥ ≤ and >= <= are both canonical (without a profile preference)
				c("comparator ＞", COMPARATOR_SPELLING, i, Literals.QUANTITY,
						"比较符“＞”不是规范写法：应写作“>”。",
						goal("indicator 产出.数量 \"巡检\" ⟦＞⟧ 12 次"),
						goal("indicator 产出.数量 \"巡检\" >= 12 次", "indicator 产出.时效 \"处理时长\" <= 3 天")),
				c("full-width digits", FULL_WIDTH, i, Literals.QUANTITY,
						"全角数字“１２”：应写作半角数字“12”。",
						goal("indicator 产出.数量 \"巡检\" ≥ ⟦１２⟧ 次"),
						goal("indicator 产出.数量 \"巡检\" ≥ 12 次")),
				c("full-width ％", FULL_WIDTH, i, Literals.PERCENTAGE,
						"全角百分号“％”：应写作半角“%”。",
						goal("indicator 产出.质量 \"验收合格率\" ≥ 95⟦％⟧"),
						goal("indicator 产出.质量 \"验收合格率\" ≥ 95%")),
				c("qualitative 数量", QUALITATIVE_VALUE, w, Literals.QUALITATIVE,
						"“窗口设置”属于数量指标，应为定量指标，指标值“\"基本均衡\"”却是定性描述：应写比较符、数值和单位，如 ≥ 12 次、≥ 95%。",
						goal("indicator 产出.数量 \"窗口设置\" ⟦\"基本均衡\"⟧"),
						goal("indicator 产出.质量 \"窗口服务\" \"基本均衡\"")),
				c("qualitative 时效 rate", QUALITATIVE_VALUE, w, Literals.QUALITATIVE,
						"“办结及时率”属于时效指标，应为定量指标，指标值“\"及时\"”却是定性描述：应写比较符、数值和单位，如 ≥ 12 次、≥ 95%。",
						goal("indicator 产出.时效 \"办结及时率\" ⟦\"及时\"⟧"),
						goal("indicator 产出.时效 \"办结及时率\" ≥ 95%")),
				c("no unit", MISSING_UNIT, w, Literals.QUANTITY,
						"“巡检”的指标值“≥ 12”没有单位：应写明单位（如 次、人、项、万元、%）。",
						goal("indicator 产出.数量 \"巡检\" ⟦≥ 12⟧"),
						goal("indicator 产出.数量 \"巡检\" ≥ 12 次")),
				c("no comparator", MISSING_COMPARATOR, w, Literals.QUANTITY,
						"“巡检”的指标值“200 次”没有比较符：应写明 ≥（不低于）、≤（不高于）或 =（等于），如“≥ 200 次”。",
						goal("indicator 产出.数量 \"巡检\" ⟦200 次⟧"),
						goal("indicator 产出.数量 \"巡检\" ≥ 200 次", "indicator 产出.质量 \"验收合格率\" 100%")),
				c("percentage above 100", PERCENT_OVER_100, w, Literals.PERCENTAGE,
						"“验收合格率”的目标“= 120%”超过 100%：完成率、合格率、满意度等比例不能超过 100%。",
						goal("indicator 产出.质量 \"验收合格率\" ⟦= 120%⟧"),
						goal("indicator 产出.质量 \"验收合格率\" = 100%", "indicator 效益.经济效益 \"收入增长率\" ≥ 120%")),
				c("≥100%", UNACHIEVABLE_100, w, Literals.PERCENTAGE,
						"“退休人员满意度”的目标“≥ 100%”无法达到或无法超额完成：比例最高为 100%，应写“= 100%”。",
						goal("indicator 满意度.服务对象满意度 \"退休人员满意度\" ⟦≥ 100%⟧"),
						goal("indicator 满意度.服务对象满意度 \"退休人员满意度\" = 100%")),
				c("fraction", FRACTION_PERCENTAGE, w, Literals.QUANTITY,
						"“群众满意度”的指标值“≥ 0.9”是小数：比率应写百分比“≥ 90%”。",
						goal("indicator 满意度.服务对象满意度 \"群众满意度\" ⟦≥ 0.9⟧"),
						goal("indicator 满意度.服务对象满意度 \"群众满意度\" ≥ 90%")),
				c("rate in 人", RATE_UNIT, w, Literals.QUANTITY,
						"“工资发放准确率”是比率，指标值却是“= 17 人”（单位人）：比率应以 % 为单位，如“= 17%”。",
						goal("indicator 产出.质量 \"工资发放准确率\" ⟦= 17 人⟧"),
						goal("indicator 产出.质量 \"工资发放准确率\" = 100%", "indicator 产出.质量 \"办公效率\" ≥ 12 件")),
				c("yes/no target", YES_NO_TARGET, w, Literals.YES_NO,
						"“是否持续发放补贴”的指标值为“是”：是/否只说明做没做，不能衡量完成程度；应写可衡量的目标值（如 = 100%、≥ 12 次）或定性描述。",
						goal("indicator 效益.可持续影响 \"是否持续发放补贴\" ⟦是⟧"),
						goal("indicator 效益.可持续影响 \"补贴持续发放\" \"持续发放\"")),
				c("satisfaction floor", SATISFACTION_FLOOR, w, Literals.PERCENTAGE,
						"满意度目标“≥ 70%”低于本地区的最低要求 80%：应写“≥ 80%”或更高。",
						goal("indicator 满意度.服务对象满意度 \"商户满意度\" ⟦≥ 70%⟧"),
						goal("indicator 满意度.服务对象满意度 \"商户满意度\" ≥ 80%")),
				c("adjusted of another kind", ADJUSTED_KIND, w, Literals.QUALITATIVE,
						"“验收合格率”的调整后目标值“\"基本合格\"”是定性，指标值“≥ 95%”却是百分比：调整后目标值应与指标值同类。",
						goal("indicator 产出.质量 \"验收合格率\" ≥ 95% adjusted ⟦\"基本合格\"⟧"),
						goal("indicator 产出.质量 \"验收合格率\" ≥ 95% adjusted ≥ 90%")),
				c("adjusted in another unit", ADJUSTED_KIND, w, Literals.QUANTITY,
						"“培训人数”的调整后目标值“≥ 3 批”与指标值“≥ 300 人”的单位不同：调整后目标值应与指标值用同一单位。",
						goal("indicator 产出.数量 \"培训人数\" ≥ 300 人 adjusted ⟦≥ 3 批⟧"),
						goal("indicator 产出.数量 \"培训人数\" ≥ 300 人 adjusted ≥ 250 人")),
				c("adjusted unchanged", ADJUSTED_UNCHANGED, w, Literals.QUANTITY,
						"“培训人数”的调整后目标值“>= 300 人”与指标值相同：目标未调整时不写 adjusted。",
						goal("indicator 产出.数量 \"培训人数\" ≥ 300 人 adjusted ⟦>= 300 人⟧"),
						goal("indicator 产出.数量 \"培训人数\" ≥ 300 人 adjusted ≥ 320 人")),
				// ---- direction
				c("反向 with ≥", DIRECTION_COMPARATOR, w, Literals.QUANTITY,
						"“故障修复响应时间”是反向指标（越小越好，如时限、成本、事故率），却写作“≥ 24 小时”：反向指标应写上限“≤”。",
						goal("indicator 产出.时效 \"故障修复响应时间\" ⟦≥⟧ 24 小时"),
						goal("indicator 产出.时效 \"故障修复响应时间\" ≤ 24 小时", "indicator 产出.数量 \"事故下降率\" ≥ 50%")),
				c("正向 with ≤", DIRECTION_COMPARATOR, w, Literals.PERCENTAGE,
						"“验收合格率”是正向指标（越大越好，如完成率、满意度），却写作“≤ 95%”：正向指标应写下限“≥”。",
						goal("indicator 产出.质量 \"验收合格率\" ⟦≤⟧ 95%"),
						goal("indicator 产出.质量 \"验收合格率\" ≥ 95%")),
				c("cost 是", COST_NOT_AMOUNT, w, Literals.YES_NO,
						"成本指标“项目控制预算数”的指标值是“是”：成本指标应写金额上限，如“≤ 15.3 万元”（本项目预算数）。",
						project("P1", "budget 15.3 fiscal 15.3", PLAN, "indicator 产出.成本 \"项目控制预算数\" ⟦是⟧"),
						project("P1", "budget 15.3 fiscal 15.3", PLAN, "indicator 产出.成本 \"项目控制预算数\" ≤ 15.3 万元")),
				// ---- completeness
				c("no 产出", GOAL_MISSING_OUTPUT, w, Literals.GOAL,
						"目标“目标”没有产出指标：每个目标应至少有一项产出指标（数量、质量、时效等）。",
						"⟦goal⟧ \"目标\" <\n    indicator 效益.社会效益 \"居民生活\" \"明显改善\"\n"
						+ "    indicator 满意度.服务对象满意度 \"居民满意度\" ≥ 90%\n>\n", goal()),
				c("no 效益", GOAL_MISSING_BENEFIT, w, Literals.GOAL,
						"目标“目标”没有效益指标：每个目标应至少有一项效益指标（经济、社会、生态效益或可持续影响）。",
						"⟦goal⟧ \"目标\" <\n    indicator 产出.数量 \"活动次数\" ≥ 12 次\n"
						+ "    indicator 满意度.服务对象满意度 \"居民满意度\" ≥ 90%\n>\n", goal()),
				c("no 满意度", GOAL_MISSING_SATISFACTION, w, Literals.GOAL,
						"目标“目标”没有满意度指标：宜设服务对象满意度指标，如 indicator 满意度.服务对象满意度 \"服务对象满意度\" ≥ 90%。",
						"⟦goal⟧ \"目标\" <\n    indicator 产出.数量 \"活动次数\" ≥ 12 次\n"
						+ "    indicator 效益.社会效益 \"居民生活\" \"明显改善\"\n>\n", goal()),
				c("duplicate name", DUPLICATE_INDICATOR, w, Literals.INDICATOR,
						"目标“保障社区工作正常开展”中指标名称“社区活动次数”重复：同一目标下的指标名称应各不相同。",
						goal("indicator 产出.数量 ⟦\"社区活动次数\"⟧ ≥ 10 次"),
						goal("indicator 产出.数量 \"宣传活动次数\" ≥ 10 次")),
				c("boilerplate", BOILERPLATE, i, Literals.GOAL,
						"目标“保障社区工作顺利开展”有 3 项指标（支付经费人数、业务保障能力、职工满意度）与本文件中其他表格逐字相同（最多出现在 3 张表中）：像是照抄的模板，请按本项目的实际内容填写。",
						swap(project("P1", "budget 15.3 fiscal 15.3", PLAN), "    goal", "    ⟦goal⟧") + project("P2", "budget 6 fiscal 6", PLAN)
								+ project("P3", "budget 7 fiscal 7", PLAN),
						project("P1", "budget 15.3 fiscal 15.3", PLAN) + project("P2", "budget 6 fiscal 6", PLAN)),
				c("required field", REQUIRED_FIELD, w, Literals.PROJECT_TABLE,
						"项目支出绩效目标表缺少必填栏目：资金用途（purpose）。",
						swap(swap(proj, "    purpose \"保障社区正常运转\"\n", ""), "project", "⟦project⟧"), proj),
				c("horizon before year", HORIZON_BEFORE_YEAR, w, Literals.GOAL,
						"长期目标截至 2024 年，早于填报年度 2025 年：截至年度应晚于填报年度。",
						longTerm("⟦2024⟧"), longTerm("2028")),
				// ---- what a workbook cannot hold, what a reader cannot see
				c("cell too long", CELL_TOO_LONG, e, Literals.INDICATOR,
						"文字长 32,768 个字符，超过 Excel 单元格的上限 32,767 个字符：请缩短或分成几项。 (text longer than an Excel cell holds)",
						goal("indicator 产出.数量 ⟦\"" + "长".repeat(32_768) + "\"⟧ ≥ 3 次"),
						goal("indicator 产出.数量 \"" + "长".repeat(32_767) + "\" ≥ 3 次")),
				c("number too large", NUMBER_TOO_LARGE, e, Literals.QUANTITY,
						"数值大于 Excel 单元格能存的最大数（约 1E308）：请检查单位或位数。 (number larger than an Excel cell holds)",
						goal("indicator 产出.数量 \"次数\" ≥ ⟦1" + "0".repeat(309) + "⟧ 次"),
						goal("indicator 产出.数量 \"次数\" ≥ 1" + "0".repeat(300) + " 次")),
				c("sheet name too long", SHEET_NAME_TOO_LONG, i, Literals.PROJECT_TABLE,
						"项目名称长 29 个字符，工作表名最多用 28 个（Excel 上限 31 个）：工作表只以名称的开头命名。 (project name too long for a sheet name)",
						swap(proj, "\"社区工作经费\"", "⟦\"" + "经".repeat(29) + "\"⟧"), proj),
				c("file name too long", FILE_NAME_TOO_LONG, w, Literals.PROJECT_TABLE,
						"单位名称长 41 个字符，表格文件名只用其前 40 个：同一单位名称开头的表格，文件名会难以区分。 (unit name too long for a file name)",
						swap(proj, "unit \"某街道办事处\"", "unit ⟦\"" + "某".repeat(41) + "\"⟧"), proj),
				c("control character", CONTROL_CHARACTER, e, Literals.INDICATOR,
						"文字中有控制字符 \\u001B（看不见，终端会把它当作命令，写进表格会变成“?”）：请删去。 (control character \\u001B)",
						goal("indicator 产出.数量 \"活动⟦\u001B⟧[31m场次\" ≥ 3 次"), goal("indicator 产出.数量 \"活动场次\" ≥ 3 次")),
				c("bidi character", BIDI_CHARACTER, e, Literals.INDICATOR,
						"文字中有双向控制字符 \\u202E（会让文字显示的顺序与写下的不同，如把“…xslx.exe”显示成“…exe.xlsx”）：请删去。 (bidirectional control \\u202E)",
						goal("indicator 产出.数量 \"活动⟦\u202E⟧exe.xlsx\" ≥ 3 次"), goal("indicator 产出.数量 \"活动场次\" ≥ 3 次")),
				// ---- arithmetic
				c("income sum", INCOME_SUM, w, Literals.FUND_LINE,
						"当年预算收入合计 650.4 万元与各项收入之和 649.4 万元不符（相差 1 万元）。",
						swap(dept, "income total 收入合计 649.4", "income total 收入合计 ⟦650.4⟧"), dept),
				c("expense sum", EXPENSE_SUM, w, Literals.FUND_LINE,
						"当年预算支出合计（基本支出 + 项目支出） 649.4 万元与各项支出之和 648.4 万元不符（相差 1 万元）。",
						swap(dept, "expense 基本支出 210.6 share 32.43%", "expense 基本支出 209.6 share 32.27%")
						.replace("expense total 支出合计 649.4", "expense total 支出合计 ⟦649.4⟧"), dept),
				c("income ≠ expense", INCOME_EXPENSE_BALANCE, w, Literals.FUND_LINE,
						"当年预算收入合计 649.4 万元与支出合计 639.4 万元不相等：部门预算收支应平衡。",
						swap(swap(dept, "expense 项目支出 438.8 share 67.57%", "expense 项目支出 428.8 share 67.06%"),
						"expense total 支出合计 649.4 share 100%", "expense total 支出合计 ⟦639.4⟧ share 100%"), dept),
				c("share", SHARE_MISMATCH, w, Literals.FUND_LINE,
						"基本支出占比 32.42% 与计算值不符：210.6 ÷ 649.4 = 32.43%。",
						swap(dept, "share 32.43%", "share ⟦32.42⟧%"), dept),
				c("budget parts", BUDGET_PARTS, w, Literals.PROJECT_TABLE,
						"预算数 15.3 万元与财政资金 + 其他资金 = 15.2 万元不符。",
						swap(proj, "budget 15.3 fiscal 15.3", "budget ⟦15.3⟧ fiscal 15 other 0.2"), proj),
				c("plan decreasing", SPENDING_PLAN, w, Literals.PLAN_POINT,
						"资金支出计划是累计比例，6月底的 20% 却小于 3月底的 25%：累计比例不应减少。",
						swap(proj, "6月底 50%", "6月底 ⟦20⟧%"), proj),
				c("plan not ending at 100", SPENDING_PLAN, w, Literals.PLAN_POINT,
						"资金支出计划到 12月底累计只有 90%：年底累计应达到 100%。",
						swap(proj, "12月底 100%", "12月底 ⟦90⟧%"), proj),
				c("cost above budget", COST_ABOVE_BUDGET, w, Literals.MONEY,
						"成本指标“不超过预算金额”的目标 ≤ 20 万元 超过了本项目的预算数 15.3 万元：成本不应高于它所属的预算。",
						project("P1", "budget 15.3 fiscal 15.3", PLAN, "indicator 产出.成本 \"不超过预算金额\" ⟦≤ 20 万元⟧"),
						project("P1", "budget 15.3 fiscal 15.3", PLAN, "indicator 产出.成本 \"不超过预算金额\" ≤ 15.3 万元")),
				c("三公经费", PUBLIC_EXPENSES_SUM, w, Literals.PUBLIC_EXPENSES,
						"三公经费合计 9 万元与公务用车 + 因公出国（境）+ 公务接待之和 8 万元不符。",
						swap(dept, "total 8 vehicles", "total ⟦9⟧ vehicles"), dept),
				// ---- self-evaluation
				c("section weight", SECTION_WEIGHT, w, Literals.SECTION_WEIGHT,
						"一级指标“产出指标”的分值 31 与其下各指标分值之和 30 不符。",
						swap(SELFEVAL, "section 产出 weight 30", "section 产出 weight ⟦31⟧"), SELFEVAL),
				c("weights to 100", WEIGHT_TOTAL, w, Literals.PROJECT_SELF_EVALUATION,
						"各部分分值之和为 105，应为 100 分（预算执行 + 总目标 + 绩效指标）。",
						swap(swap(SELFEVAL, "objective weight 20", "objective weight 25"), "selfeval", "⟦selfeval⟧"),
						SELFEVAL),
				c("score above weight", SCORE_ABOVE_WEIGHT, w, Literals.INDICATOR,
						"得分 24 超过了分值 23：得分不能高于分值。",
						swap(SELFEVAL, "actual 12 次 score 23", "actual 12 次 score ⟦24⟧"), SELFEVAL),
				c("execution rate", EXECUTION_RATE, w, Literals.BUDGET_EXECUTION,
						"预算执行率 100% 与计算值不符：执行数 15 ÷ 预算数 15.3 = 98.0%。",
						swap(SELFEVAL, "executed 15.3 rate 100.0%", "executed 15 rate ⟦100.0⟧%"),
						swap(SELFEVAL, "executed 15.3 rate 100.0% score 20", "executed 15 rate 98.0% score 19.6")
								.replace("total 100", "total 99.6")),
				c("execution score", EXECUTION_SCORE, w, Literals.BUDGET_EXECUTION,
						"预算执行得分 19 与计算值不符：分值 20 × min(执行率 100%, 100%) = 20。",
						swap(SELFEVAL, "rate 100.0% score 20", "rate 100.0% score ⟦19⟧"), SELFEVAL),
				c("total", TOTAL_SCORE, w, Literals.PROJECT_SELF_EVALUATION,
						"总分 98 与各部分得分之和 100 不符。",
						swap(SELFEVAL, "total 100", "total ⟦98⟧"), SELFEVAL),
				c("scored without actual", SCORED_WITHOUT_ACTUAL, w, Literals.INDICATOR,
						"指标“活动次数”实际完成值为空（“---”），却得了 23 分：没有实际值无法评分，应补填实际完成值或说明原因。",
						swap(SELFEVAL, "actual 12 次 score 23", "actual ⟦---⟧ score 23"),
						SELFEVAL),
				c("score differs", SCORE_DIFFERS, i, Literals.INDICATOR,
						"填报得分 8，按评分规则应为 10 分（实际 95%，目标 ≥ 90%：已达成，得满分 10 分）；如有扣分理由，请在偏差分析中说明。",
						swap(SELFEVAL, "actual 95% score 10", "actual 95% score ⟦8⟧"), SELFEVAL),
				c("score outside band", SCORE_OUTSIDE_BAND, w, Literals.INDICATOR,
						"得分 15 不在所选完成程度的得分区间内：完成程度“达成”，得分区间为分值 20 的 80%–100%，即 16–20 分；填报得分不在区间内。",
						swap(SELFEVAL, "level 达成 score 20", "level 达成 score ⟦15⟧"),
						swap(SELFEVAL, "level 达成 score 20", "level 达成 score 16")),
				c("deviation required", DEVIATION_REQUIRED, w, Literals.PROJECT_SELF_EVALUATION,
						"有未达到目标的情况（“居民满意度”目标 ≥ 90%，实际 85%），却没有填写“偏差大或目标未完成原因分析”（deviation）：请逐项说明原因。",
						swap(BELOW_TARGET, "selfeval", "⟦selfeval⟧"),
						swap(BELOW_TARGET, "    >\n>\n", "    >\n    deviation \"满意度未达到目标：活动宣传不足。\"\n>\n")),
				c("deviation of the indicator", DEVIATION_REQUIRED, w, Literals.PROJECT_SELF_EVALUATION,
						"有未达到目标的情况（“居民满意度”目标 ≥ 90%，实际 85%），却没有填写“偏差大或目标未完成原因分析”（deviation）：请逐项说明原因。",
						swap(swap(BELOW_TARGET, "selfeval", "⟦selfeval⟧"), "actual 85% score 9.44", "actual 85% score 9.44 deviation \"\""),
						swap(BELOW_TARGET, "actual 85% score 9.44", "actual 85% score 9.44 deviation \"活动宣传不足，参与居民较少。\"")),
				c("blank deviation", DEVIATION_REQUIRED, w, Literals.PROJECT_SELF_EVALUATION,
						"有未达到目标的情况（“居民满意度”目标 ≥ 90%，实际 85%），却没有填写“偏差大或目标未完成原因分析”（deviation）：请逐项说明原因。",
						swap(BELOW_TARGET, "    >\n>\n", "    >\n    deviation ⟦\"\"⟧\n>\n"),
						SELFEVAL),
				c("missing actual", MISSING_ACTUAL, w, Literals.INDICATOR,
						"指标“活动次数”还没有实际完成值：请填写 actual（实际完成值）。",
						swap(SELFEVAL, "actual 12 次 score 23", "actual ⟦---⟧"), SELFEVAL),
				c("missing 执行数", MISSING_ACTUAL, w, Literals.BUDGET_EXECUTION,
						"预算执行情况还没有执行数（B）：请把 executed 后的 --- 改为执行数（万元）。",
						swap(SELFEVAL, "executed 15.3 rate 100.0% score 20", "⟦executed⟧ ---"), SELFEVAL),
				c("missing score", MISSING_SCORE, w, Literals.INDICATOR,
						"指标“居民文化生活”无法按规则计分（实际 \"较丰富\"，目标 \"明显改善\"：定性指标表述不同，未写完成程度（level 达成/部分达成/未达成），规则无法核对）：请写完成程度 level 达成/部分达成/未达成，或填写得分。",
						swap(SELFEVAL, "\"居民文化生活\" \"明显改善\" weight 20 actual \"较丰富\" level 达成 score 20",
						"⟦\"居民文化生活\"⟧ \"明显改善\" weight 20 actual \"较丰富\""), SELFEVAL),
				c("objective without score", MISSING_SCORE, w, Literals.OVERALL_OBJECTIVE,
						"项目绩效总目标还没有得分：评分规则不能代为评分，请按完成情况填写 score。",
						swap(SELFEVAL, "objective weight 20 \"丰富社区活动\" actual \"社区活动丰富\" score 20",
						"⟦objective⟧ weight 20 \"丰富社区活动\" actual \"社区活动丰富\""), SELFEVAL),
				// ---- adjustment and the stages checked against each other
				c("adjusted without record", ADJUSTED_WITHOUT_RECORD, w, Literals.INDICATOR,
						"“合格率”写了调整后目标值，申报表却没有目标调整记录：请在目标之前写 adjustment < date … reason … >（批准日期与调整原因）。",
						project("P1", "budget 15.3 fiscal 15.3", PLAN, "indicator 产出.质量 \"合格率\" ≥ 90% ⟦adjusted⟧ ≥ 95%"),
						adjusted(RECORD, "indicator 产出.质量 \"合格率\" ≥ 90% adjusted ≥ 95%")),
				c("added without record", ADJUSTED_WITHOUT_RECORD, w, Literals.INDICATOR,
						"“合格率”标为调整中新增（added），申报表却没有目标调整记录：请在目标之前写 adjustment < date … reason … >。",
						project("P1", "budget 15.3 fiscal 15.3", PLAN, "indicator 产出.质量 \"合格率\" ≥ 90% ⟦added⟧"),
						adjusted(RECORD, "indicator 产出.质量 \"合格率\" ≥ 90% added")),
				c("adjustment without change", ADJUSTMENT_EMPTY, w, Literals.ADJUSTMENT,
						"目标调整记录没有调整任何内容：请在调整的指标上写 adjusted 调整后目标值、added（新增）或 dropped（删除），在目标上写 adjusted \"调整后的目标内容\"，或在记录中写调整后预算数 budget。",
						swap(adjusted(RECORD), "    adjustment <", "    ⟦adjustment⟧ <"),
						adjusted(RECORD + "        budget 18\n")),
				c("target differs from the declared one", STAGE_TARGET, w, Literals.INDICATOR,
						"“支付经费人数”的目标值“= 45 人”与所依据申报表的目标值“= 49 人”不同：自评应以申报（调整后）的目标为准，目标的改变须经目标调整批准。",
						swap(STAGES, "= 49 人 weight 30", "⟦= 45 人⟧ weight 30"), STAGES),
				c("target differs from the adjusted one", STAGE_TARGET, w, Literals.INDICATOR,
						"“支付经费人数”的目标值“= 49 人”与所依据申报表的调整后目标值“= 52 人”不同：自评应以申报（调整后）的目标为准，目标的改变须经目标调整批准。",
						swap(swap(STAGES, "= 49 人 weight 30", "⟦= 49 人⟧ weight 30"), "= 49 人\n", "= 49 人 adjusted = 52 人\n")
								.replace("    goal \"保障社区工作顺利开展\" <", "    adjustment <\n" + RECORD + "    >\n    goal \"保障社区工作顺利开展\" <"),
						swap(swap(STAGES, "= 49 人 weight 30", "= 49 人 adjusted = 52 人 weight 30"), "= 49 人\n", "= 49 人 adjusted = 52 人\n")
								.replace("    goal \"保障社区工作顺利开展\" <", "    adjustment <\n" + RECORD + "    >\n    goal \"保障社区工作顺利开展\" <")),
				c("indicator not declared", STAGE_INDICATOR_ADDED, w, Literals.INDICATOR,
						"指标“合格率”不在所依据的申报表中：自评只评申报（调整后）的指标；如确需增加，应先经目标调整批准。",
						swap(STAGES, "weight 20 actual 96%\n", "weight 20 actual 96%\n        indicator 产出.质量 ⟦\"合格率\"⟧ ≥ 90% weight 0 actual 95%\n"),
						STAGES),
				c("declared indicator left out", STAGE_INDICATOR_DROPPED, w, Literals.STAGE_LINK,
						"申报表的指标“职工满意度”（服务对象满意度指标，目标 ≥ 95%）在自评表中没有：申报（调整后）的每个指标都须自评；如已删除，应在申报表的目标调整中标为 dropped。",
						swap(swap(STAGES, "        indicator 满意度.服务对象满意度 \"职工满意度\" ≥ 95% weight 20 actual 96%\n", ""),
								"    follows project \"P1\"", "    ⟦follows project \"P1\"⟧"),
						STAGES),
				c("budget differs from the declared one", STAGE_BUDGET, w, Literals.BUDGET_EXECUTION,
						"预算数（A）14 万元与所依据申报表的预算数 15.3 万元不同：自评的预算数应为申报（调整后）的预算数。",
						swap(STAGES, "planned 15.3 executed", "planned ⟦14⟧ executed"), STAGES),
				c("over-achievement", OVER_ACHIEVEMENT, w, Literals.INDICATOR,
						"“活动次数”实际完成 16 次，为目标 ≥ 12 次 的 133.33%（达到 130% 及以上）：超额完成较多，请在 deviation 中说明原因（目标是否定得过低）。",
						swap(SELFEVAL, "actual 12 次 score 23", "actual ⟦16 次⟧ score 23"),
						swap(SELFEVAL, "actual 12 次 score 23", "actual 16 次 score 23 deviation \"年中追加了社区活动。\"")),
				c("monitoring target differs from the declared one", STAGE_TARGET, w, Literals.INDICATOR,
						"“支付经费人数”的目标值“= 45 人”与所依据申报表的目标值“= 49 人”不同：监控应以申报（调整后）的目标为准，目标的改变须经目标调整批准。",
						swap(MONITORED, "= 49 人 current", "⟦= 45 人⟧ current"), MONITORED),
				c("monitoring indicator not declared", STAGE_INDICATOR_ADDED, w, Literals.INDICATOR,
						"指标“合格率”不在所依据的申报表中：监控表只列申报（调整后）的指标；如确需增加，应先经目标调整批准。",
						swap(MONITORED, "forecast 96%\n", "forecast 96%\n        indicator 产出.质量 ⟦\"合格率\"⟧ ≥ 90% current 95% forecast 95%\n"),
						MONITORED),
				c("declared indicator left out of the monitoring", STAGE_INDICATOR_DROPPED, w, Literals.STAGE_LINK,
						"申报表的指标“职工满意度”（服务对象满意度指标，目标 ≥ 95%）在监控表中没有：申报（调整后）的每个指标都须监控；如已删除，应在申报表的目标调整中标为 dropped。",
						swap(swap(MONITORED, "        indicator 满意度.服务对象满意度 \"职工满意度\" ≥ 95% current 96% forecast 96%\n", ""),
								"    follows project \"P1\"\n    code", "    ⟦follows project \"P1\"⟧\n    code"),
						MONITORED),
				c("monitoring initial budget differs from the declared one", STAGE_BUDGET, w, Literals.MONITORING_BUDGET,
						"年初预算数 14 万元与所依据申报表的预算数 15.3 万元不同。",
						swap(MONITORED, "        initial 15.3\n", "        initial ⟦14⟧\n        added 1.3\n"), MONITORED),
				c("monitoring adjusted budget differs from the approved one", STAGE_BUDGET, w, Literals.MONITORING_BUDGET,
						"调整预算数 17 万元与所依据申报表的调整后预算数 18 万元不同：监控的调整预算数应为目标调整批准的预算数。",
						swap(MONITORED_ADJUSTED, "added 2.7\n        adjusted 18\n", "added 1.7\n        adjusted ⟦17⟧\n"), MONITORED_ADJUSTED),
				c("actual contradicts the monitoring forecast", FORECAST_CONTRADICTED, w, Literals.INDICATOR,
						"“支付经费人数”实际完成 38 人，6 月监控表的全年预计为 49 人，相差预计的 22.45%（达到 20% 及以上）：与监控预计不符，请在 deviation 中说明原因。"
								+ " The actual contradicts the monitoring forecast without a reason.",
						swap(STAGES + MONITOR, "weight 30 actual 49 人", "weight 30 actual ⟦38 人⟧"),
						swap(STAGES + MONITOR, "weight 30 actual 49 人", "weight 30 actual 38 人 deviation \"两人年中调出。\"")));
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
