// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.forms.docx.PerfWordDocument;
import org.jixiao.forms.docx.PerfWordGenerator;
import org.jixiao.forms.generator.PerfFormGenerator;
import org.jixiao.forms.generator.PerfOutputFile;
import org.jixiao.forms.generator.PerfWorkbook;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.PerfDocument;

/**
 * Everything a .perf document is generated as: its workbooks ({@link PerfFormGenerator}) and its Word
 * documents ({@link PerfWordGenerator}: duty targets in a Word layout, a 绩效自评报告 draft for every
 * self-evaluation). {@code jixiao generate} and the workbench's builder both plan and write through
 * this class, so they write the same files under the same names.
 */
public final class PerfGeneration {

	private final PerfFormGenerator workbooks;
	private final PerfWordGenerator documents;

	public PerfGeneration(PerfLayouts layouts) {
		this.workbooks = new PerfFormGenerator(layouts);
		this.documents = new PerfWordGenerator(layouts);
	}

	/**
	 * The files a document yields, workbooks first; layouts are chosen as {@link PerfFormGenerator#plan}
	 * chooses them. Throws {@code PerfLayoutException} for a layout that is unknown or of another kind.
	 */
	public List<PerfOutputFile> plan(PerfDocument document, String requestedLayout) {
		List<PerfOutputFile> files = new ArrayList<>(workbooks.plan(document, requestedLayout));
		files.addAll(documents.plan(document, requestedLayout));
		return files;
	}

	/** Writes one file; the same input always gives the same bytes. */
	public void write(PerfOutputFile file, OutputStream out) throws IOException {
		if (file instanceof PerfWorkbook workbook) {
			workbooks.write(workbook, out);
		} else if (file instanceof PerfWordDocument document) {
			documents.write(document, out);
		} else {
			throw new IllegalArgumentException("not a planned file: " + file);
		}
	}

	/** The file's bytes (the workbench writes them through the workspace). */
	public byte[] bytes(PerfOutputFile file) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(file, out);
		return out.toByteArray();
	}
}
