// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.cli.PerfCli;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code jixiao selfeval new} and {@code jixiao selfeval score}: files, terminal output and exit codes. */
class PerfSelfEvalCommandTest extends PerfCliCommandTest {

	private static final Pattern EMPTY_ACTUAL = Pattern.compile("(indicator \\S+ \"[^\"]*\" )(.*?)( weight \\S+ actual )---");

	@TempDir
	Path dir;

	private Path copyExample(String name) throws IOException {
		Path target = dir.resolve(name);
		Files.copy(PerfTestSupport.examplesDir().resolve(name), target);
		return target;
	}

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	@Test
	void newWritesASelfEvaluationIntoTheOutputFolderThatValidatesAndIsFormatted() throws IOException {
		Path declaration = copyExample("qingling-2020-declaration.perf");
		Path output = dir.resolve("selfeval");

		int exitCode = run("selfeval", "new", declaration.toString(), "-o", output.toString());

		Path created = output.resolve("qingling-2020-declaration-selfeval.perf");
		assertThat(exitCode).as(err).isZero();
		// the folder of the declarations gets nothing: only the new output folder was added
		try (var files = Files.list(dir)) {
			assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("qingling-2020-declaration.perf", "selfeval");
		}
		assertThat(out).contains("已生成 " + created + "：1 张自评表（评分配置 wuhan2020）");
		assertThat(read(created)).contains("selfeval department \"武汉市洪山区人民政府青菱街办事处\" year 2020 <")
				.contains("budget \"部门整体支出总额\" weight 20 planned 7148.45 executed ---");
		assertThat(run("validate", created.toString())).isZero();
		assertThat(out).doesNotContain(": error: ").contains("[perf.missing-actual]");
		assertThat(run("format", "--check", created.toString())).as(out).isZero();
	}

	@Test
	void anExistingFileIsReplacedOnlyWithForce() throws IOException {
		Path declaration = copyExample("qingling-2020-declaration.perf");
		Path output = dir.resolve("mine");
		Files.createDirectories(output);
		Path target = output.resolve("qingling-2020-declaration-selfeval.perf");
		Files.writeString(target, "// 分析人员已填了一半的自评表\n", StandardCharsets.UTF_8);

		assertThat(run("selfeval", "new", declaration.toString(), "-o", output.toString())).isEqualTo(PerfCli.EXIT_EXISTS);
		assertThat(err).contains(target + ":1:1: error: 输出文件已存在，未覆盖：如要覆盖请加 --force");
		assertThat(read(target)).isEqualTo("// 分析人员已填了一半的自评表\n");

		assertThat(run("selfeval", "new", declaration.toString(), "-o", output.toString(), "--force")).as(err).isZero();
		assertThat(read(target)).contains("selfeval department");
	}

	@Test
	void theOutputIsAFolderSelfevalUnlessGiven() throws IOException {
		Path declaration = copyExample("qingling-2020-declaration.perf");

		assertThat(run("selfeval", "new", declaration.toString(), "-o", declaration.toString())).isEqualTo(PerfCli.EXIT_USAGE);
		assertThat(err).contains(declaration + ":1:1: error: 不是目录：-o 给出自评表的输出目录。");

		// without -o the file goes to selfeval/ in the current directory, as generate's go to forms/
		run("selfeval", "new", "--help");
		assertThat(out).contains("-o, --output=DIR").contains("输出目录（默认：当前目录下的").contains("selfeval）");
	}

	@Test
	void profilesByNameOrFromARegionsFile() throws IOException {
		Path projects = copyExample("xiguan-2022-projects.perf");

		assertThat(run("selfeval", "new", projects.toString(), "--profile", "central", "-o", dir.resolve("central").toString()))
				.as(err).isZero();
		assertThat(out).contains("13 张自评表（评分配置 central）");
		assertThat(read(dir.resolve("central").resolve("xiguan-2022-projects-selfeval.perf"))).contains("weight 10 planned").doesNotContain("objective weight");

		Path region = write("某区.scoring.properties", "name = 某区\nbudget = 30\nobjective = 10\nsections = 产出:40, 效益+满意度:20\n");
		assertThat(run("selfeval", "new", projects.toString(), "--profile", region.toString(), "-o", dir.resolve("region").toString()))
				.as(err).isZero();
		assertThat(read(dir.resolve("region").resolve("xiguan-2022-projects-selfeval.perf"))).contains("weight 30 planned").contains("objective weight 10 ").contains("indicatorweight 60");

		Path bad = write("bad.scoring.properties", "budget = 30\nsections = 产出:40\n");
		assertThat(run("selfeval", "new", projects.toString(), "--profile", bad.toString())).isEqualTo(PerfCli.EXIT_USAGE);
		assertThat(err).contains(bad + ":2:1: 评分配置有误：项目自评表各部分分值之和为 70");
		assertThat(run("selfeval", "new", projects.toString(), "--profile", "nosuch")).isEqualTo(PerfCli.EXIT_USAGE);
		assertThat(err).contains("未知的评分配置“nosuch”（可用：wuhan2020、central");
	}

	@Test
	void aLayoutWritesItsNameAndBringsItsScoringProfile() throws IOException {
		Path projects = copyExample("xiguan-2022-projects.perf");
		Path output = dir.resolve("central");

		assertThat(run("selfeval", "new", projects.toString(), "--layout", "national", "-o", output.toString())).as(err).isZero();
		// the family's project self-evaluation layout, and the scoring profile it names
		assertThat(out).contains("13 张自评表（评分配置 central）");
		String written = read(output.resolve("xiguan-2022-projects-selfeval.perf"));
		assertThat(written).contains("layout \"central-project-selfeval\"")
				.contains("budget \"年度资金总额\" weight 10 initial 0.40 planned 0.40 executed --- <")
				.contains("fiscal initial 0.40 planned 0.40").doesNotContain("objective weight");

		// an explicit profile still wins
		assertThat(run("selfeval", "new", projects.toString(), "--layout", "central-project-selfeval", "--profile", "wuhan2020",
				"-o", dir.resolve("wuhan").toString())).as(err).isZero();
		assertThat(out).contains("评分配置 wuhan2020");

		assertThat(run("selfeval", "new", projects.toString(), "--layout", "hunan2020")).isEqualTo(PerfCli.EXIT_USAGE);
		assertThat(err).contains("版式“hunan2020”不是自评表的版式");
		assertThat(run("selfeval", "new", projects.toString(), "--layout", "nosuch")).isEqualTo(PerfCli.EXIT_USAGE);
		assertThat(err).contains("未知版式“nosuch”");
	}

	@Test
	void theJuneMonitoringBesideTheDeclarationStartsTheActuals() throws IOException {
		Path year = Files.createDirectories(dir.resolve("year"));
		for (String name : new String[] { "dongxihu-petition-bureau-2025.perf", "dongxihu-petition-bureau-2025-monitor-6.perf" }) {
			Files.copy(PerfTestSupport.examplesDir().resolve("year").resolve(name), year.resolve(name));
		}
		Path output = dir.resolve("selfeval");

		int exitCode = run("selfeval", "new", year.resolve("dongxihu-petition-bureau-2025.perf").toString(), "-o", output.toString());

		assertThat(exitCode).as(err).isZero();
		assertThat(out).contains("12 项实际完成值暂取监控表的全年预计（注释“预计值”标出），请替换为实际完成值。");
		String text = read(output.resolve("dongxihu-petition-bureau-2025-selfeval.perf"));
		String mark = "\t\t// 预计值：actual 暂取 6 月监控表（dongxihu-petition-bureau-2025-monitor-6.perf）的全年预计（forecast），请替换为实际完成值。\n";
		assertThat(text).containsPattern(mark + "\t\tindicator 产出.数量 \"劝返上访人数\" ≤ 3000 人 adjusted ≤ 2500 人 weight [0-9.]+ actual 2400 人\n")
				.containsPattern(mark + "\t\tindicator 产出.数量 \"信访积案化解数量\" ≥ 20 件 weight [0-9.]+ actual 22 件\n")
				.doesNotContain("actual ---");
	}

	@Test
	void aMonitoringFormElsewhereIsGivenWithMonitor() throws IOException {
		Path declarations = Files.createDirectories(dir.resolve("declarations"));
		Path monitoring = Files.createDirectories(dir.resolve("monitoring"));
		Path declaration = declarations.resolve("dongxihu-petition-bureau-2025.perf");
		Files.copy(PerfTestSupport.examplesDir().resolve("year").resolve("dongxihu-petition-bureau-2025.perf"), declaration);
		Files.copy(PerfTestSupport.examplesDir().resolve("year").resolve("dongxihu-petition-bureau-2025-monitor-6.perf"),
				monitoring.resolve("june.perf"));

		assertThat(run("selfeval", "new", declaration.toString(), "-o", dir.resolve("alone").toString())).as(err).isZero();
		assertThat(out).doesNotContain("暂取监控表的全年预计");
		assertThat(read(dir.resolve("alone").resolve("dongxihu-petition-bureau-2025-selfeval.perf"))).doesNotContain("预计值").contains("actual ---");

		assertThat(run("selfeval", "new", declaration.toString(), "--monitor", monitoring.toString(), "-o", dir.resolve("given").toString()))
				.as(err).isZero();
		assertThat(out).contains("12 项实际完成值暂取监控表的全年预计");
		assertThat(read(dir.resolve("given").resolve("dongxihu-petition-bureau-2025-selfeval.perf")))
				.contains("// 预计值：actual 暂取 6 月监控表（june.perf）的全年预计（forecast），请替换为实际完成值。");
	}

	@Test
	void sourcesWithErrorsOrWithoutDeclarationsWriteNothing() throws IOException {
		Path broken = write("broken.perf", "project \"P1\" \"经费\" year 2022 <\n    goal \"目标\" <\n        indicator 产出.数亮 \"次数\" ≥ 1 次\n    >\n>\n");
		Path output = dir.resolve("out");
		assertThat(run("selfeval", "new", broken.toString(), "-o", output.toString())).isEqualTo(2);
		assertThat(err).contains(broken + ":3:19: error: ").contains("未生成自评表");
		assertThat(output.resolve("broken-selfeval.perf")).doesNotExist();

		Path selfevals = copyExample("hongshan-2020-project-selfevals.perf");
		assertThat(run("selfeval", "new", selfevals.toString(), "-o", output.toString())).isEqualTo(2);
		assertThat(err).contains(selfevals + ":1:1: error: 文件中没有部门整体支出绩效目标申报表（department）或项目支出绩效目标表（project）");
		assertThat(output.resolve("hongshan-2020-project-selfevals-selfeval.perf")).doesNotExist();

		assertThat(run("selfeval", "new", dir.resolve("missing.perf").toString(), "-o", output.toString())).isEqualTo(2);
		assertThat(err).contains("missing.perf:1:1: error: 文件不存在。");
	}

	@Test
	void aFilledInSelfEvaluationScoresFullMarks() throws IOException {
		// Start from seed 000's declaration, then write every target as its actual and 执行数 = 预算数:
		// every row met, 执行率 100 % → 20 + 80 = 100, 优.
		Path declaration = copyExample("qingling-2020-declaration.perf");
		Path created = dir.resolve("filled").resolve("qingling-2020-declaration-selfeval.perf");
		assertThat(run("selfeval", "new", declaration.toString(), "-o", dir.resolve("filled").toString())).as(err).isZero();
		Matcher m = EMPTY_ACTUAL.matcher(read(created).replace("executed ---", "executed 7148.45"));
		StringBuilder filled = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(filled, Matcher.quoteReplacement(m.group(1) + m.group(2) + m.group(3) + m.group(2)));
		}
		m.appendTail(filled);
		Files.writeString(created, filled.toString(), StandardCharsets.UTF_8);

		assertThat(run("selfeval", "score", "--format", "json", created.toString())).as(err).isZero();
		JsonObject table = JsonParser.parseString(out).getAsJsonArray().get(0).getAsJsonObject();
		assertThat(table.getAsJsonObject("total").get("weight").getAsBigDecimal()).isEqualByComparingTo("100");
		assertThat(table.getAsJsonObject("total").get("computed").getAsBigDecimal()).isEqualByComparingTo("100");
		assertThat(table.getAsJsonObject("total").get("pending").getAsInt()).isZero();
		assertThat(table.getAsJsonObject("grade").get("computed").getAsString()).isEqualTo("优");
	}

	@Test
	void scorePrintsEnteredAndComputedSideBySide() {
		int exitCode = run("selfeval", "score", PerfTestSupport.examplesDir().resolve("hongshan-2020-project-selfevals.perf").toString());

		assertThat(exitCode).as(err).isZero();
		assertThat(err).contains("计分了 9 张自评表");
		// 教育支出 (seed L259–279): entered 20 + 18 + 28 + 25 = 91; by the rules 满意度 75 ÷ 80 × 6 = 5.63 → 效益 25.63, total 91.63
		String education = out.substring(out.indexOf("2020年度教育支出项目自评表"), out.indexOf("2020年度科学技术支出项目自评表"));
		assertThat(education).contains("""
				  部分                     分值  填报  按规则
				  预算执行（执行率 100%）    20    20      20
				  项目绩效总目标             20    18      18
				  项目年度绩效指标           60    53   53.63
				    产出指标                 30    28      28
				    效益指标                 30    25   25.63
				  合计                      100    91   91.63
				  等级                             优      优
				  表上总分 91，与各部分得分之和相符。
				""").contains("填报得分与规则不同（1 项）：\n    第 121 行 社会群众满意度：填报 5，规则 5.63。")
				.contains("规则无法核对、按填报得分计的指标：4 项");
	}

	@Test
	void scoreAsJson() {
		int exitCode = run("selfeval", "score", "--format", "json",
				PerfTestSupport.examplesDir().resolve("hongshan-2020-project-selfevals.perf").toString());

		assertThat(exitCode).isZero();
		JsonArray tables = JsonParser.parseString(out).getAsJsonArray();
		assertThat(tables).hasSize(9);
		// 其他支出: 17.6 + 18 + 55.8 = 91.4 as filed; by the rules 17.58 + 18 + 30 + 28.25 = 93.83
		JsonObject other = tables.get(8).getAsJsonObject();
		assertThat(other.get("title").getAsString()).isEqualTo("2020年度其他支出项目自评表");
		assertThat(other.getAsJsonObject("total").get("entered").getAsBigDecimal()).isEqualByComparingTo("91.4");
		assertThat(other.getAsJsonObject("total").get("computed").getAsBigDecimal()).isEqualByComparingTo("93.83");
		assertThat(other.getAsJsonObject("total").get("stated").getAsBigDecimal()).isEqualByComparingTo("91.4");
		assertThat(other.getAsJsonArray("parts").get(0).getAsJsonObject().get("rate").getAsBigDecimal()).isEqualByComparingTo("87.90");
		assertThat(other.getAsJsonArray("differences")).hasSize(3);
		assertThat(other.getAsJsonObject("grade").get("entered").getAsString()).isEqualTo("优");
	}

	@Test
	void scoreWithoutSelfEvaluationsIsAnError() {
		assertThat(run("selfeval", "score", PerfTestSupport.examplesDir().resolve("qingling-2020-declaration.perf").toString())).isEqualTo(2);
		assertThat(err).contains("qingling-2020-declaration.perf:1:1: error: 文件中没有自评表");
	}
}
