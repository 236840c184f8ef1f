// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a program the printing tests need (LibreOffice, pdftotext, pdfinfo) and returns its output. */
final class PerfExternalCommand {

	/** LibreOffice converts all files of a test in one run; a loaded machine needs a while. */
	static final long TIMEOUT_SECONDS = 300;

	private PerfExternalCommand() {
	}

	/** The command's standard output and error; it fails the test when the command fails or hangs. */
	static String run(Path dir, List<String> command) throws IOException, InterruptedException {
		Path out = Files.createTempFile(dir, "out", ".txt");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s");
		}
		String output = Files.readString(out, StandardCharsets.UTF_8);
		if (process.exitValue() != 0) {
			throw new AssertionError(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + output);
		}
		return output;
	}
}
