// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run of the command line's class-data-sharing archive: {@code ./jixiao} runs it once
 * after each build with {@code -XX:ArchiveClassesAtExit}, so that the archive written when this JVM
 * exits holds the classes that validate, format, generate and library search load. Later runs map
 * those classes instead of loading, verifying and linking them from the jars (docs/benchmarks.md).
 * Not a user command: its output is discarded.
 *
 * <p>
 * Arguments: a folder of .perf files to train on (the examples; skipped when missing) and an
 * empty folder for the generated forms.
 */
public final class PerfStartupTraining {

	private PerfStartupTraining() {
	}

	public static void main(String[] args) {
		PerfCli.useSimpleLogging();
		PerfCli.useReflectiveInjection();
		PrintWriter sink = new PrintWriter(Writer.nullWriter());
		Path examples = Path.of(args[0]);
		if (Files.isDirectory(examples)) {
			PerfCli.execute(sink, sink, "validate", examples.toString());
			PerfCli.execute(sink, sink, "format", "--check", examples.toString());
			PerfCli.execute(sink, sink, "generate", examples.toString(), "-o", args[1]);
		}
		PerfCli.execute(sink, sink, "library", "search", "信访");
		PerfCli.execute(sink, sink, "library", "stats");
	}
}
