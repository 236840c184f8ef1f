// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jixiao.forms.importer.PerfColumnMapping.Column;

/**
 * Finds an indicator grid's header among rows of cells and says what each column holds, through
 * the {@link PerfColumnVocabulary}: a header row (or a header broken over lines, or one cell per
 * line), a two-row header of a workbook (the cells of each column joined), and a header that a
 * known layout prints (then the layouts read the grid).
 */
final class PerfGridHeader {

	/**
	 * A header found: rows {@code first}..{@code last}; {@code perCell} when the text gives one cell
	 * per line, {@code words} when its cells are blank-separated words.
	 */
	record Found(int first, int last, List<Column> columns, boolean perCell, boolean words) {
	}

	private final PerfColumnVocabulary vocabulary;
	private final PerfCellFit fit;
	private final List<Set<String>> layoutHeaders;

	PerfGridHeader(PerfColumnVocabulary vocabulary, PerfCellFit fit, List<Set<String>> layoutHeaders) {
		this.vocabulary = vocabulary;
		this.fit = fit;
		this.layoutHeaders = layoutHeaders;
	}

	static String letter(int index) {
		return PerfCell.columnLetters(index + 1);
	}

	List<Column> columns(List<PerfCell> cells) {
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			String text = cells.get(i).text();
			columns.add(new Column(i, letter(i), text, text.isBlank() ? null : vocabulary.field(text)));
		}
		return columns;
	}

	/** A header: three or more known columns, among them a name and a value or weight column. */
	boolean isHeader(List<Column> columns) {
		long known = columns.stream().filter(c -> c.field() != null).count();
		long filled = columns.stream().filter(c -> !c.header().isBlank()).count();
		boolean name = columns.stream().anyMatch(c -> "name".equals(c.field()) || "level2".equals(c.field()));
		boolean value = columns.stream().anyMatch(c -> c.field() != null && Set.of("target", "weight", "score", "actual", "site").contains(c.field()));
		return known >= 3 && known * 2 >= filled && name && value;
	}

	/** A recipient's name as a column header: short words, no number, no category, no header text. */
	private boolean isSite(String text) {
		String key = PerfCellText.key(text);
		return key.length() >= 2 && key.length() <= 12 && !key.matches(".*[0-9:：].*") && vocabulary.field(text) == null && !fit.isCategory(text);
	}

	boolean allKnown(List<PerfCell> cells) {
		List<PerfCell> filled = PerfGridRows.filled(cells);
		return !filled.isEmpty() && filled.stream().allMatch(c -> vocabulary.field(c.text()) != null);
	}

	/** The grid's header, or null when no row is one. */
	Found find(PerfGridRows rows) {
		for (int i = 0; i < rows.size(); i++) {
			List<PerfCell> row = rows.cells(i, false);
			if (rows.positioned()) {
				// a sheet's header may name its value columns only in its second row (自评情况 over 完成值 | 权重 | 得分)
				List<Column> own = columns(row);
				long known = own.stream().filter(c -> c.field() != null).count();
				Found found = known >= 3 && known * 2 >= PerfGridRows.filled(row).size() ? twoRows(rows, i) : null;
				if (found != null && isHeader(found.columns())) {
					return found;
				}
				continue;
			}
			if (PerfGridRows.filled(row).size() >= 3 && isHeader(columns(row))) {
				return brokenOverLines(rows, i, false, columns(row));
			}
			List<PerfCell> split = rows.cells(i, true);
			if (!rows.piped(i) && split.size() >= 3 && isHeader(columns(split))) {
				return brokenOverLines(rows, i, true, columns(split));
			}
			// one cell per line (or a header broken over lines): a run of lines holding header cells only
			List<PerfCell> run = new ArrayList<>();
			boolean single = true;
			int j = i;
			for (; j < rows.size(); j++) {
				List<PerfCell> own = PerfGridRows.filled(rows.cells(j, false));
				if (own.isEmpty()) {
					continue;
				}
				if (!allKnown(own)) {
					// a header cell broken over two lines (年度 ⏎ 指标值, 实际 ⏎ 完成值): one cell
					int next = j + 1;
					while (next < rows.size() && PerfGridRows.filled(rows.cells(next, false)).isEmpty()) {
						next++;
					}
					List<PerfCell> after = next < rows.size() ? PerfGridRows.filled(rows.cells(next, false)) : List.of();
					if (own.size() == 1 && after.size() == 1 && vocabulary.field(own.get(0).text() + after.get(0).text()) != null) {
						PerfCell first = own.get(0);
						run.add(new PerfCell(first.text() + after.get(0).text(), first.line(), first.column(), first.sheet()));
						j = next;
						continue;
					}
					break;
				}
				single &= own.size() == 1;
				run.addAll(own);
			}
			List<Column> runColumns = columns(run);
			// one value column per recipient (福建: 西坪镇尧山村 | 桃舟乡吾培村 …) after 三级指标 | 指标解释
			if (run.size() >= 3 && !isHeader(runColumns) && runColumns.stream().anyMatch(c -> "name".equals(c.field()))) {
				for (; j < rows.size(); j++) {
					List<PerfCell> own = PerfGridRows.filled(rows.cells(j, false));
					if (own.size() != 1 || !rows.blankCells(j) && isSite(own.get(0).text())) {
						if (own.size() == 1 && isSite(own.get(0).text())) {
							runColumns.add(new Column(runColumns.size(), letter(runColumns.size()), own.get(0).text(), "site"));
							continue;
						}
					}
					if (!own.isEmpty() || !rows.blank(j)) {
						break;
					}
				}
			}
			if (run.size() >= 3 && isHeader(runColumns)) {
				return single ? new Found(i, j - 1, runColumns, true, false) : brokenOverLines(rows, j - 1, false, runColumns);
			}
		}
		return null;
	}

	/** A header broken over lines (一级 指标 ⏎ 二级指标 | 三级指标 …; 年度 指标值 ⏎ 实际 完成值 ⏎ 分值 | 得分). */
	private Found brokenOverLines(PerfGridRows rows, int line, boolean words, List<Column> own) {
		int first = line;
		while (first > 0 && allKnown(rows.cells(first - 1, words))) {
			first--;
		}
		int last = line;
		while (last + 1 < rows.size() && allKnown(rows.cells(last + 1, words))) {
			last++;
		}
		if (first == line && last == line) {
			return new Found(line, line, own, false, words);
		}
		List<PerfCell> merged = new ArrayList<>();
		for (int i = first; i <= last; i++) {
			merged.addAll(PerfGridRows.filled(rows.cells(i, words)));
		}
		return new Found(first, last, columns(merged), false, words);
	}

	/**
	 * A workbook's header over two rows (or more): the cells of each column joined with "/", read
	 * as the lowest one the vocabulary knows (自评情况/完成值 is 完成值); a cell merged over the header
	 * rows counts once.
	 */
	private Found twoRows(PerfGridRows rows, int line) {
		int first = line;
		while (first > 0 && rows.number(first - 1) == rows.number(first) - 1 && allKnown(rows.cells(first - 1, false))) {
			first--;
		}
		int last = line;
		while (last + 1 < rows.size() && rows.number(last + 1) == rows.number(last) + 1
				&& allKnown(rows.cells(last + 1, false))) {
			last++;
		}
		if (first == line && last == line) {
			return new Found(line, line, columns(rows.cells(line, false)), false, false);
		}
		int width = rows.cells(line, false).size();
		List<Column> columns = new ArrayList<>();
		for (int c = 0; c < width; c++) {
			List<String> parts = new ArrayList<>();
			String field = null;
			for (int r = first; r <= last; r++) {
				String text = rows.cells(r, false).get(c).text();
				if (!text.isBlank()) {
					parts.add(text);
					String own = vocabulary.field(text);
					field = own != null ? own : field;
				}
			}
			columns.add(new Column(c, letter(c), String.join("/", parts), field));
		}
		return new Found(first, last, columns, false, false);
	}

	/** Whether a known layout prints this header (the same columns, no more, no fewer): then the layouts read the grid. */
	boolean isLayouts(List<Column> header) {
		Set<String> keys = new HashSet<>();
		// a layout's grid has at most one row-label column; several context columns (单位名称 | 项目名称 | 预算数 | 年度目标)
		// list projects on one sheet, which no layout prints even where the indicator columns are a layout's
		long context = header.stream().filter(c -> !c.header().isBlank() && java.util.Arrays.stream(c.header().split("/"))
				.allMatch(part -> "context".equals(vocabulary.field(part)))).count();
		if (context > 1) {
			return false;
		}
		for (Column c : header) {
			// row labels (长期绩效指标, 绩效指标) and unknown cells say nothing about the layout
			for (String part : c.header().split("/")) {
				String field = part.isBlank() ? null : vocabulary.field(part);
				if (field != null && !field.equals("context")) {
					keys.add(PerfCellText.key(part));
				}
			}
		}
		for (Set<String> known : layoutHeaders) {
			if (known.containsAll(keys) && known.stream().filter(k -> {
				String field = vocabulary.field(k);
				return field != null && !field.equals("context");
			}).allMatch(keys::contains)) {
				return true;
			}
		}
		return false;
	}

	/** Text whose header cells ran together: the refusal naming the header found, or null. */
	PerfHeaderGridReader.Outcome flattened(PerfGridRows rows) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.separated(i)) {
				continue; // its cells are separated: a header of unknown columns, not run-together text
			}
			String key = PerfCellText.key(rows.text(i));
			List<String> found = new ArrayList<>();
			String rest = key;
			for (String known : vocabulary.texts()) {
				if (known.length() >= 3 && rest.contains(known)) {
					found.add(known);
					rest = rest.replace(known, "\u0000");
				}
			}
			if (found.size() >= 3 && found.stream().anyMatch(f -> Set.of("name", "level2").contains(vocabulary.field(f)))) {
				found.sort((a, b) -> key.indexOf(a) - key.indexOf(b));
				return PerfHeaderGridReader.Outcome.refused("第 " + rows.number(i) + " 行的表头“" + String.join("", found)
						+ "”与各行的单元格挤在一起，没有分隔符（| 或空格），无法确定哪段文字属于哪一列，未导入任何指标；请从原表（Word/Excel）重新复制，"
						+ "使单元格之间有分隔。 Cells run together without separators: the columns cannot be told apart.",
						rows.at(i, rows.text(i).strip(), 1));
			}
		}
		return null;
	}
}
