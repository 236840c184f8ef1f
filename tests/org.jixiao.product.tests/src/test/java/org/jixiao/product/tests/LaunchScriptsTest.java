// SPDX-License-Identifier: EPL-2.0
package org.jixiao.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux download's launch scripts, run as its user runs them: {@code jixiao} runs the command
 * line from the product's own bundles, both scripts say in Chinese what is missing (a Java 17
 * runtime, a display, a file). The workbench started through {@code jixiao-workbench} is tested in
 * {@link WorkbenchProductTest}.
 */
class LaunchScriptsTest {

	private static Path script(String name) {
		return ProductRun.productDir().resolve(name);
	}

	private static ProcessBuilder builder(List<String> command, String javaHome) {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("JAVA_HOME", javaHome);
		return builder;
	}

	@Test
	void jixiaoRunsTheCommandLineOfTheDownload() throws Exception {
		Path example = PerfCliProcess.examples().resolve("xiguan-2022-duties.perf");
		PerfCliProcess.Run run = PerfCliProcess.run(builder(List.of(script("jixiao").toString(), "validate", example.toString()),
				System.getProperty("java.home")));
		assertThat(run.exitCode()).as("stderr: %s", run.err()).isZero();
		// the summary goes to standard error, the problems (none here) to standard output
		assertThat(run.err()).contains("检查了 1 个文件：0 个错误");
	}

	@Test
	void aJavaOlderThan17IsNamedWithWhatToDo(@TempDir Path temp) throws Exception {
		// a Java 8 as JAVA_HOME: its java only says its version
		Path bin = Files.createDirectories(temp.resolve("jre8/bin"));
		Path java = bin.resolve("java");
		Files.writeString(java, "#!/bin/sh\necho 'java version \"1.8.0_301\"' >&2\necho 'Java(TM) SE Runtime Environment (build 1.8.0_301-b09)' >&2\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		for (List<String> command : List.of(List.of(script("jixiao").toString(), "--help"),
				List.of(script("jixiao-workbench").toString()))) {
			String name = Path.of(command.get(0)).getFileName().toString();
			ProcessBuilder builder = builder(command, temp.resolve("jre8").toString());
			builder.environment().put("DISPLAY", ":0");
			PerfCliProcess.Run run = PerfCliProcess.run(builder);
			assertThat(run.exitCode()).as(name).isEqualTo(69);
			assertThat(run.err()).as(name).contains(java + " 是 Java 1.8.0_301；Jixiao 需要 Java 17 或更新版本")
					.contains("Jixiao needs Java 17 or newer");
		}
	}

	@Test
	void noJavaAtAllIsNamedWithWhatToDo(@TempDir Path temp) throws Exception {
		PerfCliProcess.Run run = PerfCliProcess.run(builder(List.of(script("jixiao").toString(), "--version"),
				temp.resolve("no-java").toString()));
		assertThat(run.exitCode()).isEqualTo(69);
		assertThat(run.err()).startsWith("jixiao: 找不到 Java。Jixiao 需要 Java 17 或更新版本的运行环境");
	}

	@Test
	void theWorkbenchScriptNamesAMissingFileAndAMissingDisplay(@TempDir Path temp) throws IOException, InterruptedException {
		String javaHome = System.getProperty("java.home");
		PerfCliProcess.Run missing = PerfCliProcess.run(builder(List.of(script("jixiao-workbench").toString(),
				temp.resolve("没有.perf").toString()), javaHome));
		assertThat(missing.exitCode()).isEqualTo(66);
		assertThat(missing.err()).isEqualTo(temp.resolve("没有.perf") + ":1:1: error: 文件不存在。 (file not found)\n");

		Path file = Files.writeString(temp.resolve("a.perf"), "");
		ProcessBuilder noDisplay = builder(List.of(script("jixiao-workbench").toString(), file.toString()), javaHome);
		noDisplay.environment().remove("DISPLAY");
		noDisplay.environment().remove("WAYLAND_DISPLAY");
		PerfCliProcess.Run run = PerfCliProcess.run(noDisplay);
		assertThat(run.exitCode()).isEqualTo(69);
		assertThat(run.err()).startsWith("jixiao workbench: 没有图形显示（DISPLAY 未设置）");
	}
}
