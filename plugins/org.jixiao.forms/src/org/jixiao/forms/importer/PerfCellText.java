// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

/**
 * Text comparison for labels and headings: printed labels vary in spacing, line breaks and
 * full-width or ASCII punctuation between forms and exports (部门总体资金情况 (万元) is the layout's
 * 部门总体资金情况（万元）). Content itself is never changed by this class, only compared.
 */
final class PerfCellText {

	private PerfCellText() {
	}

	/** The comparison key: no whitespace, ASCII brackets, colons and commas, 截至 as 截止. */
	static String key(String text) {
		StringBuilder key = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
				continue;
			}
			key.append(switch (c) {
			case '（' -> '(';
			case '）' -> ')';
			case '：' -> ':';
			case '，' -> ',';
			case '；' -> ';';
			case '／' -> '/';
			case '％' -> '%';
			default -> c;
			});
		}
		return key.toString().replace("截至", "截止");
	}

	/** Keys equal, or equal but for one character in keys of four or more (预计/预期当年实现值). */
	static boolean similar(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		if (a.length() < 4 || b.length() < 4 || Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int i = 0;
		while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		int j = a.length() - 1;
		int k = b.length() - 1;
		while (j >= i && k >= i && a.charAt(j) == b.charAt(k)) {
			j--;
			k--;
		}
		return j - i < 1 && k - i < 1;
	}

	/** A string literal of the .perf language: quotes and backslashes escaped, line breaks kept. */
	static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
