// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.reconciler;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * The problems of the top-level elements an edit changed, found at once, before the whole document
 * is checked again. Compared with the text of the last complete validation (the base), the edit
 * changed one span; the top-level elements touching it (goals, tables, frameworks, …) are checked
 * with every element rule ({@link PerfElementValidator}), and everywhere else the base's problems
 * stay, moved with the text.
 * <p>
 * Which rules are document-level is decided by the check's target, not by a list of codes: a check
 * on the {@code PerfDocument} itself (today {@code boilerplate}, rows copied across forms, and
 * {@code spelling}, comparators and full-width characters over the whole text) is document-level and
 * runs only in the complete validation; every check on an element or on something inside one runs
 * here too. The document-level findings inside the changed span, and what an edit changes in other
 * elements (a category renamed in a framework), come with the complete validation that follows and
 * replaces this result: the editor ends with exactly what {@code jixiao validate} reports.
 */
public final class PerfQuickValidation {

	/** More changed elements than this (a paste, a replace-all): the complete validation alone. */
	static final int MAX_ELEMENTS = 3;

	/** A complete validation and the text it was computed on. */
	public record Base(String text, List<Issue> issues) {
	}

	/** A quick result: the issues, and the span of the text whose elements were checked again. */
	public record Result(List<Issue> issues, int start, int end) {
	}

	private final PerfElementValidator validator;

	public PerfQuickValidation(PerfElementValidator validator) {
		this.validator = validator;
	}

	/**
	 * The issues after the edits since {@code base}, or {@code null} when there is no quick answer (no
	 * base, no change, too many elements changed): the complete validation then answers alone.
	 */
	public Result validate(XtextResource resource, Base base, CancelIndicator cancel) {
		if (base == null || resource.getParseResult() == null) {
			return null;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		String text = root.getText();
		String old = base.text();
		int shortest = Math.min(text.length(), old.length());
		int prefix = 0;
		while (prefix < shortest && text.charAt(prefix) == old.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < shortest - prefix
				&& text.charAt(text.length() - 1 - suffix) == old.charAt(old.length() - 1 - suffix)) {
			suffix++;
		}
		if (prefix == text.length() && prefix == old.length()) {
			return null;
		}
		int start = prefix;
		int end = text.length() - suffix;
		List<EObject> elements = new ArrayList<>();
		EObject document = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		for (EObject element : document == null ? List.<EObject>of() : document.eContents()) {
			ICompositeNode node = NodeModelUtils.getNode(element);
			if (node == null || node.getTotalEndOffset() < prefix) {
				continue;
			}
			if (node.getTotalOffset() > text.length() - suffix) {
				break;
			}
			// a top-level element touching the changed span: checked whole
			elements.add(element);
			start = Math.min(start, node.getTotalOffset());
			end = Math.max(end, node.getTotalEndOffset());
		}
		if (elements.size() > MAX_ELEMENTS) {
			return null;
		}
		int delta = text.length() - old.length();
		int oldEnd = end - delta;
		List<Issue> issues = new ArrayList<>(validator.validate(resource, elements, start, end, cancel));
		PerfIssueShift shift = new PerfIssueShift(old, text, start, oldEnd, end);
		for (Issue issue : base.issues()) {
			Integer offset = issue.getOffset();
			if (offset == null) {
				issues.add(issue);
			} else if (offset < start && offset + lengthOf(issue) <= start) {
				issues.add(issue);
			} else if (offset >= oldEnd) {
				issues.add(shift.moved(issue));
			}
		}
		return new Result(issues, start, end);
	}

	private static int lengthOf(Issue issue) {
		return issue.getLength() == null ? 0 : issue.getLength();
	}
}
