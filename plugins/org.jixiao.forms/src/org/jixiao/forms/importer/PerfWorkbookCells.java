// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a workbook (.xlsx, and .xls) into rows of cells per sheet, the same shape as copied table
 * text: a merged cell gives its text once, in its first row, and stays empty in the rows below it
 * (as in a Word export, where the reader implies it); the columns a cell is merged across are one
 * cell. Numbers are read as stored, not as displayed rounded (a share of 0.4288 formatted 0.00%
 * reads 42.88%), dates as displayed; a formula gives its cached result (never evaluated). Hidden
 * rows and columns are not read (exports hide internal ID columns); the sheet says which they were.
 */
final class PerfWorkbookCells {

	/** The rows of one sheet; the 0-based hidden rows and columns that were left out. */
	record SheetRows(String name, List<PerfRow> rows, List<Integer> hiddenRows, List<Integer> hiddenColumns) {

		SheetRows(String name, List<PerfRow> rows) {
			this(name, rows, List.of(), List.of());
		}
	}

	private PerfWorkbookCells() {
	}

	static List<SheetRows> read(InputStream in) throws IOException {
		List<SheetRows> sheets = new ArrayList<>();
		// by signature, not WorkbookFactory: its lookup of the XSSF provider fails inside OSGi
		InputStream buffered = FileMagic.prepareToCheckMagic(in);
		FileMagic magic = FileMagic.valueOf(buffered);
		if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
			throw new IOException("不是 .xlsx 或 .xls 工作簿");
		}
		try (Workbook workbook = magic == FileMagic.OOXML ? new XSSFWorkbook(buffered) : new HSSFWorkbook(buffered)) {
			DataFormatter formatter = new DataFormatter();
			for (Sheet sheet : workbook) {
				List<Integer> hiddenRows = new ArrayList<>();
				List<Integer> hiddenColumns = new ArrayList<>();
				List<PerfRow> rows = rows(sheet, formatter, hiddenRows, hiddenColumns);
				sheets.add(new SheetRows(sheet.getSheetName(), rows, hiddenRows, hiddenColumns));
			}
		}
		return sheets;
	}

	private static List<PerfRow> rows(Sheet sheet, DataFormatter formatter, List<Integer> hiddenRows, List<Integer> hiddenColumns) {
		Map<Long, CellRangeAddress> merged = new HashMap<>();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
				for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
					merged.put(((long) r << 20) | c, region);
				}
			}
		}
		int columns = 0;
		for (Row row : sheet) {
			columns = Math.max(columns, row.getLastCellNum());
		}
		for (int c = 0; c < columns; c++) {
			if (sheet.isColumnHidden(c)) {
				hiddenColumns.add(c);
			}
		}
		List<PerfRow> rows = new ArrayList<>();
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			if (row.getZeroHeight()) {
				hiddenRows.add(r);
				continue;
			}
			List<PerfCell> cells = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				if (hiddenColumns.contains(c)) {
					continue;
				}
				CellRangeAddress region = merged.get(((long) r << 20) | c);
				if (region != null && c != region.getFirstColumn()) {
					continue;
				}
				String text = region != null && r != region.getFirstRow() ? "" : text(row.getCell(c), formatter);
				cells.add(new PerfCell(text, r + 1, c + 1, sheet.getSheetName()));
			}
			if (!cells.isEmpty()) {
				PerfRow perfRow = new PerfRow(cells, r > 0 && sheet.isRowBroken(r - 1));
				if (!perfRow.isEmpty()) {
					rows.add(perfRow);
				}
			}
		}
		return rows;
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
			BigDecimal number = new BigDecimal(Double.toString(cell.getNumericCellValue()));
			String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
			if (format != null && format.contains("%")) {
				return plain(number.movePointRight(2)) + "%";
			}
			return plain(number);
		case BOOLEAN:
			return cell.getBooleanCellValue() ? "是" : "否";
		default:
			return "";
		}
	}

	private static String plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}
}
