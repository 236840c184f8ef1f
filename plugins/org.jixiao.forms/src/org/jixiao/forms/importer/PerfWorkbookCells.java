// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a workbook (.xlsx, and .xls) into rows of cells per sheet, the same shape as copied table
 * text: a merged cell gives its text once, in its first row, and stays empty in the rows below it
 * (as in a Word export, where the reader implies it); the columns a cell is merged across are one
 * cell. Numbers are read as stored, not as displayed rounded (a share of 0.4288 formatted 0.00%
 * reads 42.88%), dates as displayed; a formula gives its cached result (never evaluated). Hidden
 * rows and columns are not read (exports hide internal ID columns); the sheet says which they were.
 *
 * <p>An .xlsx is streamed ({@link PerfStreamedSheet}: its sheets' XML read once, without POI's
 * whole-workbook model), so that a 100,000-row workbook fits in a small heap; an .xls (at most
 * 65,536 rows a sheet) is read with POI's HSSF model. A workbook with more than {@link #MAX_ROWS}
 * filled rows is refused as soon as the reading passes the limit.
 */
final class PerfWorkbookCells {

	/** The most filled rows a workbook may have (all sheets together): docs/import.md, "大小上限". */
	static final int MAX_ROWS = 200_000;

	/** The rows of one sheet; the 0-based hidden rows and columns that were left out. */
	record SheetRows(String name, List<PerfRow> rows, List<Integer> hiddenRows, List<Integer> hiddenColumns) {

		SheetRows(String name, List<PerfRow> rows) {
			this(name, rows, List.of(), List.of());
		}
	}

	/** A workbook larger than the import takes. */
	static final class TooLarge extends IOException {
		private static final long serialVersionUID = 1L;
		private final String sheet;
		private final int row;

		TooLarge(String sheet, int row) {
			super("工作簿超过导入上限：多于 " + String.format(Locale.ROOT, "%,d", MAX_ROWS) + " 个有内容的行");
			this.sheet = sheet;
			this.row = row;
		}

		/** The sheet and 1-based row where the reading passed the limit. */
		String sheet() {
			return sheet;
		}

		int row() {
			return row;
		}
	}

	/** A sheet's cells as the file holds them, for the HSSF model and a streamed .xlsx sheet alike. */
	interface SheetCells {
		String name();

		List<CellRangeAddress> mergedRegions();

		/** The widest row's number of cells (blank cells included). */
		int columns();

		/** The 0-based index of the last row, -1 for none. */
		int lastRow();

		/** The cell's text as {@link PerfWorkbookCells} reads it; "" for a blank or missing cell or row. */
		String text(int row, int column);

		/** A manual page break follows the row. */
		boolean rowBroken(int row);

		boolean rowHidden(int row);

		boolean columnHidden(int column);
	}

	private PerfWorkbookCells() {
	}

	static List<SheetRows> read(InputStream in) throws IOException {
		List<SheetRows> sheets = new ArrayList<>();
		// by signature, not WorkbookFactory: its lookup of the XSSF provider fails inside OSGi
		InputStream buffered = FileMagic.prepareToCheckMagic(in);
		FileMagic magic = FileMagic.valueOf(buffered);
		if (magic == FileMagic.OOXML) {
			for (SheetCells sheet : xlsx(buffered.readAllBytes())) {
				sheets.add(rows(sheet));
			}
			return sheets;
		}
		if (magic != FileMagic.OLE2) {
			throw new IOException("不是 .xlsx 或 .xls 工作簿");
		}
		try (Workbook workbook = new HSSFWorkbook(buffered)) {
			DataFormatter formatter = new DataFormatter();
			for (Sheet sheet : workbook) {
				sheets.add(rows(new ModelSheet(sheet, formatter)));
			}
		}
		return sheets;
	}

	/**
	 * The sheets of an .xlsx, each streamed once. The zip is read from memory entry by entry (POI's
	 * package from a stream would inflate every entry into memory first, and refuses a sheet's XML
	 * over 100 MB with a developer's message).
	 */
	private static List<SheetCells> xlsx(byte[] bytes) throws IOException {
		List<SheetCells> sheets = new ArrayList<>();
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
				OPCPackage pkg = OPCPackage.open(new ZipFileZipEntrySource(zip))) {
			XSSFReader reader = new XSSFReader(pkg);
			PerfStreamedSheet.Workbook workbook = new PerfStreamedSheet.Workbook(new ReadOnlySharedStringsTable(pkg, false),
					reader.getStylesTable(), date1904(reader));
			XSSFReader.SheetIterator parts = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (parts.hasNext()) {
				try (InputStream part = parts.next()) {
					PerfStreamedSheet sheet = new PerfStreamedSheet(parts.getSheetName(), workbook);
					parse(part, sheet);
					sheets.add(sheet);
				}
			}
		} catch (OpenXML4JException e) {
			throw new IOException(e.getMessage(), e);
		} catch (SAXException e) {
			if (e.getException() instanceof IOException io) {
				throw io;
			}
			throw new IOException("工作簿的 XML 无法解析：" + e.getMessage(), e);
		}
		return sheets;
	}

	private static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException {
		try {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(handler);
			parser.parse(new InputSource(xml));
		} catch (ParserConfigurationException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/** Whether the workbook counts dates from 1904 (old Mac Excel): {@code <workbookPr date1904="1"/>}. */
	private static boolean date1904(XSSFReader reader) throws IOException, SAXException, OpenXML4JException {
		boolean[] date1904 = new boolean[1];
		try (InputStream xml = reader.getWorkbookData()) {
			parse(xml, new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if ("workbookPr".equals(localName)) {
						String value = attributes.getValue("date1904");
						date1904[0] = "1".equals(value) || "true".equals(value);
					}
				}
			});
		}
		return date1904[0];
	}

	private static SheetRows rows(SheetCells sheet) {
		Map<Long, CellRangeAddress> merged = new HashMap<>();
		for (CellRangeAddress region : sheet.mergedRegions()) {
			for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
				for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
					merged.put(((long) r << 20) | c, region);
				}
			}
		}
		int columns = sheet.columns();
		List<Integer> hiddenColumns = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			if (sheet.columnHidden(c)) {
				hiddenColumns.add(c);
			}
		}
		List<Integer> hiddenRows = new ArrayList<>();
		List<PerfRow> rows = new ArrayList<>();
		for (int r = 0; r <= sheet.lastRow(); r++) {
			if (sheet.rowHidden(r)) {
				hiddenRows.add(r);
				continue;
			}
			List<PerfCell> cells = new ArrayList<>();
			boolean filled = false;
			for (int c = 0; c < columns; c++) {
				if (hiddenColumns.contains(c)) {
					continue;
				}
				CellRangeAddress region = merged.isEmpty() ? null : merged.get(((long) r << 20) | c);
				if (region != null && c != region.getFirstColumn()) {
					continue;
				}
				String text = region != null && r != region.getFirstRow() ? "" : sheet.text(r, c);
				filled |= !text.isBlank();
				cells.add(new PerfCell(text, r + 1, c + 1, sheet.name()));
			}
			if (filled) {
				rows.add(new PerfRow(cells, r > 0 && sheet.rowBroken(r - 1)));
			}
		}
		return new SheetRows(sheet.name(), rows, hiddenRows, hiddenColumns);
	}

	/** An .xls sheet through POI's HSSF model. */
	private static final class ModelSheet implements SheetCells {
		private final Sheet sheet;
		private final DataFormatter formatter;
		private final int columns;

		ModelSheet(Sheet sheet, DataFormatter formatter) {
			this.sheet = sheet;
			this.formatter = formatter;
			int widest = 0;
			for (Row row : sheet) {
				widest = Math.max(widest, row.getLastCellNum());
			}
			this.columns = widest;
		}

		@Override
		public String name() {
			return sheet.getSheetName();
		}

		@Override
		public List<CellRangeAddress> mergedRegions() {
			return sheet.getMergedRegions();
		}

		@Override
		public int columns() {
			return columns;
		}

		@Override
		public int lastRow() {
			return sheet.getLastRowNum();
		}

		@Override
		public String text(int row, int column) {
			Row cells = sheet.getRow(row);
			return cells == null ? "" : PerfWorkbookCells.text(cells.getCell(column), formatter);
		}

		@Override
		public boolean rowBroken(int row) {
			return sheet.isRowBroken(row);
		}

		@Override
		public boolean rowHidden(int row) {
			Row cells = sheet.getRow(row);
			return cells != null && cells.getZeroHeight();
		}

		@Override
		public boolean columnHidden(int column) {
			return sheet.isColumnHidden(column);
		}
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		switch (type) {
		case STRING:
			return PerfTextCells.strip(cell.getRichStringCellValue().getString().replace("\r\n", "\n"));
		case NUMERIC:
			if (DateUtil.isCellDateFormatted(cell)) {
				// the value, not the formula text formatCellValue gives for a formula cell
				return formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
						cell.getCellStyle().getDataFormatString());
			}
			String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
			return number(cell.getNumericCellValue(), format);
		case BOOLEAN:
			return bool(cell.getBooleanCellValue());
		default:
			return "";
		}
	}

	/** A number as stored; a percentage format reads as the percentage (0.4288 as 42.88%). */
	static String number(double value, String format) {
		BigDecimal number = new BigDecimal(Double.toString(value));
		if (format != null && format.contains("%")) {
			return plain(number.movePointRight(2)) + "%";
		}
		return plain(number);
	}

	static String bool(boolean value) {
		return value ? "是" : "否";
	}

	private static String plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}
}
