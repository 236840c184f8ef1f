// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.forms.generator.PerfStyles.Kind;

/**
 * Writes one sheet top to bottom, row by row (streaming: rows already written are never read
 * again, so memory stays bounded). Each row fills every column of the grid so that borders are
 * drawn on merged areas too; row heights follow the longest wrapped text.
 * <p>
 * The writer also lays the sheet out on A4 pages as it goes: it knows each row's height, the
 * print scale and the rows repeated at the top of every page, and puts a manual page break
 * before a row that would not fit. Indicator grids ask it how much room is left so that they
 * can keep their header with their first rows and repeat it on the next page.
 */
public final class PerfSheetWriter {

	/**
	 * Width of a character in Excel's column unit (7 px of the default 11 pt font): a CJK
	 * character of 11 pt is 14.7 px, a Latin one about 8 px in 宋体/仿宋 and their fallbacks.
	 */
	private static final double CJK_WIDTH = 2.1;
	private static final double OTHER_WIDTH = 1.2;
	private static final double NARROW_WIDTH = 0.6;
	/** Room a cell keeps free left and right of its text, in characters (about 5 px). */
	private static final double CELL_PADDING = 0.8;
	/** One line of 11 pt text: 宋体 needs 14.3 pt, the Noto CJK fallback 16 pt. */
	private static final double LINE_POINTS = 16;
	/** Space above and below the text inside a bordered cell. */
	private static final double PADDING_POINTS = 2;
	private static final double MIN_HEIGHT = 18;

	/** A4 in points, margins in inches. */
	private static final double A4_SHORT = 595.3;
	private static final double A4_LONG = 841.9;
	private static final double MARGIN_SIDE = 0.5;
	private static final double MARGIN_TOP_BOTTOM = 0.6;
	/** Points per character of column width: 7 px at 96 dpi, as Excel lays out Calibri 11. */
	private static final double POINTS_PER_WIDTH = 5.25;
	/** Page room kept free for rounding in other programs' layout. */
	private static final double SLACK = 1.0;

	private final Sheet sheet;
	private final PerfStyles styles;
	private final int[] widths;
	private int next;

	/** Usable page height in sheet points (the printable height divided by the print scale). */
	private final double pageHeight;
	/** Heights of the rows written so far, to know how tall the repeated title rows are. */
	private float[] heights = new float[64];
	private double repeatedHeight;
	private double used;
	private boolean pageHasRows;
	/** Rows held back by {@link #beginGroup()}, or null. */
	private List<Line> group;
	private final List<CellRangeAddress> groupMerges = new ArrayList<>();
	/** Per column, the rows covered by a merged range so far: a merge over any of them would overlap. */
	private final List<BitSet> mergedCells = new ArrayList<>();

	PerfSheetWriter(Sheet sheet, PerfStyles styles, List<Integer> widths, boolean landscape) {
		this.sheet = sheet;
		this.styles = styles;
		this.widths = widths.stream().mapToInt(Integer::intValue).toArray();
		for (int c = 0; c < this.widths.length; c++) {
			sheet.setColumnWidth(c, this.widths[c] * 256);
		}
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(landscape);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(PageMargin.LEFT, MARGIN_SIDE);
		sheet.setMargin(PageMargin.RIGHT, MARGIN_SIDE);
		sheet.setMargin(PageMargin.TOP, MARGIN_TOP_BOTTOM);
		sheet.setMargin(PageMargin.BOTTOM, MARGIN_TOP_BOTTOM);
		sheet.setDisplayGridlines(false);
		this.pageHeight = pageHeight(this.widths, landscape);
	}

	/**
	 * The printable height in sheet points: fitting the width to the page scales the sheet down
	 * (whole percents, never up), so a page holds more of a wide sheet. Excel's column widths
	 * are the narrowest any program lays out (LibreOffice without Calibri's metrics makes them
	 * wider and scales further down), so breaks computed here come no later than theirs.
	 */
	static double pageHeight(int[] widths, boolean landscape) {
		double paperWidth = landscape ? A4_LONG : A4_SHORT;
		double paperHeight = landscape ? A4_SHORT : A4_LONG;
		double printableWidth = paperWidth - 2 * MARGIN_SIDE * 72;
		double printableHeight = paperHeight - 2 * MARGIN_TOP_BOTTOM * 72;
		double sheetWidth = Arrays.stream(widths).sum() * POINTS_PER_WIDTH;
		double scale = Math.min(1, Math.floor(100 * printableWidth / sheetWidth) / 100);
		return printableHeight / scale * SLACK;
	}

	int columns() {
		return widths.length;
	}

	/** The index the next row will get. */
	int nextRow() {
		return next + (group == null ? 0 : group.size());
	}

	/**
	 * Rows finished from now until {@link #endGroup()} are printed on one page when they fit on
	 * one: a block's label rows are never left alone at the bottom of a page.
	 */
	void beginGroup() {
		group = new ArrayList<>();
	}

	void endGroup() {
		List<Line> lines = group;
		group = null;
		// a cell merged down over rows of the group: the last of them grows until its text fits
		for (CellRangeAddress range : groupMerges) {
			int top = range.getFirstRow() - next;
			int bottom = range.getLastRow() - next;
			if (top >= 0 && bottom < lines.size() && bottom > top) {
				double have = 0;
				for (int r = top; r <= bottom; r++) {
					have += lines.get(r).height();
				}
				double need = lines.get(top).spanNeeds[range.getFirstColumn()];
				if (need > have) {
					lines.get(bottom).minHeight(lines.get(bottom).height() + need - have);
				}
			}
		}
		groupMerges.clear();
		double total = lines.stream().mapToDouble(Line::height).sum();
		if (pageHasRows && used + total > pageHeight && total <= freshPage()) {
			newPage();
		}
		for (Line line : lines) {
			line.done();
		}
	}

	/** Repeats rows {@code first..last} at the top of every printed page. */
	void repeatRows(int first, int last) {
		if (last >= first) {
			sheet.setRepeatingRows(new CellRangeAddress(first, last, -1, -1));
			repeatedHeight = 0;
			for (int r = first; r <= last; r++) {
				repeatedHeight += heights[r];
			}
		}
	}

	/** Room left on the current page, in points. */
	double remaining() {
		return pageHeight - used;
	}

	/** Room on a page of its own, below the repeated title rows. */
	double freshPage() {
		return pageHeight - repeatedHeight;
	}

	/** True when nothing but the repeated title rows is on the current page yet. */
	boolean atPageTop() {
		return !pageHasRows;
	}

	/** Ends the current page: the next row starts a new one. */
	void newPage() {
		if (pageHasRows) {
			sheet.setRowBreak(next - 1);
			used = repeatedHeight;
			pageHasRows = false;
		}
	}

	Line line(boolean bordered) {
		return new Line(bordered);
	}

	/** Merges a rectangle written earlier; rows of a sheet are always written before they are merged. */
	void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
		if (firstRow == lastRow && firstCol == lastCol) {
			return;
		}
		CellRangeAddress range = new CellRangeAddress(firstRow, lastRow, firstCol, lastCol);
		for (int c = firstCol; c <= lastCol; c++) {
			int taken = mergedRows(c).nextSetBit(firstRow);
			if (taken >= 0 && taken <= lastRow) {
				throw overlap(range, taken, c);
			}
		}
		for (int c = firstCol; c <= lastCol; c++) {
			mergedRows(c).set(firstRow, lastRow + 1);
		}
		if (group != null) {
			groupMerges.add(range);
		}
		// checked above, in time and memory that stay small for long sheets (POI's check compares every pair)
		sheet.addMergedRegionUnsafe(range);
	}

	/** The rows of a column already in a merged range. */
	private BitSet mergedRows(int col) {
		while (mergedCells.size() <= col) {
			mergedCells.add(new BitSet());
		}
		return mergedCells.get(col);
	}

	/**
	 * Overlapping merged ranges make Excel and WPS “repair” the workbook: a layout or block that
	 * would produce them is a bug, and fails here rather than in the user's spreadsheet program.
	 */
	private IllegalStateException overlap(CellRangeAddress range, int row, int col) {
		String other = sheet.getMergedRegions().stream().filter(r -> r.isInRange(row, col))
				.map(CellRangeAddress::formatAsString).findFirst().orElse("?");
		return new IllegalStateException("合并区域重叠 (overlapping merged ranges) " + range.formatAsString() + " / " + other
				+ "，工作表 " + sheet.getSheetName());
	}

	/** The height a text needs in these columns, in the font of {@code kind}. */
	double heightOf(String text, int col, int span, Kind kind) {
		if (text == null || text.isEmpty() || col >= widths.length) {
			return MIN_HEIGHT;
		}
		return textHeight(lineCount(text, width(col, span), PerfStyles.points(kind) / 11.0), kind);
	}

	private int width(int col, int span) {
		int last = Math.min(widths.length - 1, col + Math.max(1, span) - 1);
		int width = 0;
		for (int c = col; c <= last; c++) {
			width += widths[c];
		}
		return width;
	}

	/** The height in points of a row of 11-point text this many wrapped lines tall (the review workbook's rows). */
	public static float rowHeight(double lines) {
		return (float) textHeight(lines, Kind.TEXT);
	}

	private static double textHeight(double lines, Kind kind) {
		return Math.max(MIN_HEIGHT, Math.ceil(lines * LINE_POINTS * PerfStyles.points(kind) / 11.0 + PADDING_POINTS));
	}

	/**
	 * One row under construction. Nothing reaches the sheet before {@link #done()}, so a row can
	 * be measured first and written after a page break.
	 */
	final class Line {
		private final boolean bordered;
		private final Object[] values;
		private final Kind[] kinds;
		private final int[] spans;
		private double points = MIN_HEIGHT;
		private boolean breakable = true;
		/** Heights the texts of cells merged down from this row need, by column. */
		private final double[] spanNeeds;

		private Line(boolean bordered) {
			this.bordered = bordered;
			this.values = new Object[widths.length];
			this.kinds = new Kind[widths.length];
			this.spans = new int[widths.length];
			this.spanNeeds = new double[widths.length];
		}

		/** Puts a value into column {@code col} spanning {@code span} columns (merged). */
		Line put(int col, int span, Object value, Kind kind) {
			return put(col, span, value, kind, true);
		}

		private Line put(int col, int span, Object value, Kind kind, boolean merged) {
			if (col >= widths.length) {
				return this;
			}
			int last = Math.min(widths.length - 1, col + Math.max(1, span) - 1);
			values[col] = value;
			spans[col] = merged ? last - col + 1 : 1;
			for (int c = col; c <= last; c++) {
				kinds[c] = kind;
			}
			if (!(value instanceof Number) && value != null && !value.toString().isEmpty()) {
				points = Math.max(points, heightOf(value.toString(), col, span, kind));
			}
			return this;
		}

		Line put(int col, Object value, Kind kind) {
			return put(col, 1, value, kind);
		}

		/**
		 * Puts the top cell of a region merged down over several rows: its text spreads over
		 * those rows, so it does not set this row's height, and the caller merges the whole
		 * rectangle (a merge of this row alone would overlap it).
		 */
		Line putSpanning(int col, int span, Object value, Kind kind) {
			double keep = points;
			put(col, span, value, kind, span == 1);
			if (col < widths.length && value != null && !(value instanceof Number) && !value.toString().isEmpty()) {
				spanNeeds[col] = heightOf(value.toString(), col, span, kind);
			}
			points = keep;
			return this;
		}

		/** Reserves at least this many text lines of height. */
		Line minLines(double count) {
			points = Math.max(points, textHeight(count, Kind.TEXT));
			return this;
		}

		/** Makes the row at least this tall, in points. */
		Line minHeight(double height) {
			points = Math.max(points, height);
			return this;
		}

		/** The row is placed by its caller's own page plan: no automatic break before it. */
		Line unbreakable() {
			breakable = false;
			return this;
		}

		/** The height the row will get, in points. */
		double height() {
			return points;
		}

		/**
		 * Writes the row: empty columns get the border style, the height fits the text. A row
		 * that does not fit on the current page starts the next one.
		 */
		int done() {
			if (group != null) {
				group.add(this);
				return next + group.size() - 1;
			}
			if (breakable && pageHasRows && used + points > pageHeight) {
				newPage();
			}
			Row row = sheet.createRow(next++);
			for (int c = 0; c < widths.length; c++) {
				Kind kind = kinds[c] != null ? kinds[c] : bordered ? Kind.LABEL : null;
				if (kind == null) {
					continue;
				}
				Cell cell = row.createCell(c);
				cell.setCellStyle(styles.get(kind));
				Object value = values[c];
				if (value instanceof BigDecimal number) {
					cell.setCellValue(number.doubleValue());
				} else if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				} else if (value != null && !value.toString().isEmpty()) {
					cell.setCellValue(value.toString());
				}
				if (spans[c] > 1) {
					merge(row.getRowNum(), row.getRowNum(), c, c + spans[c] - 1);
				}
			}
			row.setHeightInPoints((float) points);
			if (row.getRowNum() >= heights.length) {
				heights = Arrays.copyOf(heights, heights.length * 2);
			}
			heights[row.getRowNum()] = (float) points;
			used += points;
			pageHasRows = true;
			return row.getRowNum();
		}
	}

	/**
	 * How many wrapped lines a text needs in a cell this many characters wide, at this font size
	 * relative to 11 pt: the lines are filled as a spreadsheet fills them, CJK characters one by
	 * one, Latin words whole, and closing punctuation never starts a line (the character before
	 * it moves down with it) nor opening punctuation ends one.
	 */
	public static double lineCount(String text, int widthChars, double fontScale) {
		double usable = Math.max(2, widthChars - CELL_PADDING) / fontScale;
		int total = 0;
		for (String paragraph : text.split("\n", -1)) {
			int lines = 1;
			double line = 0;
			double last = 0;
			int i = 0;
			while (i < paragraph.length()) {
				int end = i + 1;
				double width = charWidth(paragraph.charAt(i));
				if (isWordChar(paragraph.charAt(i))) {
					while (end < paragraph.length() && isWordChar(paragraph.charAt(end))) {
						width += charWidth(paragraph.charAt(end++));
					}
				}
				if (line > 0 && line + width > usable) {
					lines++;
					if (width <= usable && CLOSING.indexOf(paragraph.charAt(i)) >= 0 && line > last) {
						line = last + width; // the previous character comes along
					} else {
						line = width;
					}
					while (line > usable) { // a word longer than the cell is broken
						lines++;
						line -= usable;
					}
				} else {
					line += width;
				}
				last = width;
				if (OPENING.indexOf(paragraph.charAt(i)) >= 0 && line + CJK_WIDTH > usable && end < paragraph.length()) {
					lines++; // an opening bracket goes down to what it opens
					line = width;
				}
				i = end;
			}
			total += lines;
		}
		return total;
	}

	private static final String CLOSING = "，。、；：？！）》」』】〕”’%,.;:?!)]";
	private static final String OPENING = "（《「『【〔“‘";

	private static boolean isWordChar(char c) {
		return c < 0x2E80 && !Character.isWhitespace(c) && ",.;:?!()[]".indexOf(c) < 0;
	}

	private static double charWidth(char c) {
		if (c >= 0x2E80) {
			return CJK_WIDTH;
		}
		return c == ' ' || c == '.' || c == ',' || c == ':' || c == ';' || c == '\'' ? NARROW_WIDTH : OTHER_WIDTH;
	}
}
