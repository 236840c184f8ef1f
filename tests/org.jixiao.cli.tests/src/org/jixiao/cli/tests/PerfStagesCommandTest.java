// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.cli.PerfCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao diff} and {@code jixiao next-year}: terminal output, files and exit codes. */
class PerfStagesCommandTest extends PerfCliCommandTest {

	private static final String DECLARATION = """
			project "P1" "社区工作经费" year 2022 <
				unit "某街道办事处"
				budget 15.3 fiscal 15.3
				purpose "保障社区正常运转"
				adjustment <
					date "2022-07-15"
					reason "服务人数增加"
				>
				goal "保障社区工作顺利开展" <
					indicator 产出.数量 "支付经费人数" = 49 人 adjusted = 52 人 lastyear = 45 人
					indicator 效益.社会效益 "业务保障能力" "进一步保障" expected "进一步保障"
					indicator 满意度.服务对象满意度 "职工满意度" ≥ 95% twoyearsago 92% lastyear 94%
				>
			>
			""";

	private static final String SELFEVAL = """
			selfeval project "社区工作经费" year 2022 <
				follows project "P1"
				budget "年度财政资金总额" weight 20 planned 15.3 executed 15.3
				goal <
					indicator 产出.数量 "支付经费人数" = 49 人 adjusted = 52 人 weight 40 actual 52 人
					indicator 满意度.服务对象满意度 "职工满意度" ≥ 95% weight 40 actual 97%
				>
			>
			""";

	@TempDir
	Path dir;

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void diffShowsEachDifferenceOnALineGroupedByForm() throws IOException {
		Path older = write("old/shequ.perf", DECLARATION);
		Path newer = write("new/shequ.perf", DECLARATION.replace("budget 15.3", "budget 18").replace("≥ 95% twoyearsago", "≥ 96% twoyearsago"));

		assertThat(run("diff", older.toString(), newer.toString())).as(err).isZero();

		assertThat(out).isEqualTo("""
				项目支出绩效目标表“社区工作经费”（P1）：
				  修改 预算 预算数（万元）：15.3 → 18
				  修改 指标 服务对象满意度指标“职工满意度” 指标值：≥ 95% → ≥ 96%
				共 2 处不同。 2 difference(s).
				""");
	}

	@Test
	void diffWritesTheComparisonWorkbookAndSaysWhenNothingChanged() throws IOException {
		Path older = write("old/shequ.perf", DECLARATION);
		Path newer = write("new/shequ.perf", DECLARATION.replace("\t\tindicator 效益.社会效益 \"业务保障能力\" \"进一步保障\" expected \"进一步保障\"\n", ""));
		Path workbook = dir.resolve("对比表.xlsx");

		assertThat(run("diff", older.toString(), newer.toString(), "-o", workbook.toString())).as(err).isZero();

		assertThat(out).contains("  删除 指标 社会效益指标“业务保障能力”：\"进一步保障\"\n").contains("已生成 " + workbook + "。");
		assertThat(Files.readAllBytes(workbook)).startsWith('P', 'K');
		assertThat(run("diff", older.toString(), older.toString())).isZero();
		assertThat(out).isEqualTo("两个版本相同。 No differences.\n");
	}

	@Test
	void diffRefusesAFileThatIsNotThere() throws IOException {
		Path older = write("old/shequ.perf", DECLARATION);

		assertThat(run("diff", older.toString(), dir.resolve("missing.perf").toString())).isEqualTo(PerfCli.EXIT_ERRORS);
		assertThat(err).contains(dir.resolve("missing.perf") + ":1:1: error: 文件不存在。");
	}

	@Test
	void nextYearCarriesTheSelfEvaluatedActualFromTheSameFolder() throws IOException {
		Path declaration = write("shequ-2022.perf", DECLARATION);
		write("shequ-2022-selfeval.perf", SELFEVAL);
		Path output = dir.resolve("next");

		assertThat(run("next-year", declaration.toString(), "--year", "2023", "-o", output.toString())).as(err).isZero();

		Path created = output.resolve("shequ-2023.perf");
		assertThat(out).contains("已生成 " + created + "：1 张 2023 年度申报表；上年值取自自评实际完成值 2 项、预期当年实现值 1 项，没有上年值 0 项。");
		assertThat(Files.readString(created, StandardCharsets.UTF_8)).contains("project \"P1\" \"社区工作经费\" year 2023 <")
				.contains("indicator 产出.数量 \"支付经费人数\" = 52 人 twoyearsago = 45 人 lastyear 52 人\n")
				.contains("indicator 效益.社会效益 \"业务保障能力\" \"进一步保障\" lastyear \"进一步保障\"\n")
				.contains("indicator 满意度.服务对象满意度 \"职工满意度\" ≥ 95% twoyearsago 94% lastyear 97%\n");
		assertThat(run("validate", created.toString())).isZero();
		assertThat(out).doesNotContain(": error: ");
		assertThat(run("format", "--check", created.toString())).as(out).isZero();
	}

	@Test
	void nextYearNeverReplacesAFileWithoutForce() throws IOException {
		Path declaration = write("shequ-2022.perf", DECLARATION);
		Path target = write("next/shequ-2023.perf", "// 已改了一半的下一年申报表\n");

		assertThat(run("next-year", declaration.toString(), "--year", "2023", "-o", dir.resolve("next").toString()))
				.isEqualTo(PerfCli.EXIT_EXISTS);
		assertThat(err).contains(target + ":1:1: error: 输出文件已存在，未覆盖");
		assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("// 已改了一半的下一年申报表\n");
		assertThat(run("next-year", declaration.toString(), "--year", "2023", "-o", dir.resolve("next").toString(), "--force")).as(err).isZero();
	}
}
