// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.conversion;

/**
 * The ID terminal of Perf.xtext in Java, for code that writes .perf text (importer, self-evaluation
 * drafts) and must know whether a name can stand as a word or has to be quoted: a letter, _ or CJK
 * character, then also digits; never 第 or 前 followed by a digit (that is a rank, 第25名).
 */
public final class PerfWords {

	private PerfWords() {
	}

	/** Whether the text lexes as one ID (keywords aside: the caller knows the grammar's keywords). */
	public static boolean isWord(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!(letter(c) || i > 0 && c >= '0' && c <= '9')) {
				return false;
			}
		}
		char first = text.charAt(0);
		return !((first == '第' || first == '前') && text.length() > 1 && text.charAt(1) >= '0' && text.charAt(1) <= '9');
	}

	private static boolean letter(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '\u3400' && c <= '\u4DBF'
				|| c >= '\u4E00' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF';
	}
}
