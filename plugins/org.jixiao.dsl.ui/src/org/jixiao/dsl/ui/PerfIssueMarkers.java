// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.Strings;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.validation.PerfIssueCodes;

/**
 * How an Xtext {@link Issue} becomes a problem marker, shared by the builder (Problems view) and the
 * editor (annotations, quick fixes): one severity mapping, and the issue code and data kept on the
 * marker so that the quick fixes of the language apply from the Problems view as in the editor.
 */
public final class PerfIssueMarkers {

	/** Marker type of .perf problems (plugin.xml; a problem and text marker, persistent). */
	public static final String MARKER_TYPE = "org.jixiao.dsl.ui.problem";

	/**
	 * Marker type of the review comments still open or unanswered (a subtype of {@link #MARKER_TYPE}, with
	 * its own annotation in the editor: plugin.xml).
	 */
	public static final String REVIEW_COMMENT_TYPE = "org.jixiao.dsl.ui.reviewComment";

	/** Marker attribute: the issue code (a constant of {@code PerfIssueCodes}, or Xtext's own). */
	public static final String CODE = "code";

	/** Marker attribute: the issue data (the fixes' replacements), packed with {@link Strings#pack}. */
	public static final String DATA = "data";

	private PerfIssueMarkers() {
	}

	/** The marker severity of an issue severity ({@link IMarker#SEVERITY_ERROR} …). */
	public static int markerSeverity(Severity severity) {
		if (severity == null) {
			return IMarker.SEVERITY_INFO;
		}
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		case INFO, IGNORE -> IMarker.SEVERITY_INFO;
		};
	}

	/** The marker attributes of an issue: message, severity, line, character range, code and data. */
	public static Map<String, Object> attributes(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, issue.getMessage());
		attributes.put(IMarker.SEVERITY, markerSeverity(issue.getSeverity()));
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
			attributes.put(IMarker.LOCATION, "第 " + issue.getLineNumber() + " 行"
					+ (issue.getColumn() == null ? "" : "，第 " + issue.getColumn() + " 列"));
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		if (issue.getCode() != null) {
			attributes.put(CODE, issue.getCode());
		}
		if (issue.getData() != null && issue.getData().length > 0) {
			attributes.put(DATA, pack(issue.getData()));
		}
		return attributes;
	}

	/** Creates the marker of an issue on a resource (run it in a workspace operation). */
	public static IMarker create(IResource resource, Issue issue) throws CoreException {
		return resource.createMarker(markerType(issue.getCode()), attributes(issue));
	}

	/** The marker type of an issue code: review comments have their own, other issues are problems. */
	public static String markerType(String code) {
		return isReviewComment(code) ? REVIEW_COMMENT_TYPE : MARKER_TYPE;
	}

	/** Whether the issue is about a review comment (审核意见) of the form: still open, unanswered, its date or its tie. */
	public static boolean isReviewComment(String code) {
		return code != null && code.startsWith(PerfIssueCodes.PREFIX + "opinion-");
	}

	/** Issue data packed into one marker attribute value. */
	public static String pack(String[] data) {
		return Strings.pack(data);
	}

	/** The issue data stored on a marker, or an empty array. */
	public static String[] data(IMarker marker) {
		String packed = marker.getAttribute(DATA, null);
		return packed == null ? new String[0] : Strings.unpack(packed);
	}

	/** The issue code stored on a marker, or {@code null}. */
	public static String code(IMarker marker) {
		return marker.getAttribute(CODE, null);
	}
}
