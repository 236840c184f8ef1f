// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import org.eclipse.xtext.validation.Check;
import org.jixiao.dsl.model.PerfOpinions;
import org.jixiao.dsl.model.PerfSourceText;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalForm;
import org.jixiao.model.OpinionStatus;
import org.jixiao.model.PerfPackage.Literals;
import org.jixiao.model.ReviewOpinion;

/**
 * Review comments (审核意见) kept in a form: a comment still open is a finding for the unit, a comment
 * marked rectified needs the unit's answer (整改说明), its date is a day, and the goal or indicator it
 * is tied to is in the form (docs/review.md).
 */
public class PerfOpinionValidator extends PerfCheck {

	@Check
	public void openOpinion(ReviewOpinion opinion) {
		if (PerfOpinions.isOpen(opinion)) {
			String text = opinion.getText() == null ? "" : opinion.getText().strip();
			report(OPINION_OPEN, "审核意见待整改（" + office(opinion) + "）：" + text + (text.endsWith("。") ? "" : "。")
					+ "请整改后写整改说明 answer \"…\" 并改为 status 已整改。 Review comment still open: rectify, answer and mark it 已整改.",
					opinion, PerfSourceText.keyword(opinion, "opinion"));
		}
	}

	@Check
	public void rectifiedHasAnswer(ReviewOpinion opinion) {
		if (opinion.getStatus() == OpinionStatus.RECTIFIED && (opinion.getAnswer() == null || opinion.getAnswer().isBlank())) {
			report(OPINION_UNANSWERED, "审核意见标为已整改，却没有整改说明：请写 answer \"…\"（整改了什么）。"
					+ " Review comment marked rectified without the unit's answer.", opinion, Literals.REVIEW_OPINION__STATUS);
		}
	}

	@Check
	public void dateIsADay(ReviewOpinion opinion) {
		if (opinion.getDate() != null && PerfOpinions.date(opinion.getDate()) == null) {
			report(OPINION_DATE, "审核意见的日期“" + opinion.getDate() + "”不是有效日期：请写作 2026-03-05 或 2026年3月5日。"
					+ " The comment's date is not a day.", opinion, Literals.REVIEW_OPINION__DATE);
		}
	}

	@Check
	public void tieResolves(ReviewOpinion opinion) {
		GoalForm form = (GoalForm) opinion.eContainer();
		Goal goal = null;
		if (opinion.getGoal() != null) {
			goal = PerfOpinions.goal(form, opinion.getGoal());
			if (goal == null) {
				report(OPINION_TARGET, "审核意见所指的目标“" + opinion.getGoal() + "”不在本表中（按目标名称或内容查找）。"
						+ " The comment's goal is not in this form.", opinion, Literals.REVIEW_OPINION__GOAL);
				return;
			}
		}
		if (opinion.getIndicator() != null && PerfOpinions.indicator(form, goal, opinion.getIndicator()) == null) {
			report(OPINION_TARGET, "审核意见所指的指标“" + opinion.getIndicator() + "”不在" + (goal == null ? "本表" : "所指目标")
					+ "中。 The comment's indicator is not in " + (goal == null ? "this form." : "its goal."), opinion,
					Literals.REVIEW_OPINION__INDICATOR);
		}
	}

	private static String office(ReviewOpinion opinion) {
		return opinion.getReviewer() == null || opinion.getReviewer().isBlank() ? opinion.getOffice()
				: opinion.getOffice() + " " + opinion.getReviewer();
	}
}
