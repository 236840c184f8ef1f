package org.jixiao.dsl.ui.reconciler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.impl.ListBasedDiagnosticConsumer;
import org.jixiao.model.Framework;
import org.jixiao.model.Goal;
import org.jixiao.model.IndicatorLibrary;

/**
 * The resource of an open document, relinking after an edit only the goal or form the edit was in.
 * Xtext's {@link #update} reparses just the element around an edit but then links the whole resource
 * again: every cross reference of the document becomes a proxy, to be resolved again by the next
 * reader (a 5,000-line document: thousands of category lookups per keystroke). Nothing refers to
 * goals, forms or indicators, so when the partial parser replaced something inside one of them the
 * references elsewhere still point where they did, and only that goal's or form's references are
 * reinstalled. An edit in a framework or an indicator library (the targets of references), between
 * elements, or one the partial parser answered with a new root relinks everything as before.
 */
public class PerfLiveXtextResource extends LazyLinkingResource {

	/** The goal-or-form chain around the edit before it was replayed; {@code null} outside {@link #update}. */
	private List<EObject> before;
	private int editOffset;
	private int editLength;

	@Override
	public void update(int offset, int replacedTextLength, String newText) {
		before = getParseResult() == null ? null : chain(getParseResult().getRootNode(), offset, offset + replacedTextLength);
		editOffset = offset;
		editLength = newText.length();
		try {
			super.update(offset, replacedTextLength, newText);
		} finally {
			before = null;
		}
	}

	@Override
	protected void updateInternalState(IParseResult oldParseResult, IParseResult newParseResult) {
		EObject element = before == null ? null : replaced(before, chain(newParseResult.getRootNode(), editOffset, editOffset + editLength));
		if (element == null) {
			super.updateInternalState(oldParseResult, newParseResult);
			return;
		}
		// XtextResource.updateInternalState(IParseResult), with the linking narrowed to the element
		setParseResult(newParseResult);
		reattachModificationTracker(newParseResult.getRootASTElement());
		clearCache();
		clearErrorsAndWarnings();
		addSyntaxErrors();
		ListBasedDiagnosticConsumer consumer = new ListBasedDiagnosticConsumer();
		getLinker().linkModel(element, consumer);
		if (!isValidationDisabled()) {
			getErrors().addAll(consumer.getResult(Severity.ERROR));
			getWarnings().addAll(consumer.getResult(Severity.WARNING));
		}
		resolving = new LinkedHashSet<>();
	}

	/**
	 * The element holding everything the partial parser replaced: the first element of the chain that
	 * is a new object (the parser replaced it whole), or the innermost one when none is new (the parser
	 * replaced something inside it); {@code null} when the whole resource must be relinked.
	 */
	private static EObject replaced(List<EObject> old, List<EObject> now) {
		if (old.isEmpty() || now.size() < 2 || old.get(0) != now.get(0)) {
			return null;
		}
		EObject element = now.get(now.size() - 1);
		for (int i = 1; i < now.size(); i++) {
			if (i >= old.size() || old.get(i) != now.get(i)) {
				element = now.get(i);
				break;
			}
		}
		return element instanceof Framework || element instanceof IndicatorLibrary ? null : element;
	}

	/**
	 * The document, the top-level element and, in a form, the goal whose text strictly contains
	 * {@code [start, end]}, outermost first; as far as such elements exist.
	 */
	private static List<EObject> chain(ICompositeNode root, int start, int end) {
		List<EObject> chain = new ArrayList<>();
		chain.add(root.getSemanticElement());
		ICompositeNode node = root;
		for (int depth = 0; depth < 2 && node != null; depth++) {
			EObject container = chain.get(chain.size() - 1);
			ICompositeNode inner = null;
			for (INode child : node.getChildren()) {
				if (child.getTotalEndOffset() <= start) {
					continue;
				}
				if (child instanceof ICompositeNode composite && child.getTotalOffset() < start && child.getTotalEndOffset() > end
						&& child.getSemanticElement() != null && child.getSemanticElement().eContainer() == container
						&& (depth == 0 || child.getSemanticElement() instanceof Goal)) {
					inner = composite;
					chain.add(child.getSemanticElement());
				}
				break;
			}
			node = inner;
		}
		return chain;
	}
}
