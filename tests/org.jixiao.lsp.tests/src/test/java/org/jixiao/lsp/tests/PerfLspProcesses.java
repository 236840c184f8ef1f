// SPDX-License-Identifier: EPL-2.0
package org.jixiao.lsp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Processes of the tests: ./jixiao as a user runs it, node with the npm client, Neovim. */
final class PerfLspProcesses {

	record Run(int exitCode, String out, String err) {
	}

	private static Path nodeClient;
	private static boolean prepared;

	private PerfLspProcesses() {
	}

	static Path root() {
		return Path.of(System.getProperty("jixiao.root")).toAbsolutePath().normalize();
	}

	/** {@code ./jixiao ARGS} as a command. */
	static List<String> jixiao(String... args) {
		List<String> command = new java.util.ArrayList<>(List.of("bash", root().resolve("jixiao").toString()));
		command.addAll(List.of(args));
		return command;
	}

	/** Runs the command to its end (at most ten minutes) in the given extra environment. */
	static Run run(List<String> command, Path directory, Map<String, String> environment) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
		builder.environment().keySet().removeIf(k -> k.startsWith("JIXIAO_"));
		builder.environment().putAll(environment);
		Path out = Files.createTempFile("jixiao-lsp-out", ".txt");
		Path err = Files.createTempFile("jixiao-lsp-err", ".txt");
		try {
			Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			if (!process.waitFor(10, TimeUnit.MINUTES)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new AssertionError(command + " did not finish in ten minutes; stderr: "
						+ Files.readString(err, StandardCharsets.UTF_8));
			}
			Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
			assertThat(run.err()).as("the tests run on the built repository").doesNotContain("正在构建");
			return run;
		} finally {
			Files.delete(out);
			Files.delete(err);
		}
	}

	/**
	 * Runs ./jixiao once before a client starts it: after a build the script first prepares its fast
	 * start (up to a minute or more on a busy machine), which is not what the clients' waits measure.
	 */
	static synchronized void prepareJixiao() throws IOException, InterruptedException {
		if (!prepared) {
			Run run = run(jixiao("layouts"), root(), Map.of());
			assertThat(run.exitCode()).as("jixiao layouts: %s", run.err()).isZero();
			prepared = true;
		}
	}

	/**
	 * The npm client: client/ copied into target/ and its locked dependencies installed by
	 * {@code npm ci} (from npm's cache when it has them), once per test run.
	 */
	static synchronized Path nodeClient() throws IOException, InterruptedException {
		if (nodeClient == null) {
			Path source = Path.of(System.getProperty("jixiao.lsp.tests.dir"), "client");
			Path target = Path.of(System.getProperty("jixiao.lsp.work.dir"), "node-client");
			Files.createDirectories(target);
			for (String name : List.of("package.json", "package-lock.json", "scenario.mjs")) {
				Files.copy(source.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
			}
			Run install = run(List.of("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund"), target, Map.of());
			assertThat(install.exitCode()).as("npm ci: %s", install.err()).isZero();
			nodeClient = target;
		}
		return nodeClient;
	}
}
