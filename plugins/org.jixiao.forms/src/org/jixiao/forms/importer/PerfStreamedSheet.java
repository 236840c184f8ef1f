// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
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
 * page breaks, hidden rows and columns. The rows are counted against {@link PerfImportLimits#MAX_ROWS}
 * as they are read; a row or cell beyond Excel's bounds, a text longer than a cell holds or an
 * attribute that should be a number and is not is damage ({@link PerfWorkbookDamage}), answered
 * before it can take memory or time.
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
	/** The rows that hold cells, by 0-based index: a map, so that a stray cell at row 1,048,576 costs one entry. */
	private final Map<Integer, String[]> rows = new HashMap<>();
	private final BitSet held = new BitSet();
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
			row = r == null ? row + 1 : number(r, "行号 row number") - 1;
			if (row < 0 || row >= PerfImportLimits.EXCEL_ROWS) {
				throw damage("第 " + (row + 1) + " 行超出 Excel 的范围（最多 " + PerfImportLimits.count(PerfImportLimits.EXCEL_ROWS) + " 行）",
						"a row beyond Excel's range", Math.max(row, 0), 0);
			}
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
			if (column < 0 || column >= PerfImportLimits.EXCEL_COLUMNS) {
				throw damage("单元格引用“" + (ref == null ? "" : PerfTextCells.strip(ref)) + "”超出 Excel 的范围（最多 "
						+ PerfImportLimits.count(PerfImportLimits.EXCEL_COLUMNS) + " 列，到 XFD 列）", "a cell beyond Excel's range", row, 0);
			}
			type = attributes.getValue("t");
			String s = attributes.getValue("s");
			style = s == null ? columnStyle(column) : number(s, "样式编号 style number");
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
			int min = Math.max(number(attributes.getValue("min"), "列号 column number") - 1, 0);
			int max = Math.min(number(attributes.getValue("max"), "列号 column number"), PerfImportLimits.EXCEL_COLUMNS) - 1;
			if (flag(attributes.getValue("hidden"))) {
				hiddenColumns.set(min, max + 1);
			}
			String s = attributes.getValue("style");
			if (s != null) {
				columnStyles.add(new int[] { min, max, number(s, "样式编号 style number") });
			}
		}
		case "mergeCell" -> merged.add(region(attributes.getValue("ref")));
		case "rowBreaks" -> inRowBreaks = true;
		case "brk" -> {
			String id = attributes.getValue("id");
			if (inRowBreaks && id != null) {
				// the id is the 1-based row after which the page breaks
				int after = number(id, "分页符 page break");
				if (after >= 1 && after <= PerfImportLimits.EXCEL_ROWS) {
					breaks.set(after - 1);
				}
			}
		}
		default -> {
			// other elements carry nothing the import reads
		}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		if (inValue) {
			append(value, ch, start, length);
		} else if (inText) {
			append(inRun ? runText : inline, ch, start, length);
		}
	}

	/** A cell's text grows up to Excel's limit of a cell (and its _xHHHH_ escapes); beyond, the file is no Excel's. */
	private void append(StringBuilder text, char[] ch, int start, int length) throws SAXException {
		if (text.length() + length > 7 * PerfImportLimits.CELL_CHARS) {
			throw damage("单元格的文字长于 Excel 单元格的上限 " + PerfImportLimits.count(PerfImportLimits.CELL_CHARS) + " 个字符",
					"a cell's text is longer than Excel allows", row, column);
		}
		text.append(ch, start, length);
	}

	/** A damaged sheet, at the cell (0-based row and column) where the reading stood. */
	private SAXException damage(String what, String english, int atRow, int atColumn) {
		return new SAXException(new PerfWorkbookDamage("文件已损坏或不是 Excel 写出的：工作表“" + name + "”中" + what + "。"
				+ PerfWorkbookDamage.REMEDY + " (The workbook is damaged: " + english + ".)", name, Math.max(atRow, 0) + 1,
				Math.max(atColumn, 0) + 1));
	}

	/** A number attribute; one that is none is damage. */
	private int number(String text, String what) throws SAXException {
		try {
			return Integer.parseInt(text == null ? "" : text.strip());
		} catch (NumberFormatException e) {
			throw damage(what + "“" + (text == null ? "" : PerfTextCells.strip(text)) + "”不是数字", "a number attribute is not a number",
					row, column);
		}
	}

	/** A merged region; one that is no range, or beyond Excel's bounds, is damage. */
	private CellRangeAddress region(String ref) throws SAXException {
		CellRangeAddress region;
		try {
			region = CellRangeAddress.valueOf(ref == null ? "" : ref.strip());
		} catch (RuntimeException e) {
			region = null;
		}
		if (region == null || region.getFirstRow() < 0 || region.getFirstColumn() < 0 || region.getLastRow() < region.getFirstRow()
				|| region.getLastColumn() < region.getFirstColumn() || region.getLastRow() >= PerfImportLimits.EXCEL_ROWS
				|| region.getLastColumn() >= PerfImportLimits.EXCEL_COLUMNS) {
			throw damage("合并区域“" + (ref == null ? "" : PerfTextCells.strip(ref)) + "”不是有效的单元格区域", "a merged region is no range", 0, 0);
		}
		return region;
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
			if (rowFilled && ++workbook.rows > PerfImportLimits.MAX_ROWS) {
				throw new SAXException(PerfWorkbookCells.TooLarge.rows(name, row + 1));
			}
			rows.put(row, cells.length == cellCount ? cells : Arrays.copyOf(cells, cellCount));
			held.set(row);
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
		for (int i = 0; i < ref.length() && column <= PerfImportLimits.EXCEL_COLUMNS; i++) {
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
	public int nextRow(int from) {
		int cells = held.nextSetBit(from);
		int hidden = hiddenRows.nextSetBit(from);
		return cells < 0 ? hidden : hidden < 0 ? cells : Math.min(cells, hidden);
	}

	@Override
	public int width(int row) {
		String[] cells = rows.get(row);
		return cells == null ? 0 : cells.length;
	}

	@Override
	public String text(int row, int column) {
		String[] cells = rows.get(row);
		if (cells == null || column >= cells.length) {
			return "";
		}
		String text = cells[column];
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
