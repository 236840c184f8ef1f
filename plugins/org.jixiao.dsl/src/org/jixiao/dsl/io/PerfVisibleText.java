// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.io;

import java.util.Locale;

/**
 * Characters that do not show as what they are: control characters (a terminal runs escape
 * sequences), bidirectional controls (U+202E turns “…xslx.exe” into “…exe.xlsx”) and other
 * invisible formatting characters. Messages show them as {@code \u202E}; file names drop them.
 */
public final class PerfVisibleText {

	private PerfVisibleText() {
	}

	/** C0 and C1 control characters and DEL, line breaks and tabs included. */
	public static boolean isControl(int codePoint) {
		return codePoint < 0x20 || codePoint >= 0x7F && codePoint <= 0x9F;
	}

	/** The characters that change the direction text is shown in (Unicode's bidi controls). */
	public static boolean isBidiControl(int codePoint) {
		return codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F || codePoint >= 0x202A && codePoint <= 0x202E
				|| codePoint >= 0x2066 && codePoint <= 0x2069;
	}

	/** Anything a reader cannot see as itself: controls, formatting characters, line and paragraph separators. */
	public static boolean isInvisible(int codePoint) {
		int type = Character.getType(codePoint);
		return isControl(codePoint) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR;
	}

	/** {@code \u202E} for U+202E: how a message names an invisible character. */
	public static String escaped(int codePoint) {
		return codePoint <= 0xFFFF ? String.format(Locale.ROOT, "\\u%04X", codePoint)
				: String.format(Locale.ROOT, "\\U%06X", codePoint);
	}

	/** The text with every invisible character escaped: safe to print on a terminal and on one line. */
	public static String escape(String text) {
		if (text == null || text.codePoints().noneMatch(PerfVisibleText::isInvisible)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(cp -> {
			if (isInvisible(cp)) {
				out.append(escaped(cp));
			} else {
				out.appendCodePoint(cp);
			}
		});
		return out.toString();
	}
}
