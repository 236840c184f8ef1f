// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Decimal arithmetic as the forms do it: percentages and scores rounded half up. */
public final class PerfNumbers {

	public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	public static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10000);

	private PerfNumbers() {
	}

	/** part / whole × 100, exact to 10 significant digits; null when whole is zero. */
	public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (whole == null || part == null || whole.signum() == 0) {
			return null;
		}
		return part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64);
	}

	/** Rounded to as many decimals as the stated number has (the analyst's own precision). */
	public static BigDecimal roundLike(BigDecimal computed, BigDecimal stated) {
		int scale = stated == null ? 2 : Math.max(0, stated.scale());
		return computed.setScale(scale, RoundingMode.HALF_UP);
	}

	/** |a − b| ≥ tolerance. */
	public static boolean differs(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
		return a.subtract(b).abs().compareTo(tolerance) >= 0;
	}

	/** |a − b| > tolerance. */
	public static boolean exceeds(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
		return a.subtract(b).abs().compareTo(tolerance) > 0;
	}

	/** Plain text without trailing zeros: 42.890 → 42.89, 20.00 → 20. */
	public static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	/** Rounded to two decimals and printed plain. */
	public static String plain2(BigDecimal value) {
		return plain(value.setScale(2, RoundingMode.HALF_UP));
	}

	public static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}
}
