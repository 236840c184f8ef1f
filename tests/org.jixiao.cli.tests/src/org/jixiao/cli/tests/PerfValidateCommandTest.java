package org.jixiao.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.cli.PerfCli;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao validate}: what an analyst sees on the terminal and what a script sees as exit code. */
class PerfValidateCommandTest {

	@TempDir
	Path dir;

	private String out;
	private String err;

	private int run(String... args) {
		PerfCliRun run = PerfCliRun.of(args);
		out = run.out();
		err = run.err();
		return run.exitCode();
	}

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void examplesValidateClean() {
		int exitCode = run("validate", PerfTestSupport.examplesDir().toString());

		assertThat(out).isEmpty();
		assertThat(err).contains("检查了 " + PerfTestSupport.exampleFiles().size() + " 个文件：0 个错误");
		assertThat(exitCode).isZero();
	}

	@Test
	void errorsArePrintedAsFileLineColumnSeverityMessageInLineOrder() throws IOException {
		Path file = write("bad.perf", """
				goal "目标" <
				    indicator 产出.数目 "次数" ≥ 12 次
				    indicator 效益.社会效益 "效果" ≥ 1.2.3 %
				>
				""");

		int exitCode = run("validate", file.toString());

		assertThat(exitCode).isEqualTo(2);
		List<String> lines = out.lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).isEqualTo(file + ":2:15: error: 未知的指标类别“产出.数目”：应写作“一级.二级”，"
				+ "如 产出.数量、效益.社会效益，且须为所用指标框架中的类别。");
		assertThat(lines.get(1)).startsWith(file + ":3:").contains(": error: ");
		assertThat(err).contains("2 个错误");
	}

	@Test
	void missingFileIsAnErrorNotAStackTrace() {
		Path missing = dir.resolve("没有这个文件.perf");

		int exitCode = run("validate", missing.toString());

		assertThat(exitCode).isEqualTo(2);
		assertThat(out.strip()).isEqualTo(missing + ":1:1: error: 文件不存在。");
		assertThat(err).doesNotContain("Exception");
	}

	@Test
	void binaryFileIsReportedNotThrown() throws IOException {
		Path file = dir.resolve("binary.perf");
		Files.write(file, new byte[] { 0, 1, 2, (byte) 0xff, (byte) 0xfe, 10, 3 });

		int exitCode = run("validate", file.toString());

		assertThat(exitCode).isEqualTo(2);
		assertThat(out).startsWith(file + ":1:");
		assertThat(out + err).doesNotContain("Exception");
	}

	@Test
	void aFrameworkDeclaredInOneFileServesTheOthersOfTheRun() throws IOException {
		write("region/framework.perf", """
				framework 某区2025 "某区自定义框架" <
				    level1 产出 "产出指标" <
				        level2 覆盖面 "覆盖面指标"
				    >
				>
				""");
		write("region/goals.perf", "uses framework 某区2025\ngoal \"目标\" < indicator 产出.覆盖面 \"社区覆盖\" = 26 个 >\n");

		int exitCode = run("validate", dir.resolve("region").toString());

		assertThat(out).isEmpty();
		assertThat(exitCode).isZero();
	}

	@Test
	void noFileIsAUsageError() {
		int exitCode = run("validate");

		assertThat(exitCode).isEqualTo(PerfCli.EXIT_USAGE);
		assertThat(err).contains("命令行参数有误").contains("FILE|DIR");
	}
}
