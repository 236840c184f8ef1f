package org.jixiao.forms.generator;

import java.math.BigDecimal;
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
 */
final class PerfSheetWriter {

	private static final double CJK_WIDTH = 1.9;
	private static final double OTHER_WIDTH = 1.15;
	private static final float LINE_POINTS = 14.5f;

	private final Sheet sheet;
	private final PerfStyles styles;
	private final int[] widths;
	private int next;

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
		sheet.setMargin(PageMargin.LEFT, 0.5);
		sheet.setMargin(PageMargin.RIGHT, 0.5);
		sheet.setMargin(PageMargin.TOP, 0.6);
		sheet.setMargin(PageMargin.BOTTOM, 0.6);
		sheet.setDisplayGridlines(false);
	}

	int columns() {
		return widths.length;
	}

	/** The index the next row will get. */
	int nextRow() {
		return next;
	}

	/** Repeats rows {@code first..last} at the top of every printed page. */
	void repeatRows(int first, int last) {
		if (last >= first) {
			sheet.setRepeatingRows(new CellRangeAddress(first, last, -1, -1));
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
		sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
	}

	/** One row under construction. */
	final class Line {
		private final Row row;
		private final boolean bordered;
		private final Cell[] cells;
		private double lines = 1;

		private Line(boolean bordered) {
			this.row = sheet.createRow(next++);
			this.bordered = bordered;
			this.cells = new Cell[widths.length];
		}

		int index() {
			return row.getRowNum();
		}

		/** Puts a value into column {@code col} spanning {@code span} columns (merged). */
		Line put(int col, int span, Object value, Kind kind) {
			if (col >= widths.length) {
				return this;
			}
			int last = Math.min(widths.length - 1, col + Math.max(1, span) - 1);
			Cell cell = cell(col);
			cell.setCellStyle(styles.get(kind));
			if (value instanceof BigDecimal number) {
				cell.setCellValue(number.doubleValue());
			} else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			} else if (value != null) {
				String text = value.toString();
				if (!text.isEmpty()) {
					cell.setCellValue(text);
					int width = 0;
					for (int c = col; c <= last; c++) {
						width += widths[c];
					}
					lines = Math.max(lines, lineCount(text, width));
				}
			}
			for (int c = col + 1; c <= last; c++) {
				cell(c).setCellStyle(styles.get(kind));
			}
			if (last > col) {
				merge(row.getRowNum(), row.getRowNum(), col, last);
			}
			return this;
		}

		Line put(int col, Object value, Kind kind) {
			return put(col, 1, value, kind);
		}

		/**
		 * Puts the top cell of a region merged down over several rows: its text spreads over
		 * those rows, so it does not set this row's height.
		 */
		Line putSpanning(int col, int span, Object value, Kind kind) {
			double keep = lines;
			put(col, span, value, kind);
			lines = keep;
			return this;
		}

		/** Reserves at least this many text lines of height. */
		Line minLines(double count) {
			lines = Math.max(lines, count);
			return this;
		}

		/** Finishes the row: empty columns get the border style, the height fits the text. */
		void done() {
			if (bordered) {
				for (int c = 0; c < cells.length; c++) {
					if (cells[c] == null) {
						cell(c).setCellStyle(styles.get(Kind.LABEL));
					}
				}
			}
			row.setHeightInPoints((float) Math.max(20, Math.ceil(lines) * LINE_POINTS + 6));
		}

		private Cell cell(int col) {
			if (cells[col] == null) {
				cells[col] = row.createCell(col);
			}
			return cells[col];
		}
	}

	/** How many wrapped lines a text needs in a cell this many characters wide. */
	static double lineCount(String text, int widthChars) {
		double usable = Math.max(2, widthChars - 1.5);
		double total = 0;
		for (String paragraph : text.split("\n", -1)) {
			double width = 0;
			for (int i = 0; i < paragraph.length(); i++) {
				width += paragraph.charAt(i) > 0x2E80 ? CJK_WIDTH : OTHER_WIDTH;
			}
			total += Math.max(1, Math.ceil(width / usable));
		}
		return total;
	}
}
