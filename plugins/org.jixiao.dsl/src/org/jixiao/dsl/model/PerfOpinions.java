// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.model.Goal;
import org.jixiao.model.GoalForm;
import org.jixiao.model.Indicator;
import org.jixiao.model.OpinionStatus;
import org.jixiao.model.ReviewOpinion;

/**
 * Review comments (审核意见) of a form: the offices whose boxes the forms print, what a comment's
 * textual tie to a goal or an indicator resolves to, whether a comment is still open, its date.
 */
public final class PerfOpinions {

	/** The 审核意见 boxes of the forms' footer, in printed order. */
	public static final String BUSINESS_OFFICE = "财政部门业务股室";
	public static final String PERFORMANCE_OFFICE = "监督绩效股";
	public static final List<String> OFFICES = List.of(BUSINESS_OFFICE, PERFORMANCE_OFFICE);

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
	private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

	private PerfOpinions() {
	}

	/** How a comment names a goal: its name (年度目标1), or its content when it has none. */
	public static String goalReference(Goal goal) {
		return goal.getName() != null ? goal.getName() : goal.getText() == null ? "" : goal.getText();
	}

	/** The goal of the form a comment names, by name or content; null when none. */
	public static Goal goal(GoalForm form, String reference) {
		if (form == null || reference == null) {
			return null;
		}
		for (Goal goal : form.getGoals()) {
			if (reference.equals(goal.getName()) || reference.equals(goal.getText())) {
				return goal;
			}
		}
		return null;
	}

	/** The indicator a comment names: in its goal when it names one, else anywhere in the form; null when none. */
	public static Indicator indicator(GoalForm form, Goal goal, String name) {
		if (form == null || name == null) {
			return null;
		}
		for (Goal candidate : goal != null ? List.of(goal) : form.getGoals()) {
			for (Indicator indicator : candidate.getIndicators()) {
				if (name.equals(indicator.getName())) {
					return indicator;
				}
			}
		}
		return null;
	}

	/** A comment is open until it is answered as rectified or set aside; one without a status is open. */
	public static boolean isOpen(ReviewOpinion opinion) {
		return opinion.getStatus() == OpinionStatus.OPEN || opinion.getStatus() == OpinionStatus.UNSPECIFIED;
	}

	/** The status as printed: 待整改 where none is written. */
	public static String statusLabel(ReviewOpinion opinion) {
		return opinion.getStatus() == OpinionStatus.UNSPECIFIED ? OpinionStatus.OPEN.getLiteral() : opinion.getStatus().getLiteral();
	}

	/** The date of 2026-03-05 or 2026年3月5日; null when the text is neither or no such day. */
	public static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		Matcher m = ISO.matcher(text.strip());
		if (!m.matches()) {
			m = CHINESE.matcher(text.strip());
			if (!m.matches()) {
				return null;
			}
		}
		try {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		} catch (DateTimeException e) {
			return null;
		}
	}

	/** The same comment: one office, one target, one text (what a repeated apply must not add twice). */
	public static boolean same(ReviewOpinion a, ReviewOpinion b) {
		return Objects.equals(a.getOffice(), b.getOffice()) && Objects.equals(blankToNull(a.getGoal()), blankToNull(b.getGoal()))
				&& Objects.equals(blankToNull(a.getIndicator()), blankToNull(b.getIndicator()))
				&& Objects.equals(a.getText(), b.getText());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
