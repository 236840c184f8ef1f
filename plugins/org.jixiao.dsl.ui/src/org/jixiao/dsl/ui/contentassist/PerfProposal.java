// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.contentassist;

import java.util.List;

import org.eclipse.xtext.util.TextRegion;

/**
 * One content-assist proposal, ready for the editor: the text {@code replacement} replaces
 * {@code replaceLength} characters at {@code replaceOffset}; {@code selection} (relative to the
 * replacement's start) is what the cursor selects afterwards, e.g. the value of a library indicator
 * for typing over it.
 *
 * @param label         what the list shows
 * @param description   short Chinese description shown beside the label (may be empty)
 * @param documentation longer Chinese explanation shown beside the list (may be empty)
 */
public record PerfProposal(String replacement, int replaceOffset, int replaceLength, String label, String description,
		String documentation, String kind, TextRegion selection) {

	/** The cursor position (document offset) after the proposal is applied, when nothing is selected. */
	public int cursorAfter() {
		return replaceOffset + replacement.length();
	}

	/** The label with its description, as the proposal list shows it. */
	public String displayString() {
		return description == null || description.isEmpty() ? label : label + " — " + description;
	}

	static List<PerfProposal> none() {
		return List.of();
	}
}
