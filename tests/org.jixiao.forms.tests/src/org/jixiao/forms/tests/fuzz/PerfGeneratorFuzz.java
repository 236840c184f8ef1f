// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.forms.generator.PerfFormGenerator;
import org.jixiao.forms.generator.PerfWorkbook;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.PerfDocument;

import com.google.inject.Injector;

/**
 * The generator on every document without errors: each planned workbook is written and reopens
 * with POI, one sheet per form, every cell readable, under a file name of its own ending in .xlsx.
 */
public final class PerfGeneratorFuzz implements PerfFuzzTarget {

	private static PerfGeneratorFuzz fuzzing;

	private final Injector injector;
	private final PerfFormGenerator generator = new PerfFormGenerator(PerfLayouts.builtin());

	public PerfGeneratorFuzz(Injector injector) {
		this.injector = injector;
	}

	@Override
	public void run(byte[] input) throws Exception {
		XtextResource resource = PerfFuzzSupport.load(injector, "fuzz.perf", input);
		PerfDocument document = PerfFuzzSupport.document(resource);
		if (document == null) {
			return;
		}
		List<Issue> issues = PerfFuzzSupport.validate(injector, resource, input);
		if (PerfFuzzSupport.hasErrors(issues)) {
			return; // nothing is generated from a document with errors
		}
		for (PerfWorkbook workbook : generator.plan(document, null)) {
			String name = workbook.fileName();
			PerfFuzzFinding.check(name != null && name.endsWith(".xlsx") && name.length() > ".xlsx".length()
					&& name.indexOf('/') < 0 && name.indexOf('\\') < 0 && name.indexOf('\0') < 0, "bad file name: " + name);
			byte[] bytes = generator.bytes(workbook);
			try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
				PerfFuzzFinding.check(book.getNumberOfSheets() == workbook.forms().size(),
						book.getNumberOfSheets() + " sheets for " + workbook.forms().size() + " forms in " + name);
				for (Sheet sheet : book) {
					for (Row row : sheet) {
						for (Cell cell : row) {
							cell.toString();
						}
					}
				}
			} catch (IOException | RuntimeException e) {
				throw new PerfFuzzFinding("the generated workbook " + name + " does not reopen: " + e, e);
			}
		}
	}

	/** Jazzer's entry points. */
	public static void fuzzerInitialize() throws Exception {
		fuzzing = new PerfGeneratorFuzz(PerfFuzzSupport.standaloneInjector());
		PerfFuzzSupport.warmUp(fuzzing, PerfFuzzTargets.GENERATOR, "seed-ex-qingling-2020-declaration-01.perf");
	}

	public static void fuzzerTestOneInput(byte[] input) throws Exception {
		fuzzing.run(input);
	}
}
