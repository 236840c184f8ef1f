// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import java.util.Locale;
import java.util.Map;

import org.jixiao.model.Comparator;
import org.jixiao.model.Value;

/**
 * How comparators are spelled. The forms write both ≥ ≤ and the ASCII >= <=, and both are canonical
 * (> < = are the same in either); ≧ ≦ ＞ ＜ ＝ are not. A validation profile may prefer one of the two
 * canonical spellings ({@code comparator.spelling = any | unicode | ascii}); whatever the rules write
 * (quick fixes) follows the preference, or, without one, the spelling the author used.
 */
public enum PerfComparatorSpelling {

	/** ≥ ≤ and >= <= alike. */
	ANY,
	/** ≥ ≤ only. */
	UNICODE,
	/** >= <= only. */
	ASCII;

	/** The profile key that sets the preference. */
	public static final String KEY = "comparator.spelling";

	private static final Map<String, Comparator> ODD = Map.of("≧", Comparator.GE, "≦", Comparator.LE, "＞", Comparator.GT,
			"＜", Comparator.LT, "＝", Comparator.EQ);

	/** The setting's value as written in a profile, or null for an unknown one. */
	public static PerfComparatorSpelling of(String setting) {
		return switch (setting.trim()) {
		case "any" -> ANY;
		case "unicode" -> UNICODE;
		case "ascii" -> ASCII;
		default -> null;
		};
	}

	/** The value as written in a profile. */
	public String setting() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether the written token is one of the odd variants (≧ ≦ ＞ ＜ ＝), wrong under any preference. */
	public static boolean isOdd(String written) {
		return ODD.containsKey(written);
	}

	/**
	 * The spelling that should replace a written comparator token, or null when the token is right as
	 * it is: the odd variants become the preferred spelling (≥ ≤ without a preference), and under a
	 * preference the other canonical spelling becomes the preferred one.
	 */
	public String replacement(String written) {
		Comparator comparator = ODD.get(written);
		if (comparator != null) {
			return spell(comparator, this == ASCII);
		}
		if (this == ASCII && ("≥".equals(written) || "≤".equals(written))) {
			return spell("≥".equals(written) ? Comparator.GE : Comparator.LE, true);
		}
		if (this == UNICODE && (">=".equals(written) || "<=".equals(written))) {
			return spell(">=".equals(written) ? Comparator.GE : Comparator.LE, false);
		}
		return null;
	}

	/**
	 * How to write a comparator where the author's own spelling of a comparator nearby is
	 * {@code written} (may be null): the preferred spelling, or without a preference the author's
	 * family (>= <= if the author wrote one of them, else ≥ ≤).
	 */
	public String write(Comparator comparator, String written) {
		boolean ascii = this == ASCII || this == ANY && (">=".equals(written) || "<=".equals(written));
		return spell(comparator, ascii);
	}

	/** How to write a comparator in a replacement of this value: as {@link #write(Comparator, String)} with its written comparator. */
	public String write(Comparator comparator, Value value) {
		return write(comparator, written(value));
	}

	/** The value's comparator token as the author wrote it, or null. */
	public static String written(Value value) {
		return value.getComparator() == Comparator.NONE ? null : value.getComparatorSpelling();
	}

	private static String spell(Comparator comparator, boolean ascii) {
		if (comparator == null || comparator == Comparator.NONE) {
			return "";
		}
		return switch (comparator) {
		case GE -> ascii ? ">=" : "≥";
		case LE -> ascii ? "<=" : "≤";
		default -> comparator.getLiteral();
		};
	}
}
