// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.antlr.LeafNodeFinder;
import org.eclipse.xtext.ide.editor.contentassist.antlr.PartialContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.partialEditing.IPartialEditingContentAssistParser;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Xtext's content-assist context factory with a leaf lookup whose cost does not grow with the text
 * above the cursor. Xtext's {@link LeafNodeFinder} walks every leaf of the document from its start
 * until it reaches the cursor (most of the time spent for a proposal in a long document); this
 * factory skips the subtrees that end before the cursor and walks leaves from there, which finds
 * the same leaf. Together with {@link PerfContentAssistParser} the cost of a proposal depends on the
 * element being edited, not on the length of the document.
 */
public class PerfContentAssistContextFactory extends PartialContentAssistContextFactory {

	@Override
	protected void initializeNodeAndModelData() {
		rootNode = parseResult.getRootNode();
		if (parser instanceof IPartialEditingContentAssistParser partial) {
			partial.initializeFor(resource.getEntryPoint());
		}
		lastCompleteNode = leafAt(rootNode, completionOffset, true);
		if (lastCompleteNode == null) {
			lastCompleteNode = rootNode;
		}
		currentNode = leafAt(rootNode, completionOffset, false);
		if (currentNode == null) {
			currentNode = lastCompleteNode;
		}
		lastVisibleNode = getLastCompleteNodeByOffset(rootNode, completionOffset);
		datatypeNode = getContainingDatatypeRuleNode(lastCompleteNode);
		currentModel = NodeModelUtils.findActualSemanticObjectFor(lastVisibleNode);
	}

	/**
	 * What {@code new LeafNodeFinder(offset, leading).searchIn(root)} returns: the last leaf of the
	 * first run of leaves touching the offset. Leaves that end before the offset cannot touch it, so
	 * the walk starts at the first leaf ending at or after it.
	 */
	public static ILeafNode leafAt(ICompositeNode root, int offset, boolean leading) {
		ILeafNode leaf = firstLeafEndingAtOrAfter(root, offset);
		if (leaf == null) {
			// nothing touches the offset (start or end of the text): Xtext's own answer for that case
			return new LeafNodeFinder(offset, leading).searchIn(root);
		}
		while (leaf != null && !touches(leaf, offset, leading)) {
			if (leaf.getTotalOffset() > offset) {
				return new LeafNodeFinder(offset, leading).searchIn(root);
			}
			leaf = nextLeaf(leaf);
		}
		if (leaf == null) {
			return new LeafNodeFinder(offset, leading).searchIn(root);
		}
		ILeafNode result = leaf;
		for (ILeafNode next = nextLeaf(leaf); next != null && touches(next, offset, leading); next = nextLeaf(next)) {
			result = next;
		}
		return result;
	}

	/** Xtext's {@code LeafNodeFinder.matchesSearchCriteria} for a leaf. */
	private static boolean touches(INode node, int offset, boolean leading) {
		int start = node.getTotalOffset();
		int end = start + node.getTotalLength();
		boolean around = leading ? start < offset && end >= offset : start <= offset && end > offset;
		return around || (start == offset && node.getTotalLength() == 0);
	}

	private static ILeafNode firstLeafEndingAtOrAfter(ICompositeNode node, int offset) {
		for (INode child = node.getFirstChild(); child != null; child = child.hasNextSibling() ? child.getNextSibling() : null) {
			if (child.getTotalEndOffset() < offset) {
				continue;
			}
			if (child instanceof ILeafNode leaf) {
				return leaf;
			}
			ILeafNode found = firstLeafEndingAtOrAfter((ICompositeNode) child, offset);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** The leaf after this one in document order, or {@code null} at the end. */
	private static ILeafNode nextLeaf(INode node) {
		INode current = node;
		while (current != null) {
			if (current.hasNextSibling()) {
				ILeafNode first = firstLeaf(current.getNextSibling());
				if (first != null) {
					return first;
				}
				current = current.getNextSibling();
			} else {
				current = current.getParent();
			}
		}
		return null;
	}

	private static ILeafNode firstLeaf(INode node) {
		if (node instanceof ILeafNode leaf) {
			return leaf;
		}
		for (INode child = ((ICompositeNode) node).getFirstChild(); child != null;
				child = child.hasNextSibling() ? child.getNextSibling() : null) {
			ILeafNode found = firstLeaf(child);
			if (found != null) {
				return found;
			}
		}
		return null;
	}
}
