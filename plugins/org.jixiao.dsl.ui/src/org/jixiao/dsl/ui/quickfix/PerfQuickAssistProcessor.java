// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.util.Strings;
import org.jixiao.dsl.ui.PerfIssueMarkers;
import org.jixiao.dsl.ui.reconciler.PerfLiveResource;
import org.jixiao.dsl.ui.reconciler.PerfProblemAnnotation;

/**
 * Quick fixes on Ctrl+1: for every problem under the cursor (the editor's own annotations, or the
 * builder's markers), the fixes of the language's IDE-neutral provider, applied as text edits.
 */
public final class PerfQuickAssistProcessor implements IQuickAssistProcessor {

	private final Supplier<PerfLiveResource> live;
	private final Supplier<IAnnotationModel> annotations;
	private final PerfQuickFixes fixes;

	public PerfQuickAssistProcessor(Supplier<PerfLiveResource> live, Supplier<IAnnotationModel> annotations,
			PerfQuickFixes fixes) {
		this.live = live;
		this.annotations = annotations;
		this.fixes = fixes;
	}

	/** The problem an annotation stands for, or {@code null} if it is none of ours. */
	public static PerfQuickFixes.Problem problemOf(Annotation annotation, Position position) {
		if (annotation instanceof PerfProblemAnnotation problem && !annotation.isMarkedDeleted()) {
			var issue = problem.issue();
			return new PerfQuickFixes.Problem(issue.getCode(), issue.getData(), position.getOffset(), position.getLength(),
					issue.getMessage());
		}
		if (annotation instanceof MarkerAnnotation markerAnnotation && !annotation.isMarkedDeleted()) {
			IMarker marker = markerAnnotation.getMarker();
			if (marker.exists() && PerfIssueMarkers.MARKER_TYPE.equals(type(marker))) {
				return new PerfQuickFixes.Problem(PerfIssueMarkers.code(marker), PerfIssueMarkers.data(marker),
						position.getOffset(), position.getLength(), marker.getAttribute(IMarker.MESSAGE, ""));
			}
		}
		return null;
	}

	private static String type(IMarker marker) {
		try {
			return marker.getType();
		} catch (org.eclipse.core.runtime.CoreException e) {
			// the marker no longer exists (the builder replaced it): no fix for it
			return null;
		}
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		IAnnotationModel model = annotations.get();
		Position position = model == null ? null : model.getPosition(annotation);
		PerfQuickFixes.Problem problem = position == null ? null : problemOf(annotation, position);
		return problem != null && fixes.hasFixes(problem.code(), problem.data());
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IAnnotationModel model = annotations.get();
		PerfLiveResource resource = live.get();
		if (model == null || resource == null) {
			return new ICompletionProposal[0];
		}
		int offset = context.getOffset();
		List<ICompletionProposal> proposals = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (position == null || offset < position.getOffset() || offset > position.getOffset() + position.getLength()) {
				continue;
			}
			PerfQuickFixes.Problem problem = problemOf(annotation, position);
			if (problem == null || !fixes.hasFixes(problem.code(), problem.data())) {
				continue;
			}
			String key = problem.code() + '@' + problem.offset() + ':' + Strings.pack(problem.data());
			if (seen.contains(key)) {
				continue; // the same problem as an annotation and as a marker
			}
			seen.add(key);
			for (PerfFix fix : fixes.fixes(resource, problem)) {
				proposals.add(new FixProposal(fix, problem.message()));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** A fix in the Ctrl+1 list. */
	public static final class FixProposal implements ICompletionProposal {

		private final PerfFix fix;
		private final String problem;

		FixProposal(PerfFix fix, String problem) {
			this.fix = fix;
			this.problem = problem;
		}

		public PerfFix fix() {
			return fix;
		}

		@Override
		public void apply(IDocument document) {
			try {
				PerfFixApplier.apply(fix, document);
			} catch (BadLocationException e) {
				// the text changed since the fix was computed: leave it as it is
			}
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return problem;
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
