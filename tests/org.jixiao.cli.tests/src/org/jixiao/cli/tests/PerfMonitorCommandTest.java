// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.cli.PerfCli;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao monitor lights} and {@code jixiao monitor new}: terminal output, files and exit codes. */
class PerfMonitorCommandTest extends PerfCliCommandTest {

	@TempDir
	Path dir;

	private Path copyExample(String name) throws IOException {
		Path target = dir.resolve(name);
		Files.copy(PerfTestSupport.examplesDir().resolve(name), target);
		return target;
	}

	private static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	@Test
	void lightsExplainEveryLightOfTheExampleAndFlagTheMissingCause() {
		Path example = PerfTestSupport.examplesDir().resolve("wenxin-2025-elevator-monitoring.perf");

		// the declaration it follows is read from the same folder; one yellow light lacks its cause → exit code 1
		assertThat(run("monitor", "lights", example.toString())).as(err).isEqualTo(PerfCli.EXIT_WARNINGS);

		assertThat(out).contains(example + ":")
				.contains("项目“老旧小区加装电梯补助” 2025年1–6月绩效运行监控")
				.contains("  预算执行：截至6月底支出 90 万元，调整预算数 200 万元，执行率 45%，序时进度 50%（6/12），达到序时进度的 90% → 绿")
				.contains(" 完成加装电梯数量：当前 5 台，序时目标 10 台（20 × 6/12），完成 50% → 红（偏差原因：政府采购程序）")
				.contains(" 单台电梯补助标准：当前 7.2 万元，目标 ≤ 7.5 万元（反向：不超过目标为绿，否则为红） → 绿")
				.contains(" 老年居民出行条件：定性：部分达成年度指标并具有一定效果 → 黄（缺偏差原因 cause）")
				.contains("  项目：取最差的目标灯：")
				.contains("  双监控：支出达到序时进度（预算执行 绿），绩效目标未全部正常（目标 红） → 黄");
		// the declaration read for the link is not reported
		assertThat(out).doesNotContain("wenxin-2025-elevator-project.perf");
		assertThat(err).contains("1 张监控表，预警灯配置 national").contains("1 个指标亮灯却没有偏差原因（cause）。");
	}

	@Test
	void aRegionalProfileChangesTheLightsAndTheCausesItAsksFor() {
		Path example = PerfTestSupport.examplesDir().resolve("wenxin-2025-elevator-monitoring.perf");

		// 宁夏: a cause for red lights only → the yellow 出行条件 needs none
		assertThat(run("monitor", "lights", "--profile", "ningxia", example.toString())).as(err).isZero();
		// by-category: 拨付及时率 (质量 … 时效) judged in range: 80% below ≥ 95% → 红 without cause
		assertThat(run("monitor", "lights", "--profile", "by-category", example.toString())).isEqualTo(PerfCli.EXIT_WARNINGS);
		assertThat(out).contains(" 补助资金拨付及时率：当前 80%，目标 ≥ 95%（时效指标按是否达到目标判断：未达到） → 红（缺偏差原因 cause）");

		assertThat(run("monitor", "lights", "--profile", "紫色", example.toString())).isEqualTo(PerfCli.EXIT_USAGE);
		assertThat(err).contains("未知的预警灯配置“紫色”（可用：national、ningxia、by-category");
	}

	@Test
	void lightsOfAFileWithoutMonitoringFormIsAnError() throws IOException {
		Path declaration = copyExample("wenxin-2025-elevator-project.perf");

		assertThat(run("monitor", "lights", declaration.toString())).isEqualTo(PerfCli.EXIT_ERRORS);
		assertThat(err).contains(declaration + ":1:1: error: 文件中没有绩效运行监控表");
	}

	@Test
	void newWritesAMonitoringFormThatFollowsTheDeclaration() throws IOException {
		Path declaration = copyExample("wenxin-2025-elevator-project.perf");
		Path output = dir.resolve("monitor");

		assertThat(run("monitor", "new", declaration.toString(), "--month", "6", "-o", output.toString())).as(err).isZero();

		Path created = output.resolve("wenxin-2025-elevator-project-monitor-6.perf");
		assertThat(out).contains("已生成 " + created + "：1 张绩效运行监控表（1–6月）。");
		String text = read(created);
		assertThat(text).contains("monitor project \"老旧小区加装电梯补助\" year 2025 month 6 <")
				.contains("\tfollows project \"33010625P00412010003F\"\n")
				.contains("\tspending <\n\t\tinitial 180\n\t\tadjusted 180\n\t\tspent ---\n\t>")
				.contains("indicator 产出.数量 \"完成加装电梯数量\" ≥ 20 台 direction 正向 current --- forecast ---\n");
		// declaration-only columns stay behind
		assertThat(text).doesNotContain("criterion").doesNotContain("basis");
		assertThat(run("validate", declaration.toString(), created.toString())).as(out).isNotEqualTo(PerfCli.EXIT_ERRORS);
		assertThat(out).doesNotContain(": error: ");
		assertThat(run("format", "--check", created.toString())).as(out).isZero();
		assertThat(run("monitor", "lights", declaration.toString(), created.toString())).as(err).isZero();
		assertThat(out).contains(" 完成加装电梯数量：未填 1–6月执行情况（current） → 无灯");
	}

	@Test
	void newTakesTheAdjustedTargets() throws IOException {
		Path declaration = dir.resolve("training.perf");
		Files.writeString(declaration, "project \"P1\" \"培训项目\" year 2025 <\n\tunit \"某单位\"\n\tbudget 100\n\tgoal \"目标\" <\n"
				+ "\t\tindicator 产出.数量 \"培训人次\" ≥ 300 次 adjusted ≥ 200 次\n"
				+ "\t\tindicator 效益.社会效益 \"技能\" \"明显提升\"\n\t\tindicator 满意度.服务对象满意度 \"满意度\" ≥ 90%\n\t>\n>\n",
				StandardCharsets.UTF_8);

		assertThat(run("monitor", "new", declaration.toString(), "--month", "7", "-o", dir.resolve("m").toString())).as(err).isZero();

		assertThat(read(dir.resolve("m").resolve("training-monitor-7.perf")))
				.contains("indicator 产出.数量 \"培训人次\" ≥ 200 次 current --- forecast ---\n")
				.contains("indicator 效益.社会效益 \"技能\" \"明显提升\" current --- forecast ---\n");
	}

	@Test
	void aWrongMonthOrAnExistingFileWritesNothing() throws IOException {
		Path declaration = copyExample("wenxin-2025-elevator-project.perf");
		Path output = dir.resolve("monitor");

		assertThat(run("monitor", "new", declaration.toString(), "--month", "13", "-o", output.toString())).isEqualTo(PerfCli.EXIT_USAGE);
		assertThat(err).contains("--month 应为 1 到 12（监控期 1–X月），却是 13。");
		assertThat(output).doesNotExist();

		Files.createDirectories(output);
		Path target = output.resolve("wenxin-2025-elevator-project-monitor-6.perf");
		Files.writeString(target, "// 已填了一半\n", StandardCharsets.UTF_8);
		assertThat(run("monitor", "new", declaration.toString(), "--month", "6", "-o", output.toString())).isEqualTo(PerfCli.EXIT_EXISTS);
		assertThat(err).contains(target + ":1:1: error: 输出文件已存在，未覆盖");
		assertThat(read(target)).isEqualTo("// 已填了一半\n");
	}
}
