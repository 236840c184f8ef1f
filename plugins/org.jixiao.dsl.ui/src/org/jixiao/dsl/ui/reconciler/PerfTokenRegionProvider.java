// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.reconciler;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * Xtext's widening of an edit to whole tokens, lexing from the token before the edit instead of
 * from the start of the document (half of a 5,000-line text for an edit in its middle, on every
 * keystroke). The text before the edit is unchanged and the language's lexer keeps no state between
 * tokens, so the tokens from any token start before the edit are those a lexer from the start finds.
 * The token start comes from the previous parse's node model, which the partial reparse running in
 * this thread provides ({@link PerfPartialParsingHelper}); without it, Xtext's way.
 */
public class PerfTokenRegionProvider extends TokenRegionProvider {

	/** The root node of the text before the edit being reparsed in this thread. */
	private static final ThreadLocal<ICompositeNode> PREVIOUS = new ThreadLocal<>();

	static void reparsing(ICompositeNode previousRoot) {
		PREVIOUS.set(previousRoot);
	}

	static void reparsed() {
		PREVIOUS.remove();
	}

	@Override
	public ITextRegion getTokenRegion(String text, ITextRegion region) {
		ICompositeNode previous = PREVIOUS.get();
		int start = previous == null ? 0 : tokenStartBefore(previous, region.getOffset());
		if (start <= 0) {
			return super.getTokenRegion(text, region);
		}
		ITextRegion tokens = super.getTokenRegion(text.substring(start), new TextRegion(region.getOffset() - start, region.getLength()));
		return new TextRegion(tokens.getOffset() + start, tokens.getLength());
	}

	/** The start of the token holding the character before {@code offset}, or 0. */
	private static int tokenStartBefore(ICompositeNode root, int offset) {
		if (offset <= 0 || offset > root.getTotalLength()) {
			return 0;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset - 1);
		if (leaf == null || leaf.getTotalOffset() > offset - 1 || leaf.getTotalEndOffset() <= offset - 1) {
			return 0;
		}
		return leaf.getTotalOffset();
	}
}
