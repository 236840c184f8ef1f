// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table aligned for a terminal: Chinese characters take two columns, so padding
 * counts display width, not characters. The first column is left-aligned, the others right-aligned.
 */
final class PerfTextTable {

	private final List<String[]> rows = new ArrayList<>();
	private boolean left;

	/** Every column left-aligned (a listing of words rather than of numbers). */
	PerfTextTable leftAligned() {
		left = true;
		return this;
	}

	PerfTextTable row(String... cells) {
		rows.add(cells);
		return this;
	}

	String render(String indent) {
		int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], width(row[i]));
			}
		}
		StringBuilder out = new StringBuilder();
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder(indent);
			for (int i = 0; i < row.length; i++) {
				String cell = row[i] == null ? "" : row[i];
				String pad = " ".repeat(widths[i] - width(cell));
				if (i == 0) {
					line.append(cell).append(pad);
				} else if (left) {
					line.append("  ").append(cell).append(pad);
				} else {
					line.append("  ").append(pad).append(cell);
				}
			}
			out.append(line.toString().stripTrailing()).append('\n');
		}
		return out.toString();
	}

	/** Display width: East Asian wide and full-width characters count two. */
	static int width(String text) {
		if (text == null) {
			return 0;
		}
		int width = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			width += wide(cp) ? 2 : 1;
			i += Character.charCount(cp);
		}
		return width;
	}

	private static boolean wide(int cp) {
		return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
				|| cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
				|| cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
	}
}
