// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.reconciler;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.ide.folding.PerfFoldingRegions;
import org.jixiao.dsl.ui.highlighting.PerfTokenClasses;
import org.jixiao.dsl.ide.outline.PerfOutlineNode;
import org.jixiao.dsl.ide.outline.PerfOutlineTree;

/**
 * Everything one reconcile computes from one state of the text: problems, semantic styles, folding
 * regions and outline. {@code version} is the live resource's version it was computed on,
 * {@code text} the text (the base of the next quick validation).
 */
public record PerfReconcileResult(long version, String text, List<Issue> issues, List<PerfTokenClasses.Token> styles,
		List<PerfFoldingRegions.Region> foldingRegions, List<PerfOutlineNode> outline) {

	/** This result's problems and text, as the base of the next quick validation. */
	public PerfQuickValidation.Base base() {
		return new PerfQuickValidation.Base(text, issues);
	}

	/** The problems the quick validation found on one version of the live resource. */
	public record Quick(long version, List<Issue> issues) {
	}

	/**
	 * The problems of the elements changed since {@code shown} with the problems {@code shown} has
	 * elsewhere; {@code null} when cancelled or when only the complete validation can answer.
	 */
	public static Quick quick(PerfLiveResource live, PerfDocumentValidator validator, PerfReconcileResult shown,
			CancelIndicator cancel) {
		if (shown == null) {
			return null;
		}
		return live.read(resource -> {
			PerfQuickValidation.Result result = validator.validateChanged(resource, shown.base(), cancel);
			return result == null || cancel.isCanceled() ? null : new Quick(live.version(), result.issues());
		});
	}

	/** Computes a result on the live resource, or {@code null} when cancelled (the text changed). */
	public static PerfReconcileResult compute(PerfLiveResource live, PerfDocumentValidator validator,
			PerfTokenClasses tokenClasses, CancelIndicator cancel) {
		return live.read(resource -> compute(live.version(), resource, validator, tokenClasses, cancel));
	}

	private static PerfReconcileResult compute(long version, XtextResource resource, PerfDocumentValidator validator,
			PerfTokenClasses tokenClasses, CancelIndicator cancel) {
		List<Issue> issues = validator.validate(resource, cancel);
		if (issues == null || cancel.isCanceled()) {
			return null;
		}
		return new PerfReconcileResult(version, resource.getParseResult().getRootNode().getText(), issues,
				tokenClasses.semantic(resource), PerfFoldingRegions.of(resource), PerfOutlineTree.of(resource));
	}
}
