// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.jixiao.dsl.tests.validation.PerfRuleCases.Case;
import org.jixiao.model.PerfPackage.Literals;

/**
 * The national data standard's rules (profile {@code national}), in the shape of {@link PerfRuleCases}:
 * a document where the rule must fire with the marked text, and one where it must not. The severity is
 * the one the profile {@code national} gives; in the default profile none of them fires.
 */
public final class PerfNationalCases {

	/** A goal whose every indicator carries what the standard asks: 指标内容, 评（扣）分标准, a standard basis. */
	public static final String COMPLETE_GOAL = "goal \"保障社区工作正常开展\" <\n"
			+ "    indicator 产出.数量 \"社区活动次数\" description \"全年组织的社区文体活动次数\"\n"
			+ "        criterion \"完成值达到指标值得满分；未达到的，按 完成值 ÷ 指标值 × 分值 计分。\" ≥ 12 次 basis \"计划标准\"\n"
			+ "    indicator 效益.社会效益 \"居民生活\" description \"居民文化生活的改善\"\n"
			+ "        criterion \"达成得分值的 80%–100%，部分达成 60%–80%，未达成 0–60%。\" \"明显改善\" basis \"历史标准\"\n"
			+ "    indicator 满意度.服务对象满意度 \"居民满意度\" description \"抽样调查居民对社区服务的满意程度\"\n"
			+ "        criterion \"满意度达到指标值得满分，每低 1 个百分点扣 1 分。\" ≥ 90% basis \"行业标准\"\n"
			+ ">\n";

	/** 32, 30 characters. */
	static final String LONG_NAME = "社区开展文体和文化活动及居民健身培训讲座与志愿服务等公益活动场次";
	static final String NAME_30 = "社区开展文体和文化活动及居民健身培训讲座与志愿服务等活动场次";

	/** 65 characters. */
	static final String LONG_VALUE = "社区居民的文化生活明显改善，居民参与社区文体活动的积极性明显提高，社区文化氛围更加浓厚，邻里关系更加和睦融洽，社区凝聚力进一步增强";

	static final String CODE = "13030322P00397010008F";

	private PerfNationalCases() {
	}

	/** A project table with the given code and rows, the code marked when {@code markCode}. */
	static String project(String code, boolean markCode, String... rows) {
		String text = PerfRuleCases.project(code, "budget 15.3 fiscal 15.3", PerfRuleCases.PLAN, rows);
		return markCode ? text.replaceFirst("project \"", "project ⟦\"").replaceFirst("\" \"社区工作经费\"", "\"⟧ \"社区工作经费\"") : text;
	}

	public static List<Case> all() {
		Severity e = Severity.ERROR;
		Severity w = Severity.WARNING;
		String kinds = "计划标准、行业标准、历史标准、财政部门认可的其他标准";
		return List.of(
				new Case("name over 30 characters", INDICATOR_NAME_LENGTH, e, Literals.INDICATOR,
						"三级指标名称长 32 个字符，超过国家数据标准的 30 个：一体化系统不能录入，请缩短。 (indicator name longer than the national standard's 30 characters)",
						PerfRuleCases.goal("indicator 产出.数量 ⟦\"" + LONG_NAME + "\"⟧ ≥ 12 次"),
						PerfRuleCases.goal("indicator 产出.数量 \"" + NAME_30 + "\" ≥ 12 次")),
				new Case("value over 60 characters", VALUE_LENGTH, e, Literals.QUALITATIVE,
						"“居民生活”的指标值印出来长 65 个字符，超过国家数据标准的 60 个：请把说明写进指标内容（description）或评（扣）分标准（criterion），指标值只写目标。 (value longer than the national standard's 60 characters)",
						PerfRuleCases.goal("indicator 效益.社会效益 \"居民生活\" ⟦\"" + LONG_VALUE + "\"⟧"),
						PerfRuleCases.goal("indicator 效益.社会效益 \"居民生活\" \"" + LONG_VALUE.substring(0, 60) + "\"")),
				new Case("criterion over 2,000 characters", CRITERION_LENGTH, e, Literals.INDICATOR,
						"评（扣）分标准长 2,001 个字符，超过国家数据标准的 2,000 个：请缩短。 (scoring criterion longer than the national standard's 2,000 characters)",
						PerfRuleCases.goal("indicator 产出.数量 \"巡检\" criterion ⟦\"" + "扣".repeat(2001) + "\"⟧ ≥ 12 次"),
						PerfRuleCases.goal("indicator 产出.数量 \"巡检\" criterion \"" + "扣".repeat(2000) + "\" ≥ 12 次")),
				new Case("project code of 20 characters", PROJECT_CODE, w, Literals.PROJECT_TABLE,
						"项目代码“1303032200397010008F”有 20 个字符，应为 21 个：国家数据标准的项目代码为 21 个字符，前六位是项目所属地区的区划代码。 (project code: 21 characters starting with a GB/T 2260 region code)",
						project("1303032200397010008F", true), project(CODE, false)),
				new Case("project code without a region", PROJECT_CODE, w, Literals.PROJECT_TABLE,
						"项目代码“99999922P00397010008F”前六位“999999”不是行政区划代码（GB/T 2260，民政部县以上行政区划代码）：国家数据标准的项目代码为 21 个字符，前六位是项目所属地区的区划代码。 (project code: 21 characters starting with a GB/T 2260 region code)",
						project("99999922P00397010008F", true), project(CODE, false)),
				new Case("basis alias", BASIS_KIND, w, Literals.INDICATOR,
						"指标值确定依据“计划数据”应写作国家数据标准的“计划标准”（标准写法：" + kinds + "）。 (basis: write the standard's word)",
						PerfRuleCases.goal("indicator 产出.数量 \"巡检\" ≥ 12 次 basis ⟦\"计划数据\"⟧"),
						PerfRuleCases.goal("indicator 产出.数量 \"巡检\" ≥ 12 次 basis \"计划标准\"")),
				new Case("basis of another kind", BASIS_KIND, w, Literals.INDICATOR,
						"指标值确定依据“满意度调查”不是国家数据标准的四类之一：应为 " + kinds
								+ "；具体来源（如工作计划、调查）可写进指标内容（description）。 (basis is none of the standard's four kinds)",
						PerfRuleCases.goal("indicator 满意度.服务对象满意度 \"群众满意度\" ≥ 90% basis ⟦\"满意度调查\"⟧"),
						PerfRuleCases.goal("indicator 满意度.服务对象满意度 \"群众满意度\" ≥ 90% basis \"财政部门认可的其他标准\"")),
				new Case("missing description", MISSING_DESCRIPTION, w, Literals.INDICATOR,
						"“巡检”没有指标内容（description，即指标解释）：国家数据标准要求写明指标衡量什么。 (indicator without its description)",
						COMPLETE_GOAL.replace(">\n", "    indicator 产出.数量 ⟦\"巡检\"⟧ criterion \"按次数计分\" ≥ 12 次 basis \"计划标准\"\n>\n"),
						COMPLETE_GOAL),
				new Case("missing criterion", MISSING_CRITERION, w, Literals.INDICATOR,
						"“巡检”没有评（扣）分标准（criterion）：国家数据标准要求写明如何评分、扣分。 (indicator without its scoring criterion)",
						COMPLETE_GOAL.replace(">\n", "    indicator 产出.数量 ⟦\"巡检\"⟧ description \"全年巡检次数\" ≥ 12 次 basis \"计划标准\"\n>\n"),
						COMPLETE_GOAL),
				new Case("cost not quantified", COST_QUANTIFIED, w, Literals.YES_NO,
						"成本指标“车辆保险费”的指标值“是”不是定量的：按财预〔2021〕101号，成本指标应写数值和计量单位，如“≤ 15.3 万元”（本项目预算数）。 (cost indicators are quantified: a number with a unit)",
						project(CODE, false, "indicator 产出.成本 \"车辆保险费\" ⟦是⟧"),
						project(CODE, false, "indicator 产出.成本 \"车辆保险费\" ≤ 15.3 万元")));
	}
}
