// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.jixiao.dsl.tests.validation.PerfRuleCases.Case;
import org.jixiao.model.PerfPackage.Literals;

/** The rule cases of the monitoring form (绩效运行监控表) and its lights, in the form of {@link PerfRuleCases}. */
public final class PerfMonitoringCases {

	/** A June monitoring form: spending on schedule (50 of 100), 培训人次 150 of 300 (100 % of the 序时目标 150, 绿). */
	public static final String FORM = "monitor project \"测试项目\" year 2025 month 6 <\n"
			+ "    spending <\n        adjusted 100\n        spent 50\n    >\n"
			+ "    goal \"目标\" <\n"
			+ "        indicator 产出.数量 \"培训人次\" ≥ 300 次 current 150 次\n"
			+ "    >\n>\n";

	private PerfMonitoringCases() {
	}

	private static String swap(String from, String to) {
		return PerfRuleCases.swap(FORM, from, to);
	}

	public static List<Case> all() {
		Severity w = Severity.WARNING;
		return List.of(
				new Case("monitoring month", MONITORING_MONTH, w, Literals.PROJECT_MONITORING, "监控期应为 1–X月，X 为 1 到 12，却写作 13。",
						swap("month 6", "month ⟦13⟧"), FORM),
				new Case("current not comparable", MONITORING_INCOMPARABLE, w, Literals.INDICATOR,
						"指标“培训人次”的1–X月执行情况（current）“40%”与年度指标值“≥ 300 次”不可比：应为同类的值、同一单位（数量，单位 次）。",
						swap("current 150 次", "current ⟦40%⟧"), FORM),
				new Case("cause not on the list", DEVIATION_CAUSE, w, Literals.INDICATOR,
						"偏差原因“资金没到位”不在标准列表中：请选用 经费保障、制度保障、人员保障、硬件保障、其他、政策调整、疫情等不可抗力、政府采购程序、其他不可控、按计划暂未实施、合同约定暂未支付 之一，具体情况写在原因说明（deviation）中。",
						swap("current 150 次", "current 150 次 cause \"经费保障\", ⟦\"资金没到位\"⟧"),
						swap("current 150 次", "current 150 次 cause \"经费保障\", \"合同约定暂未支付\"")),
				new Case("red light without cause", LIGHT_WITHOUT_CAUSE, w, Literals.INDICATOR,
						"指标“培训人次”亮红灯（当前 60 次，序时目标 150 次（300 × 6/12），完成 40% → 红），却没有偏差原因（cause）：请从标准列表中选择偏差原因，并写原因说明（deviation）。",
						swap("current 150 次", "current ⟦60 次⟧"),
						swap("current 150 次", "current 60 次 cause \"经费保障\" deviation \"下半年资金到位后集中培训。\"")),
				new Case("yellow light without cause", LIGHT_WITHOUT_CAUSE, w, Literals.INDICATOR,
						"指标“培训人次”亮黄灯（当前 90 次，序时目标 150 次（300 × 6/12），完成 60% → 黄），却没有偏差原因（cause）：请从标准列表中选择偏差原因，并写原因说明（deviation）。",
						swap("current 150 次", "current ⟦90 次⟧ forecast 280 次"), swap("current 150 次", "current 120 次")),
				new Case("monitoring field in a declaration", MONITORING_FIELD, w, Literals.INDICATOR,
						"“current”只属于绩效运行监控表（monitor …）：在申报表或自评表中不会生成，请删去或移到监控表中。",
						PerfRuleCases.goal("indicator 产出.数量 \"巡检\" ≥ 12 次 current ⟦5 次⟧"),
						PerfRuleCases.goal("indicator 产出.数量 \"巡检\" ≥ 12 次")),
				new Case("adjusted budget", MONITORING_BUDGET, w, Literals.MONITORING_BUDGET,
						"调整预算数 100 万元不等于年初预算数 + 追加 − 追减 = 90 万元。",
						swap("        adjusted 100\n", "        initial 80\n        added 10\n        adjusted ⟦100⟧\n"),
						swap("        adjusted 100\n", "        initial 90\n        added 10\n        adjusted 100\n")),
				new Case("on schedule", ON_SCHEDULE, w, Literals.MONITORING_BUDGET,
						"是否达到序时支出进度写作“是”，按规则应为“否”：截至6月底支出 20 万元，调整预算数 100 万元，执行率 20%，序时进度 50%（6/12），达到序时进度的 40% → 红。",
						swap("        spent 50\n", "        spent 20\n        onschedule ⟦是⟧\n"),
						swap("        spent 50\n", "        spent 20\n        onschedule 否\n")));
	}
}
