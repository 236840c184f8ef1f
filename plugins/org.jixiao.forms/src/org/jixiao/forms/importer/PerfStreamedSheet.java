// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One .xlsx sheet read from its XML in a single pass (SAX), keeping only each cell's text: what
 * POI's whole-workbook model (XSSFWorkbook) would give through {@link PerfWorkbookCells} for the
 * same cell, without its objects per cell. Shared strings, inline and rich text, cached formula
 * values, booleans, numbers as stored, dates as displayed by their format; merged regions, manual
 * page breaks, hidden rows and columns. The rows are counted against {@link PerfWorkbookCells#MAX_ROWS}
 * as they are read.
 */
final class PerfStreamedSheet extends DefaultHandler implements PerfWorkbookCells.SheetCells {

	private static final String[] NO_CELLS = {};

	/** What the sheets of one workbook share: strings, styles, the date system, the rows counted so far. */
	static final class Workbook {
		private final ReadOnlySharedStringsTable strings;
		private final StylesTable styles;
		private final boolean date1904;
		private final DataFormatter formatter = new DataFormatter();
		private String[] decoded = NO_CELLS;
		private Style[] byIndex = new Style[0];
		private int rows;

		Workbook(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904) {
			this.strings = strings;
			this.styles = styles;
			this.date1904 = date1904;
		}

		/** A shared string as POI's model gives it (escapes such as _x000D_ decoded); "" for a bad index. */
		String string(String index) {
			int i;
			try {
				i = Integer.parseInt(index.strip());
			} catch (NumberFormatException e) {
				return "";
			}
			if (i < 0) {
				return "";
			}
			if (i < decoded.length && decoded[i] != null) {
				return decoded[i];
			}
			String text;
			try {
				text = strings.getItemAt(i).getString();
			} catch (RuntimeException e) {
				return "";
			}
			if (i >= decoded.length) {
				decoded = Arrays.copyOf(decoded, Math.max(i + 1, decoded.length * 2));
			}
			decoded[i] = text;
			return text;
		}

		/** The number format of a style index (-1: the workbook's default style). */
		Style style(int index) {
			int i = Math.max(index, 0);
			if (i < byIndex.length && byIndex[i] != null) {
				return byIndex[i];
			}
			Style style = Style.NONE;
			if (styles != null && styles.getNumCellStyles() > 0 && i < styles.getNumCellStyles()) {
				XSSFCellStyle cellStyle = styles.getStyleAt(i);
				if (cellStyle != null) {
					style = new Style(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
				}
			}
			if (i >= byIndex.length) {
				byIndex = Arrays.copyOf(byIndex, Math.max(i + 1, byIndex.length * 2));
			}
			byIndex[i] = style;
			return style;
		}
	}

	/** A style's number format. */
	record Style(int format, String pattern) {
		static final Style NONE = new Style(0, "");
	}

	private final String name;
	private final Workbook workbook;
	private String[][] rows = new String[64][];
	private int lastRow = -1;
	private int columns;
	private final List<CellRangeAddress> merged = new ArrayList<>();
	private final BitSet breaks = new BitSet();
	private final BitSet hiddenRows = new BitSet();
	private final BitSet hiddenColumns = new BitSet();
	/** Column default styles: {first, last, style} 0-based, from {@code <col>}. */
	private final List<int[]> columnStyles = new ArrayList<>();

	// the row and cell being read
	private int row = -1;
	private String[] cells;
	private int cellCount;
	private boolean rowFilled;
	private int column;
	private String type;
	private int style;
	private boolean formula;
	private boolean hasValue;
	private boolean inValue;
	private boolean inInline;
	private boolean hasInline;
	private boolean inRun;
	private boolean inPhonetic;
	private boolean inText;
	private boolean inRowBreaks;
	private int runs;
	private final StringBuilder value = new StringBuilder();
	private final StringBuilder inline = new StringBuilder();
	private final StringBuilder runText = new StringBuilder();

	PerfStreamedSheet(String name, Workbook workbook) {
		this.name = name;
		this.workbook = workbook;
	}

	// ------------------------------------------------------------------ SAX

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		switch (localName) {
		case "row" -> {
			String r = attributes.getValue("r");
			row = r == null ? row + 1 : Integer.parseInt(r.strip()) - 1;
			cells = NO_CELLS;
			cellCount = 0;
			rowFilled = false;
			column = -1;
			if (flag(attributes.getValue("hidden"))) {
				hiddenRows.set(row);
			}
		}
		case "c" -> {
			String ref = attributes.getValue("r");
			column = ref == null ? column + 1 : column(ref);
			type = attributes.getValue("t");
			String s = attributes.getValue("s");
			style = s == null ? columnStyle(column) : Integer.parseInt(s.strip());
			formula = false;
			hasValue = false;
			hasInline = false;
			runs = 0;
			value.setLength(0);
			inline.setLength(0);
			runText.setLength(0);
		}
		case "f" -> formula = !"dataTable".equals(attributes.getValue("t"));
		case "v" -> {
			inValue = true;
			hasValue = true;
		}
		case "is" -> {
			inInline = true;
			hasInline = true;
		}
		case "r" -> {
			if (inInline) {
				inRun = true;
				runs++;
			}
		}
		case "rPh" -> inPhonetic = true;
		case "t" -> inText = inInline && !inPhonetic;
		case "col" -> {
			int min = Integer.parseInt(attributes.getValue("min").strip()) - 1;
			int max = Integer.parseInt(attributes.getValue("max").strip()) - 1;
			if (flag(attributes.getValue("hidden"))) {
				hiddenColumns.set(min, max + 1);
			}
			String s = attributes.getValue("style");
			if (s != null) {
				columnStyles.add(new int[] { min, max, Integer.parseInt(s.strip()) });
			}
		}
		case "mergeCell" -> merged.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
		case "rowBreaks" -> inRowBreaks = true;
		case "brk" -> {
			String id = attributes.getValue("id");
			if (inRowBreaks && id != null) {
				// the id is the 1-based row after which the page breaks
				breaks.set(Integer.parseInt(id.strip()) - 1);
			}
		}
		default -> {
			// other elements carry nothing the import reads
		}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (inValue) {
			value.append(ch, start, length);
		} else if (inText) {
			(inRun ? runText : inline).append(ch, start, length);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		switch (localName) {
		case "v" -> inValue = false;
		case "t" -> inText = false;
		case "r" -> inRun = false;
		case "rPh" -> inPhonetic = false;
		case "is" -> inInline = false;
		case "c" -> endCell();
		case "row" -> endRow();
		case "rowBreaks" -> inRowBreaks = false;
		default -> {
			// nothing to close
		}
		}
	}

	private void endCell() {
		if (column < 0) {
			return;
		}
		// as POI's last cell number: blank cells count too
		cellCount = Math.max(cellCount, column + 1);
		String text = text();
		if (text.isEmpty()) {
			return;
		}
		if (column >= cells.length) {
			cells = Arrays.copyOf(cells, Math.max(column + 1, Math.min(cells.length * 2 + 4, 16384)));
		}
		cells[column] = text;
		rowFilled |= !text.isBlank();
	}

	private void endRow() throws SAXException {
		if (row < 0) {
			return;
		}
		columns = Math.max(columns, cellCount);
		if (cells.length > 0) {
			if (rowFilled && ++workbook.rows > PerfWorkbookCells.MAX_ROWS) {
				throw new SAXException(new PerfWorkbookCells.TooLarge(name, row + 1));
			}
			if (row >= rows.length) {
				rows = Arrays.copyOf(rows, Math.max(row + 1, rows.length * 2));
			}
			rows[row] = cells.length == cellCount ? cells : Arrays.copyOf(cells, cellCount);
		}
		lastRow = Math.max(lastRow, row);
	}

	/** The cell's text, as {@code PerfWorkbookCells.text(Cell, …)} reads the same cell from POI's model. */
	private String text() {
		String t = type == null ? "n" : type;
		switch (t) {
		case "s":
			return hasValue ? clean(workbook.string(value.toString())) : "";
		case "inlineStr":
			if (hasInline) {
				return clean(decode(runs > 0 ? runText.toString() : inline.toString()));
			}
			return hasValue ? clean(decode(value.toString())) : "";
		case "str":
			return clean(decode(hasValue ? value.toString() : ""));
		case "b":
			return PerfWorkbookCells.bool(hasValue && "1".equals(value.toString()));
		case "e":
			return "";
		case "d":
			// an ISO date, which POI's model does not read: kept as written
			return clean(value.toString());
		default:
			return number();
		}
	}

	private String number() {
		if (!hasValue && !formula) {
			return "";
		}
		String raw = value.toString().strip();
		double number;
		try {
			number = raw.isEmpty() ? 0.0 : Double.parseDouble(raw);
		} catch (NumberFormatException e) {
			return clean(raw);
		}
		Style format = workbook.style(style);
		if (DateUtil.isValidExcelDate(number) && DateUtil.isADateFormat(format.format(), format.pattern())) {
			return workbook.formatter.formatRawCellContents(number, format.format(), format.pattern(), workbook.date1904);
		}
		return PerfWorkbookCells.number(number, format.pattern());
	}

	private static String clean(String text) {
		return PerfTextCells.strip(text.replace("\r\n", "\n"));
	}

	/** POI's escapes of characters XML cannot hold ({@code _x000D_}), decoded as its model does. */
	private static String decode(String text) {
		return text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
	}

	/** The 0-based column of a cell reference (C12 is 2). */
	private static int column(String ref) {
		int column = 0;
		for (int i = 0; i < ref.length(); i++) {
			char c = ref.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + c - 'A' + 1;
			} else if (c >= 'a' && c <= 'z') {
				column = column * 26 + c - 'a' + 1;
			} else if (c != '$') {
				break;
			}
		}
		return column - 1;
	}

	private int columnStyle(int column) {
		for (int[] range : columnStyles) {
			if (column >= range[0] && column <= range[1]) {
				return range[2];
			}
		}
		return -1;
	}

	private static boolean flag(String value) {
		return "1".equals(value) || "true".equals(value);
	}

	// ------------------------------------------------------------------ the cells read

	@Override
	public String name() {
		return name;
	}

	@Override
	public List<CellRangeAddress> mergedRegions() {
		return merged;
	}

	@Override
	public int columns() {
		return columns;
	}

	@Override
	public int lastRow() {
		return lastRow;
	}

	@Override
	public String text(int row, int column) {
		if (row >= rows.length || rows[row] == null || column >= rows[row].length) {
			return "";
		}
		String text = rows[row][column];
		return text == null ? "" : text;
	}

	@Override
	public boolean rowBroken(int row) {
		return breaks.get(row);
	}

	@Override
	public boolean rowHidden(int row) {
		return hiddenRows.get(row);
	}

	@Override
	public boolean columnHidden(int column) {
		return hiddenColumns.get(column);
	}
}
