// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import org.jixiao.model.Level2Category;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One indicator row as read: its 一级/二级 cells as printed (zero, one or two, merged cells being
 * implied from the rows above) and its other cells by grid column source (name, value, basis …).
 */
final class PerfImportedIndicator {

	/**
	 * A category cell, whether it stood in the 二级 column of the grid, and whether it stood left of
	 * the 一级 column (an export that shifted the row: its placement needs checking).
	 */
	record CategoryCell(PerfCategories.Cell cell, boolean level2Column, boolean shifted) {
	}

	final PerfRow row;
	final List<CategoryCell> categories = new ArrayList<>();
	final Map<String, PerfCell> cells = new LinkedHashMap<>();
	/** Cells that fit no column of the grid: kept in the indicator's note and reported. */
	final List<PerfCell> extra = new ArrayList<>();
	/** The resolved 二级 category, and why it was inferred, if it was. */
	Level2Category category;
	String categoryNote;

	/**
	 * What a header-mapped grid (see {@link PerfHeaderGridReader}) gives beyond the language's
	 * fields, by vocabulary field: comparator, target and unit as printed in their own cells,
	 * direction, explanation (指标解释, 评（扣）分标准), basis, deviation, prior years, adjusted target,
	 * core flag, mid-term target, project, marker (★ removed from the name); prior years are keyed
	 * {@code prior#} and their column's header. {@link PerfImportModel} puts each into its feature and
	 * what has none into the indicator's note.
	 */
	final Map<String, String> printed = new LinkedHashMap<>();

	PerfImportedIndicator(PerfRow row) {
		this.row = row;
	}

	String text(String source) {
		PerfCell cell = cells.get(source);
		return cell == null ? null : cell.text();
	}
}
