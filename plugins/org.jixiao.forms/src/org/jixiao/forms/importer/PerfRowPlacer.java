// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jixiao.forms.importer.PerfColumnMapping.Column;

/**
 * Puts a row's cells into the header's columns: by position where the row is complete, else by
 * what each cell holds (a comparator, a number, a category name …), since merged cells are printed
 * once and exports drop empty cells. Text with one cell per line is first cut into rows.
 */
final class PerfRowPlacer {

	private final PerfCellFit fit;

	PerfRowPlacer(PerfCellFit fit) {
		this.fit = fit;
	}

	/** The key a placed cell is kept under: a field, site#recipient, prior#header (each prior year by its column), or the second comparator|direction cell. */
	private static String key(String field, Column column, Map<String, PerfCell> placed) {
		return field.equals("site") || field.equals("prior") ? field + "#" + column.header()
				: placed.containsKey(field) && field.equals("comparator|direction") ? field + "#2" : field;
	}

	/** Places the row's cells: {@code placed} by field, {@code extra} the cells no column takes. */
	void place(List<PerfCell> row, List<Column> columns, Map<String, PerfCell> placed, List<PerfCell> extra) {
		// complete rows are placed by position
		int last = row.size() - 1;
		while (last >= 0 && row.get(last).text().isBlank()) {
			last--;
		}
		boolean positional = last >= 0 && last < columns.size() && row.size() >= columns.size() - 1;
		// a row with every cell filled has no merged cell missing: a name in a category column is that
		// column's own category (an evaluation sheet's 决策 | 目标设定), not a shifted cell
		boolean full = last == columns.size() - 1 && row.subList(0, last + 1).stream().noneMatch(c -> c.text().isBlank());
		if (positional) {
			for (int i = 0; i <= last; i++) {
				String text = row.get(i).text();
				String field = columns.get(i).field();
				boolean ownCategory = full && ("level1".equals(field) || "level2".equals(field)) && fit.fit(text, "name") > 0;
				if (!text.isBlank() && !ownCategory && (field == null || fit.fit(text, field) <= 0 && !PerfCellFit.positionOnly(field))) {
					positional = false;
					break;
				}
				if (i == 0 && !text.isBlank() && "context".equals(field) && fit.isCategory(text)) {
					positional = false;
					break;
				}
			}
		}
		if (positional) {
			for (int i = 0; i <= last; i++) {
				PerfCell cell = row.get(i);
				String field = columns.get(i).field();
				if (cell.text().isBlank() || field == null) {
					continue;
				}
				if (PerfCellFit.positionOnly(field)) {
					context(columns.get(i), field, cell, placed);
					continue;
				}
				placed.putIfAbsent(key(field, columns.get(i), placed), cell);
			}
			return;
		}
		List<PerfCell> tokens = new ArrayList<>(PerfGridRows.filled(row));
		int pointer = 0;
		// leading project cells (单位名称 | 项目名称 | 预算数 | 年度目标) before the first category cell, the
		// merged ones missing on the left
		int contextColumns = 0;
		while (contextColumns < columns.size() && "context".equals(columns.get(contextColumns).field())) {
			contextColumns++;
		}
		int firstCategory = -1;
		for (int k = 0; k < tokens.size() && firstCategory < 0; k++) {
			if (fit.isCategory(tokens.get(k).text())) {
				firstCategory = k;
			}
		}
		if (contextColumns > 0 && firstCategory > 0 && firstCategory <= contextColumns) {
			for (int k = 0; k < firstCategory; k++) {
				Column column = columns.get(contextColumns - firstCategory + k);
				context(column, column.field(), tokens.get(k), placed);
			}
			tokens = tokens.subList(firstCategory, tokens.size());
			pointer = contextColumns;
		}
		for (int k = 0; k < tokens.size(); k++) {
			PerfCell t = tokens.get(k);
			int c = firstFitting(t.text(), columns, pointer);
			// trailing plain numbers go to the weight and score columns (an empty actual is dropped by exports)
			if (c >= 0 && PerfCellFit.NUMBER.matcher(t.text()).matches() && "actual".equals(columns.get(c).field())) {
				boolean numbersOnly = tokens.subList(k, tokens.size()).stream().allMatch(x -> PerfCellFit.NUMBER.matcher(x.text()).matches());
				int weight = -1;
				int slots = 0;
				for (int j = c + 1; j < columns.size(); j++) {
					String f = columns.get(j).field();
					if ("weight".equals(f) || "score".equals(f)) {
						weight = weight < 0 ? j : weight;
						slots++;
					}
				}
				if (numbersOnly && weight > 0 && tokens.size() - k <= slots) {
					c = weight;
				}
			}
			// the next cell must still fit after this one: 1 | 次 puts 1 into the value, 次 into the unit
			if (c >= 0 && k + 1 < tokens.size()) {
				int alt = c;
				while (alt >= 0 && firstFitting(tokens.get(k + 1).text(), columns, alt + 1) < 0) {
					alt = firstFitting(t.text(), columns, alt + 1);
				}
				if (alt >= 0) {
					c = alt;
				}
			}
			if (c < 0) {
				extra.add(t);
				continue;
			}
			String field = columns.get(c).field();
			if (field.equals("context")) {
				pointer = c + 1;
				continue;
			}
			placed.putIfAbsent(key(field, columns.get(c), placed), t);
			pointer = c + 1;
		}
	}

	/**
	 * A project's leading cells (单位名称 | 项目名称 | 预算数 | 年度目标), on its first row only: kept as
	 * project:单位名称 … so that a sheet listing several projects gives one form per project.
	 */
	private static void context(Column column, String field, PerfCell cell, Map<String, PerfCell> placed) {
		if (!"context".equals(field)) {
			return;
		}
		String header = PerfCellText.key(column.header());
		if (header.equals("项目名称")) {
			placed.put("context", cell);
		} else if (Set.of("单位名称", "预算数", "年度目标").contains(header)) {
			placed.put("project:" + header, cell);
		}
	}

	/**
	 * One cell per line: rows are cut where a new row begins: a category cell, or a name after a row
	 * that already has its name and value, followed by what follows a name.
	 */
	List<List<PerfCell>> segment(PerfGridRows rows, int from, List<Column> columns) {
		List<PerfCell> tokens = new ArrayList<>();
		for (int i = from; i < rows.size(); i++) {
			tokens.addAll(PerfGridRows.filled(rows.cells(i, false)));
		}
		// a category broken over two lines: 经济效益 ⏎ 指标
		for (int i = 0; i + 1 < tokens.size(); i++) {
			String joined = tokens.get(i).text() + tokens.get(i + 1).text();
			if (tokens.get(i + 1).text().equals("指标") && fit.isCategory(joined)) {
				PerfCell first = tokens.get(i);
				tokens.set(i, new PerfCell(joined, first.line(), first.column(), first.sheet()));
				tokens.remove(i + 1);
			}
		}
		int nameColumn = indexOf(columns, "name");
		int afterName = nameColumn + 1;
		List<List<PerfCell>> cut = new ArrayList<>();
		List<PerfCell> row = new ArrayList<>();
		int pointer = 0;
		boolean named = false;
		boolean valued = false;
		for (int k = 0; k < tokens.size(); k++) {
			PerfCell t = tokens.get(k);
			String text = t.text();
			if (PerfHeaderGridReader.STOP.matcher(PerfCellText.key(text)).find()) {
				break;
			}
			boolean start = false;
			int level1 = indexOf(columns, "level1");
			int level2 = indexOf(columns, "level2");
			if (!row.isEmpty() && level1 >= 0 && fit.isLevel1(text)) {
				start = true;
			} else if (!row.isEmpty() && level2 >= 0 && fit.isLevel2(text) && pointer > level2) {
				start = true;
			} else if (named && valued && fit.fit(text, "name") > 1) {
				PerfCell next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
				boolean fitsAfterName = next != null && afterName < columns.size()
						&& fit.fit(next.text(), columns.get(afterName).field()) > 0 && fit.fit(next.text(), "name") <= 1;
				start = next == null || fitsAfterName || firstFitting(text, columns, pointer) < 0;
			}
			if (start) {
				cut.add(row);
				row = new ArrayList<>();
				pointer = 0;
				named = false;
				valued = false;
			}
			int c = firstFitting(text, columns, pointer);
			if (c >= 0) {
				pointer = c + 1;
				named |= "name".equals(columns.get(c).field());
				valued |= Set.of("target", "weight", "score", "actual").contains(columns.get(c).field());
			}
			row.add(t);
		}
		if (!row.isEmpty()) {
			cut.add(row);
		}
		return cut;
	}

	private static int indexOf(List<Column> columns, String field) {
		for (int i = 0; i < columns.size(); i++) {
			if (field.equals(columns.get(i).field())) {
				return i;
			}
		}
		return -1;
	}

	private int firstFitting(String text, List<Column> columns, int from) {
		for (int c = from; c < columns.size(); c++) {
			if (columns.get(c).field() != null && fit.fit(text, columns.get(c).field()) > 0) {
				return c;
			}
		}
		return -1;
	}
}
