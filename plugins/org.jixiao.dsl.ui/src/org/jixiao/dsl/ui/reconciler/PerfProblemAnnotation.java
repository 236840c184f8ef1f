// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.reconciler;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.quickassist.IQuickFixableAnnotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.ui.PerfIssueMarkers;

/**
 * A problem the editor found while the analyst types: squiggle, overview-ruler mark and hover with
 * the language's Chinese message. The annotation types are the platform's error, warning and info
 * types (same look as problem markers); code and data are those a marker would carry
 * ({@link org.jixiao.dsl.ui.PerfIssueMarkers}), for the quick fixes.
 */
public final class PerfProblemAnnotation extends Annotation implements IQuickFixableAnnotation {

	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";
	/** Review comments (审核意见) still open or unanswered: their own icon and colour (plugin.xml). */
	public static final String REVIEW_COMMENT = PerfIssueMarkers.REVIEW_COMMENT_TYPE;

	private final Issue issue;
	private Boolean fixable;

	public PerfProblemAnnotation(Issue issue) {
		super(PerfIssueMarkers.isReviewComment(issue.getCode()) ? REVIEW_COMMENT : typeOf(issue.getSeverity()), false,
				issue.getMessage());
		this.issue = issue;
	}

	/** The annotation type of an issue severity, the same mapping as the markers' ({@code PerfIssueMarkers}). */
	public static String typeOf(Severity severity) {
		if (severity == Severity.ERROR) {
			return ERROR;
		}
		return severity == Severity.WARNING ? WARNING : INFO;
	}

	public Issue issue() {
		return issue;
	}

	@Override
	public void setQuickFixable(boolean state) {
		fixable = state;
	}

	@Override
	public boolean isQuickFixableStateSet() {
		return fixable != null;
	}

	@Override
	public boolean isQuickFixable() {
		return fixable != null && fixable;
	}
}
