// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits table text as copied out of Word, WPS or Excel into rows of cells. Two export styles
 * occur and are told apart by the text itself:
 * <ul>
 * <li><b>row per line</b> (Excel, and Word tables copied as text): cells separated by tabs, one
 * row per line; a cell with line breaks is quoted as Excel quotes it ({@code "a⏎b"});</li>
 * <li><b>cell per line</b> (Word/WPS export, seeds 001, 002, 004): every cell starts a line with a
 * tab, a line without a tab continues the cell above it, a blank line ends the row.</li>
 * </ul>
 * Export noise is removed and reported once per kind: HTML tags ({@code <p>}, {@code <b>}),
 * {@code [bookmark: …]} marks and heading marks ({@code ##}) in front of repeated page headings.
 */
final class PerfTextCells {

	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
	private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
	private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+");
	/** A continuation line that starts a numbered item keeps its line break (1、… 2.… 目标2：…). */
	private static final Pattern ENUMERATOR = Pattern.compile(
			"^(\\d{1,2}\\s*[、.．]|目标\\s*\\d|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是])");

	/** A long run of padding inside a cell before a numbered item: the export's way of breaking the line. */
	private static final Pattern PADDED_ITEM = Pattern.compile("[ \\u3000\\u00A0]{8,}(?=" + ENUMERATOR.pattern().substring(1) + ")");

	private enum Kind {
		BLANK, TAB, TEXT
	}

	private final PerfImportReport report;
	private final List<PerfRow> rows = new ArrayList<>();

	private PerfTextCells(PerfImportReport report) {
		this.report = report;
	}

	static List<PerfRow> read(String text, PerfImportReport report) {
		PerfTextCells reader = new PerfTextCells(report);
		String[] lines = text.split("\r\n|\r|\n", -1);
		if (isCellPerLine(lines)) {
			reader.cellPerLine(lines);
		} else {
			reader.rowPerLine(lines);
		}
		return reader.rows;
	}

	/** Most tabbed lines hold a single cell that starts with the tab: the Word/WPS cell-per-line export. */
	private static boolean isCellPerLine(String[] lines) {
		int single = 0;
		int multi = 0;
		for (String line : lines) {
			int tabs = count(line, '\t');
			if (tabs == 0) {
				continue;
			}
			int first = line.indexOf('\t');
			if (tabs == 1 && line.substring(0, first).isBlank()) {
				single++;
			} else {
				multi++;
			}
		}
		return single > 0 && single >= 2 * multi;
	}

	private static int count(String line, char c) {
		int n = 0;
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) == c) {
				n++;
			}
		}
		return n;
	}

	private static Kind kind(String line) {
		if (line.indexOf('\t') >= 0) {
			return Kind.TAB;
		}
		return isBlank(line) ? Kind.BLANK : Kind.TEXT;
	}

	private static boolean isBlank(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
				return false;
			}
		}
		return true;
	}

	// ------------------------------------------------------------------ row per line

	private void rowPerLine(String[] lines) {
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (isBlank(line)) {
				continue;
			}
			List<PerfCell> cells = new ArrayList<>();
			int start = 0;
			int lineNo = i + 1;
			while (true) {
				int tab = line.indexOf('\t', start);
				String segment = tab < 0 ? line.substring(start) : line.substring(start, tab);
				String trimmed = segment.stripLeading();
				if (trimmed.startsWith("\"") && closingQuote(lines, i, line, start + segment.indexOf('"')) != null) {
					// an Excel-quoted cell, possibly over several lines: "a⏎b" with "" for a quote
					int[] end = closingQuote(lines, i, line, start + segment.indexOf('"'));
					StringBuilder quoted = new StringBuilder();
					int from = start + segment.indexOf('"') + 1;
					for (int k = i; k <= end[0]; k++) {
						String part = lines[k].substring(k == i ? from : 0, k == end[0] ? end[1] : lines[k].length());
						if (k > i) {
							quoted.append('\n');
						}
						quoted.append(part);
					}
					cells.add(cell(quoted.toString().replace("\"\"", "\""), lineNo, start + 1, start == 0));
					i = end[0];
					line = lines[i];
					int next = end[1] + 1;
					if (next >= line.length() || line.charAt(next) != '\t') {
						break;
					}
					start = next + 1;
					continue;
				}
				cells.add(cell(segment, lineNo, start + 1, start == 0));
				if (tab < 0) {
					break;
				}
				start = tab + 1;
			}
			add(cells);
		}
	}

	/** Line index and position of the quote closing an Excel-quoted cell, or null if it is a literal quote. */
	private static int[] closingQuote(String[] lines, int lineIndex, String line, int open) {
		int from = open + 1;
		for (int k = lineIndex; k < lines.length && k < lineIndex + 200; k++) {
			String text = k == lineIndex ? line : lines[k];
			int p = k == lineIndex ? from : 0;
			while (p < text.length()) {
				if (text.charAt(p) == '"') {
					if (p + 1 < text.length() && text.charAt(p + 1) == '"') {
						p += 2;
						continue;
					}
					if (p + 1 == text.length() || text.charAt(p + 1) == '\t') {
						return new int[] { k, p };
					}
					return null;
				}
				p++;
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ cell per line

	private List<PerfCell> current;
	private boolean currentTabbed;
	private StringBuilder cellText;
	private int cellLine;
	private int cellColumn;

	private void cellPerLine(String[] lines) {
		Kind[] kinds = new Kind[lines.length];
		for (int i = 0; i < lines.length; i++) {
			kinds[i] = kind(lines[i]);
		}
		int i = 0;
		while (i < lines.length) {
			switch (kinds[i]) {
			case BLANK -> {
				closeRow();
				i++;
			}
			case TAB -> {
				String line = lines[i];
				int start = 0;
				int tab = line.indexOf('\t');
				String lead = line.substring(0, tab);
				if (!isBlank(lead)) {
					startCell(lead, i + 1, 1, true);
				}
				start = tab + 1;
				while (true) {
					int next = line.indexOf('\t', start);
					startCell(next < 0 ? line.substring(start) : line.substring(start, next), i + 1, start + 1, false);
					if (next < 0) {
						break;
					}
					start = next + 1;
				}
				currentTabbed = true;
				i++;
			}
			case TEXT -> {
				int end = i;
				while (end < lines.length && kinds[end] == Kind.TEXT) {
					end++;
				}
				if (current != null && currentTabbed) {
					// lines without a tab continue the cell above; a line pushed far right by padding
					// (a right-aligned 单位：万元) is a cell of its own
					for (int k = i; k < end; k++) {
						if (padded(lines[k])) {
							startCell(lines[k], k + 1, 1, true);
						} else {
							continueCell(lines[k], k + 1);
						}
					}
				} else if (end < lines.length && kinds[end] == Kind.TAB) {
					// a cell broken over lines that starts the tabbed row below it
					closeRow();
					startCell(lines[i], i + 1, 1, true);
					for (int k = i + 1; k < end; k++) {
						continueCell(lines[k], k + 1);
					}
				} else {
					// free text between tables: one row per line
					for (int k = i; k < end; k++) {
						closeRow();
						startCell(lines[k], k + 1, 1, true);
						closeRow();
					}
				}
				i = end;
			}
			}
		}
		closeRow();
	}

	/** Eight or more leading spaces: text the export pushed to the right, not the rest of a cell. */
	private static boolean padded(String line) {
		int spaces = 0;
		while (spaces < line.length() && (line.charAt(spaces) == ' ' || line.charAt(spaces) == '\u3000')) {
			spaces++;
		}
		return spaces >= 8;
	}

	private void startCell(String text, int line, int column, boolean lineStart) {
		finishCell();
		if (current == null) {
			current = new ArrayList<>();
			currentTabbed = false;
		}
		cellText = new StringBuilder(clean(text, line, column, lineStart));
		cellLine = line;
		cellColumn = column;
	}

	private void continueCell(String text, int line) {
		String more = clean(text, line, 1, true);
		if (more.isEmpty()) {
			return;
		}
		if (cellText.length() > 0 && ENUMERATOR.matcher(more).find()) {
			cellText.append('\n');
		}
		cellText.append(more);
	}

	private void finishCell() {
		if (cellText != null) {
			current.add(new PerfCell(cellText.toString(), cellLine, cellColumn, null));
			cellText = null;
		}
	}

	private void closeRow() {
		finishCell();
		if (current != null) {
			add(current);
			current = null;
		}
		currentTabbed = false;
	}

	private void add(List<PerfCell> cells) {
		if (!cells.isEmpty()) {
			PerfRow row = new PerfRow(cells);
			if (!row.isEmpty()) {
				rows.add(row);
			}
		}
	}

	// ------------------------------------------------------------------ noise

	private PerfCell cell(String text, int line, int column, boolean lineStart) {
		return new PerfCell(clean(text, line, column, lineStart), line, column, null);
	}

	/** The cell text without export noise, trimmed; the noise is reported. */
	private String clean(String text, int line, int column, boolean lineStart) {
		String s = text;
		if (lineStart) {
			Matcher heading = HEADING.matcher(s);
			if (heading.find()) {
				report.noise("页眉标记“#”", new PerfCell(s, line, column, null));
				s = s.substring(heading.end());
			}
		}
		if (s.indexOf('[') >= 0) {
			Matcher bookmark = BOOKMARK.matcher(s);
			if (bookmark.find()) {
				report.noise("书签标记“[bookmark: …]”", new PerfCell(s, line, column, null));
				s = bookmark.replaceAll("");
			}
		}
		if (s.indexOf('<') >= 0) {
			Matcher tag = TAG.matcher(s);
			if (tag.find()) {
				report.noise("HTML 标记（<p>、<b> 等）", new PerfCell(s, line, column, null));
				s = tag.replaceAll("");
			}
		}
		if (s.indexOf("        ") >= 0) {
			s = PADDED_ITEM.matcher(s).replaceAll("\n");
		}
		return strip(s);
	}

	/** Trims ASCII, full-width and no-break spaces. */
	static String strip(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && isSpace(s.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
	}
}
