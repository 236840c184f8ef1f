// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of cells the header reader reads, from either route: the lines of pasted text (cells
 * between {@code |} or tabs, else the whole line, or its blank-separated words for text whose
 * cells lost their separators), or the rows of one workbook sheet, where each cell stands at its
 * sheet column (a cell merged across columns leaves the columns it covers empty), so that rows
 * line up with the header by position.
 */
final class PerfGridRows {

	/** A template's hint in brackets, such as （≥**人）; the narrative reader drops the same hints. */
	static final Pattern HINT_IN_BRACKETS = Pattern.compile("[（(][^（()）]*\\*\\*[^（()）]*[)）]");
	/** A cell of text split at blanks. */
	private static final Pattern WORD = Pattern.compile("\\S+");
	static final Pattern HINT = Pattern.compile("(?:" + PerfCellFit.COMPARATOR + ")?\\s*\\*\\*[%％\\p{IsHan}a-zA-Z]*");

	private final String sheet;
	/** Text: the source lines; sheet: null. */
	private final String[] lines;
	/** Sheet: each row's cells at their column; text: null. */
	private final List<List<PerfCell>> placed;

	private PerfGridRows(String sheet, String[] lines, List<List<PerfCell>> placed) {
		this.sheet = sheet;
		this.lines = lines;
		this.placed = placed;
	}

	/** The lines of pasted or exported table text. */
	static PerfGridRows ofText(String text) {
		return new PerfGridRows(null, unquote(text).split("\\R", -1), null);
	}

	/** The rows of a workbook sheet, each cell at its column. */
	static PerfGridRows ofSheet(String name, List<PerfRow> rows) {
		int width = 0;
		for (PerfRow row : rows) {
			for (PerfCell cell : row.cells()) {
				width = Math.max(width, cell.column());
			}
		}
		List<List<PerfCell>> placed = new ArrayList<>();
		for (PerfRow row : rows) {
			PerfCell[] cells = new PerfCell[width];
			int line = row.cells().get(0).line();
			for (PerfCell cell : row.cells()) {
				cells[cell.column() - 1] = cell;
			}
			for (int c = 0; c < width; c++) {
				if (cells[c] == null) {
					cells[c] = new PerfCell("", line, c + 1, name);
				}
			}
			placed.add(List.of(cells));
		}
		return new PerfGridRows(name, null, placed);
	}

	/** The sheet's name; null for text. */
	String sheet() {
		return sheet;
	}

	/** Cells stand at their columns (a workbook): no splitting by words, no per-cell lines. */
	boolean positioned() {
		return placed != null;
	}

	int size() {
		return placed != null ? placed.size() : lines.length;
	}

	/** The 1-based line (text) or sheet row of row {@code i}. */
	int number(int i) {
		return placed != null ? placed.get(i).get(0).line() : i + 1;
	}

	/** The row's text: the line as written, or the sheet row's cells joined by blanks. */
	String text(int i) {
		if (placed != null) {
			return String.join(" ", placed.get(i).stream().map(PerfCell::text).filter(t -> !t.isBlank()).toList());
		}
		return lines[i];
	}

	boolean blank(int i) {
		return text(i).isBlank();
	}

	/** The line separates its cells with | (or is a sheet row): never split by words. */
	boolean piped(int i) {
		return placed != null || lines[i].indexOf('|') >= 0;
	}

	/** Cells separated by | or tabs (or a sheet row). */
	boolean separated(int i) {
		return placed != null || lines[i].indexOf('|') >= 0 || lines[i].indexOf('\t') >= 0;
	}

	/** A line of nothing but | and blanks (a merged row's empty cells). */
	boolean blankCells(int i) {
		return placed != null ? blank(i) : lines[i].replace("|", "").isBlank();
	}

	/** A table row whose line stops without its closing |: where the page text was cut off. */
	boolean cutOff(int i) {
		if (placed != null) {
			return false;
		}
		String last = lines[i].strip();
		return last.startsWith("|") && !last.endsWith("|");
	}

	/** The cell of row {@code i} holding the character at {@code offset} of {@link #text(int)}, for positions in messages. */
	PerfCell cellAt(int i, int offset) {
		if (placed == null) {
			return at(i, lines[i], offset + 1);
		}
		int start = 0;
		PerfCell last = placed.get(i).get(0);
		for (PerfCell cell : placed.get(i)) {
			if (cell.text().isBlank()) {
				continue;
			}
			last = cell;
			start += cell.text().length() + 1;
			if (offset < start) {
				return cell;
			}
		}
		return last;
	}

	/** The first cell of row {@code i} that holds text (the first cell when none does). */
	PerfCell firstFilled(int i) {
		List<PerfCell> filled = filled(cells(i, false));
		return filled.isEmpty() ? at(i, "", 1) : filled.get(0);
	}

	/** A cell of row {@code i} for positions in messages. */
	PerfCell at(int i, String text, int column) {
		return new PerfCell(text, number(i), column, sheet);
	}

	/** The cells of row {@code i}; for text, with {@code words} the blank-separated words of a line without separators. */
	List<PerfCell> cells(int i, boolean words) {
		if (placed != null) {
			return placed.get(i);
		}
		return cells(lines[i], i + 1, words);
	}

	/**
	 * Excel's clipboard text: a tab-separated cell holding a line break is quoted ("培训⏎次数"). The
	 * quotes go, the break is kept inside the cell (as U+001F until the cell is cut out), and a blank
	 * line is added after the row for each break so that line numbers stay those of the source.
	 */
	private static String unquote(String text) {
		if (text.indexOf('\t') < 0 || text.indexOf('|') >= 0 || text.indexOf('"') < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		int breaks = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean cellStart = i == 0 || text.charAt(i - 1) == '\t' || text.charAt(i - 1) == '\n';
			if (!quoted && c == '"' && cellStart) {
				quoted = true;
			} else if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
				out.append('"');
				i++;
			} else if (quoted && c == '"' && (i + 1 == text.length() || text.charAt(i + 1) == '\t' || text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r')) {
				quoted = false;
			} else if (quoted && c == '\n') {
				out.append('\u001F');
				breaks++;
			} else if (quoted && c == '\r') {
				continue;
			} else {
				if (c == '\n' && breaks > 0) {
					out.append("\n".repeat(breaks));
					breaks = 0;
				}
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The cells of one line: between {@code |}, else the whole line (or its blank-separated words). */
	private static List<PerfCell> cells(String line, int number, boolean words) {
		List<PerfCell> cells = new ArrayList<>();
		if (line.indexOf('|') >= 0 || line.indexOf('\t') >= 0) {
			int start = 0;
			String[] parts = line.split(line.indexOf('|') >= 0 ? "\\|" : "\t", -1);
			for (int i = 0; i < parts.length; i++) {
				String part = parts[i];
				boolean edge = (i == 0 || i == parts.length - 1) && part.isBlank();
				if (!edge) {
					cells.add(new PerfCell(PerfTextCells.strip(part.replace('\u001F', '\n')), number, start + 1, null));
				}
				start += part.length() + 1;
			}
			return cells;
		}
		if (words) {
			// template hints written with blanks inside (贫困地区景点开发数量( ≥**个 )) would split a name
			line = blank(line, HINT_IN_BRACKETS);
			line = blank(line, HINT);
			Matcher m = WORD.matcher(line);
			while (m.find()) {
				cells.add(new PerfCell(m.group(), number, m.start() + 1, null));
			}
			return cells;
		}
		String text = PerfTextCells.strip(line);
		if (!text.isEmpty()) {
			cells.add(new PerfCell(text, number, line.indexOf(text.charAt(0)) + 1, null));
		}
		return cells;
	}

	/** The text with the matches blanked out (columns of the other characters kept). */
	private static String blank(String line, Pattern pattern) {
		Matcher m = pattern.matcher(line);
		StringBuilder out = new StringBuilder();
		int at = 0;
		while (m.find()) {
			out.append(line, at, m.start()).append(m.group().contains("**") ? "" : m.group());
			at = m.end();
		}
		return out.append(line.substring(at)).toString();
	}

	static List<PerfCell> filled(List<PerfCell> cells) {
		return cells.stream().filter(c -> !c.text().isBlank()).toList();
	}
}
