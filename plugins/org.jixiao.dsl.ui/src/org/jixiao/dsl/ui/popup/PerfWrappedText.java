// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.popup;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Line breaking of the explanations beside content assist and quick fix, independent of SWT: the
 * caller measures text (pixels in a popup, columns in a test). Breaks where Unicode allows a line
 * break, which for Chinese is between any two characters but never inside "42.88%" or "3065.71";
 * a word wider than the line is cut by characters.
 */
public final class PerfWrappedText {

	private PerfWrappedText() {
	}

	/** The text with line breaks so that no line is wider than {@code maxWidth} (existing breaks are kept). */
	public static String wrap(String text, int maxWidth, ToIntFunction<String> width) {
		if (text == null || maxWidth <= 0) {
			return text;
		}
		StringBuilder result = new StringBuilder();
		String[] paragraphs = text.split("\r?\n", -1);
		for (int p = 0; p < paragraphs.length; p++) {
			if (p > 0) {
				result.append('\n');
			}
			wrapParagraph(paragraphs[p], maxWidth, width, result);
		}
		return result.toString();
	}

	private static void wrapParagraph(String paragraph, int maxWidth, ToIntFunction<String> width, StringBuilder out) {
		BreakIterator breaks = BreakIterator.getLineInstance(Locale.CHINESE);
		breaks.setText(paragraph);
		StringBuilder line = new StringBuilder();
		int start = breaks.first();
		for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			String piece = paragraph.substring(start, end);
			if (line.length() > 0 && width.applyAsInt(line + piece.stripTrailing()) > maxWidth) {
				out.append(line.toString().stripTrailing()).append('\n');
				line.setLength(0);
				piece = piece.stripLeading();
			}
			if (line.length() == 0) {
				// a piece wider than a whole line: cut it by characters
				while (piece.length() > 1 && width.applyAsInt(piece.stripTrailing()) > maxWidth) {
					int cut = fitting(piece, maxWidth, width);
					out.append(piece, 0, cut).append('\n');
					piece = piece.substring(cut);
				}
			}
			line.append(piece);
		}
		out.append(line.toString().stripTrailing());
	}

	/** How many leading characters (at least one, whole code points) fit into the width. */
	private static int fitting(String piece, int maxWidth, ToIntFunction<String> width) {
		int fit = piece.offsetByCodePoints(0, 1);
		for (int next = fit; next < piece.length(); next = piece.offsetByCodePoints(next, 1)) {
			int candidate = piece.offsetByCodePoints(next, 1);
			if (width.applyAsInt(piece.substring(0, candidate)) > maxWidth) {
				break;
			}
			fit = candidate;
		}
		return fit;
	}

	/** Width in terminal columns: two for Chinese (and other wide) characters, one otherwise. */
	public static int columns(String text) {
		int columns = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			int c = text.codePointAt(i);
			columns += wide(c) ? 2 : 1;
		}
		return columns;
	}

	private static boolean wide(int c) {
		return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
				|| (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
				|| (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
	}
}
