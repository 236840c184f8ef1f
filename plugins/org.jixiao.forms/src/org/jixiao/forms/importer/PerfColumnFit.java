// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Places an indicator row's cells into the grid's columns (name, measure, value, basis, weight,
 * actual, score …) when the row has fewer or more cells than the grid: exports drop merged and
 * empty cells and shift rows, so position alone cannot be trusted. The placement keeps the cells'
 * order and maximises how well each cell fits its column (a value column wants 100% or ≥2项, a
 * score column a plain number, a basis column words like 计划数据); a cell that fits nowhere is
 * left out and reported. Rows with exactly one cell per column are placed by position.
 */
final class PerfColumnFit {

	private static final Pattern BASIS = Pattern.compile("数据|标准|计划|调查|历史|行业|规定|要求|安排|文件|方案|单|统计");
	private static final double DROP = 4;
	private static final double GAP = 1.5;

	private final PerfValueSyntax values;
	private final java.util.function.Predicate<String> category;

	/** @param category whether a text is a 一级/二级 label: such a cell is a poor name */
	PerfColumnFit(PerfValueSyntax values, java.util.function.Predicate<String> category) {
		this.values = values;
		this.category = category;
	}

	/** For each cell the index of its column, or -1 for a cell left out. */
	int[] place(List<PerfCell> cells, List<String> sources) {
		int n = cells.size();
		int m = sources.size();
		int[] placement = new int[n];
		if (n == m) {
			for (int i = 0; i < n; i++) {
				placement[i] = i;
			}
			return placement;
		}
		double[][] fit = new double[n][m];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				fit[i][j] = fit(cells.get(i).text(), sources.get(j));
			}
		}
		double[][] best = new double[n + 1][m + 1];
		int[][] move = new int[n + 1][m + 1]; // 1 placed, 2 column skipped, 3 cell dropped
		for (int i = 0; i <= n; i++) {
			for (int j = 0; j <= m; j++) {
				if (i == 0 && j == 0) {
					continue;
				}
				best[i][j] = Double.NEGATIVE_INFINITY;
				if (i > 0 && j > 0 && best[i - 1][j - 1] + fit[i - 1][j - 1] > best[i][j]) {
					best[i][j] = best[i - 1][j - 1] + fit[i - 1][j - 1];
					move[i][j] = 1;
				}
				// a column left empty between placed cells costs more than empty columns at the end: a
				// row that ran out of cells (a cell-per-line export broke it) is missing its last columns
				double skip = j > 0 ? skip(sources.get(j - 1)) + (i < n ? GAP : 0) : 0;
				if (j > 0 && best[i][j - 1] - skip > best[i][j]) {
					best[i][j] = best[i][j - 1] - skip;
					move[i][j] = 2;
				}
				if (i > 0 && best[i - 1][j] - DROP > best[i][j]) {
					best[i][j] = best[i - 1][j] - DROP;
					move[i][j] = 3;
				}
			}
		}
		int i = n;
		int j = m;
		while (i > 0 || j > 0) {
			switch (move[i][j]) {
			case 1 -> placement[--i] = --j;
			case 2 -> j--;
			default -> placement[--i] = -1;
			}
		}
		return placement;
	}

	private static double skip(String source) {
		return switch (source) {
		case "name" -> 3;
		case "value" -> 2;
		default -> 1;
		};
	}

	private double fit(String text, String source) {
		boolean typed = values.isTyped(text);
		boolean number = PerfValueSyntax.isNumber(text);
		int length = text.codePointCount(0, text.length());
		return switch (source) {
		case "value", "twoyearsago", "lastyear", "expected", "actual" -> typed ? 3 : length <= 12 ? 0.5 : 0;
		case "weight", "score" -> number ? 3 : -5;
		case "measure" -> typed ? -2 : length <= 6 ? 2 : -1;
		case "basis" -> typed ? -2 : BASIS.matcher(text).find() ? 2.5 : 1.5;
		// the national standard's value columns: comparator, the value without it, its unit
		case "symbol" -> PerfCellFit.COMPARATOR_ONLY.matcher(text.strip()).matches() ? 3 : -5;
		case "number" -> number || typed ? 3 : length <= 12 ? 0.5 : 0;
		case "unit" -> !number && length <= 6 && !text.matches(".*[0-9].*") ? 1.5 : -2;
		case "direction" -> PerfCellFit.DIRECTION.matcher(text.strip()).matches() ? 3 : -5;
		case "criterion" -> typed ? -1 : text.contains("分") ? 2.5 : 1;
		default -> typed ? -1 : category.test(text) ? 1 : 2; // name, description, note
		};
	}
}
