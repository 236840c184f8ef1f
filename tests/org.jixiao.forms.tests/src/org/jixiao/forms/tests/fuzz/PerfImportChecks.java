// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.eclipse.xtext.resource.XtextResource;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;

import com.google.inject.Injector;

/**
 * What every import must give, whatever it read: notes with a position and a message in the
 * analyst's words (no exception names, no library internals), and, when nothing stopped the import,
 * a .perf text that parses without errors.
 */
final class PerfImportChecks {

	/** What a message must not show: a Java exception or a library's internals instead of an explanation. */
	private static final Pattern INTERNALS = Pattern.compile(
			"Exception|Error\\b|java\\.|javax\\.|org\\.apache|org\\.xml|com\\.sun|\\bnull\\b|\\bat [a-z]+\\.");

	/** How the importer starts the message for a workbook it cannot read. */
	private static final String UNREADABLE = "无法读取 Excel 工作簿：";

	private PerfImportChecks() {
	}

	static void check(Injector injector, PerfImportResult result) throws Exception {
		for (PerfImportNote note : result.report()) {
			PerfFuzzFinding.check(note.severity() != null && note.message() != null && !note.message().isBlank(),
					"note without severity or message: " + note);
			PerfFuzzFinding.check(note.line() >= 1 && note.column() >= 1, "note at line " + note.line() + ", column "
					+ note.column() + ": " + note);
			if (note.severity() == PerfImportNote.Severity.ERROR) {
				PerfFuzzFinding.check(!INTERNALS.matcher(note.message()).find(),
						"error message shows internals instead of explaining: " + note.message());
				if (note.message().startsWith(UNREADABLE)) {
					// a workbook the import cannot read: explained in Jixiao's words (PerfWorkbookDamage), Chinese first
					String why = note.message().substring(UNREADABLE.length());
					PerfFuzzFinding.check(!why.isEmpty() && Character.UnicodeScript.of(why.codePointAt(0)) == Character.UnicodeScript.HAN,
							"an unreadable workbook is not explained in Jixiao's words, Chinese first: " + note.message());
				}
			}
		}
		if (result.hasErrors()) {
			return;
		}
		PerfFuzzFinding.check(result.perfText() != null, "an import without errors gave no text");
		XtextResource resource = PerfFuzzSupport.load(injector, "imported.perf", result.perfText().getBytes(StandardCharsets.UTF_8));
		PerfFuzzFinding.check(resource.getErrors().isEmpty(),
				"the imported text has syntax errors: " + resource.getErrors() + "\n" + result.perfText());
		result.elements();
	}
}
