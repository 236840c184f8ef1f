// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

import java.util.List;

import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.model.Form;

/**
 * One workbook to generate: forms of one kind, unit and year drawn with one layout, one sheet per
 * form (the 13 project tables of a unit are one workbook of 13 sheets).
 *
 * @param fileName a file name safe on any file system: 单位-年度-表格名称.xlsx
 * @param forms    the forms as drawn: where the layout expects another framework, copies with the
 *                 categories mapped (see {@link PerfFrameworkMapping})
 * @param mappings one line per category mapped to the layout's framework, for the command's report
 */
public record PerfWorkbook(String fileName, PerfLayout layout, List<Form> forms, List<String> mappings)
		implements PerfOutputFile {

	public PerfWorkbook(String fileName, PerfLayout layout, List<Form> forms) {
		this(fileName, layout, forms, List.of());
	}

	@Override
	public String description() {
		return "版式 " + layout.name();
	}
}
