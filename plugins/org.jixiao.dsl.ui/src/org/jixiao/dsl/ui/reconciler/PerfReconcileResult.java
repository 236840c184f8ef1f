package org.jixiao.dsl.ui.reconciler;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.ui.folding.PerfFoldingRegions;
import org.jixiao.dsl.ui.highlighting.PerfTokenClasses;
import org.jixiao.dsl.ui.outline.PerfOutlineNode;
import org.jixiao.dsl.ui.outline.PerfOutlineTree;

/**
 * Everything one reconcile computes from one state of the text: problems, semantic styles, folding
 * regions and outline. {@code version} is the live resource's version it was computed on.
 */
public record PerfReconcileResult(long version, List<Issue> issues, List<PerfTokenClasses.Token> styles,
		List<PerfFoldingRegions.Region> foldingRegions, List<PerfOutlineNode> outline) {

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
		return new PerfReconcileResult(version, issues, tokenClasses.semantic(resource), PerfFoldingRegions.of(resource),
				PerfOutlineTree.of(resource));
	}
}
