// SPDX-License-Identifier: EPL-2.0
package org.jixiao.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a process of its own, as {@code ./jixiao} runs it: {@code java} with the
 * script's flags and the built repository's bundles on the class path, {@code org.jixiao.cli.PerfCli}.
 * Run directly (not through the script), so that the process a test kills is the JVM itself.
 */
final class PerfCliProcess {

	record Run(int exitCode, String out, String err, long millis) {
	}

	private PerfCliProcess() {
	}

	static Path root() {
		return Path.of(System.getProperty("jixiao.root")).toAbsolutePath().normalize();
	}

	static Path examples() {
		return root().resolve("examples");
	}

	static Path plugins() {
		return Path.of(System.getProperty("jixiao.repository.plugins")).toAbsolutePath().normalize();
	}

	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** The command for a CLI run; {@code jvmOptions} go before the class (e.g. {@code -Xmx512m}). */
	static List<String> command(List<String> jvmOptions, List<String> args) {
		List<String> command = new ArrayList<>(List.of(java(), "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1",
				"-XX:+UseSerialGC"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", plugins() + "/*", "org.jixiao.cli.PerfCli"));
		command.addAll(args);
		return command;
	}

	/** Runs to the end (at most ten minutes); output kept in temporary files, not pipes, so that nothing blocks. */
	static Run run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
		return run(new ProcessBuilder(command(jvmOptions, List.of(args))));
	}

	static Run run(ProcessBuilder builder) throws IOException, InterruptedException {
		Path out = Files.createTempFile("jixiao-out", ".txt");
		Path err = Files.createTempFile("jixiao-err", ".txt");
		try {
			long start = System.nanoTime();
			Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			if (!process.waitFor(10, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("not finished in ten minutes: " + builder.command());
			}
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8), millis);
		} finally {
			Files.delete(out);
			Files.delete(err);
		}
	}
}
