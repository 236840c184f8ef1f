// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

import java.math.BigDecimal;

import org.jixiao.model.Comparator;
import org.jixiao.model.Money;
import org.jixiao.model.NoValue;
import org.jixiao.model.Percentage;
import org.jixiao.model.Qualitative;
import org.jixiao.model.Quantity;
import org.jixiao.model.Range;
import org.jixiao.model.Rank;
import org.jixiao.model.Value;
import org.jixiao.model.YesNo;

/** An indicator value as the forms print it: comparator, number and unit without spaces (≥95%, 1-2次/30天). */
public final class PerfValueText {

	private PerfValueText() {
	}

	public static String of(Value value) {
		if (value == null) {
			return "";
		}
		String comparator = comparator(value.getComparator());
		if (value instanceof Percentage p) {
			return comparator + plain(p.getAmount()) + "%";
		}
		if (value instanceof Money m) {
			return comparator + plain(m.getAmount()) + m.getUnit().getLiteral();
		}
		if (value instanceof Quantity q) {
			return comparator + plain(q.getAmount()) + (q.getUnit() == null ? "" : unquote(q.getUnit()));
		}
		if (value instanceof Range r) {
			return plain(r.getFrom()) + r.getSeparator() + plain(r.getTo()) + (r.getUnit() == null ? "" : unquote(r.getUnit()));
		}
		if (value instanceof Rank r) {
			return r.isOrBetter() ? r.getPosition() + "名之前" : "第" + r.getPosition() + "名";
		}
		if (value instanceof Qualitative q) {
			return comparator + q.getText();
		}
		if (value instanceof YesNo y) {
			return comparator + (y.isYes() ? "是" : "否");
		}
		if (value instanceof NoValue n) {
			return n.getText();
		}
		return "";
	}

	/** The comparator alone, as the 计算符号 column prints it (≥); empty for a value without one. */
	public static String symbol(Value value) {
		return value == null ? "" : comparator(value.getComparator());
	}

	/**
	 * The value without comparator and unit, as a 指标值 column beside 计算符号 and 计量单位 prints it:
	 * the number (95, 1-2), or the whole value where it has no number apart (明显提升, 是, 第25名, ---).
	 */
	public static String number(Value value) {
		if (value instanceof Percentage p) {
			return plain(p.getAmount());
		}
		if (value instanceof Money m) {
			return plain(m.getAmount());
		}
		if (value instanceof Quantity q) {
			return plain(q.getAmount());
		}
		if (value instanceof Range r) {
			return plain(r.getFrom()) + r.getSeparator() + plain(r.getTo());
		}
		String text = of(value);
		return text.substring(symbol(value).length());
	}

	/** The unit of a value for a 计量单位 column: %, 万元, 次/30天; empty where the value has none. */
	public static String unit(Value value) {
		if (value instanceof Percentage) {
			return "%";
		}
		if (value instanceof Money m) {
			return m.getUnit().getLiteral();
		}
		if (value instanceof Quantity q) {
			return q.getUnit() == null ? "" : unquote(q.getUnit());
		}
		if (value instanceof Range r) {
			return r.getUnit() == null ? "" : unquote(r.getUnit());
		}
		return "";
	}

	static String comparator(Comparator comparator) {
		return comparator == null || comparator == Comparator.NONE ? "" : comparator.getLiteral();
	}

	/** A number as written in the source (scale kept: 100.0 stays 100.0). */
	static String plain(BigDecimal number) {
		return number == null ? "" : number.toPlainString();
	}

	private static String unquote(String unit) {
		return unit.length() >= 2 && unit.startsWith("\"") && unit.endsWith("\"") ? unit.substring(1, unit.length() - 1)
				: unit;
	}
}
