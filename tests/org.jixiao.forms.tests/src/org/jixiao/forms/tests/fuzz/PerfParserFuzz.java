// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.fuzz;

import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

/**
 * Parser and validator on arbitrary bytes: whatever a file holds, loading and checking it gives
 * issues with a message and a position inside the text, and never an exception.
 */
public final class PerfParserFuzz implements PerfFuzzTarget {

	private static PerfParserFuzz fuzzing;

	private final Injector injector;

	public PerfParserFuzz(Injector injector) {
		this.injector = injector;
	}

	@Override
	public void run(byte[] input) throws Exception {
		XtextResource resource = PerfFuzzSupport.load(injector, "fuzz.perf", input);
		PerfFuzzSupport.validate(injector, resource, input);
	}

	/** Jazzer's entry points. */
	public static void fuzzerInitialize() {
		fuzzing = new PerfParserFuzz(PerfFuzzSupport.standaloneInjector());
	}

	public static void fuzzerTestOneInput(byte[] input) throws Exception {
		fuzzing.run(input);
	}
}
