// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.reconciler;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.ParseResult;
import org.eclipse.xtext.parser.impl.PartialParsingHelper;
import org.eclipse.xtext.parser.impl.PartialParsingPointers;
import org.eclipse.xtext.util.ReplaceRegion;

/**
 * Xtext's partial reparse, which also works when the document has a syntax error elsewhere. Xtext
 * widens the region to reparse over every syntax error of the document, so one unfinished line
 * anywhere makes every keystroke reparse the whole text. An edit
 * strictly inside an element that parsed without error — an indicator below an unfinished line of
 * the same goal, a table below another table's error — cannot change how the parser recovered from
 * the error: the recovery ended before the element's first tokens and the edit is past them and
 * before its last one. The errors are then left out of the region, and Xtext reparses the element
 * (or a smaller node inside it) alone; if that reparse fails, Xtext still reparses the whole text.
 * An edit in an element with an error, or at its first two or last token, widens as Xtext does.
 */
public class PerfPartialParsingHelper extends PartialParsingHelper {

	/** Whether the reparse running in this thread left other elements' errors out of its region. */
	private final ThreadLocal<Boolean> errorsLeftOut = ThreadLocal.withInitial(() -> false);

	@Override
	public IParseResult reparse(IParser parser, IParseResult previous, ReplaceRegion changedRegion) {
		ICompositeNode previousRoot = previous.getRootNode();
		errorsLeftOut.set(false);
		PerfTokenRegionProvider.reparsing(previousRoot);
		try {
			IParseResult result = super.reparse(parser, previous, changedRegion);
			if (result == previous && previous.hasSyntaxErrors() && !(previous instanceof KnownErrors)) {
				// nothing changed: remember the errors, which Xtext otherwise looks for in every node again
				return new KnownErrors(previous.getRootASTElement(), previousRoot, errorsOf(previous));
			}
			if (errorsLeftOut.get() && result.getRootNode() == previousRoot && result != previous
					&& !result.hasSyntaxErrors()) {
				// the element parsed cleanly into the old tree, whose other errors are still there
				List<INode> errors = errorsOf(previous);
				if (errors.stream().allMatch(error -> isIn(error, previousRoot))) {
					return new KnownErrors(result.getRootASTElement(), previousRoot, errors);
				}
				return new ParseResult(result.getRootASTElement(), previousRoot, true);
			}
			return result;
		} finally {
			errorsLeftOut.remove();
			PerfTokenRegionProvider.reparsed();
		}
	}

	/**
	 * A parse result that knows its syntax errors: Xtext's walks every node of the document for them,
	 * after every keystroke while one line is unfinished.
	 */
	static final class KnownErrors extends ParseResult {

		private final List<INode> errors;

		KnownErrors(EObject rootASTElement, ICompositeNode rootNode, List<INode> errors) {
			super(rootASTElement, rootNode, !errors.isEmpty());
			this.errors = List.copyOf(errors);
		}

		@Override
		public Iterable<INode> getSyntaxErrors() {
			return errors;
		}
	}

	private static List<INode> errorsOf(IParseResult result) {
		if (result instanceof KnownErrors known) {
			return known.errors;
		}
		List<INode> errors = new ArrayList<>();
		result.getSyntaxErrors().forEach(errors::add);
		return errors;
	}

	/** Whether the node is still part of the tree under {@code root} (not replaced by the reparse). */
	private static boolean isIn(INode node, ICompositeNode root) {
		INode current = node;
		while (current.getParent() != null) {
			current = current.getParent();
		}
		return current == root;
	}

	@Override
	public PartialParsingPointers calculatePartialParsingPointers(IParseResult previous, int offset,
			int replacedTextLength) {
		if (previous.hasSyntaxErrors() && errorsOnlyElsewhere(previous.getRootNode(), offset, replacedTextLength)) {
			errorsLeftOut.set(true);
			IParseResult withoutOthers = new ParseResult(previous.getRootASTElement(), previous.getRootNode(), false);
			return super.calculatePartialParsingPointers(withoutOthers, offset, replacedTextLength);
		}
		return super.calculatePartialParsingPointers(previous, offset, replacedTextLength);
	}

	/**
	 * Whether the edit lies inside a node of a parser rule that has no syntax error: after its
	 * second token (the parser's recovery of an error just before it may have looked that far) and
	 * before its last. The smallest such node around the edit counts; Xtext then picks the node to
	 * reparse within it as usual.
	 */
	static boolean errorsOnlyElsewhere(ICompositeNode root, int offset, int length) {
		for (ICompositeNode node = enclosing(root, offset, length); node != null && node != root; node = node.getParent()) {
			if (!(node.getGrammarElement() instanceof RuleCall call) || !(call.getRule() instanceof ParserRule rule)
					|| GrammarUtil.isDatatypeRule(rule)) {
				continue;
			}
			ILeafNode second = null;
			ILeafNode last = null;
			int tokens = 0;
			for (INode inner : node.getAsTreeIterable()) {
				if (inner.getSyntaxErrorMessage() != null) {
					return false; // so has every node around it
				}
				if (inner instanceof ILeafNode leaf && !leaf.isHidden()) {
					if (++tokens == 2) {
						second = leaf;
					}
					last = leaf;
				}
			}
			if (second != null && second != last && second.getEndOffset() <= offset && offset + length <= last.getOffset()) {
				return true;
			}
		}
		return false;
	}

	/** The smallest composite node whose text covers the edit. */
	private static ICompositeNode enclosing(ICompositeNode root, int offset, int length) {
		ICompositeNode result = root;
		boolean deeper = true;
		while (deeper) {
			deeper = false;
			for (INode child = result.getFirstChild(); child != null; child = child.hasNextSibling() ? child.getNextSibling() : null) {
				if (child instanceof ICompositeNode composite && child.getTotalOffset() <= offset
						&& offset + length <= child.getTotalEndOffset()) {
					result = composite;
					deeper = true;
					break;
				}
				if (child.getTotalOffset() > offset) {
					break;
				}
			}
		}
		return result;
	}
}
