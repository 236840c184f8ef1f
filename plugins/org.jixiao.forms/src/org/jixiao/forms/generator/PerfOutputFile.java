// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

import java.util.List;

/**
 * One file {@code jixiao generate} and the workbench write: a workbook ({@link PerfWorkbook}) or a
 * Word document ({@code docx.PerfWordDocument}), written by {@code output.PerfGeneration}.
 */
public interface PerfOutputFile {

	/** A file name safe on any file system: 单位-年度-名称.xlsx or .docx. */
	String fileName();

	/** What the progress line says after the file name: 版式 wuhan2020, Word 文档 … */
	String description();

	/** One line per category mapped to the layout's framework, for the command's report. */
	default List<String> mappings() {
		return List.of();
	}
}
