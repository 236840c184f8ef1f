// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.contentassist;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.antlr.FollowElement;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.jixiao.dsl.ide.contentassist.antlr.PerfParser;
import org.jixiao.model.PerfDocument;

/**
 * The content-assist parser, reading only what decides the proposals. Xtext's content assist
 * parses the document from its start up to the cursor, so its cost grows with everything written
 * above. Top-level elements (goals, tables, frameworks …) are independent in the grammar: once one
 * is closed by its own {@code >}, what comes after it does not depend on its content. Each closed
 * element before the cursor is therefore parsed as the shortest closed element, {@code goal<>},
 * and only the element holding the cursor is parsed as written. The follow set is the same as for
 * the whole text; the proposals themselves still come from the full, parsed resource.
 */
public class PerfContentAssistParser extends PerfParser {

	/** The shortest closed top-level element of the grammar, apart from the tokens around it. */
	static final String CLOSED_ELEMENT = " goal<> ";

	@Override
	public Collection<FollowElement> getFollowElements(IParseResult parseResult, int offset, boolean strict) {
		ICompositeNode root = parseResult.getRootNode();
		initializeFor(NodeModelUtils.getEntryParserRule(root));
		return getFollowElements(textToParse(root, offset), strict);
	}

	/** The document text up to the offset, with every closed top-level element before it shortened. */
	String textToParse(ICompositeNode root, int offset) {
		String text = root.getText();
		StringBuilder result = new StringBuilder();
		int copiedUpTo = 0;
		for (INode child : root.getChildren()) {
			if (child.getTotalOffset() >= offset) {
				break;
			}
			if (child.getTotalEndOffset() < offset && isClosedTopLevelElement(child)) {
				result.append(text, copiedUpTo, child.getTotalOffset()).append(CLOSED_ELEMENT);
				copiedUpTo = child.getTotalEndOffset();
			}
		}
		return result.append(text, copiedUpTo, Math.min(offset, text.length())).toString();
	}

	/** A top-level element ({@code elements+=DocumentElement}) whose last token is its own closing {@code >}. */
	private boolean isClosedTopLevelElement(INode node) {
		if (!(node instanceof ICompositeNode) || !(node.getGrammarElement() instanceof RuleCall call)
				|| call.getRule() != getGrammarAccess().getDocumentElementRule()) {
			return false;
		}
		ILeafNode last = lastVisibleLeaf(node);
		if (last == null || !(last.getGrammarElement() instanceof Keyword keyword) || !">".equals(keyword.getValue())) {
			return false;
		}
		// the > must close the top-level element itself, not a block nested in it (a goal in a table …)
		EObject closed = NodeModelUtils.findActualSemanticObjectFor(last);
		return closed != null && closed.eContainer() instanceof PerfDocument;
	}

	private static ILeafNode lastVisibleLeaf(INode node) {
		if (node instanceof ILeafNode leaf) {
			return leaf.isHidden() ? null : leaf;
		}
		for (INode child = ((ICompositeNode) node).getLastChild(); child != null;
				child = child.hasPreviousSibling() ? child.getPreviousSibling() : null) {
			ILeafNode found = lastVisibleLeaf(child);
			if (found != null) {
				return found;
			}
		}
		return null;
	}
}
