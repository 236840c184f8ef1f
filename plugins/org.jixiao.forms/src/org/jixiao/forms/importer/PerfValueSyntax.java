// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.dsl.conversion.PerfNumberConverter;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.model.Money;
import org.jixiao.model.MoneyUnit;
import org.jixiao.model.NoValue;
import org.jixiao.model.NumericValue;
import org.jixiao.model.PerfFactory;
import org.jixiao.model.Percentage;
import org.jixiao.model.Quantity;
import org.jixiao.model.Range;
import org.jixiao.model.Rank;
import org.jixiao.model.Value;
import org.jixiao.model.YesNo;

/**
 * Reads a cell's value into the model as the form spells it: the comparator keeps its spelling (≥,
 * >=, ≧, ＞ …), the percent sign its width (% or ％), a rank its word order (前25名, 25名之前), numbers
 * are read (full-width digits too, written back in ASCII) and the unit is kept as it stands; the writer
 * decides whether a unit can stand bare or must be quoted. What the language cannot hold is adapted
 * and said so: thousands separators are dropped (4,591.73 → 4591.73) and 25名以内 / 25名以前 are the
 * rank 前 25 名 (25名之前 is kept as it is). Anything else that is not a number, rank or 是/否 is a qualitative value (quoted text).
 */
final class PerfValueSyntax {

	/** A value of the model and, when the form's spelling had to change, what changed. */
	record Read(Value value, String adaptation, boolean typed) {

		Read(Value value, String adaptation) {
			this(value, adaptation, true);
		}
	}

	/** A number field as read, and what changed when the spelling had to. */
	record Written(String text, String adaptation) {

		BigDecimal number() {
			return new BigDecimal(PerfNumberConverter.toAsciiDigits(text));
		}
	}

	private static final PerfFactory CREATE = PerfFactory.eINSTANCE;
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

	/** A value cell; an empty cell is the language's "no value" {@code ---}. */
	Read value(String raw) {
		String s = PerfTextCells.strip(raw);
		if (s.isEmpty()) {
			return new Read(noValue("---"), "空单元格记为 ---");
		}
		if (NA.matcher(s).matches()) {
			return new Read(noValue(s), null);
		}
		Matcher m = WITH_COMPARATOR.matcher(s);
		m.matches();
		String comparator = m.group(1);
		String rest = m.group(2);
		if (rest.equals("是") || rest.equals("否")) {
			YesNo yesNo = CREATE.createYesNo();
			yesNo.setYes(rest.equals("是"));
			return new Read(compared(yesNo, comparator), null);
		}
		if (comparator == null) {
			Matcher rank = RANK.matcher(rest);
			if (rank.matches()) {
				return new Read(rank(rank.group(1), false), null);
			}
			Matcher top = TOP.matcher(rest);
			if (top.matches()) {
				return new Read(rank(top.group(1), true), null);
			}
			Matcher after = TOP_AFTER.matcher(rest);
			if (after.matches() && after.group(2).equals("之前")) {
				Rank written = rank(after.group(1), true);
				written.setAfterNumber(true);
				return new Read(written, null);
			}
			if (after.matches()) {
				return new Read(rank(after.group(1), true), "“" + s + "”写作名次“前 " + after.group(1) + " 名”");
			}
			Matcher range = RANGE.matcher(rest);
			if (range.matches() && unit(range.group(4)) != null) {
				Range value = CREATE.createRange();
				value.setFrom(number(range.group(1)));
				value.setTo(number(range.group(3)));
				value.setSeparator(range.group(2));
				String unit = unit(range.group(4));
				value.setUnit(unit.isEmpty() ? null : unit);
				return new Read(value, null);
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
			NumericValue value = null;
			if (unitText.equals("%") || unitText.equals("％")) {
				Percentage percentage = CREATE.createPercentage();
				percentage.setFullWidthSign(unitText.equals("％"));
				value = percentage;
			} else if (unitText.equals("万元") || unitText.equals("元")) {
				Money money = CREATE.createMoney();
				money.setUnit(MoneyUnit.get(unitText));
				value = money;
			} else if (unit(unitText) != null) {
				Quantity quantity = CREATE.createQuantity();
				quantity.setUnit(unitText.isEmpty() ? null : unitText);
				value = quantity;
			}
			if (value != null) {
				value.setAmount(number(number));
				return new Read(compared(value, comparator), adaptation);
			}
		}
		if (comparator != null && !rest.isEmpty()) {
			return new Read(compared(PerfValues.text(rest), comparator), null, false);
		}
		return new Read(PerfValues.text(s), null, false);
	}

	private static NoValue noValue(String text) {
		NoValue none = CREATE.createNoValue();
		none.setText(text);
		return none;
	}

	private static Rank rank(String position, boolean orBetter) {
		Rank rank = CREATE.createRank();
		rank.setPosition(Integer.valueOf(position));
		rank.setOrBetter(orBetter);
		return rank;
	}

	private static BigDecimal number(String text) {
		return new BigDecimal(PerfNumberConverter.toAsciiDigits(text));
	}

	/** The value with the comparator as the form spells it (none when {@code spelling} is null). */
	private static Value compared(Value value, String spelling) {
		if (spelling != null) {
			value.setComparator(PerfValues.comparatorOf(spelling));
			value.setComparatorSpelling(spelling);
		}
		return value;
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
	 * A unit as it stands (次, 次/30天, 万元/人, m²): empty for no unit; null if the text is not a unit at all
	 * (text with spaces or punctuation: then the whole value is qualitative).
	 */
	static String unit(String raw) {
		String u = PerfTextCells.strip(raw);
		if (u.isEmpty()) {
			return "";
		}
		if (u.length() > 12 || !u.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '/' || c == '²' || c == '³')) {
			return null;
		}
		return u;
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
