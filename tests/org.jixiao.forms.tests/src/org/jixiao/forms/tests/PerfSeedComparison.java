// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Compares a seed's cells with a generated workbook: every seed cell must occur in the workbook's
 * flattened text, in the seed's order. Cells of multi-row merged regions (一级/二级 labels and row
 * labels) are printed by the export at arbitrary rows, so for them presence is checked, not order.
 */
public final class PerfSeedComparison {

	public record Miss(int index, String token, String context) {
		@Override
		public String toString() {
			return "#" + index + " 「" + token + "」 after …" + context;
		}
	}

	/** Tokens this short are matched as whole cells nearby only. */
	private static final int SHORT = 2;

	/** How many cells ahead a short token may be found. */
	private static final int NEARBY_CELLS = 12;

	private PerfSeedComparison() {
	}

	private static int nearbyCell(String flat, String token, int pos) {
		int cellStart = pos;
		for (int cells = 0; cells < NEARBY_CELLS && cellStart < flat.length(); cells++) {
			int end = flat.indexOf('\u0001', cellStart);
			if (end < 0) {
				return -1;
			}
			if (flat.substring(cellStart, end).equals(token)) {
				return cellStart;
			}
			cellStart = end + 1;
		}
		return -1;
	}

	/**
	 * @param categoryLabels normalised 一级/二级 titles and their synonyms: the generator prints the
	 *                       canonical title at the top of its merged range, the seed prints whatever
	 *                       spelling was filed wherever the export put it; they are checked through
	 *                       the merged regions, not here
	 */
	public static List<Miss> missing(List<String> seedTokens, XSSFWorkbook workbook, java.util.Set<String> categoryLabels) {
		String flat = PerfWorkbookText.normalizedCells(workbook);
		List<String> merged = PerfWorkbookText.verticalMergeTexts(workbook).stream().map(PerfSeedText::normalize).toList();
		List<Miss> misses = new ArrayList<>();
		int pos = 0;
		for (int i = 0; i < seedTokens.size(); i++) {
			String token = seedTokens.get(i);
			if (categoryLabels.contains(token) || merged.contains(token)) {
				continue;
			}
			if (token.length() <= SHORT) {
				// fragments such as 1 or 目 (a vertical label broken by the export) and one-digit
				// scores: a whole cell among the next few, else anywhere without moving on
				int inNext = flat.indexOf(token, pos);
				if (inNext >= 0 && flat.substring(pos, inNext).chars().filter(ch -> ch == '\u0001').count() <= 1) {
					pos = inNext + token.length();
					continue;
				}
				int near = nearbyCell(flat, token, pos);
				if (near >= 0) {
					pos = near + token.length();
					continue;
				}
				if (flat.contains(token)) {
					continue;
				}
			}
			if (merged.stream().anyMatch(m -> m.contains(token))) {
				continue;
			}
			int found = flat.indexOf(token, pos);
			if (found >= 0) {
				pos = found + token.length();
				continue;
			}
			String context = flat.substring(Math.max(0, pos - 30), pos).replace('\u0001', '|');
			misses.add(new Miss(i, token, context));
		}
		return misses;
	}
}
