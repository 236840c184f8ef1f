// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.quickfix;

import java.util.Comparator;
import java.util.List;

/** A quick fix ready to apply: its label and the text replacements it makes. */
public record PerfFix(String label, List<Replacement> replacements) {

	/** {@code length} characters at {@code offset} become {@code text}. */
	public record Replacement(int offset, int length, String text) {
	}

	/** The replacements from the end of the text backwards, so that each offset is still valid when applied. */
	public List<Replacement> backwards() {
		return replacements.stream().sorted(Comparator.comparingInt(Replacement::offset).reversed()).toList();
	}

	/** The text with the fix applied (for tests and previews). */
	public String applyTo(String text) {
		StringBuilder result = new StringBuilder(text);
		for (Replacement r : backwards()) {
			result.replace(r.offset(), r.offset() + r.length(), r.text());
		}
		return result.toString();
	}
}
