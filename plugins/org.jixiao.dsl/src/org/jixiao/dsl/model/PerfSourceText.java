// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
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

	/**
	 * The first node of a feature of the object, or null. Unlike NodeModelUtils.findNodesForFeature
	 * it stops at the first match: the features checked come early in their rule. Which feature a
	 * grammar element assigns is looked up once per grammar element, not per node.
	 */
	public static INode node(EObject object, EStructuralFeature feature) {
		ICompositeNode node = object == null ? null : NodeModelUtils.findActualNodeFor(object);
		if (node == null) {
			return null;
		}
		String name = feature.getName();
		for (INode child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (name.equals(assignedFeature(child.getGrammarElement()))) {
				return child;
			}
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	/** Feature names assigned by grammar elements ("" for none), weakly held: a grammar lives as long as its language. */
	private static final Map<EObject, String> ASSIGNED = Collections.synchronizedMap(new WeakHashMap<>());

	private static String assignedFeature(EObject grammarElement) {
		if (!(grammarElement instanceof AbstractElement element)) {
			return "";
		}
		String name = ASSIGNED.get(element);
		if (name == null) {
			Assignment assignment = GrammarUtil.containingAssignment(element);
			name = assignment == null ? "" : assignment.getFeature();
			ASSIGNED.put(element, name);
		}
		return name;
	}

	/**
	 * The written text of a node without surrounding blanks. (The node's total text, stripped: the
	 * exact non-hidden offsets of a composite node are costly and only needed for issue ranges.)
	 */
	public static String text(INode node) {
		return node == null ? "" : node.getText().strip();
	}

	/** The text between the node's first and last non-hidden tokens (comments inside kept). */
	public static String exactText(INode node) {
		String all = node.getRootNode().getText();
		return all.substring(node.getOffset(), Math.min(all.length(), node.getEndOffset()));
	}

	public static String text(EObject object) {
		return text(node(object));
	}

	public static String text(EObject object, EStructuralFeature feature) {
		return text(node(object, feature));
	}

	/** Whether the node's text, blanks aside, is the expected text; compares in place, without copying. */
	public static boolean sameIgnoringBlanks(INode node, String expected) {
		String all = node.getRootNode().getText();
		int end = Math.min(all.length(), node.getTotalEndOffset());
		int j = 0;
		for (int i = node.getTotalOffset(); i < end; i++) {
			char c = all.charAt(i);
			if (Character.isWhitespace(c) || c == '\u3000') {
				continue;
			}
			if (j >= expected.length() || expected.charAt(j) != c) {
				return false;
			}
			j++;
		}
		return j == expected.length();
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
		return collapseBlanks(text, " ").trim();
	}

	/** Without any blanks: a reference as it is meant (产出 . 数量 → 产出.数量). */
	public static String compact(String text) {
		return collapseBlanks(text, "");
	}

	/**
	 * Each run of blanks (the characters of the regular expression {@code \s}) replaced; a plain loop
	 * rather than a regular expression, since every finding's message passes through here.
	 */
	private static String collapseBlanks(String text, String replacement) {
		int first = 0;
		while (first < text.length() && !isBlank(text.charAt(first))) {
			first++;
		}
		if (first == text.length()) {
			return text;
		}
		StringBuilder result = new StringBuilder(text.length()).append(text, 0, first);
		boolean inBlanks = false;
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isBlank(c)) {
				if (!inBlanks) {
					result.append(replacement);
				}
				inBlanks = true;
			} else {
				result.append(c);
				inBlanks = false;
			}
		}
		return result.toString();
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}
}
