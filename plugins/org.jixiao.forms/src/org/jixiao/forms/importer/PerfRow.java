// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.List;

/** One row of an imported table: its cells in order, empty cells included (merged or blank cells). */
public final class PerfRow {

	private final List<PerfCell> cells;
	private final boolean pageStart;

	public PerfRow(List<PerfCell> cells) {
		this(cells, false);
	}

	/** @param pageStart the row starts a printed page (a manual page break of the workbook precedes it) */
	public PerfRow(List<PerfCell> cells, boolean pageStart) {
		this.cells = List.copyOf(cells);
		this.pageStart = pageStart;
	}

	/** The row starts a printed page: a grid header here may repeat the header of the page before. */
	public boolean pageStart() {
		return pageStart;
	}

	public List<PerfCell> cells() {
		return cells;
	}

	/** The position of this very cell in a list of cells (by identity: equal texts occur in one row). */
	static int indexOf(List<PerfCell> cells, PerfCell cell) {
		for (int i = 0; i < cells.size(); i++) {
			if (cells.get(i) == cell) {
				return i;
			}
		}
		return -1;
	}

	/** The cells that hold text. */
	public List<PerfCell> filled() {
		List<PerfCell> filled = new ArrayList<>();
		for (PerfCell cell : cells) {
			if (!cell.isEmpty()) {
				filled.add(cell);
			}
		}
		return filled;
	}

	public boolean isEmpty() {
		return cells.stream().allMatch(PerfCell::isEmpty);
	}

	/** The first cell, for positions in messages. */
	public PerfCell first() {
		List<PerfCell> filled = filled();
		return filled.isEmpty() ? cells.get(0) : filled.get(0);
	}

	public int line() {
		return first().line();
	}

	/** The filled cells' texts joined by a space, for matching printed notes and headings. */
	public String joined() {
		StringBuilder text = new StringBuilder();
		for (PerfCell cell : filled()) {
			if (text.length() > 0) {
				text.append(' ');
			}
			text.append(cell.text());
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return line() + ": " + String.join(" | ", cells.stream().map(PerfCell::text).toList());
	}
}
