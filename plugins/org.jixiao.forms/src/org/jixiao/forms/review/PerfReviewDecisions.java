// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The reviewer's decisions and comments as filled into the findings sheet of a findings workbook
 * (审核结果.xlsx written by {@link PerfReviewWorkbook}): one row per finding, with what {@code review
 * --apply} needs to take it back to the unit's form (the hidden path and form number).
 */
public final class PerfReviewDecisions {

	/** One row of the findings sheet ({@code row} is the sheet's row number as shown, 2 for the first finding). */
	public record Decision(int row, String unit, String form, String goal, String indicator, String code, String message,
			String decision, String comment, String path, int formNumber) {

		/** Something to write back: a decision other than 待定, or a comment. */
		public boolean filled() {
			return !decision.isBlank() && !"待定".equals(decision) || !comment.isBlank();
		}
	}

	private PerfReviewDecisions() {
	}

	/** The rows of the findings sheet; an IOException with a message for the reviewer when the file is not a findings workbook. */
	public static List<Decision> read(Path workbook) throws IOException {
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getSheet(PerfReviewWorkbook.FINDINGS);
			Row header = sheet == null ? null : sheet.getRow(0);
			DataFormatter formatter = new DataFormatter();
			if (header == null || !PerfReviewWorkbook.APPLY_HEADER.get(0)
					.equals(formatter.formatCellValue(header.getCell(PerfReviewWorkbook.PATH_COLUMN)))) {
				throw new IOException("不是 jixiao review 写出的审核结果（没有“" + PerfReviewWorkbook.FINDINGS + "”工作表及其文件路径列）。"
						+ " Not a findings workbook written by jixiao review.");
			}
			List<Decision> decisions = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				int number;
				try {
					number = (int) Double.parseDouble(text(formatter, row, PerfReviewWorkbook.FORM_NUMBER_COLUMN));
				} catch (NumberFormatException e) {
					number = 0;
				}
				decisions.add(new Decision(r + 1, text(formatter, row, 0), text(formatter, row, 1), text(formatter, row, 2),
						text(formatter, row, 3), text(formatter, row, 5), text(formatter, row, 6),
						text(formatter, row, PerfReviewWorkbook.DECISION_COLUMN), text(formatter, row, PerfReviewWorkbook.COMMENT_COLUMN),
						text(formatter, row, PerfReviewWorkbook.PATH_COLUMN), number));
			}
			return decisions;
		} catch (IOException e) {
			throw e;
		} catch (RuntimeException e) {
			// POI's own failures on a damaged or foreign file
			throw new IOException("无法读取审核结果工作簿 (cannot read the workbook)：" + e.getMessage(), e);
		}
	}

	private static String text(DataFormatter formatter, Row row, int column) {
		Cell cell = row.getCell(column);
		return cell == null ? "" : formatter.formatCellValue(cell).strip();
	}
}
