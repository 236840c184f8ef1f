// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs files through a fuzz target without the fuzzer, with the time each takes:
 * {@code java -cp … org.jixiao.forms.tests.fuzz.PerfFuzzReplay TARGET FILE...} (see docs/reliability.md).
 */
public final class PerfFuzzReplay {

	private PerfFuzzReplay() {
	}

	public static void main(String[] args) throws Exception {
		PerfFuzzTargets target = PerfFuzzTargets.byId(args[0]);
		PerfFuzzTarget run = target.create(PerfFuzzSupport.standaloneInjector());
		for (int i = 1; i < args.length; i++) {
			byte[] input = Files.readAllBytes(Path.of(args[i]));
			long start = System.nanoTime();
			String outcome = "ok";
			try {
				run.run(input);
			} catch (Exception | AssertionError e) {
				outcome = e.toString();
			}
			System.out.printf("%s: %.1f ms: %s%n", args[i], (System.nanoTime() - start) / 1e6, outcome);
		}
	}
}
