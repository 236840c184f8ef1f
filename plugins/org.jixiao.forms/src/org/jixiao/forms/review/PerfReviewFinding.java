// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.review;

import org.jixiao.dsl.validation.PerfIssueCodes;

/**
 * One finding of a review, a row of the findings sheet: where it stands in the unit's forms (empty
 * texts where it stands outside a goal or an indicator), the value as the unit filed it, the rule and
 * its message, and the place in the submission ({@code file:line:column}); for {@code review --apply},
 * the submission's full path and the form's number in it (1 for the first form; 0 outside any form).
 */
public record PerfReviewFinding(String unit, String form, String goal, String indicator, String value, String code,
		String message, PerfReviewSeverity severity, String location, String path, int formNumber) {

	/** A finding that {@code --apply} cannot take back to a form. */
	public PerfReviewFinding(String unit, String form, String goal, String indicator, String value, String code, String message,
			PerfReviewSeverity severity, String location) {
		this(unit, form, goal, indicator, value, code, message, severity, location, "", 0);
	}

	/** The finding of a file (or folder) that could not be reviewed: an error of its own, under the input code. */
	public static PerfReviewFinding unreadable(String unit, String reason, String location) {
		return new PerfReviewFinding(unit, PerfReviewEntry.NOT_REVIEWED, "", "", "", PerfIssueCodes.INPUT, reason,
				PerfReviewSeverity.ERROR, location);
	}
}
