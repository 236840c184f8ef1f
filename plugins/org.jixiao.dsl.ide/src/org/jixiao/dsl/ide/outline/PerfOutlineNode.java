// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.outline;

import java.util.List;

/**
 * One entry of the outline: its label, what kind of element it is (for the icon), the text range
 * the entry selects, and its children.
 */
public record PerfOutlineNode(String label, Kind kind, int offset, int length, List<PerfOutlineNode> children) {

	public enum Kind {
		FORM, FRAMEWORK, LIBRARY, GOAL, INDICATOR, CATEGORY, DUTY,
		/** A review comment (审核意见) kept in a form. */
		OPINION
	}

	/** Whether the entry's range contains the offset. */
	public boolean contains(int position) {
		return position >= offset && position <= offset + length;
	}

	/** The innermost entry containing the offset, or {@code null}. */
	public static PerfOutlineNode innermost(List<PerfOutlineNode> nodes, int position) {
		for (PerfOutlineNode node : nodes) {
			if (node.contains(position)) {
				PerfOutlineNode inner = innermost(node.children(), position);
				return inner != null ? inner : node;
			}
		}
		return null;
	}
}
