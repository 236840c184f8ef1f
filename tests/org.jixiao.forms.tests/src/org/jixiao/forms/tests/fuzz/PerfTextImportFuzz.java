// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.fuzz;

import java.nio.charset.StandardCharsets;

import org.jixiao.forms.importer.PerfTableImporter;

import com.google.inject.Injector;

/**
 * The text importer on any pasted text (the route of “paste as .perf” and of copied tables): the
 * checks of {@link PerfImportChecks}.
 */
public final class PerfTextImportFuzz implements PerfFuzzTarget {

	private static PerfTextImportFuzz fuzzing;

	private final Injector injector;
	private final PerfTableImporter importer;

	public PerfTextImportFuzz(Injector injector) {
		this.injector = injector;
		this.importer = new PerfTableImporter(injector).withYear(2020);
	}

	@Override
	public void run(byte[] input) throws Exception {
		PerfImportChecks.check(injector, importer.importText(new String(input, StandardCharsets.UTF_8), "fuzz.txt"));
	}

	/** Jazzer's entry points. */
	public static void fuzzerInitialize() {
		fuzzing = new PerfTextImportFuzz(PerfFuzzSupport.standaloneInjector());
	}

	public static void fuzzerTestOneInput(byte[] input) throws Exception {
		fuzzing.run(input);
	}
}
