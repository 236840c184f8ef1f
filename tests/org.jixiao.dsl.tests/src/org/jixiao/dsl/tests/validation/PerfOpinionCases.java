// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.jixiao.dsl.tests.validation.PerfRuleCases.Case;
import org.jixiao.model.PerfPackage.Literals;

/** The rule cases of review comments (审核意见) kept in a form, in the form of {@link PerfRuleCases}. */
public final class PerfOpinionCases {

	/** A project table with one comment answered and rectified: no finding. */
	public static final String FORM = "project \"P1\" \"社区工作经费\" year 2022 <\n"
			+ "    goal 目标1 \"保障社区工作顺利开展\" <\n"
			+ "        indicator 产出.数量 \"支付经费人数\" = 49 人\n"
			+ "        indicator 满意度.服务对象满意度 \"职工满意度\" ≥ 95%\n"
			+ "    >\n"
			+ "    opinion \"监督绩效股\" <\n"
			+ "        reviewer \"王五\"\n"
			+ "        date \"2022-03-05\"\n"
			+ "        goal \"目标1\"\n"
			+ "        indicator \"支付经费人数\"\n"
			+ "        text \"人数应与在编人数一致\"\n"
			+ "        status 已整改\n"
			+ "        answer \"已按在编人数核对\"\n"
			+ "    >\n"
			+ ">\n";

	private PerfOpinionCases() {
	}

	private static String swap(String from, String to) {
		return PerfRuleCases.swap(FORM, from, to);
	}

	public static List<Case> all() {
		Severity w = Severity.WARNING;
		return List.of(
				new Case("comment still open", OPINION_OPEN, w, Literals.REVIEW_OPINION,
						"审核意见待整改（监督绩效股 王五）：人数应与在编人数一致。请整改后写整改说明 answer \"…\" 并改为 status 已整改。"
								+ " Review comment still open: rectify, answer and mark it 已整改.",
						swap("    opinion \"监督绩效股\"", "    ⟦opinion⟧ \"监督绩效股\"").replace("status 已整改", "status 待整改"), FORM),
				new Case("comment without a status is open", OPINION_OPEN, w, Literals.REVIEW_OPINION,
						"审核意见待整改（监督绩效股 王五）：人数应与在编人数一致。请整改后写整改说明 answer \"…\" 并改为 status 已整改。"
								+ " Review comment still open: rectify, answer and mark it 已整改.",
						swap("    opinion \"监督绩效股\"", "    ⟦opinion⟧ \"监督绩效股\"").replace("        status 已整改\n", ""),
						FORM.replace("status 已整改", "status 不予采纳")),
				new Case("rectified without an answer", OPINION_UNANSWERED, w, Literals.REVIEW_OPINION,
						"审核意见标为已整改，却没有整改说明：请写 answer \"…\"（整改了什么）。 Review comment marked rectified without the unit's answer.",
						swap("status 已整改", "status ⟦已整改⟧").replace("        answer \"已按在编人数核对\"\n", ""), FORM),
				new Case("no such day", OPINION_DATE, w, Literals.REVIEW_OPINION,
						"审核意见的日期“2022-02-30”不是有效日期：请写作 2026-03-05 或 2026年3月5日。 The comment's date is not a day.",
						swap("date \"2022-03-05\"", "date ⟦\"2022-02-30\"⟧"), FORM.replace("2022-03-05", "2022年3月5日")),
				new Case("goal not in the form", OPINION_TARGET, w, Literals.REVIEW_OPINION,
						"审核意见所指的目标“目标2”不在本表中（按目标名称或内容查找）。 The comment's goal is not in this form.",
						swap("goal \"目标1\"", "goal ⟦\"目标2\"⟧"), FORM.replace("goal \"目标1\"", "goal \"保障社区工作顺利开展\"")),
				new Case("indicator not in the goal", OPINION_TARGET, w, Literals.REVIEW_OPINION,
						"审核意见所指的指标“支付人数”不在所指目标中。 The comment's indicator is not in its goal.",
						swap("indicator \"支付经费人数\"\n", "indicator ⟦\"支付人数\"⟧\n"),
						FORM.replace("        goal \"目标1\"\n", "")));
	}
}
