// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.model;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.model.Comparator;
import org.jixiao.model.Direction;
import org.jixiao.model.Money;
import org.jixiao.model.MoneyUnit;
import org.jixiao.model.NoValue;
import org.jixiao.model.NumericValue;
import org.jixiao.model.Percentage;
import org.jixiao.model.PerfFactory;
import org.jixiao.model.Qualitative;
import org.jixiao.model.Quantity;
import org.jixiao.model.Range;
import org.jixiao.model.Rank;
import org.jixiao.model.Value;
import org.jixiao.model.ValueKind;
import org.jixiao.model.YesNo;

/** Reading typed indicator values. */
public final class PerfValues {

	private PerfValues() {
	}

	/** A quoted text as a value (a goal's or the overall objective's actual outcome); {@code null} stays absent. */
	public static Qualitative text(String text) {
		if (text == null) {
			return null;
		}
		Qualitative value = PerfFactory.eINSTANCE.createQualitative();
		value.setText(text);
		return value;
	}

	public static boolean hasComparator(Value value) {
		return value != null && value.getComparator() != null && value.getComparator() != Comparator.NONE;
	}

	/** The unit a value is measured in: % for percentages, 万元/元 for money, else the written unit. */
	public static String unit(Value value) {
		if (value instanceof Percentage) {
			return "%";
		}
		if (value instanceof Money money) {
			return money.getUnit() == MoneyUnit.YUAN ? "元" : "万元";
		}
		if (value instanceof Quantity quantity) {
			return quantity.getUnit();
		}
		if (value instanceof Range range) {
			return range.getUnit();
		}
		return null;
	}

	/** The amount of a numeric value, or null. */
	public static BigDecimal amount(Value value) {
		return value instanceof NumericValue numeric ? numeric.getAmount() : null;
	}

	/** A money amount in 万元 (the unit of every budget figure on the forms). */
	public static BigDecimal inWanYuan(Money money) {
		if (money.getAmount() == null) {
			return null;
		}
		return money.getUnit() == MoneyUnit.YUAN ? money.getAmount().divide(PerfNumbers.TEN_THOUSAND)
				: money.getAmount();
	}

	/** A key equal for values written alike (comparator spelling and blanks aside). */
	public static Object key(Value value) {
		if (value == null) {
			return List.of();
		}
		Object detail;
		if (value instanceof NumericValue numeric) {
			detail = numeric.getAmount() == null ? "" : numeric.getAmount();
			if (value instanceof Quantity quantity && quantity.getUnit() != null) {
				detail = List.of(detail, quantity.getUnit());
			} else if (value instanceof Money money) {
				detail = List.of(detail, money.getUnit());
			}
		} else if (value instanceof org.jixiao.model.Qualitative qualitative) {
			detail = String.valueOf(qualitative.getText());
		} else if (value instanceof org.jixiao.model.YesNo yesNo) {
			detail = yesNo.isYes();
		} else if (value instanceof Range range) {
			detail = java.util.Arrays.asList(range.getFrom(), range.getTo(), range.getUnit());
		} else if (value instanceof org.jixiao.model.Rank rank) {
			detail = java.util.Arrays.asList(rank.isOrBetter(), rank.getPosition());
		} else {
			detail = "";
		}
		return List.of(value.eClass(), value.getComparator(), detail);
	}

	/** The kind of a value as the indicator library names it; text and an empty value are qualitative. */
	public static ValueKind kind(Value value) {
		if (value instanceof Percentage) {
			return ValueKind.PERCENTAGE;
		}
		if (value instanceof Money) {
			return ValueKind.MONEY;
		}
		if (value instanceof Range) {
			return ValueKind.RANGE;
		}
		if (value instanceof Rank) {
			return ValueKind.RANK;
		}
		if (value instanceof YesNo) {
			return ValueKind.YESNO;
		}
		if (value instanceof NumericValue) {
			return ValueKind.QUANTITY;
		}
		return ValueKind.QUALITATIVE;
	}

	/** The value kind in the forms' words. */
	public static String kindName(ValueKind kind) {
		return switch (kind) {
		case QUANTITY -> "数量";
		case PERCENTAGE -> "百分比";
		case MONEY -> "金额";
		case RANGE -> "区间";
		case RANK -> "名次";
		case QUALITATIVE -> "定性";
		case YESNO -> "是/否";
		};
	}

	public static boolean isEmpty(Value value) {
		return value == null || value instanceof NoValue;
	}

	/** The comparator a spelling of Perf.xtext's Comparator rule stands for (≥ >= ≧ are GE …), or null. */
	public static Comparator comparatorOf(String spelling) {
		return switch (spelling == null ? "" : spelling) {
		case "≥", ">=", "≧" -> Comparator.GE;
		case "≤", "<=", "≦" -> Comparator.LE;
		case ">", "＞" -> Comparator.GT;
		case "<", "＜" -> Comparator.LT;
		case "=", "＝" -> Comparator.EQ;
		default -> null;
		};
	}

	/** The canonical symbol of a comparator. */
	public static String symbol(Comparator comparator) {
		return comparator == null || comparator == Comparator.NONE ? "" : comparator.getLiteral();
	}

	/** The direction a comparator states: ≥ > 正向, ≤ < 反向, = 等于; none without comparator. */
	public static Direction directionOf(Comparator comparator) {
		if (comparator == null) {
			return Direction.UNSPECIFIED;
		}
		return switch (comparator) {
		case GE, GT -> Direction.POSITIVE;
		case LE, LT -> Direction.NEGATIVE;
		case EQ -> Direction.EQUAL;
		default -> Direction.UNSPECIFIED;
		};
	}

	public static Comparator flip(Comparator comparator) {
		return switch (comparator) {
		case GE -> Comparator.LE;
		case GT -> Comparator.LT;
		case LE -> Comparator.GE;
		case LT -> Comparator.GT;
		default -> comparator;
		};
	}
}
