// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.documentation;

import org.jixiao.dsl.model.PerfValues;
import org.jixiao.model.Comparator;
import org.jixiao.model.Direction;
import org.jixiao.model.Money;
import org.jixiao.model.NoValue;
import org.jixiao.model.NumericValue;
import org.jixiao.model.Percentage;
import org.jixiao.model.Qualitative;
import org.jixiao.model.Quantity;
import org.jixiao.model.Range;
import org.jixiao.model.Rank;
import org.jixiao.model.Value;
import org.jixiao.model.YesNo;

/** A value read back in normalised form, as a reviewer would say it: "≥ 90 %，正向". */
public final class PerfValueReading {

	private PerfValueReading() {
	}

	public static String of(Value value) {
		if (value == null) {
			return "";
		}
		String comparator = value.getComparator() == Comparator.NONE ? "" : value.getComparator().getLiteral() + " ";
		if (value instanceof Percentage p) {
			return comparator + p.getAmount().toPlainString() + " %" + direction(value.getComparator());
		}
		if (value instanceof Money m) {
			return comparator + m.getAmount().toPlainString() + " " + m.getUnit().getLiteral() + "（金额）"
					+ direction(value.getComparator());
		}
		if (value instanceof Quantity q) {
			return comparator + q.getAmount().toPlainString() + (q.getUnit() == null ? "（未写单位）" : " " + q.getUnit())
					+ direction(value.getComparator());
		}
		if (value instanceof Range r) {
			return r.getFrom().toPlainString() + " 至 " + r.getTo().toPlainString()
					+ (r.getUnit() == null ? "" : " " + r.getUnit()) + "（区间）";
		}
		if (value instanceof Rank r) {
			return (r.isOrBetter() ? "前" : "第") + r.getPosition() + "名" + (r.isOrBetter() ? "（含）以内" : "");
		}
		if (value instanceof YesNo y) {
			return y.isYes() ? "是" : "否";
		}
		if (value instanceof Qualitative q) {
			return comparator + "“" + q.getText() + "”（定性）";
		}
		if (value instanceof NoValue) {
			return "空（未填）";
		}
		return value instanceof NumericValue n ? n.getAmount().toPlainString() : "";
	}

	private static String direction(Comparator comparator) {
		Direction direction = PerfValues.directionOf(comparator);
		return direction == Direction.UNSPECIFIED ? "" : "，" + direction.getLiteral();
	}
}
