// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.dsl.conversion.PerfWords;

/**
 * Writes a cell's value in the .perf language exactly as the form spells it: comparator (≥, >=, ≧,
 * ＞ …), number (full-width digits too) and unit are kept, since the grammar accepts every spelling
 * and pointing at non-canonical ones is the validator's job. What the language cannot spell is
 * adapted and said so: thousands separators are dropped (4,591.73 → 4591.73) and 25名以内 / 25名以前
 * are the rank 前 25 名 (25名之前 is written as it is). Anything else that is not a number, rank or 是/否 is a quoted qualitative value.
 */
final class PerfValueSyntax {

	/** A value in .perf syntax and, when the spelling had to change, what changed. */
	record Written(String text, String adaptation, boolean typed) {

		Written(String text, String adaptation) {
			this(text, adaptation, true);
		}
	}

	private static final String COMPARATOR = ">=|<=|≥|≤|≧|≦|＞|＜|>|<|＝|=";
	private static final String NUMBER = "[0-9０-９]+(?:\\.[0-9０-９]+)?";
	private static final Pattern WITH_COMPARATOR = Pattern.compile("^(" + COMPARATOR + ")?\\s*(.*)$", Pattern.DOTALL);
	private static final Pattern QUANTITY = Pattern.compile("^([0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|" + NUMBER + ")\\s*(.*)$",
			Pattern.DOTALL);
	private static final Pattern RANGE = Pattern.compile("^(" + NUMBER + ")\\s*([-~～至])\\s*(" + NUMBER + ")\\s*(.*)$");
	private static final Pattern RANK = Pattern.compile("^第\\s*([0-9]+)\\s*名$");
	private static final Pattern TOP = Pattern.compile("^前\\s*([0-9]+)\\s*名$");
	private static final Pattern TOP_AFTER = Pattern.compile("^([0-9]+)\\s*名\\s*(之前|以前|以内)$");
	private static final Pattern DECIMAL = Pattern.compile("^(" + NUMBER + "|[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?)$");
	private static final Pattern NA = Pattern.compile("^-{3,}$");

	private final Set<String> keywords;

	/** @param keywords the grammar's keywords: a unit word that is a keyword must be quoted */
	PerfValueSyntax(Set<String> keywords) {
		this.keywords = keywords;
	}

	/** A value cell; an empty cell is the language's "no value" {@code ---}. */
	Written value(String raw) {
		String s = PerfTextCells.strip(raw);
		if (s.isEmpty()) {
			return new Written("---", "空单元格记为 ---");
		}
		if (NA.matcher(s).matches()) {
			return new Written(s, null);
		}
		Matcher m = WITH_COMPARATOR.matcher(s);
		m.matches();
		String comparator = m.group(1);
		String rest = m.group(2);
		String lead = comparator == null ? "" : comparator + " ";
		if (rest.equals("是") || rest.equals("否")) {
			return new Written(lead + rest, null);
		}
		if (comparator == null) {
			Matcher rank = RANK.matcher(rest);
			if (rank.matches()) {
				return new Written("第 " + rank.group(1) + " 名", null);
			}
			Matcher top = TOP.matcher(rest);
			if (top.matches()) {
				return new Written("前 " + top.group(1) + " 名", null);
			}
			Matcher after = TOP_AFTER.matcher(rest);
			if (after.matches() && after.group(2).equals("之前")) {
				return new Written(after.group(1) + "名之前", null);
			}
			if (after.matches()) {
				return new Written("前 " + after.group(1) + " 名", "“" + s + "”写作名次“前 " + after.group(1) + " 名”");
			}
			Matcher range = RANGE.matcher(rest);
			if (range.matches() && unit(range.group(4)) != null) {
				String unit = unit(range.group(4));
				return new Written(range.group(1) + " " + range.group(2) + " " + range.group(3) + (unit.isEmpty() ? "" : " " + unit),
						null);
			}
		}
		Matcher q = QUANTITY.matcher(rest);
		if (q.matches()) {
			String number = q.group(1);
			String adaptation = null;
			if (number.indexOf(',') >= 0) {
				number = number.replace(",", "");
				adaptation = "千位分隔符已去掉：“" + s + "”";
			}
			String unitText = PerfTextCells.strip(q.group(2));
			if (unitText.equals("%") || unitText.equals("％")) {
				return new Written(lead + number + unitText, adaptation);
			}
			if (unitText.equals("万元") || unitText.equals("元")) {
				return new Written(lead + number + " " + unitText, adaptation);
			}
			String unit = unit(unitText);
			if (unit != null) {
				return new Written(lead + number + (unit.isEmpty() ? "" : " " + unit), adaptation);
			}
		}
		if (comparator != null && !rest.isEmpty()) {
			return new Written(lead + PerfCellText.quote(rest), null, false);
		}
		return new Written(PerfCellText.quote(s), null, false);
	}

	/** A number field (weight, score, amount): the number, or null when the cell holds no plain number. */
	static Written decimal(String raw) {
		String s = PerfTextCells.strip(raw);
		if (!DECIMAL.matcher(s).matches()) {
			return null;
		}
		if (s.indexOf(',') >= 0) {
			return new Written(s.replace(",", ""), "千位分隔符已去掉：“" + s + "”");
		}
		return new Written(s, null);
	}

	/**
	 * A unit as the grammar reads it: words joined by {@code /} with an optional count (次/30天, 万元/人);
	 * empty for no unit; a quoted string for anything else the lexer would not read as a unit; null
	 * if the text is not a unit at all (text with spaces or punctuation: then the whole value is qualitative).
	 */
	String unit(String raw) {
		String u = PerfTextCells.strip(raw);
		if (u.isEmpty()) {
			return "";
		}
		if (u.length() > 12 || !u.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '/' || c == '²' || c == '³')) {
			return null;
		}
		String[] parts = u.split("/", -1);
		boolean lexes = true;
		for (int i = 0; i < parts.length && lexes; i++) {
			String part = parts[i];
			if (i > 0) {
				part = part.replaceFirst("^[0-9]+", "");
			}
			boolean moneyWord = part.equals("万元") || part.equals("元");
			if (part.isEmpty() || !(part.equals("名") || moneyWord && (i > 0 || parts.length > 1) || identifier(part))) {
				lexes = false;
			}
		}
		return lexes ? u : PerfCellText.quote(u);
	}

	/** An identifier of the language that is not a keyword. */
	private boolean identifier(String word) {
		return !keywords.contains(word) && PerfWords.isWord(word);
	}

	/** Is this cell a typed value (number, percentage, rank, range, 是/否, ---) rather than text? */
	boolean isTyped(String raw) {
		String s = PerfTextCells.strip(raw);
		return !s.isEmpty() && value(s).typed();
	}

	/** Is this cell a plain number (a weight or a score)? */
	static boolean isNumber(String raw) {
		return decimal(raw) != null;
	}
}
