package org.jixiao.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The text as the analyst wrote it, read from the node model: spelling checks need the original
 * tokens (≧, １, ％) that the parser has already normalised, and issues need exact ranges.
 */
public final class PerfSourceText {

	private PerfSourceText() {
	}

	/** The node of the object, or null for objects that were not parsed (e.g. created by code). */
	public static INode node(EObject object) {
		return object == null ? null : NodeModelUtils.findActualNodeFor(object);
	}

	/** The first node of a feature of the object, or null. */
	public static INode node(EObject object, EStructuralFeature feature) {
		if (object == null) {
			return null;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	/** The written text of a node without surrounding hidden tokens. */
	public static String text(INode node) {
		if (node == null) {
			return "";
		}
		String all = node.getRootNode().getText();
		return all.substring(node.getOffset(), Math.min(all.length(), node.getEndOffset()));
	}

	public static String text(EObject object) {
		return text(node(object));
	}

	public static String text(EObject object, EStructuralFeature feature) {
		return text(node(object, feature));
	}

	/** The first keyword leaf with the given text inside the object's node (e.g. 'goal'), or null. */
	public static ILeafNode keyword(EObject object, String keyword) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		if (node == null) {
			return null;
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword k && keyword.equals(k.getValue())) {
				return leaf;
			}
		}
		return null;
	}

	/** One line, blanks collapsed: a value as it reads in a message. */
	public static String display(String text) {
		return text.replaceAll("\\s+", " ").trim();
	}
}
