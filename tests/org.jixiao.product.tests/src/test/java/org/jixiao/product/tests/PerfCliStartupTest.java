// SPDX-License-Identifier: EPL-2.0
package org.jixiao.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast start of {@code ./jixiao} (class-data-sharing archive and start-up flags, docs/benchmarks.md)
 * runs the script as a user does, on the built repository, and checks that it changes nothing but the
 * time: the same output, exit codes and forms with and without it; the archive is made on the first
 * run and used by the next; an archive older than the build is made anew; an archive the JVM cannot
 * use and a place where none can be written leave the commands working as before.
 */
class PerfCliStartupTest {

	private static final String PREPARING = "正在准备快速启动";
	private static final Map<String, String> PLAIN = Map.of("JIXIAO_CDS", "off", "JIXIAO_FAST_FLAGS", "off");

	/** The text of a file with an error, a warning and a syntax error, beside every example. */
	private static final String FAULTY = "project \"测试项目\" year 2020 <\n\ttitle \"项目支出绩效目标表\"\n\tbudget 十万\n>\n";

	record Run(int exitCode, String out, String err) {
	}

	@Test
	void archiveIsMadeOnTheFirstRunAndUsedByTheNext(@TempDir Path temp) throws Exception {
		Path cds = temp.resolve("cds");
		Path archive = cds.resolve("jixiao-cli.jsa");
		Run first = jixiao(Map.of("JIXIAO_CDS_DIR", cds.toString()), "library", "search", "信访");
		assertThat(first.exitCode()).as(first.err()).isZero();
		assertThat(first.err()).contains(PREPARING);
		assertThat(archive).isRegularFile();
		assertThat(Files.size(archive)).isGreaterThan(1_000_000);

		Path classLog = temp.resolve("classes.log");
		Run second = jixiao(Map.of("JIXIAO_CDS_DIR", cds.toString(), "JIXIAO_JAVA_OPTS",
				"-Xlog:class+load=info:file=" + classLog), "validate", examples().toString());
		assertThat(second.err()).doesNotContain(PREPARING);
		assertThat(loadedFromArchive(classLog, "org.jixiao.cli.PerfCli")).isTrue();
		assertThat(loadedFromArchive(classLog, "org.jixiao.dsl.validation.PerfValidator")).isTrue();
	}

	@Test
	void sameResultsWithAndWithoutTheFastStart(@TempDir Path temp) throws Exception {
		Path cds = temp.resolve("cds");
		Path archive = cds.resolve("jixiao-cli.jsa");
		Map<String, String> fast = Map.of("JIXIAO_CDS_DIR", cds.toString());
		Path faulty = Files.writeString(temp.resolve("faulty.perf"), FAULTY, StandardCharsets.UTF_8);
		jixiao(fast, "library", "stats");
		assertThat(archive).isRegularFile();

		List<List<String>> commands = List.of(List.of("validate", examples().toString()),
				List.of("validate", "--format", "json", faulty.toString()),
				List.of("validate", temp.resolve("missing.perf").toString()),
				List.of("library", "search", "培训次数", "--category", "产出.数量"),
				List.of("format", "--check", examples().toString()),
				List.of("selfeval", "score", examples().resolve("hongshan-2020-project-selfevals.perf").toString()));
		for (List<String> command : commands) {
			String[] args = command.toArray(String[]::new);
			Run plain = jixiao(PLAIN, args);
			Run withArchive = jixiao(fast, args);
			assertThat(withArchive).as(String.join(" ", command)).isEqualTo(plain);
			assertThat(plain.out() + plain.err()).as(String.join(" ", command)).isNotBlank();
		}

		Path plainForms = temp.resolve("plain-forms");
		Path fastForms = temp.resolve("fast-forms");
		Run plain = jixiao(PLAIN, "generate", examples().toString(), "-o", plainForms.toString());
		Run withArchive = jixiao(fast, "generate", examples().toString(), "-o", fastForms.toString());
		assertThat(plain.exitCode()).as(plain.err()).isZero();
		assertThat(withArchive.exitCode()).isZero();
		assertThat(withArchive.err().replace(fastForms.toString(), plainForms.toString())).isEqualTo(plain.err());
		List<String> names = fileNames(plainForms);
		assertThat(names).isNotEmpty().allMatch(n -> n.endsWith(".xlsx") || n.endsWith(".docx")).anyMatch(n -> n.endsWith(".docx"));
		assertThat(fileNames(fastForms)).isEqualTo(names);
		for (String name : names) {
			assertThat(Files.mismatch(plainForms.resolve(name), fastForms.resolve(name))).as(name).isEqualTo(-1L);
		}
	}

	@Test
	void anArchiveOlderThanTheBuildIsMadeAnew(@TempDir Path temp) throws Exception {
		Path cds = temp.resolve("cds");
		Path archive = cds.resolve("jixiao-cli.jsa");
		Map<String, String> fast = Map.of("JIXIAO_CDS_DIR", cds.toString());
		jixiao(fast, "library", "stats");
		Files.setLastModifiedTime(archive, FileTime.fromMillis(0));

		Path classLog = temp.resolve("classes.log");
		Map<String, String> logged = new HashMap<>(fast);
		logged.put("JIXIAO_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog);
		Run run = jixiao(logged, "validate", examples().toString());
		assertThat(run.err()).contains(PREPARING);
		assertThat(Files.getLastModifiedTime(archive).toMillis()).isGreaterThan(
				Files.getLastModifiedTime(repository().resolve("artifacts.xml")).toMillis());
		assertThat(loadedFromArchive(classLog, "org.jixiao.cli.PerfCli")).isTrue();
		assertThat(withoutPreparing(run)).isEqualTo(jixiao(PLAIN, "validate", examples().toString()));
	}

	@Test
	void anArchiveTheJvmCannotUseIsIgnoredQuietly(@TempDir Path temp) throws Exception {
		Path cds = temp.resolve("cds");
		Path archive = cds.resolve("jixiao-cli.jsa");
		Map<String, String> broken = Map.of("JIXIAO_CDS_DIR", cds.toString());
		jixiao(broken, "library", "stats");
		// newer than the build, so the script takes it; the JVM finds it is no archive
		Files.delete(archive);
		Files.write(archive, new byte[4096]);
		for (String[] args : List.of(new String[] { "validate", examples().toString() },
				new String[] { "library", "search", "信访" })) {
			assertThat(jixiao(broken, args)).isEqualTo(jixiao(PLAIN, args));
		}
	}

	@Test
	void runsWhereNoArchiveCanBeWritten(@TempDir Path temp) throws Exception {
		// a file where the archive's folder should be: nothing can be written below it
		Path notAFolder = Files.writeString(temp.resolve("target"), "");
		Map<String, String> unwritable = Map.of("JIXIAO_CDS_DIR", notAFolder.resolve("cds").toString());
		Run run = jixiao(unwritable, "validate", examples().toString());
		assertThat(run).isEqualTo(jixiao(PLAIN, "validate", examples().toString()));
		assertThat(run.err()).doesNotContain(PREPARING);
		assertThat(notAFolder).isRegularFile();
		try (Stream<Path> files = Files.list(temp)) {
			assertThat(files.map(f -> f.getFileName().toString())).containsExactly("target");
		}
	}

	/** Whether the class log of a run says the class came from the archive. */
	private static boolean loadedFromArchive(Path classLog, String className) throws IOException {
		List<String> lines = Files.readAllLines(classLog, StandardCharsets.UTF_8);
		String entry = lines.stream().filter(l -> l.contains(" " + className + " ")).findFirst().orElse("");
		assertThat(entry).as("%s in the class log", className).isNotEmpty();
		return entry.contains("source: shared objects file");
	}

	/** The run as a user sees it after the first: without the line about preparing the archive. */
	private static Run withoutPreparing(Run run) {
		String err = run.err().lines().filter(l -> !l.contains(PREPARING)).map(l -> l + "\n")
				.reduce("", String::concat);
		return new Run(run.exitCode(), run.out(), err);
	}

	private static List<String> fileNames(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	/** Runs ./jixiao as a user does, in the given environment. */
	private static Run jixiao(Map<String, String> environment, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("bash", root().resolve("jixiao").toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().keySet().removeIf(k -> k.startsWith("JIXIAO_"));
		builder.environment().putAll(environment);
		Path out = Files.createTempFile("jixiao-out", ".txt");
		Path err = Files.createTempFile("jixiao-err", ".txt");
		try {
			Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("jixiao %s finished", command).isTrue();
			Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
			assertThat(run.err()).as("the tests run on the built repository").doesNotContain("正在构建");
			return run;
		} finally {
			Files.delete(out);
			Files.delete(err);
		}
	}

	private static Path root() {
		return Path.of(System.getProperty("jixiao.root")).toAbsolutePath().normalize();
	}

	private static Path examples() {
		return root().resolve("examples");
	}

	private static Path repository() {
		return root().resolve("releng/org.jixiao.repository/target/repository");
	}
}
