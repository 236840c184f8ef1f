// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.layout;

import java.util.List;

/**
 * A regional layout of one form kind, read from a {@code .layout} file: page setup, column
 * widths (in characters) and the blocks drawn from top to bottom.
 *
 * @param name       the name a document or the command line chooses it by, e.g. {@code wuhan2020}
 * @param kind       the form kind it draws
 * @param formName   the form's printed name, used in output file names
 * @param landscape  A4 landscape instead of portrait
 * @param widths     column widths in characters; the number of columns of the sheet
 * @param blocks     the blocks, top to bottom
 * @param source     where the layout was read from, for messages
 * @param framework  the indicator framework forms in this layout are usually filled in with (经典,
 *                   中央2021 …), or null; the importer prefers it when the cells fit several frameworks
 * @param region     who issues the form (武汉市 2020, 财政部 财预〔2020〕10号 …), for listings, or null
 * @param family     the family the layout belongs to ({@code national}), or null: {@code --layout FAMILY}
 *                   picks, for each form kind, the family's layout of that kind
 * @param scoring    the scoring profile ({@code central}) self-evaluations in this layout are weighed by, or null
 * @param format     the file it is written as: {@link #XLSX} (a workbook, one sheet per form) or
 *                   {@link #DOCX} (a Word document per form, for the narrative duty targets)
 */
public record PerfLayout(String name, PerfFormKind kind, String formName, boolean landscape, List<Integer> widths,
		List<PerfLayoutBlock> blocks, String source, String framework, String region, String family, String scoring,
		String format) {

	public static final String XLSX = "xlsx";
	public static final String DOCX = "docx";

	/** A workbook layout outside any family, without region or scoring profile (the importer's own readings). */
	public PerfLayout(String name, PerfFormKind kind, String formName, boolean landscape, List<Integer> widths,
			List<PerfLayoutBlock> blocks, String source, String framework) {
		this(name, kind, formName, landscape, widths, blocks, source, framework, null, null, null, XLSX);
	}

	/** Whether forms in this layout are written as Word documents rather than workbooks. */
	public boolean word() {
		return DOCX.equals(format);
	}

	public int columns() {
		return widths.size();
	}
}
