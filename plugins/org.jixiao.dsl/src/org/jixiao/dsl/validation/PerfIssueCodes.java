// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.xtext.validation.SeverityConverter;

/**
 * Public issue codes of the .perf checks, shared by the validator, the quick fixes, the command
 * line and the tests. Each code is also the preference key of its severity; {@link #DEFAULTS}
 * holds the severity a code has when neither a profile nor a preference says otherwise.
 * Policy: ERROR only for what makes a form impossible to generate (syntax, linking); review
 * findings are WARNING; spelling and normalisation are INFO. The national data standard's checks are
 * IGNORE here and switched on by the named profile {@code national}.
 */
public final class PerfIssueCodes {

	public static final String PREFIX = "perf.";

	// ---- not configurable: the file cannot be read, parsed or linked
	public static final String INPUT = PREFIX + "input";
	public static final String SYNTAX = PREFIX + "syntax";
	public static final String UNRESOLVED = PREFIX + "unresolved";
	/** How the file's bytes were read: GB18030 (warning) or not as text at all (error). */
	public static final String ENCODING = PREFIX + "encoding";
	/** An unexpected failure of Jixiao itself, reported with the log file that holds the details. */
	public static final String INTERNAL = PREFIX + "internal";
	/** The declaration a later form follows is not among the files checked with it (a warning: see the linking messages). */
	public static final String STAGE_LINK_UNRESOLVED = PREFIX + "stage-link-unresolved";

	// ---- what a workbook or a file system cannot hold, and what a reader cannot see
	/** A text longer than an Excel cell holds (32,767 characters). */
	public static final String CELL_TOO_LONG = PREFIX + "cell-too-long";
	/** A number larger than an Excel cell holds (about 1E308). */
	public static final String NUMBER_TOO_LARGE = PREFIX + "number-too-large";
	/** A project name longer than a sheet name may be (31 characters): the sheet is named by its start. */
	public static final String SHEET_NAME_TOO_LONG = PREFIX + "sheet-name-too-long";
	/** A unit or project name that makes the workbook's file name too long: the name is cut. */
	public static final String FILE_NAME_TOO_LONG = PREFIX + "file-name-too-long";
	/** A control character (other than tab and line breaks) in the text: invisible, and not allowed in a workbook. */
	public static final String CONTROL_CHARACTER = PREFIX + "control-character";
	/** A bidirectional control (U+202E …): shows text in another order than it is written. */
	public static final String BIDI_CHARACTER = PREFIX + "bidi-character";

	// ---- category (linking problems are errors: the form cannot be generated without a category)
	public static final String UNKNOWN_CATEGORY = PREFIX + "unknown-category";
	public static final String WRONG_LEVEL1 = PREFIX + "wrong-level1";
	public static final String CATEGORY_SYNONYM = PREFIX + "category-synonym";

	// ---- value form
	public static final String COMPARATOR_SPELLING = PREFIX + "comparator-spelling";
	public static final String FULL_WIDTH = PREFIX + "full-width";
	public static final String QUALITATIVE_VALUE = PREFIX + "qualitative-value";
	public static final String MISSING_UNIT = PREFIX + "missing-unit";
	public static final String MISSING_COMPARATOR = PREFIX + "missing-comparator";
	public static final String PERCENT_OVER_100 = PREFIX + "percent-over-100";
	public static final String UNACHIEVABLE_100 = PREFIX + "unachievable-100";
	public static final String FRACTION_PERCENTAGE = PREFIX + "fraction-percentage";
	public static final String RATE_UNIT = PREFIX + "rate-unit";
	public static final String YES_NO_TARGET = PREFIX + "yes-no-target";
	public static final String SATISFACTION_FLOOR = PREFIX + "satisfaction-floor";
	/** The adjusted target (调整后目标值) is of another kind or unit than the target. */
	public static final String ADJUSTED_KIND = PREFIX + "adjusted-kind";
	/** The adjusted target is the target itself: nothing was adjusted. */
	public static final String ADJUSTED_UNCHANGED = PREFIX + "adjusted-unchanged";

	// ---- direction
	public static final String DIRECTION_COMPARATOR = PREFIX + "direction-comparator";
	public static final String COST_NOT_AMOUNT = PREFIX + "cost-not-amount";
	/** The value's unit or direction contradicts the indicator library entry of the same name. */
	public static final String LIBRARY_MISMATCH = PREFIX + "library-mismatch";

	// ---- completeness
	public static final String GOAL_MISSING_OUTPUT = PREFIX + "goal-missing-output";
	public static final String GOAL_MISSING_BENEFIT = PREFIX + "goal-missing-benefit";
	public static final String GOAL_MISSING_SATISFACTION = PREFIX + "goal-missing-satisfaction";
	public static final String DUPLICATE_INDICATOR = PREFIX + "duplicate-indicator";
	public static final String BOILERPLATE = PREFIX + "boilerplate";
	public static final String REQUIRED_FIELD = PREFIX + "required-field";
	public static final String HORIZON_BEFORE_YEAR = PREFIX + "horizon-before-year";

	// ---- arithmetic
	public static final String INCOME_SUM = PREFIX + "income-sum";
	public static final String EXPENSE_SUM = PREFIX + "expense-sum";
	public static final String INCOME_EXPENSE_BALANCE = PREFIX + "income-expense-balance";
	public static final String SHARE_MISMATCH = PREFIX + "share-mismatch";
	public static final String BUDGET_PARTS = PREFIX + "budget-parts";
	public static final String SPENDING_PLAN = PREFIX + "spending-plan";
	public static final String COST_ABOVE_BUDGET = PREFIX + "cost-above-budget";
	public static final String PUBLIC_EXPENSES_SUM = PREFIX + "public-expenses-sum";

	// ---- self-evaluation
	public static final String SECTION_WEIGHT = PREFIX + "section-weight";
	public static final String WEIGHT_TOTAL = PREFIX + "weight-total";
	public static final String SCORE_ABOVE_WEIGHT = PREFIX + "score-above-weight";
	public static final String EXECUTION_RATE = PREFIX + "execution-rate";
	public static final String EXECUTION_SCORE = PREFIX + "execution-score";
	public static final String TOTAL_SCORE = PREFIX + "total-score";
	public static final String SCORED_WITHOUT_ACTUAL = PREFIX + "scored-without-actual";
	/** The entered score differs from the scoring rules' (the reason is in the message); never overwritten. */
	public static final String SCORE_DIFFERS = PREFIX + "score-differs";
	/** A qualitative indicator's score outside the band of the level the analyst chose. */
	public static final String SCORE_OUTSIDE_BAND = PREFIX + "score-outside-band";
	/** An indicator below target or 执行率 under the threshold, and no 偏差大或目标未完成原因分析. */
	public static final String DEVIATION_REQUIRED = PREFIX + "deviation-required";
	/** A self-evaluation row still without its actual value (实际完成值, 执行数, 全年实际完成情况). */
	public static final String MISSING_ACTUAL = PREFIX + "missing-actual";
	/** A row the rules cannot score and the analyst has not scored (总目标, qualitative rows without a level). */
	public static final String MISSING_SCORE = PREFIX + "missing-score";

	// ---- adjustment (目标调整) and the stages checked against each other
	/** An adjusted target, adjusted goal text, or an added or dropped indicator in a declaration without an adjustment record. */
	public static final String ADJUSTED_WITHOUT_RECORD = PREFIX + "adjusted-without-record";
	/** An adjustment record that names no change (no adjusted target, goal, indicator or budget). */
	public static final String ADJUSTMENT_EMPTY = PREFIX + "adjustment-empty";
	/** A later stage's target that differs from the declared one (the adjusted one where adjusted). */
	public static final String STAGE_TARGET = PREFIX + "stage-target";
	/** An indicator of a later stage that its declaration does not have (or has dropped). */
	public static final String STAGE_INDICATOR_ADDED = PREFIX + "stage-indicator-added";
	/** An indicator of the declaration (not dropped) that a later stage leaves out. */
	public static final String STAGE_INDICATOR_DROPPED = PREFIX + "stage-indicator-dropped";
	/** 预算数（A） of a later stage that differs from the declared (or adjusted) budget. */
	public static final String STAGE_BUDGET = PREFIX + "stage-budget";
	/** An actual far above its target (the profile's over-achievement threshold) without an explanation. */
	public static final String OVER_ACHIEVEMENT = PREFIX + "over-achievement";
	/** A self-evaluated actual far from the latest monitoring form's full-year forecast (the profile's gap), without a reason. */
	public static final String FORECAST_CONTRADICTED = PREFIX + "forecast-contradicted";

	// ---- monitoring form (绩效运行监控表) and its lights (预警灯)
	/** A monitoring period (1–X月) whose month is not 1–12. */
	public static final String MONITORING_MONTH = PREFIX + "monitoring-month";
	/** A current value (1–X月执行情况) or forecast of another kind or unit than the target. */
	public static final String MONITORING_INCOMPARABLE = PREFIX + "monitoring-incomparable";
	/** A 偏差原因 that is on neither standard list. */
	public static final String DEVIATION_CAUSE = PREFIX + "deviation-cause";
	/** A red or yellow light (as the lights profile requires) without a 偏差原因. */
	public static final String LIGHT_WITHOUT_CAUSE = PREFIX + "light-without-cause";
	/** A monitoring field (current, forecast, likelihood, cause) outside a monitoring form. */
	public static final String MONITORING_FIELD = PREFIX + "monitoring-field";
	/** 调整预算数 other than 年初预算数 + 追加 − 追减, or an 执行率 other than 支出数 / 调整预算数. */
	public static final String MONITORING_BUDGET = PREFIX + "monitoring-budget";
	/** 是否达到序时支出进度 as written contradicts the budget light. */
	public static final String ON_SCHEDULE = PREFIX + "on-schedule";

	// ---- review comments (审核意见) kept in the form
	/** A review comment still open (待整改, or no status): the unit has to rectify and answer it. */
	public static final String OPINION_OPEN = PREFIX + "opinion-open";
	/** A review comment marked 已整改 without the unit's 整改说明 (answer). */
	public static final String OPINION_UNANSWERED = PREFIX + "opinion-unanswered";
	/** A review comment's date that is not a day (2026-03-05 or 2026年3月5日). */
	public static final String OPINION_DATE = PREFIX + "opinion-date";
	/** A review comment tied to a goal or an indicator the form does not have. */
	public static final String OPINION_TARGET = PREFIX + "opinion-target";

	// ---- national data standard (预算管理一体化): off in the default profile, on in the profile "national"
	/** A 三级指标 name longer than the standard's 30 characters. */
	public static final String INDICATOR_NAME_LENGTH = PREFIX + "indicator-name-length";
	/** A 指标值 longer, as printed, than the standard's 60 characters. */
	public static final String VALUE_LENGTH = PREFIX + "value-length";
	/** A 评（扣）分标准 longer than the standard's 2,000 characters. */
	public static final String CRITERION_LENGTH = PREFIX + "criterion-length";
	/** A 项目代码 that is not 21 characters starting with a 区划 code. */
	public static final String PROJECT_CODE = PREFIX + "project-code";
	/** A 指标值确定依据 that is none of the standard's four kinds. */
	public static final String BASIS_KIND = PREFIX + "basis-kind";
	/** An indicator without its 指标内容 (description). */
	public static final String MISSING_DESCRIPTION = PREFIX + "missing-description";
	/** An indicator without its 评（扣）分标准 (criterion). */
	public static final String MISSING_CRITERION = PREFIX + "missing-criterion";
	/** A 成本指标 that is not quantified (a number with a unit), as 财预〔2021〕101号 requires. */
	public static final String COST_QUANTIFIED = PREFIX + "cost-quantified";

	/** Default severity of every configurable code ({@code error|warning|info|ignore}). */
	public static final Map<String, String> DEFAULTS;

	static {
		Map<String, String> d = new LinkedHashMap<>();
		String e = SeverityConverter.SEVERITY_ERROR;
		String w = SeverityConverter.SEVERITY_WARNING;
		String i = SeverityConverter.SEVERITY_INFO;
		d.put(CELL_TOO_LONG, e);
		d.put(NUMBER_TOO_LARGE, e);
		d.put(SHEET_NAME_TOO_LONG, i);
		d.put(FILE_NAME_TOO_LONG, w);
		d.put(CONTROL_CHARACTER, e);
		d.put(BIDI_CHARACTER, e);
		d.put(UNKNOWN_CATEGORY, e);
		d.put(WRONG_LEVEL1, e);
		d.put(CATEGORY_SYNONYM, i);
		d.put(COMPARATOR_SPELLING, i);
		d.put(FULL_WIDTH, i);
		d.put(QUALITATIVE_VALUE, w);
		d.put(MISSING_UNIT, w);
		d.put(MISSING_COMPARATOR, w);
		d.put(PERCENT_OVER_100, w);
		d.put(UNACHIEVABLE_100, w);
		d.put(FRACTION_PERCENTAGE, w);
		d.put(RATE_UNIT, w);
		d.put(YES_NO_TARGET, w);
		d.put(SATISFACTION_FLOOR, w);
		d.put(ADJUSTED_KIND, w);
		d.put(ADJUSTED_UNCHANGED, w);
		d.put(DIRECTION_COMPARATOR, w);
		d.put(COST_NOT_AMOUNT, w);
		d.put(LIBRARY_MISMATCH, i);
		d.put(GOAL_MISSING_OUTPUT, w);
		d.put(GOAL_MISSING_BENEFIT, w);
		d.put(GOAL_MISSING_SATISFACTION, w);
		d.put(DUPLICATE_INDICATOR, w);
		d.put(BOILERPLATE, i);
		d.put(REQUIRED_FIELD, w);
		d.put(HORIZON_BEFORE_YEAR, w);
		d.put(INCOME_SUM, w);
		d.put(EXPENSE_SUM, w);
		d.put(INCOME_EXPENSE_BALANCE, w);
		d.put(SHARE_MISMATCH, w);
		d.put(BUDGET_PARTS, w);
		d.put(SPENDING_PLAN, w);
		d.put(COST_ABOVE_BUDGET, w);
		d.put(PUBLIC_EXPENSES_SUM, w);
		d.put(SECTION_WEIGHT, w);
		d.put(WEIGHT_TOTAL, w);
		d.put(SCORE_ABOVE_WEIGHT, w);
		d.put(EXECUTION_RATE, w);
		d.put(EXECUTION_SCORE, w);
		d.put(TOTAL_SCORE, w);
		d.put(SCORED_WITHOUT_ACTUAL, w);
		d.put(SCORE_DIFFERS, i);
		d.put(SCORE_OUTSIDE_BAND, w);
		d.put(DEVIATION_REQUIRED, w);
		d.put(MISSING_ACTUAL, w);
		d.put(MISSING_SCORE, w);
		d.put(ADJUSTED_WITHOUT_RECORD, w);
		d.put(ADJUSTMENT_EMPTY, w);
		d.put(STAGE_TARGET, w);
		d.put(STAGE_INDICATOR_ADDED, w);
		d.put(STAGE_INDICATOR_DROPPED, w);
		d.put(STAGE_BUDGET, w);
		d.put(OVER_ACHIEVEMENT, w);
		d.put(FORECAST_CONTRADICTED, w);

		d.put(MONITORING_MONTH, w);
		d.put(MONITORING_INCOMPARABLE, w);
		d.put(DEVIATION_CAUSE, w);
		d.put(LIGHT_WITHOUT_CAUSE, w);
		d.put(MONITORING_FIELD, w);
		d.put(MONITORING_BUDGET, w);
		d.put(ON_SCHEDULE, w);
		d.put(OPINION_OPEN, w);
		d.put(OPINION_UNANSWERED, w);
		d.put(OPINION_DATE, w);
		d.put(OPINION_TARGET, w);
		String off = SeverityConverter.SEVERITY_IGNORE;
		d.put(INDICATOR_NAME_LENGTH, off);
		d.put(VALUE_LENGTH, off);
		d.put(CRITERION_LENGTH, off);
		d.put(PROJECT_CODE, off);
		d.put(BASIS_KIND, off);
		d.put(MISSING_DESCRIPTION, off);
		d.put(MISSING_CRITERION, off);
		d.put(COST_QUANTIFIED, off);
		DEFAULTS = Collections.unmodifiableMap(d);
	}

	private PerfIssueCodes() {
	}
}
