// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.review;

/**
 * One row of the summary sheet: a form of a unit with its counts per severity, or a file that could
 * not be reviewed ({@code unreadable}, with the reason in {@code importProblems}).
 *
 * @param importProblems what the import of a workbook or pasted text reported (errors and what to
 *                       check), one per line; empty for a .perf file
 */
public record PerfReviewEntry(String unit, String form, String file, int errors, int warnings, int infos,
		String importProblems, boolean unreadable) {

	public static final String PASS = "通过";
	public static final String RETURN = "退回修改";
	/** The form column of a file that could not be reviewed. */
	public static final String NOT_REVIEWED = "（无法审核）";

	/** The row of a file (or folder) that could not be reviewed, with the reason. */
	public static PerfReviewEntry unreadable(String unit, String file, String reason) {
		return new PerfReviewEntry(unit, NOT_REVIEWED, file, 1, 0, 0, reason, true);
	}

	/**
	 * The proposed verdict: a form is returned when it has an error or a warning (by the project's policy
	 * warnings are the review findings, docs/validation.md; a profile that lowers a rule to info or
	 * ignore lets it pass), or when its file could not be read; information alone passes.
	 */
	public String verdict() {
		return unreadable || errors > 0 || warnings > 0 ? RETURN : PASS;
	}
}
