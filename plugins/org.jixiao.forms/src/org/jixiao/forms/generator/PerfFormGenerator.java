// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jixiao.dsl.validation.PerfWorkbookLimits;
import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.DocumentElement;
import org.jixiao.model.Form;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.ProjectForm;

/**
 * Generates the official Excel forms of a .perf document: a pure function of the model and the
 * layouts. The command line and the workbench builder call it through {@code output.PerfGeneration},
 * which adds the Word documents.
 */
public final class PerfFormGenerator {

	/** Rows kept in memory per sheet while writing; older rows are flushed to a temporary file. */
	private static final int ROW_WINDOW = 200;

	/** Fixed document dates: generation must not depend on the clock. */
	private static final Date FIXED_DATE = new Date(946684800000L);

	private final PerfLayouts layouts;

	public PerfFormGenerator(PerfLayouts layouts) {
		this.layouts = layouts;
	}

	/**
	 * The workbooks a document yields: its forms grouped by kind, unit, year and layout, each
	 * drawn with the layout the form names, else {@code requestedLayout} if it fits the form kind,
	 * else the kind's default. Forms written in another framework than the layout's are drawn with
	 * their categories mapped to it (the workbook lists what was mapped).
	 */
	public List<PerfWorkbook> plan(PerfDocument document, String requestedLayout) {
		Map<String, List<Form>> groups = new LinkedHashMap<>();
		Map<String, PerfLayout> groupLayouts = new LinkedHashMap<>();
		for (DocumentElement element : document.getElements()) {
			if (element instanceof Form form) {
				PerfLayout layout = layouts.choose(form, requestedLayout);
				if (layout.word()) {
					continue; // a Word document (docx.PerfWordGenerator)
				}
				String key = PerfFormKind.of(form) + "\u0000" + PerfFileNames.unit(form) + "\u0000" + form.getYear() + "\u0000"
						+ layout.name();
				groups.computeIfAbsent(key, k -> new ArrayList<>()).add(form);
				groupLayouts.put(key, layout);
			}
		}
		List<PerfWorkbook> workbooks = new ArrayList<>();
		for (Map.Entry<String, List<Form>> group : groups.entrySet()) {
			Form first = group.getValue().get(0);
			PerfLayout layout = groupLayouts.get(group.getKey());
			List<Form> drawn = new ArrayList<>();
			Map<PerfFrameworkMapping.Mapping, Integer> mapped = new LinkedHashMap<>();
			for (Form form : group.getValue()) {
				PerfFrameworkMapping.Result result = PerfFrameworkMapping.map(form, layout);
				drawn.add(result.form());
				result.mappings().forEach((mapping, n) -> mapped.merge(mapping, n, Integer::sum));
			}
			List<String> mappings = new ArrayList<>();
			mapped.forEach((mapping, n) -> mappings.add(mapping.message(layout.name(), n)));
			workbooks.add(new PerfWorkbook(PerfFileNames.of(PerfFileNames.unit(first), first.getYear(), layout.formName()), layout,
					List.copyOf(drawn), List.copyOf(mappings)));
		}
		return workbooks;
	}

	/** Writes one workbook as .xlsx; the same input always gives the same bytes. */
	public void write(PerfWorkbook workbook, OutputStream out) throws IOException {
		ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * 1024);
		PerfPoiTempFiles.use();
		// close() also deletes the streaming writer's temporary files
		try (SXSSFWorkbook book = new SXSSFWorkbook(ROW_WINDOW)) {
			book.setCompressTempFiles(false);
			PerfStyles styles = new PerfStyles(book);
			Set<String> sheetNames = new HashSet<>();
			for (Form form : workbook.forms()) {
				Sheet sheet = book.createSheet(sheetName(form, workbook.layout(), sheetNames));
				PerfSheetWriter writer = new PerfSheetWriter(sheet, styles, workbook.layout().widths(),
						workbook.layout().landscape());
				new PerfBlocks(writer, workbook.layout(), form).drawAll();
			}
			POIXMLProperties.CoreProperties core = book.getXSSFWorkbook().getProperties().getCoreProperties();
			core.setCreated(Optional.of(FIXED_DATE));
			core.setModified(Optional.of(FIXED_DATE));
			core.setCreator("Jixiao");
			core.setTitle(workbook.layout().formName());
			book.write(raw);
		}
		PerfDeterministicZip.copy(raw.toByteArray(), out);
	}

	/** Convenience for tests and tools: the workbook's bytes. */
	public byte[] bytes(PerfWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(workbook, out);
		return out.toByteArray();
	}

	private static String sheetName(Form form, PerfLayout layout, Set<String> taken) {
		String base;
		if (form instanceof ProjectForm p && p.getName() != null) {
			base = p.getName();
		} else {
			base = layout.formName();
		}
		base = WorkbookUtil.createSafeSheetName(base.length() > PerfWorkbookLimits.SHEET_NAME_BASE_CHARACTERS
				? base.substring(0, PerfWorkbookLimits.SHEET_NAME_BASE_CHARACTERS) : base);
		String name = base;
		for (int i = 2; !taken.add(name); i++) {
			name = base + i;
		}
		return name;
	}
}
