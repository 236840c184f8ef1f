// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.io.IOException;

/**
 * A workbook the import does not read, with the user's message: damaged or truncated, a zip bomb,
 * a part with a document type declaration, another kind of document. Where the reading stood at a
 * cell, the cell's sheet and 1-based row and column; else the file's start.
 */
final class PerfWorkbookDamage extends IOException {

	private static final long serialVersionUID = 1L;

	/** What the user can do about a damaged file. */
	static final String REMEDY = "请从原处重新获取文件，或在 Excel/WPS 中打开后另存为 .xlsx。";

	private final String sheet;
	private final int row;
	private final int column;

	PerfWorkbookDamage(String message) {
		this(message, null, 1, 1);
	}

	PerfWorkbookDamage(String message, String sheet, int row, int column) {
		super(message);
		this.sheet = sheet;
		this.row = row;
		this.column = column;
	}

	/** Where the reading stood: a cell of a sheet, or the file's start (no sheet). */
	PerfCell at() {
		return new PerfCell("", row, column, sheet);
	}

	/** The zip's directory cannot be read: the file ends early or is no zip at all. */
	static PerfWorkbookDamage truncated() {
		return new PerfWorkbookDamage("文件不完整或已损坏：不是完整的 zip 压缩包（.xlsx 工作簿是 zip 压缩包），可能在下载、复制或保存时中断。"
				+ REMEDY + " (The workbook is truncated or damaged: not a complete zip archive.)");
	}

	/** A part's compressed data cannot be inflated. */
	static PerfWorkbookDamage part(String part) {
		return new PerfWorkbookDamage("文件已损坏：其中的部件“" + part + "”无法解压。" + REMEDY
				+ " (The workbook is damaged: a part cannot be decompressed.)");
	}

	/** A part POI cannot make sense of (content types, relationships of another kind). */
	static PerfWorkbookDamage broken(String part) {
		return new PerfWorkbookDamage("文件已损坏：部件“" + part + "”缺失或无法解析。" + REMEDY
				+ " (The workbook is damaged: a part is missing or cannot be read.)");
	}

	/** A part's XML is not well-formed. */
	static PerfWorkbookDamage xml(String part, int line, int column) {
		return new PerfWorkbookDamage("文件已损坏：部件“" + part + "”的 XML 在第 " + line + " 行第 " + column + " 列无法解析。" + REMEDY
				+ " (The workbook is damaged: the XML of a part cannot be read.)");
	}

	/** A part declares a document type: the way to external entities (local files, addresses). */
	static PerfWorkbookDamage doctype(String part) {
		return new PerfWorkbookDamage("部件“" + part + "”含有文档类型声明（<!DOCTYPE>，可引用本机文件或网址）；Excel 写出的工作簿没有这种声明，"
				+ "为安全起见不读取此文件。 (A workbook part declares a document type, which could reference local files: not read.)");
	}

	/** A zip that holds the parts of no workbook. */
	static PerfWorkbookDamage notAWorkbook() {
		return new PerfWorkbookDamage("不是 Excel 工作簿：压缩包中没有工作簿的部件（xl/workbook.xml）。 (Not an Excel workbook.)");
	}

	static PerfWorkbookDamage word() {
		return new PerfWorkbookDamage("是 Word 文档，不是 Excel 工作簿：请在 Word/WPS 中选中表格复制，粘贴到文本文件（.txt）后导入，"
				+ "或把表格复制到 Excel 中另存为 .xlsx。 (A Word document, not an Excel workbook.)");
	}

	static PerfWorkbookDamage powerPoint() {
		return new PerfWorkbookDamage("是 PowerPoint 演示文稿，不是 Excel 工作簿。 (A PowerPoint presentation, not an Excel workbook.)");
	}

	/** An .xls that POI's HSSF cannot read. */
	static PerfWorkbookDamage xls() {
		return new PerfWorkbookDamage("文件已损坏或不完整：无法读取 Excel 97-2003 工作簿（.xls）。请从原处重新获取文件，或在 Excel/WPS 中打开后另存。"
				+ " (The .xls workbook is damaged or truncated.)");
	}
}
