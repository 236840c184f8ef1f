// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Spreads points over rows in round numbers whose sum is exact. The step is the largest of
 * 1, 0.5, 0.1 and 0.01 points that is not above a row's exact share (30 points over 4 rows: step
 * 1; 17 over 34: step 0.5). Each row gets its share rounded down to the step; the points left
 * over go one step at a time to the rows that lost most by rounding down, the earlier row first
 * when they lost alike (30 over 4 gives 8, 8, 7, 7, as seed 003 writes it).
 */
public final class PerfWeights {

	private static final List<BigDecimal> STEPS = List.of(BigDecimal.ONE, new BigDecimal("0.5"), new BigDecimal("0.1"),
			new BigDecimal("0.01"));

	private PerfWeights() {
	}

	/** {@code total} over {@code count} rows, as evenly as the steps allow. */
	public static List<BigDecimal> evenly(BigDecimal total, int count) {
		List<BigDecimal> shares = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			shares.add(BigDecimal.ONE);
		}
		return byShares(total, shares);
	}

	/** {@code total} over rows in proportion to their shares (rows with share 0 get 0). */
	public static List<BigDecimal> byShares(BigDecimal total, List<BigDecimal> shares) {
		BigDecimal shareSum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (shares.isEmpty() || shareSum.signum() == 0) {
			return shares.stream().map(s -> BigDecimal.ZERO).toList();
		}
		List<BigDecimal> exact = shares.stream()
				.map(s -> total.multiply(s).divide(shareSum, MathContext.DECIMAL64)).toList();
		BigDecimal smallest = exact.stream().filter(e -> e.signum() > 0).min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
		BigDecimal step = STEPS.stream().filter(s -> s.compareTo(smallest) <= 0).findFirst().orElse(STEPS.get(STEPS.size() - 1));
		List<BigDecimal> result = new ArrayList<>();
		BigDecimal left = total;
		for (BigDecimal e : exact) {
			BigDecimal base = e.divide(step, 0, RoundingMode.FLOOR).multiply(step);
			result.add(base);
			left = left.subtract(base);
		}
		List<Integer> byLoss = IntStream.range(0, exact.size()).boxed()
				.sorted(Comparator.comparing((Integer i) -> exact.get(i).subtract(result.get(i))).reversed()).toList();
		for (int i = 0; left.compareTo(step) >= 0 && i < byLoss.size(); i++) {
			int row = byLoss.get(i);
			result.set(row, result.get(row).add(step));
			left = left.subtract(step);
		}
		// A total with more decimals than the step (33.333 points): the last bit goes to the first row.
		if (left.signum() != 0) {
			result.set(0, result.get(0).add(left));
		}
		return result.stream().map(PerfWeights::plain).toList();
	}

	/** Without trailing zeros and never in exponent form: 8.0 → 8, 0.50 → 0.5. */
	public static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
