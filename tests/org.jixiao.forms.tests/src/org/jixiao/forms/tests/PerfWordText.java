// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A generated Word document read back with POI's XWPF: paragraphs by style, tables cell by cell. */
public final class PerfWordText {

	private PerfWordText() {
	}

	public static XWPFDocument open(byte[] docx) {
		try {
			return new XWPFDocument(new ByteArrayInputStream(docx));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The texts of the paragraphs with this style id (Title, Heading1, Heading2, BodyText). */
	public static List<String> styled(XWPFDocument document, String style) {
		return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
	}

	/** The texts of the body's paragraphs (not those in tables), in order. */
	public static List<String> paragraphs(XWPFDocument document) {
		return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
	}

	/**
	 * A table as the reader sees it: one list per row, one string per cell as written (a cell
	 * spanning columns once, a cell merged into the one above as the empty string); lines of a
	 * cell joined by a line feed.
	 */
	public static List<List<String>> cells(XWPFTable table) {
		List<List<String>> rows = new ArrayList<>();
		for (XWPFTableRow row : table.getRows()) {
			List<String> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				cells.add(cell.getText().replace("\t", ""));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** Every paragraph and table cell, in reading order, separated by {@code \u0001}, as the seed comparison reads. */
	public static String flat(XWPFDocument document) {
		StringBuilder out = new StringBuilder();
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				out.append(paragraph.getText()).append('\u0001');
			} else if (element instanceof XWPFTable table) {
				for (List<String> row : cells(table)) {
					for (String cell : row) {
						out.append(cell).append('\u0001');
					}
				}
			}
		}
		return out.toString();
	}
}
