// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.fuzz;

import java.nio.charset.StandardCharsets;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.jixiao.dsl.formatting2.PerfDocumentFormatter;
import org.jixiao.model.PerfDocument;

import com.google.inject.Injector;

/**
 * The formatter's promises on any text: a text with syntax errors is never changed; otherwise the
 * formatted text differs only in blanks and line breaks, parses without errors to the same model
 * (compared linked, {@link PerfFuzzModelText}), and formatting it again changes nothing.
 */
public final class PerfFormatterFuzz implements PerfFuzzTarget {

	private static PerfFormatterFuzz fuzzing;

	private final Injector injector;
	private final PerfDocumentFormatter formatter;

	public PerfFormatterFuzz(Injector injector) {
		this.injector = injector;
		this.formatter = injector.getInstance(PerfDocumentFormatter.class);
	}

	@Override
	public void run(byte[] input) throws Exception {
		XtextResource resource = PerfFuzzSupport.load(injector, "fuzz.perf", input);
		PerfDocument document = PerfFuzzSupport.document(resource);
		if (document == null) {
			return; // not text: refused before parsing, the formatter is never asked
		}
		String original = resource.getParseResult().getRootNode().getText();
		if (!resource.getErrors().isEmpty()) {
			PerfFuzzFinding.check(formatter.format(resource).equals(original), "the formatter changed a text with syntax errors");
			PerfFuzzFinding.check(formatter.replacements(resource).isEmpty(), "the formatter proposes edits to a text with syntax errors");
			return;
		}
		String formatted = formatter.format(resource);
		PerfFuzzFinding.check(withoutBlanks(formatted).equals(withoutBlanks(original)),
				"the formatter changed more than blanks and line breaks:\n" + formatted);
		XtextResource again = PerfFuzzSupport.load(injector, "fuzz.perf", formatted.getBytes(StandardCharsets.UTF_8));
		PerfFuzzFinding.check(again.getErrors().isEmpty(),
				"the formatted text has syntax errors: " + again.getErrors() + "\n" + formatted);
		EcoreUtil.resolveAll(resource.getResourceSet());
		EcoreUtil.resolveAll(again.getResourceSet());
		String before = PerfFuzzModelText.of(document);
		String after = PerfFuzzModelText.of(PerfFuzzSupport.document(again));
		PerfFuzzFinding.check(before.equals(after), "formatting changed the model:\n" + before + "\n" + after + "\n" + formatted);
		PerfFuzzFinding.check(formatter.format(again).equals(formatted), "formatting is not idempotent:\n" + formatted);
	}

	/** The text without the language's blanks (its WS terminal: space, tab, line breaks, U+3000). */
	private static String withoutBlanks(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\u3000') {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Jazzer's entry points. */
	public static void fuzzerInitialize() {
		fuzzing = new PerfFormatterFuzz(PerfFuzzSupport.standaloneInjector());
	}

	public static void fuzzerTestOneInput(byte[] input) throws Exception {
		fuzzing.run(input);
	}
}
