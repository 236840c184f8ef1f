// SPDX-License-Identifier: EPL-2.0
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

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code jixiao validate}: what an analyst sees on the terminal and what a script sees as exit code. */
class PerfValidateCommandTest extends PerfCliCommandTest {

	@TempDir
	Path dir;

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void examplesHaveReviewFindingsButNoErrors() {
		int exitCode = run("validate", PerfTestSupport.examplesDir().toString());

		// The examples keep the seeds' mistakes: warnings, never errors, so they can still be generated.
		assertThat(out).doesNotContain(": error: ").contains(": warning: [perf.share-mismatch] ");
		// the seed examples, the central self-evaluation of examples/central/ and the four forms of the year in examples/year/
		assertThat(err).contains("检查了 " + (PerfTestSupport.exampleFiles().size() + 5) + " 个文件：0 个错误");
		assertThat(exitCode).isZero();
	}

	@Test
	void strictTurnsWarningsIntoExitCodeOne() {
		int exitCode = run("validate", "--strict", PerfTestSupport.examplesDir().toString());

		assertThat(out).contains(": warning: ");
		assertThat(exitCode).isEqualTo(1);
	}

	@Test
	void strictOnACleanFileIsZero() throws IOException {
		Path file = write("clean.perf", """
				goal "保障社区文体活动正常开展" <
				    indicator 产出.数量 "社区开展文体和文化活动" ≥ 12 次
				    indicator 效益.社会效益 "居民文化生活" "明显改善"
				    indicator 满意度.服务对象满意度 "居民满意度" ≥ 90%
				>
				""");

		int exitCode = run("validate", "--strict", file.toString());

		assertThat(out).isEmpty();
		assertThat(exitCode).isZero();
	}

	@Test
	void jsonGivesTheSameProblemsAsText() {
		Path example = PerfTestSupport.seedExamplesDir().resolve("qingling-2020-declaration.perf");
		run("validate", example.toString());
		List<String> textLines = out.lines().toList();

		int exitCode = run("validate", "--format", "json", example.toString());

		assertThat(exitCode).isZero();
		JsonArray problems = JsonParser.parseString(out).getAsJsonArray();
		assertThat(problems).hasSize(textLines.size());
		JsonObject first = problems.get(0).getAsJsonObject();
		assertThat(first.get("file").getAsString()).isEqualTo(example.toString());
		assertThat(first.get("line").getAsInt()).isEqualTo(21);
		assertThat(first.get("column").getAsInt()).isEqualTo(36);
		assertThat(first.get("severity").getAsString()).isEqualTo("warning");
		assertThat(first.get("code").getAsString()).isEqualTo("perf.share-mismatch");
		assertThat(textLines.get(0)).isEqualTo(example + ":21:36: warning: [perf.share-mismatch] " + first.get("message").getAsString());
	}

	@Test
	void profileChangesSeveritiesAndThresholds() throws IOException {
		Path example = PerfTestSupport.seedExamplesDir().resolve("qingling-2020-declaration.perf");
		Path profile = write("strict.properties", "severity.perf.share-mismatch = error\n");

		int exitCode = run("validate", "--profile", profile.toString(), example.toString());

		assertThat(exitCode).isEqualTo(2);
		assertThat(out).contains(example + ":21:36: error: [perf.share-mismatch] ");

		Path lenient = write("lenient.properties", "share.tolerance = 0.02\n");
		run("validate", "--profile", lenient.toString(), example.toString());
		assertThat(out).doesNotContain("perf.share-mismatch");

		// the profile applies to its run only
		run("validate", example.toString());
		assertThat(out).contains(": warning: [perf.share-mismatch] ");
	}

	private static final String WITHOUT_CRITERION = """
			goal "保障社区文体活动正常开展" <
			    indicator 产出.数量 "社区开展文体和文化活动" description "全年组织的文体活动" ≥ 12 次 basis "计划数据"
			    indicator 效益.社会效益 "居民文化生活" description "居民文化生活的改善" criterion "按达成程度评分" "明显改善" basis "历史标准"
			    indicator 满意度.服务对象满意度 "居民满意度" description "抽样调查的满意程度" criterion "每低 1 个百分点扣 1 分" ≥ 90% basis "行业标准"
			>
			""";

	@Test
	void theNationalProfileIsChosenByName() throws IOException {
		Path file = write("national.perf", WITHOUT_CRITERION);

		int exitCode = run("validate", "--profile", "national", file.toString());

		assertThat(out).isEqualTo(file + ":2:21: warning: [perf.missing-criterion] “社区开展文体和文化活动”没有评（扣）分标准（criterion）：国家数据标准要求写明如何评分、扣分。 (indicator without its scoring criterion)\n"
				+ file + ":2:72: warning: [perf.basis-kind] 指标值确定依据“计划数据”应写作国家数据标准的“计划标准”（标准写法：计划标准、行业标准、历史标准、财政部门认可的其他标准）。 (basis: write the standard's word)\n");
		assertThat(exitCode).isZero();

		// without it the standard's checks are off
		run("validate", file.toString());
		assertThat(out).isEmpty();
	}

	@Test
	void aRegionsFileGoesOnTopOfTheNationalProfile() throws IOException {
		Path file = write("national.perf", WITHOUT_CRITERION);
		Path profile = write("我区.properties", "severity.perf.missing-criterion = error\nseverity.perf.basis-kind = ignore\n");

		int exitCode = run("validate", "--profile", "national", "--profile", profile.toString(), file.toString());

		assertThat(out).startsWith(file + ":2:21: error: [perf.missing-criterion] ").doesNotContain("perf.basis-kind");
		assertThat(exitCode).isEqualTo(2);
	}

	@Test
	void anUnknownProfileNameIsAUsageErrorNamingTheBuiltInOnes() {
		int exitCode = run("validate", "--profile", "nationl", PerfTestSupport.examplesDir().toString());

		assertThat(exitCode).isEqualTo(PerfCli.EXIT_USAGE);
		assertThat(err).contains("nationl:1:1: error: [perf.input] 校验配置有误：“nationl”既不是校验配置文件，也不是内置校验配置（可用：default、national）。")
				.doesNotContain("Exception");
	}

	@Test
	void badProfileIsAUsageErrorWithTheKey() throws IOException {
		Path profile = write("bad.properties", "severity.perf.no-such-rule = warning\n");

		int exitCode = run("validate", "--profile", profile.toString(), PerfTestSupport.examplesDir().toString());

		assertThat(exitCode).isEqualTo(PerfCli.EXIT_USAGE);
		assertThat(err).contains("perf.no-such-rule").doesNotContain("Exception");
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
		List<String> lines = out.lines().filter(l -> l.contains(": error: ")).toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).isEqualTo(file + ":2:15: error: [perf.unknown-category] “产出.数目”不是指标框架“经典”中的类别；"
				+ "产出 下可用：数量、质量、时效、成本。");
		assertThat(lines.get(1)).startsWith(file + ":3:").contains(": error: [perf.syntax] ");
		assertThat(lines.get(1)).isEqualTo(file + ":3:28: error: [perf.syntax] 无法识别“.”。");
		assertThat(err).contains("2 个错误");
	}

	@Test
	void anUnknownFrameworkIsAnUnresolvedReference() throws IOException {
		Path file = write("未知框架.perf", """
				uses framework 不存在
				goal "目标" < indicator 产出.数量 "次数" ≥ 12 次 >
				""");

		int exitCode = run("validate", file.toString());

		assertThat(exitCode).isEqualTo(2);
		assertThat(out.lines().filter(l -> l.contains(": error: "))).containsExactly(file
				+ ":1:16: error: [perf.unresolved] 未知的指标框架“不存在”：可用 经典、中央2021、湖北2020，或项目中自行声明的框架。");
	}

	@Test
	void missingFileIsAnErrorNotAStackTrace() {
		Path missing = dir.resolve("没有这个文件.perf");

		int exitCode = run("validate", missing.toString());

		assertThat(exitCode).isEqualTo(2);
		assertThat(out.strip()).isEqualTo(missing + ":1:1: error: [perf.input] 文件不存在。");
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
