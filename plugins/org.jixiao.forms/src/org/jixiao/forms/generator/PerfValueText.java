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
