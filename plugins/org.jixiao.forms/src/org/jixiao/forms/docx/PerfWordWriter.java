// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.jixiao.forms.generator.PerfDeterministicZip;
import org.jixiao.forms.generator.PerfPoiTempFiles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * A Word document as the bureau's documents are set: A4, 宋体 body text with a two-character first
 * line indent, 黑体 and 楷体 headings that are real heading styles (Word's navigation pane and table of
 * contents see them), tables with single borders. Text the unit has to write itself is a highlighted
 * 【请填写…】 run, never invented. The bytes do not depend on the clock: fixed document times and
 * ZIP entry times, as for the workbooks.
 */
final class PerfWordWriter {

	/** Style ids of the paragraph styles this writer defines. */
	static final String TITLE = "Title";
	static final String HEADING1 = "Heading1";
	static final String HEADING2 = "Heading2";

	/** Fixed document dates: generation must not depend on the clock. */
	private static final Date FIXED_DATE = new Date(PerfDeterministicZip.FIXED_TIME);

	/** A4 in twentieths of a point, and the text width between the margins. */
	private static final int A4_SHORT = 11906;
	private static final int A4_LONG = 16838;
	private static final int MARGIN_SIDE = 1588;
	private static final int MARGIN_TOP = 1701;

	private static final String STYLES = """
			<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
			 <w:docDefaults>
			  <w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>
			   <w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
			  <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="360" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>
			 </w:docDefaults>
			 <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
			 <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
			  <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/></w:pPr>
			  <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="黑体"/><w:b/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
			 <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
			  <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="0"/></w:pPr>
			  <w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
			 <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
			  <w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:ind w:firstLineChars="200" w:firstLine="560"/><w:outlineLvl w:val="1"/></w:pPr>
			  <w:rPr><w:rFonts w:eastAsia="楷体"/><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
			 <w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:qFormat/>
			  <w:pPr><w:ind w:firstLineChars="200" w:firstLine="480"/></w:pPr></w:style>
			 <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>
			  <w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>
			</w:styles>
			""";

	private final XWPFDocument document = new XWPFDocument();
	private final int textWidth;

	PerfWordWriter(boolean landscape) {
		try {
			document.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
		} catch (XmlException e) {
			throw new IllegalStateException("styles of the Word documents", e);
		}
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
		size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
		if (landscape) {
			size.setOrient(STPageOrientation.LANDSCAPE);
		}
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(MARGIN_TOP));
		margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
		margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
		textWidth = (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN_SIDE;
	}

	/** The document's title, centred. */
	void title(String text) {
		styled(TITLE, text);
	}

	/** A centred line under the title (unit and year, a date). */
	void centred(String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.createRun().setText(text);
	}

	/** A right-aligned line (the unit and date at the end of a report). */
	void right(String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.RIGHT);
		paragraph.createRun().setText(text);
	}

	void heading1(String text) {
		styled(HEADING1, text);
	}

	void heading2(String text) {
		styled(HEADING2, text);
	}

	/** A body paragraph; line breaks in the text start new paragraphs, as the analyst wrote them. */
	void paragraph(String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		for (String line : text.split("\r?\n")) {
			if (!line.isBlank()) {
				body().createRun().setText(line.strip());
			}
		}
	}

	/** Keeps the last paragraph on the page of what follows (a standard and its bands table). */
	void keepWithNext() {
		List<XWPFParagraph> paragraphs = document.getParagraphs();
		if (!paragraphs.isEmpty()) {
			paragraphs.get(paragraphs.size() - 1).setKeepNext(true);
		}
	}

	/** An empty line. */
	void blank() {
		document.createParagraph();
	}

	/** A body paragraph that starts with its printed label in bold (绩效目标：…). */
	void labelled(String label, String text) {
		XWPFParagraph paragraph = body();
		XWPFRun head = paragraph.createRun();
		head.setBold(true);
		head.setText(label);
		paragraph.createRun().setText(text == null ? "" : text);
	}

	/** A body paragraph with its label in bold and a place for the unit's own words. */
	void labelledPlaceholder(String label, String what) {
		XWPFParagraph paragraph = body();
		XWPFRun head = paragraph.createRun();
		head.setBold(true);
		head.setText(label);
		placeholder(paragraph, what);
	}

	/** A paragraph that is only a place for the unit's own words: 【请填写：…】. */
	void placeholder(String what) {
		placeholder(body(), what);
	}

	/** Starts a body paragraph made of runs ({@link Runs}). */
	Runs runs() {
		return new Runs(body());
	}

	/** The text runs of one paragraph: plain text and places for the unit's own words. */
	final class Runs {
		private final XWPFParagraph paragraph;

		private Runs(XWPFParagraph paragraph) {
			this.paragraph = paragraph;
		}

		Runs text(String text) {
			paragraph.createRun().setText(text);
			return this;
		}

		Runs bold(String text) {
			XWPFRun run = paragraph.createRun();
			run.setBold(true);
			run.setText(text);
			return this;
		}

		Runs placeholder(String what) {
			PerfWordWriter.placeholder(paragraph, what);
			return this;
		}
	}

	/** The marker of a place the unit fills in; tests and the unit's reviewer search for it. */
	static String placeholderText(String what) {
		return "【请填写：" + what + "】";
	}

	private static void placeholder(XWPFParagraph paragraph, String what) {
		XWPFRun run = paragraph.createRun();
		run.setText(placeholderText(what));
		run.setTextHighlightColor(STHighlightColor.YELLOW.toString());
	}

	private XWPFParagraph body() {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle("BodyText");
		return paragraph;
	}

	private void styled(String style, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle(style);
		paragraph.createRun().setText(text == null ? "" : text);
	}

	// ------------------------------------------------------------------ tables

	/**
	 * A table across the text width, columns in proportion to {@code shares}; the first {@code headerRows}
	 * rows are bold, centred and repeated at the top of every page the table runs onto. Rows are
	 * collected and written by {@link Table#end()}, when every vertical merge is known.
	 */
	Table table(int headerRows, int... shares) {
		return new Table(headerRows, shares);
	}

	/** A table being filled row by row. */
	final class Table {
		private final int[] shares;
		private final int headerRows;
		private final List<List<String>> rows = new ArrayList<>();
		private final Set<Integer> centredColumns = new HashSet<>();

		private Table(int headerRows, int[] shares) {
			this.headerRows = headerRows;
			this.shares = shares.clone();
		}

		/**
		 * One row of {@code shares.length} cells. A cell spanning several columns is followed by
		 * {@link #SPAN} for each further column it covers; a cell that continues the one above (merged
		 * down) is {@link #ABOVE}. Lines of a cell are separated by {@code \n}.
		 */
		Table row(List<String> cells) {
			if (cells.size() != shares.length) {
				throw new IllegalArgumentException(cells.size() + " cells for " + shares.length + " columns");
			}
			rows.add(List.copyOf(cells));
			return this;
		}

		Table row(String... cells) {
			return row(List.of(cells));
		}

		/** Centres the cells of these columns in the body rows (numbers, scores). */
		Table centred(int... columns) {
			for (int column : columns) {
				centredColumns.add(column);
			}
			return this;
		}

		/** Writes the table into the document. */
		void end() {
			int sum = 0;
			for (int share : shares) {
				sum += share;
			}
			int[] widths = new int[shares.length];
			for (int i = 0; i < shares.length; i++) {
				widths[i] = textWidth * shares[i] / sum;
			}
			XWPFTable table = document.createTable(1, 1);
			table.setTableAlignment(TableRowAlign.CENTER);
			CTTblPr properties = table.getCTTbl().getTblPr();
			CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
			width.setType(STTblWidth.DXA);
			width.setW(BigInteger.valueOf(textWidth));
			CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
			layout.setType(STTblLayoutType.FIXED);
			CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
					: table.getCTTbl().addNewTblGrid();
			while (grid.sizeOfGridColArray() > 0) {
				grid.removeGridCol(0);
			}
			for (int w : widths) {
				grid.addNewGridCol().setW(BigInteger.valueOf(w));
			}
			for (int r = 0; r < rows.size(); r++) {
				List<String> cells = rows.get(r);
				XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
				while (!row.getTableCells().isEmpty()) {
					row.removeCell(0);
				}
				boolean header = r < headerRows;
				if (header) {
					row.setRepeatHeader(true);
				}
				row.setCantSplitRow(true);
				for (int c = 0; c < cells.size(); c++) {
					int span = 1;
					while (c + span < cells.size() && cells.get(c + span) == SPAN) {
						span++;
					}
					int cellWidth = 0;
					for (int k = c; k < c + span; k++) {
						cellWidth += widths[k];
					}
					XWPFTableCell cell = row.createCell();
					CTTcPr cellProperties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
					CTTblWidth w = cellProperties.addNewTcW();
					w.setType(STTblWidth.DXA);
					w.setW(BigInteger.valueOf(cellWidth));
					if (span > 1) {
						cellProperties.addNewGridSpan().setVal(BigInteger.valueOf(span));
					}
					String text = cells.get(c);
					if (text == ABOVE) {
						cellProperties.addNewVMerge().setVal(STMerge.CONTINUE);
					} else if (r + 1 < rows.size() && rows.get(r + 1).get(c) == ABOVE) {
						cellProperties.addNewVMerge().setVal(STMerge.RESTART);
					}
					cellProperties.addNewVAlign().setVal(STVerticalJc.CENTER);
					XWPFParagraph paragraph = cell.getParagraphs().get(0);
					paragraph.setStyle("TableText");
					if (header || centredColumns.contains(c)) {
						paragraph.setAlignment(ParagraphAlignment.CENTER);
					}
					if (text != ABOVE && text != null) {
						writeCell(paragraph, text, header);
					}
					c += span - 1;
				}
			}
		}

		private void writeCell(XWPFParagraph paragraph, String text, boolean header) {
			String[] lines = text.split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				XWPFRun run = paragraph.createRun();
				run.setBold(header);
				if (lines[i].startsWith("【请填写")) {
					run.setTextHighlightColor(STHighlightColor.YELLOW.toString());
				}
				run.setText(lines[i]);
				if (i < lines.length - 1) {
					run.addBreak();
				}
			}
		}
	}

	/** A cell covered by the cell to its left (a horizontal span). */
	static final String SPAN = new String("→");
	/** A cell covered by the cell above (a vertical merge). */
	static final String ABOVE = new String("↓");

	// ------------------------------------------------------------------ output

	/** Writes the document: fixed document and ZIP entry times, so the same input gives the same bytes. */
	void write(String title, OutputStream out) throws IOException {
		PerfPoiTempFiles.use();
		POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
		core.setCreated(Optional.of(FIXED_DATE));
		core.setModified(Optional.of(FIXED_DATE));
		core.setCreator("Jixiao");
		core.setTitle(title);
		ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * 1024);
		document.write(raw);
		document.close();
		PerfDeterministicZip.copy(raw.toByteArray(), out);
	}
}
