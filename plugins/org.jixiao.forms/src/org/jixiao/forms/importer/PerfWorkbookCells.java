// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
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
import org.xml.sax.SAXParseException;
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
 * 65,536 rows a sheet) is read with POI's HSSF model. A workbook with more than
 * {@link PerfImportLimits#MAX_ROWS} filled rows, or more than {@link PerfImportLimits#MAX_CELLS}
 * cells in them, is refused as soon as the reading passes the limit.
 */
final class PerfWorkbookCells {

	/** The rows of one sheet; the 0-based hidden rows and columns that were left out. */
	record SheetRows(String name, List<PerfRow> rows, List<Integer> hiddenRows, List<Integer> hiddenColumns) {

		SheetRows(String name, List<PerfRow> rows) {
			this(name, rows, List.of(), List.of());
		}
	}

	/** A workbook larger than the import takes: what passed its limit (in Chinese and English) and where. */
	static final class TooLarge extends IOException {
		private static final long serialVersionUID = 1L;
		private final String sheet;
		private final int row;
		private final String english;

		TooLarge(String what, String english, String sheet, int row) {
			super(what);
			this.english = english;
			this.sheet = sheet;
			this.row = row;
		}

		/** More filled rows than {@link PerfImportLimits#MAX_ROWS}, passed at the given 1-based row. */
		static TooLarge rows(String sheet, int row) {
			return new TooLarge("有内容的行多于 " + PerfImportLimits.count(PerfImportLimits.MAX_ROWS) + " 行（导入上限，读到此处时超出）",
					"more than " + PerfImportLimits.count(PerfImportLimits.MAX_ROWS) + " filled rows, the import's limit", sheet, row);
		}

		/** More cells than {@link PerfImportLimits#MAX_CELLS}, passed at the given 1-based row. */
		static TooLarge cells(String sheet, int row) {
			return new TooLarge("单元格多于 " + PerfImportLimits.count(PerfImportLimits.MAX_CELLS) + " 个（导入上限，读到此处时超出）",
					"more than " + PerfImportLimits.count(PerfImportLimits.MAX_CELLS) + " cells, the import's limit", sheet, row);
		}

		/** The limit passed, in English. */
		String english() {
			return english;
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

		/** The first row from {@code from} on that holds cells or is hidden; -1 for none. */
		int nextRow(int from);

		/** The number of cells the file holds in the row (blank cells included), 0 for a row it does not hold. */
		int width(int row);

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
		int[] cells = { 0 };
		// by signature, not WorkbookFactory: its lookup of the XSSF provider fails inside OSGi
		InputStream buffered = FileMagic.prepareToCheckMagic(in);
		FileMagic magic = FileMagic.valueOf(buffered);
		if (magic == FileMagic.OOXML) {
			for (SheetCells sheet : xlsx(buffered.readAllBytes())) {
				sheets.add(rows(sheet, cells));
			}
			return sheets;
		}
		if (magic != FileMagic.OLE2) {
			throw new PerfWorkbookDamage("不是 Excel 工作簿（.xlsx 或 .xls）。 (Not an Excel workbook.)");
		}
		try (POIFSFileSystem fs = ole2(buffered); Workbook workbook = hssf(fs)) {
			DataFormatter formatter = new DataFormatter();
			for (Sheet sheet : workbook) {
				sheets.add(rows(new ModelSheet(sheet, formatter), cells));
			}
		}
		return sheets;
	}

	private static POIFSFileSystem ole2(InputStream in) throws IOException {
		try {
			return new POIFSFileSystem(in);
		} catch (IOException | RuntimeException e) {
			throw PerfWorkbookDamage.xls();
		}
	}

	/** The .xls in an OLE2 file, which may as well hold a Word document or an encrypted .xlsx. */
	private static Workbook hssf(POIFSFileSystem fs) throws IOException {
		DirectoryNode root = fs.getRoot();
		if (root.hasEntry("WordDocument")) {
			throw PerfWorkbookDamage.word();
		}
		if (root.hasEntry("PowerPoint Document")) {
			throw PerfWorkbookDamage.powerPoint();
		}
		if (root.hasEntry("EncryptionInfo")) {
			throw new PerfWorkbookDamage("工作簿有打开密码，无法读取：请在 Excel/WPS 中打开，取消密码后另存，再导入。"
					+ " (The workbook is protected by a password.)");
		}
		try {
			return new HSSFWorkbook(fs);
		} catch (IOException | RuntimeException e) {
			throw PerfWorkbookDamage.xls();
		}
	}

	/**
	 * The sheets of an .xlsx, each streamed once. The zip is read from memory entry by entry (POI's
	 * package from a stream would inflate every entry into memory first, and refuses a sheet's XML
	 * over 100 MB with a developer's message), every entry through {@link PerfZipParts}' limits.
	 * Whatever fails is answered by a {@link PerfWorkbookDamage} that names the part.
	 */
	private static List<SheetCells> xlsx(byte[] bytes) throws IOException {
		ZipFile zip;
		try {
			zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
		} catch (IOException | RuntimeException e) {
			throw PerfWorkbookDamage.truncated();
		}
		try (zip) {
			kind(zip);
			return sheets(zip);
		}
	}

	/** Another kind of Office document, or a zip of too many entries to be a workbook. */
	private static void kind(ZipFile zip) throws IOException {
		int entries = 0;
		for (var e = zip.getEntries(); e.hasMoreElements(); e.nextElement()) {
			if (++entries > PerfImportLimits.MAX_ENTRIES) {
				throw new PerfWorkbookDamage("不是 Excel 写出的工作簿：压缩包中的文件多于 " + PerfImportLimits.count(PerfImportLimits.MAX_ENTRIES)
						+ " 个（导入上限）。 (More zip entries than a workbook has.)");
			}
		}
		if (zip.getEntry("word/document.xml") != null) {
			throw PerfWorkbookDamage.word();
		}
		if (zip.getEntry("ppt/presentation.xml") != null) {
			throw PerfWorkbookDamage.powerPoint();
		}
		if (zip.getEntry("[Content_Types].xml") == null || !hasWorkbookParts(zip)) {
			throw PerfWorkbookDamage.notAWorkbook();
		}
	}

	private static boolean hasWorkbookParts(ZipFile zip) {
		for (var e = zip.getEntries(); e.hasMoreElements();) {
			if (e.nextElement().getName().startsWith("xl/")) {
				return true;
			}
		}
		return false;
	}

	private static List<SheetCells> sheets(ZipFile zip) throws IOException {
		List<SheetCells> sheets = new ArrayList<>();
		String part = "[Content_Types].xml";
		try (OPCPackage pkg = OPCPackage.open(new PerfZipParts(zip))) {
			part = "xl/workbook.xml";
			XSSFReader reader = new XSSFReader(pkg);
			boolean date1904 = date1904(reader);
			part = "xl/styles.xml";
			var styles = reader.getStylesTable();
			part = "xl/sharedStrings.xml";
			PerfStreamedSheet.Workbook workbook = new PerfStreamedSheet.Workbook(new ReadOnlySharedStringsTable(pkg, false), styles,
					date1904);
			XSSFReader.SheetIterator parts = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (parts.hasNext()) {
				part = "xl/workbook.xml";
				try (InputStream xml = parts.next()) {
					part = parts.getSheetPart().getPartName().getName().replaceFirst("^/", "");
					PerfStreamedSheet sheet = new PerfStreamedSheet(parts.getSheetName(), workbook);
					parse(xml, sheet);
					sheets.add(sheet);
				}
			}
		} catch (OpenXML4JException | IOException | SAXException | RuntimeException e) {
			throw damage(e, part);
		}
		return sheets;
	}

	/**
	 * What a failure while reading a part means for the user: the limit or damage found on the way
	 * (wrapped by POI or the XML parser as may be), a document type declaration, XML that is not
	 * well-formed, a part POI cannot make sense of, else a part that cannot be decompressed.
	 */
	private static IOException damage(Throwable failure, String part) {
		for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
			if (e instanceof PerfWorkbookDamage || e instanceof TooLarge) {
				return (IOException) e;
			}
			if (e instanceof SAXException sax && sax.getException() instanceof IOException io && io != e) {
				return damage(io, part);
			}
			String message = e.getMessage() == null ? "" : e.getMessage();
			if (message.contains("DOCTYPE") || message.contains("DTD")) {
				return PerfWorkbookDamage.doctype(part);
			}
			if (e instanceof SAXParseException parse) {
				return PerfWorkbookDamage.xml(part, Math.max(parse.getLineNumber(), 1), Math.max(parse.getColumnNumber(), 1));
			}
		}
		if (failure instanceof InvalidFormatException || failure instanceof NotOfficeXmlFileException) {
			// kind() found a workbook's parts: POI refusing the package means one of them is broken
			return PerfWorkbookDamage.broken(part);
		}
		return PerfWorkbookDamage.part(part);
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

	/**
	 * The filled rows of a sheet, merged cells given once. The work is bounded by the cells the file
	 * holds: rows it does not hold are not visited, merged regions are clipped to the rows and
	 * columns read, and {@code cells} counts every cell read, in all sheets, against
	 * {@link PerfImportLimits#MAX_CELLS}.
	 */
	private static SheetRows rows(SheetCells sheet, int[] cells) throws TooLarge {
		int columns = sheet.columns();
		int lastRow = sheet.lastRow();
		// merged regions by first row, the ones covering a row found as the rows are read (a sweep)
		List<CellRangeAddress> regions = new ArrayList<>();
		for (CellRangeAddress region : sheet.mergedRegions()) {
			if (region.getFirstColumn() < columns && region.getFirstRow() <= lastRow) {
				regions.add(region);
			}
		}
		regions.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
		List<CellRangeAddress> active = new ArrayList<>();
		int nextRegion = 0;
		List<Integer> hiddenColumns = new ArrayList<>();
		BitSet hidden = new BitSet();
		for (int c = 0; c < columns; c++) {
			if (sheet.columnHidden(c)) {
				hiddenColumns.add(c);
				hidden.set(c);
			}
		}
		List<Integer> hiddenRows = new ArrayList<>();
		List<PerfRow> rows = new ArrayList<>();
		for (int r = sheet.nextRow(0); r >= 0 && r <= lastRow; r = sheet.nextRow(r + 1)) {
			if (sheet.rowHidden(r)) {
				hiddenRows.add(r);
				continue;
			}
			if (sheet.width(r) == 0) {
				continue;
			}
			while (nextRegion < regions.size() && regions.get(nextRegion).getFirstRow() <= r) {
				active.add(regions.get(nextRegion++));
			}
			int row = r;
			active.removeIf(region -> region.getLastRow() < row);
			Map<Integer, CellRangeAddress> merged = new HashMap<>();
			for (CellRangeAddress region : active) {
				for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), columns - 1); c++) {
					if (++cells[0] > PerfImportLimits.MAX_CELLS) {
						throw TooLarge.cells(sheet.name(), r + 1);
					}
					merged.put(c, region);
				}
			}
			List<PerfCell> cellsOfRow = new ArrayList<>();
			boolean filled = false;
			for (int c = 0; c < columns; c++) {
				if (hidden.get(c)) {
					continue;
				}
				CellRangeAddress region = merged.isEmpty() ? null : merged.get(c);
				if (region != null && c != region.getFirstColumn()) {
					continue;
				}
				if (++cells[0] > PerfImportLimits.MAX_CELLS) {
					throw TooLarge.cells(sheet.name(), r + 1);
				}
				String text = region != null && r != region.getFirstRow() ? "" : sheet.text(r, c);
				filled |= !text.isBlank();
				cellsOfRow.add(new PerfCell(text, r + 1, c + 1, sheet.name()));
			}
			if (filled) {
				rows.add(new PerfRow(cellsOfRow, r > 0 && sheet.rowBroken(r - 1)));
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
		public int nextRow(int from) {
			return from <= sheet.getLastRowNum() ? from : -1;
		}

		@Override
		public int width(int row) {
			Row cells = sheet.getRow(row);
			return cells == null ? 0 : Math.max(cells.getLastCellNum(), 0);
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
