// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jixiao.dsl.io.PerfAtomicFiles;

/**
 * Where a command that starts the next stage ({@code monitor new}, {@code selfeval new},
 * {@code next-year}) reads its declaration and writes the new file: the input must be a file, the
 * {@code -o} directory a directory, an existing output is never replaced without {@code --force},
 * and the file is written atomically (a failed write leaves the earlier file intact). Each check
 * prints its message and answers the exit code to end with, or null to go on.
 */
final class PerfNewStageOutput {

	private final Path input;
	private final Path directory;
	private final boolean force;
	private final PrintWriter err;

	PerfNewStageOutput(Path input, Path directory, boolean force, PrintWriter err) {
		this.input = input;
		this.directory = directory;
		this.force = force;
		this.err = err;
	}

	/** The declaration is an existing regular file. */
	Integer checkInput() {
		if (!Files.isRegularFile(input)) {
			err.println(input + ":1:1: error: " + (Files.exists(input) ? "不是文件：请给出一个 .perf 文件。" : "文件不存在。"));
			return PerfCli.EXIT_ERRORS;
		}
		return null;
	}

	/** The output directory, if it exists, is a directory; {@code what} names it (“监控表的输出目录”). */
	Integer checkDirectory(String what) {
		if (Files.exists(directory) && !Files.isDirectory(directory)) {
			err.println(directory + ":1:1: error: 不是目录：-o 给出" + what + "。");
			return PerfCli.EXIT_USAGE;
		}
		return null;
	}

	/** The file the new stage is written to, in the output directory. */
	Path target(String fileName) {
		return directory.resolve(fileName);
	}

	/** An existing output file is kept unless {@code --force}. */
	Integer refuseExisting(Path target) {
		if (Files.exists(target) && !force) {
			err.println(target + ":1:1: error: 输出文件已存在，未覆盖：如要覆盖请加 --force，或用 -o 指定另一个目录。");
			return PerfCli.EXIT_EXISTS;
		}
		return null;
	}

	/** Writes the text atomically as UTF-8. */
	Integer write(Path target, String text) {
		try {
			PerfAtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			err.println(target + ":1:1: error: 无法写入：" + e.getMessage());
			return PerfCli.EXIT_IO;
		}
		return null;
	}

	/**
	 * The declaration read with {@code others} (the stages it is compared with), or null when the declaration
	 * has errors: they are printed, with “未生成{@code what}”, and nothing is written.
	 */
	PerfWorkspace loadDeclaration(List<Path> others, String what) {
		List<Path> files = new ArrayList<>();
		files.add(input);
		files.addAll(others);
		PerfWorkspace workspace = PerfWorkspace.load(files);
		String inputName = input.toString();
		List<PerfProblem> errors = workspace.validate().stream().filter(p -> p.isError() && p.file().equals(inputName)).toList();
		if (errors.isEmpty()) {
			return workspace;
		}
		errors.forEach(p -> err.println(p.format()));
		err.printf("源文件有 %d 个错误，未生成%s。 Not written: the source has errors.%n", errors.size(), what);
		return null;
	}

	/** The other .perf files of the declaration's folder, where its self-evaluation or monitoring form usually is. */
	static List<Path> siblings(Path input) {
		Path self = input.toAbsolutePath().normalize();
		try (Stream<Path> list = Files.list(self.getParent())) {
			return list.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".perf") && !f.equals(self)).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	/** The input's file name without {@code .perf}. */
	static String stem(Path input) {
		String name = input.getFileName().toString();
		return name.endsWith(".perf") ? name.substring(0, name.length() - 5) : name;
	}
}
