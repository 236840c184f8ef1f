// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.library;

import java.util.regex.Pattern;

/** Indicator names compared the way a reviewer reads them. */
public final class PerfIndicatorNames {

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private PerfIndicatorNames() {
	}

	/**
	 * Drops what does not change the indicator: white space, a leading 当年 (annual grids repeat the
	 * long-term names with it) and the difference between full-width and ASCII brackets.
	 */
	public static String normalise(String name) {
		if (name == null) {
			return "";
		}
		// Validation normalises every indicator's name: most have nothing to drop, skip the regex then.
		String result = needsCleaning(name) ? WHITE_SPACE.matcher(name).replaceAll("").replace('（', '(').replace('）', ')') : name;
		return result.startsWith("当年") && result.length() > 2 ? result.substring(2) : result;
	}

	/** Whether the name holds white space (as {@code \s} matches it) or a full-width bracket. */
	private static boolean needsCleaning(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == ' ' || c >= '\t' && c <= '\r' || c == '（' || c == '）') {
				return true;
			}
		}
		return false;
	}
}
