// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.docx;

import org.jixiao.forms.generator.PerfOutputFile;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.model.Form;

/**
 * One Word document to generate: the duty targets of a form drawn with a Word layout, or the
 * 绩效自评报告 draft of a self-evaluation ({@code layout} null).
 *
 * @param fileName a file name safe on any file system: 单位-年度-名称.docx
 */
public record PerfWordDocument(String fileName, Form form, PerfLayout layout) implements PerfOutputFile {

	/** Whether this is the self-evaluation report draft rather than a form in a Word layout. */
	public boolean report() {
		return layout == null;
	}

	@Override
	public String description() {
		return report() ? "Word 文档，绩效自评报告草稿" : "Word 文档，版式 " + layout.name();
	}
}
