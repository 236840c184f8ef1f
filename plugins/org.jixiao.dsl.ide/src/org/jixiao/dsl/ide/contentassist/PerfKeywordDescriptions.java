// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.contentassist;

import java.util.Map;

/**
 * A short Chinese description of every keyword of the language, shown beside its proposal: keywords
 * are English (or symbols), while the analyst thinks in the words of the forms. Taken from the
 * language reference (docs/dsl-reference.md); a test checks that every keyword of the grammar has one.
 */
public final class PerfKeywordDescriptions {

	private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
			// document and frameworks
			Map.entry("uses", "使用指定的指标框架"), Map.entry("framework", "指标框架（一级、二级指标）"),
			Map.entry("level1", "一级指标"), Map.entry("level2", "二级指标"), Map.entry("alias", "别名（同义写法）"),
			Map.entry("role", "类别的作用（产出、效益、满意度……）"), Map.entry("guidance", "填写指引"),
			Map.entry("output", "作用：产出"), Map.entry("benefit", "作用：效益"), Map.entry("satisfaction", "作用：满意度"),
			Map.entry("cost", "作用：成本"), Map.entry("quantity", "数量（作用或值的类型）"),
			Map.entry("quality", "作用：质量"), Map.entry("timeliness", "作用：时效"), Map.entry("economic", "作用：经济效益"),
			Map.entry("social", "作用：社会效益"), Map.entry("ecological", "作用：生态效益"),
			Map.entry("sustainability", "作用：可持续影响"),
			// indicator library
			Map.entry("library", "指标库"), Map.entry("entry", "指标库条目"), Map.entry("kind", "指标值的类型"),
			Map.entry("percentage", "类型：百分比"), Map.entry("money", "类型：金额"), Map.entry("range", "类型：区间"),
			Map.entry("rank", "类型：名次"), Map.entry("qualitative", "类型：定性描述"), Map.entry("yesno", "类型：是/否"),
			Map.entry("unit", "单位（指标库）或单位名称（表头）"), Map.entry("tags", "工作类型标签"),
			// goals and indicators
			Map.entry("longterm", "长期目标"), Map.entry("annual", "年度目标"), Map.entry("goal", "绩效目标"),
			Map.entry("until", "长期目标的截止年度"), Map.entry("weight", "分值（权重）"), Map.entry("actual", "实际完成值"),
			Map.entry("score", "得分"), Map.entry("section", "自评表：一级指标分值"), Map.entry("indicator", "绩效指标"),
			Map.entry("measure", "计量方式（指标值栏）"), Map.entry("description", "绩效指标描述 / 指标解释"),
			Map.entry("criterion", "评（扣）分标准"), Map.entry("adjusted", "调整后目标值"),
			Map.entry("added", "目标调整中新增的指标；监控表中为追加预算数"), Map.entry("dropped", "目标调整中删除的指标（留作记录）"),
			Map.entry("adjustment", "目标调整记录：批准日期、原因、批准机关与文号"), Map.entry("reason", "调整原因"),
			Map.entry("approver", "批准机关"), Map.entry("document", "批准文号"),
			Map.entry("follows", "所依据的申报表：follows project \"项目代码\" 或 follows department \"单位\" year 年度"),
			Map.entry("midterm", "实施周期（中期）指标值"), Map.entry("core", "核心指标（是否核心指标：是）"),
			Map.entry("direction", "指标方向（正向、反向、等于）"), Map.entry("basis", "指标值确定依据 / 绩效标准"),
			Map.entry("twoyearsago", "前年指标值"), Map.entry("lastyear", "上年指标值"),
			Map.entry("expected", "预期当年实现值"), Map.entry("level", "完成程度（达成、部分达成、未达成）"),
			Map.entry("note", "备注"), Map.entry("正向", "正向指标：越大越好"), Map.entry("反向", "反向指标：越小越好"),
			Map.entry("等于", "指标值应恰好等于目标"), Map.entry("达成", "完成程度：达成"), Map.entry("部分达成", "完成程度：部分达成"),
			Map.entry("未达成", "完成程度：未达成"),
			// values
			Map.entry("%", "百分比"), Map.entry("％", "百分比（全角）"), Map.entry("万元", "金额单位：万元"), Map.entry("元", "金额单位：元"),
			Map.entry("-", "区间：从……到……"), Map.entry("~", "区间：从……到……"), Map.entry("～", "区间：从……到……（全角）"),
			Map.entry("至", "区间：从……至……"), Map.entry("第", "名次：第N名"), Map.entry("前", "名次：前N名"),
			Map.entry("名之前", "名次：N名之前（即前N名）"),
			Map.entry("名", "名次的“名”或单位“名”"), Map.entry("是", "是"), Map.entry("否", "否"),
			Map.entry("≥", "大于或等于（不低于）"), Map.entry(">=", "大于或等于（≥ 的 ASCII 写法）"), Map.entry("≧", "大于或等于（规范写法为 ≥）"),
			Map.entry("≤", "小于或等于（不高于）"), Map.entry("<=", "小于或等于（≤ 的 ASCII 写法）"), Map.entry("≦", "小于或等于（规范写法为 ≤）"),
			Map.entry(">", "大于；或块的结束"), Map.entry("＞", "大于（规范写法为 >）"), Map.entry("<", "块的开始；或小于"),
			Map.entry("＜", "小于（规范写法为 <）"), Map.entry("=", "等于"), Map.entry("＝", "等于（规范写法为 =）"),
			Map.entry("/", "复合单位：次/月"), Map.entry(".", "一级.二级"), Map.entry(",", "列举下一项"),
			// department declaration
			Map.entry("department", "部门整体支出绩效目标申报表；或部门自评表"), Map.entry("year", "年度"),
			Map.entry("title", "标题"), Map.entry("layout", "版式"), Map.entry("code", "单位编码"),
			Map.entry("filingunit", "填报单位（盖章）"), Map.entry("filer", "填报人"), Map.entry("contact", "绩效管理联系人"),
			Map.entry("phone", "联系电话"), Map.entry("head", "单位负责人"), Map.entry("staff", "人员编制数（actual 为实有人数）"),
			Map.entry("funds", "资金情况"), Map.entry("years", "近两年列的年度"), Map.entry("income", "资金来源（收入）"),
			Map.entry("expense", "资金用途（支出）"), Map.entry("total", "合计（总分、总额）"), Map.entry("share", "占比"),
			Map.entry("publicexpenses", "三公经费"), Map.entry("vehicles", "公务用车购置及运行费"), Map.entry("abroad", "因公出国（境）费"),
			Map.entry("reception", "公务接待费"), Map.entry("functions", "部门职能概述"), Map.entry("tasks", "年度工作任务"),
			Map.entry("summary", "整体绩效目标"), Map.entry("remarks", "备注"), Map.entry("review", "审核意见"),
			Map.entry("date", "日期"),
			// project table
			Map.entry("project", "项目支出绩效目标表；或项目自评表"), Map.entry("budget", "预算（资金）"),
			Map.entry("fiscal", "财政资金"), Map.entry("other", "其他资金"), Map.entry("purpose", "项目用途"),
			Map.entry("plan", "分月执行计划"), Map.entry("月底", "执行计划：某月底累计进度"),
			Map.entry("property", "项目属性"), Map.entry("新增项目", "项目属性：新增项目"), Map.entry("延续项目", "项目属性：延续项目"),
			// self-evaluations
			Map.entry("selfeval", "绩效自评表"), Map.entry("basicexpenditure", "基本支出"),
			Map.entry("projectexpenditure", "项目支出"), Map.entry("supervisor", "主管部门"), Map.entry("implementer", "项目实施单位"),
			Map.entry("objective", "年度总体目标"), Map.entry("indicatorweight", "绩效指标分值"),
			Map.entry("planned", "全年预算数"), Map.entry("executed", "全年执行数"), Map.entry("rate", "执行率"),
			Map.entry("deviation", "偏差原因分析（自评表或一个指标的）"), Map.entry("improvement", "改进措施及结果应用方案"),
			Map.entry("initial", "年初预算数"), Map.entry("carryover", "资金来源：上年结转资金"),
			// narrative duty targets
			Map.entry("duties", "职责目标"), Map.entry("duty", "一项职责"), Map.entry("overall", "总体绩效目标"),
			Map.entry("intro", "分项绩效目标引言"), Map.entry("responsibility", "主要职责"), Map.entry("dutygoal", "职责目标"),
			Map.entry("target", "绩效目标"), Map.entry("indicators", "绩效指标（列举）"), Map.entry("standard", "绩效标准"),
			Map.entry("band", "评价等级的界限"), Map.entry("优", "等级：优"), Map.entry("良", "等级：良"), Map.entry("中", "等级：中"),
			Map.entry("差", "等级：差"), Map.entry("measures", "工作保障措施"),
			// monitoring form (绩效运行监控表)
			Map.entry("monitor", "绩效运行监控表"), Map.entry("month", "监控期：1至该月"),
			Map.entry("current", "1–X月执行情况（当前值）"), Map.entry("forecast", "全年预计完成情况 / 全年预计执行数"),
			Map.entry("likelihood", "完成目标可能性"), Map.entry("确定能", "完成目标可能性：确定能"),
			Map.entry("有可能", "完成目标可能性：有可能"), Map.entry("完全不可能", "完成目标可能性：完全不可能"),
			Map.entry("cause", "偏差原因（标准列表中的一项或几项）"), Map.entry("spending", "预算执行情况（截至X月底）"),
			Map.entry("reduced", "追减预算数"), Map.entry("spent", "截至X月底支出数"),
			Map.entry("balance", "预计结余（按资金来源）"), Map.entry("central", "资金来源：中央"),
			Map.entry("provincial", "资金来源：省级"), Map.entry("municipal", "资金来源：地市级"), Map.entry("own", "资金来源：单位自筹"),
			Map.entry("onschedule", "是否达到序时支出进度"), Map.entry("rectification", "是否需要整改（纠偏）"),
			Map.entry("requirement", "整改要求和建议"), Map.entry("result", "整改结果"), Map.entry("targetchanges", "绩效目标调整情况"),
			// review comments (审核意见)
			Map.entry("opinion", "审核意见：opinion \"审核科室\" < reviewer … date … text … status … answer … >"),
			Map.entry("reviewer", "审核人"), Map.entry("text", "审核意见的内容"), Map.entry("status", "审核意见的状态（待整改、已整改、不予采纳）"),
			Map.entry("answer", "单位的整改说明"), Map.entry("待整改", "审核意见：待整改"), Map.entry("已整改", "审核意见：已整改"),
			Map.entry("不予采纳", "审核意见：不予采纳"));

	private PerfKeywordDescriptions() {
	}

	/** The description of a keyword, or {@code null} for a word that is not a keyword of the language. */
	public static String of(String keyword) {
		return DESCRIPTIONS.get(keyword);
	}
}
