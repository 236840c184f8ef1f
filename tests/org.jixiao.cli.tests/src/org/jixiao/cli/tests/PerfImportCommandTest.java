// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jixiao.cli.PerfCli;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao import}: last year's tables in, .perf files out, with the report an analyst reads. */
class PerfImportCommandTest {

	@TempDir
	Path dir;

	private static Path seed(String prefix) {
		return PerfTestSupport.seed(prefix);
	}

	private Path copy(Path source, String name) throws IOException {
		Path target = dir.resolve("in").resolve(name);
		Files.createDirectories(target.getParent());
		Files.copy(source, target);
		return target;
	}

	private static List<String> files(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aSeedBecomesAPerfFileThatValidatesAndTheReportGivesPositions() throws IOException {
		Path input = copy(seed("002"), "祝融2020.txt");
		Path output = dir.resolve("out");

		PerfCliRun run = PerfCliRun.of("import", input.toString(), "-o", output.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(files(output)).containsExactly("祝融2020.perf");
		assertThat(run.out()).contains("[1/1] " + input + " → " + output.resolve("祝融2020.perf") + "（1 张表）")
				.contains("部门整体支出绩效目标申报表 衡阳市南岳区祝融街道办事处（版式 hunan2020，4 个目标，44 个指标）")
				.contains(input + ":356:1: info: 已去除导出痕迹：书签标记“[bookmark: …]”");
		assertThat(run.err()).contains("导入了 1 个文件、1 张表");
		String perf = Files.readString(output.resolve("祝融2020.perf"), StandardCharsets.UTF_8);
		assertThat(perf).contains("department \"衡阳市南岳区祝融街道办事处\" year 2020 <").contains("layout \"hunan2020\"");
		PerfCliRun validate = PerfCliRun.of("validate", output.resolve("祝融2020.perf").toString());
		assertThat(validate.out()).doesNotContain(": error:");
		assertThat(validate.exitCode()).isZero();
		// the file is already in the canonical layout
		assertThat(PerfCliRun.of("format", "--check", output.resolve("祝融2020.perf").toString()).exitCode()).isZero();
	}

	@Test
	void theYearOptionFillsTheYearOfFormsThatPrintNone() throws IOException {
		Path input = copy(seed("001"), "东西湖.txt");
		PerfCliRun run = PerfCliRun.of("import", input.toString(), "-o", dir.toString(), "--year", "2025");
		assertThat(run.exitCode()).as(run.out()).isZero();
		String perf = Files.readString(dir.resolve("东西湖.perf"), StandardCharsets.UTF_8);
		assertThat(perf).contains("uses framework 中央2021").contains("department \"武汉市东西湖区信访局\" year 2025 <");
		assertThat(run.out()).contains("（8 张表）").contains("表中未写年度，按指定的年度（--year）记为 2025 年");
	}

	@Test
	void aGeneratedWorkbookImportsBack() throws IOException {
		Path forms = dir.resolve("forms");
		Path example = PerfTestSupport.examplesDir().resolve("xiguan-2022-projects.perf");
		assertThat(PerfCliRun.of("generate", example.toString(), "-o", forms.toString()).exitCode()).isZero();
		Path workbook = forms.resolve("611001西关街道办事处部门西关街道办事处本级-2022-项目支出绩效目标表.xlsx");

		PerfCliRun run = PerfCliRun.of("import", workbook.toString(), "-o", dir.toString());

		assertThat(run.exitCode()).as(run.out()).isZero();
		assertThat(run.out()).contains("（13 张表）").doesNotContain("warning");
		String perf = Files.readString(dir.resolve("611001西关街道办事处部门西关街道办事处本级-2022-项目支出绩效目标表.perf"),
				StandardCharsets.UTF_8);
		assertThat(perf).contains("project \"13030322P00397010008F\" \"车辆保险费\" year 2022 <")
				.contains("plan < 3月底 25% 6月底 50% 10月底 75% 12月底 100% >");
	}

	@Test
	void anExistingPerfFileIsOnlyReplacedWithForce() throws IOException {
		Path input = copy(seed("000"), "青菱.txt");
		Path target = dir.resolve("青菱.perf");
		Files.writeString(target, "// 分析员已修改的文件\n", StandardCharsets.UTF_8);

		PerfCliRun refused = PerfCliRun.of("import", input.toString(), "-o", dir.toString());
		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.out()).contains(input + ":1:1: error: 输出文件 " + target + " 已存在，未覆盖");
		assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("// 分析员已修改的文件\n");

		PerfCliRun forced = PerfCliRun.of("import", input.toString(), "-o", dir.toString(), "--force");
		assertThat(forced.exitCode()).isZero();
		assertThat(Files.readString(target, StandardCharsets.UTF_8)).contains("department \"武汉市洪山区人民政府青菱街办事处\" year 2020");
	}

	@Test
	void anInputThatCannotBeImportedStopsTheRunAndLeavesEarlierFilesIntact() throws IOException {
		Path good = copy(seed("002"), "good.txt");
		Path output = dir.resolve("out");
		assertThat(PerfCliRun.of("import", good.toString(), "-o", output.toString()).exitCode()).isZero();
		byte[] before = Files.readAllBytes(output.resolve("good.perf"));

		Path empty = dir.resolve("in").resolve("empty.txt");
		Files.write(empty, new byte[0]);
		Path binary = dir.resolve("in").resolve("scan.pdf");
		Files.write(binary, new byte[] { '%', 'P', 'D', 'F', 0, 1, 2, 3, (byte) 0xFF, 0, 0, 7 });
		Path other = copy(seed("000"), "other.txt");

		PerfCliRun run = PerfCliRun.of("import", other.toString(), empty.toString(), binary.toString(), dir.resolve("missing.txt").toString(),
				"-o", output.toString(), "--force");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.out()).contains(empty + ":1:1: error: 文件为空，没有可导入的表格")
				.contains(binary + ":1:1: error: 不是表格文本，也不是 Excel 工作簿")
				.contains(dir.resolve("missing.txt") + ":1:1: error: 文件不存在。");
		assertThat(run.err()).contains("未写任何文件");
		assertThat(files(output)).containsExactly("good.perf");
		assertThat(Files.readAllBytes(output.resolve("good.perf"))).isEqualTo(before);
	}

	@Test
	void inputsOfTheSameNameGetTheirOwnFiles() throws IOException {
		Path text = copy(seed("002"), "表.txt");
		Path forms = dir.resolve("forms");
		PerfCliRun.of("generate", PerfTestSupport.examplesDir().resolve("zhurong-2020-declaration.perf").toString(), "-o",
				forms.toString());
		Path workbook = Files.copy(forms.resolve("衡阳市南岳区祝融街道办事处-2020-部门整体支出绩效目标申报表.xlsx"),
				dir.resolve("in").resolve("表.xlsx"));

		PerfCliRun run = PerfCliRun.of("import", text.toString(), workbook.toString(), "-o", dir.resolve("out").toString());

		assertThat(run.exitCode()).as(run.out()).isZero();
		assertThat(files(dir.resolve("out"))).containsExactly("表-2.perf", "表.perf");
	}

	@Test
	void aDirectoryOrNoFileIsACommandLineMistake() {
		assertThat(PerfCliRun.of("import").exitCode()).isEqualTo(PerfCli.EXIT_USAGE);
		PerfCliRun run = PerfCliRun.of("import", dir.toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.out()).contains(dir + ":1:1: error: 是目录，请指定要导入的表格文件");
	}

	/** The README's command on the samples it names: examples/import/, output into src/. */
	@Test
	void theReadmeSamplesImport() throws IOException {
		Path samples = PerfTestSupport.examplesDir().resolve("import");
		Path workbook = samples.resolve("青菱街2020申报表.xlsx");
		Path text = samples.resolve("祝融街道2020申报表.txt");
		Path src = dir.resolve("src");

		PerfCliRun run = PerfCliRun.of("import", workbook.toString(), text.toString(), "-o", src.toString());

		assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
		assertThat(files(src)).containsExactly("祝融街道2020申报表.perf", "青菱街2020申报表.perf");
		assertThat(run.out()).contains("[1/2] " + workbook + " → " + src.resolve("青菱街2020申报表.perf") + "（1 张表）")
				.contains("部门整体支出绩效目标申报表 武汉市洪山区人民政府青菱街办事处（版式 wuhan2020，6 个目标，52 个指标）")
				.contains("[2/2] " + text + " → " + src.resolve("祝融街道2020申报表.perf") + "（1 张表）")
				.contains("部门整体支出绩效目标申报表 衡阳市南岳区祝融街道办事处（版式 hunan2020，4 个目标，44 个指标）")
				.contains(text + ":356:1: info: 已去除导出痕迹：书签标记“[bookmark: …]”");
		assertThat(run.err()).contains("导入了 2 个文件、2 张表");
		assertThat(Files.readString(src.resolve("青菱街2020申报表.perf"), StandardCharsets.UTF_8))
				.contains("department \"武汉市洪山区人民政府青菱街办事处\" year 2020 <");
		PerfCliRun validate = PerfCliRun.of("validate", src.toString());
		assertThat(validate.out()).doesNotContain(": error:");
		assertThat(validate.exitCode()).isZero();
	}

	/** The sample workbook is what generate makes of examples/qingling-2020-declaration.perf today. */
	@Test
	void theSampleWorkbookIsTheGeneratedDeclaration() throws IOException {
		Path forms = dir.resolve("forms");
		assertThat(PerfCliRun.of("generate", PerfTestSupport.examplesDir().resolve("qingling-2020-declaration.perf").toString(),
				"-o", forms.toString()).exitCode()).isZero();
		Path generated = forms.resolve("武汉市洪山区人民政府青菱街办事处-2020-部门整体支出绩效目标申报表.xlsx");
		Path sample = copy(PerfTestSupport.examplesDir().resolve("import").resolve("青菱街2020申报表.xlsx"),
				"武汉市洪山区人民政府青菱街办事处-2020-部门整体支出绩效目标申报表.xlsx");

		assertThat(PerfCliRun.of("import", generated.toString(), "-o", dir.resolve("a").toString()).exitCode()).isZero();
		assertThat(PerfCliRun.of("import", sample.toString(), "-o", dir.resolve("b").toString()).exitCode()).isZero();
		String name = "武汉市洪山区人民政府青菱街办事处-2020-部门整体支出绩效目标申报表.perf";
		List<String> fromSample = Files.readAllLines(dir.resolve("b").resolve(name), StandardCharsets.UTF_8);
		List<String> fromGenerated = Files.readAllLines(dir.resolve("a").resolve(name), StandardCharsets.UTF_8);
		// the same text but for the first line, which names the file imported
		assertThat(fromSample.get(0)).contains("由 jixiao import 自 " + sample);
		assertThat(fromSample.subList(1, fromSample.size())).hasSizeGreaterThan(20)
				.isEqualTo(fromGenerated.subList(1, fromGenerated.size()));
	}

	private Path text(String name, String content) throws IOException {
		Path file = dir.resolve("in").resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	/** A national-standard grid of another province: columns by their header, not by position. */
	private static final String NATIONAL = """
			| 项目支出绩效目标表（2019年度） | |||||
			| 一级指标 | 二级指标 | 三级指标 | 计算符号 | 目标值 | 度量单位 | 权重 | 指标值说明 |
			| 产出指标 | 数量指标 | 培训人次 | 大于等于 | 300 | 人次 | 10 | 按计划 |
			| 质量指标 | 培训合格率 | ≥ | 95 | 百分比 | 10 | |||
			| 效益指标 | 社会效益指标 | 指标2: | |||||
			""";

	@Test
	void aGridOfAnotherProvinceIsReadByItsHeaderAndTheReportSaysHow() throws IOException {
		Path input = text("national.txt", NATIONAL);
		PerfCliRun run = PerfCliRun.of("import", input.toString(), "-o", dir.toString());

		assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
		assertThat(run.out()).contains(input + ":2:1: info: 第 2 行表头：A 列“一级指标”→ 一级指标，B 列“二级指标”→ 二级指标，C 列“三级指标”→ 三级指标名称，"
				+ "D 列“计算符号”→ 比较符，E 列“目标值”→ 指标值，F 列“度量单位”→ 计量单位，G 列“权重”→ 分值（权重），H 列“指标值说明”→ 指标解释（写入备注）")
				.contains("年度按表中“2019年度”记为 2019 年").contains("模板占位行，不是指标");
		String perf = Files.readString(dir.resolve("national.perf"), StandardCharsets.UTF_8);
		assertThat(perf).contains("\"培训人次\" ≥ 300 人次").contains("weight 10").contains("指标解释：按计划")
				.contains("\"培训合格率\" ≥ 95%").doesNotContain("指标2");
		assertThat(PerfCliRun.of("validate", dir.resolve("national.perf").toString()).out()).doesNotContain(": error:");
	}

	/** A grid whose target column is headed by a word the vocabulary does not know. */
	private static final String UNKNOWN_TARGET = """
			| 项目支出绩效目标表（2019年度） | ||||
			| 项目名称 | 培训项目 | ||||
			| 一级指标 | 二级指标 | 三级指标 | 计算符号 | 考核值 | 度量单位 | 权重 |
			| 产出指标 | 数量指标 | 培训人次 | ≥ | 300 | 人次 | 10 |
			""";

	@Test
	void aColumnIsCorrectedOnTheCommandLine() throws IOException {
		Path input = text("unknown.txt", UNKNOWN_TARGET);
		PerfCliRun misread = PerfCliRun.of("import", input.toString(), "-o", dir.resolve("a").toString());
		assertThat(misread.out()).contains("第 3 行表头").contains("未识别的列（其中的单元格写入备注）：E 列“考核值”");
		PerfCliRun run = PerfCliRun.of("import", input.toString(), "-o", dir.resolve("b").toString(), "--column", "E=指标值");

		assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
		assertThat(run.out()).contains("E 列“考核值”读作指标值").contains("E 列“考核值”→ 指标值");
		String perf = Files.readString(dir.resolve("b").resolve("unknown.perf"), StandardCharsets.UTF_8);
		assertThat(perf).contains("\"培训人次\" ≥ 300 人次").contains("weight 10").contains("培训项目");
		// the same for the header on line 3 only
		PerfCliRun onLine = PerfCliRun.of("import", input.toString(), "-o", dir.resolve("c").toString(), "--column", "第3行:E=target");
		assertThat(onLine.exitCode()).as(onLine.out() + onLine.err()).isZero();
		assertThat(Files.readString(dir.resolve("c").resolve("unknown.perf"), StandardCharsets.UTF_8)).contains("\"培训人次\" ≥ 300 人次");
	}

	@Test
	void aBadColumnChoiceIsAUsageError() throws IOException {
		Path input = text("unknown.txt", UNKNOWN_TARGET);
		PerfCliRun field = PerfCliRun.of("import", input.toString(), "-o", dir.toString(), "--column", "E=不存在的栏目");
		assertThat(field.exitCode()).isEqualTo(64);
		assertThat(field.err()).contains("不认识的栏目“不存在的栏目”").contains("指标值").contains("比较符");
		PerfCliRun form = PerfCliRun.of("import", input.toString(), "-o", dir.toString(), "--column", "5=指标值");
		assertThat(form.exitCode()).isEqualTo(64);
		assertThat(form.err()).contains("应写作“列=栏目”");
		assertThat(dir.resolve("unknown.perf")).doesNotExist();
	}

	@Test
	void textWhoseCellsRanTogetherIsRefusedNamingTheHeader() throws IOException {
		Path input = text("flat.txt", "项目支出绩效自评表一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标培训人次≥300人次310人次1010\n");
		PerfCliRun run = PerfCliRun.of("import", input.toString(), "-o", dir.resolve("out").toString());

		assertThat(run.exitCode()).isEqualTo(PerfCli.EXIT_ERRORS);
		assertThat(run.out()).contains(input + ":1:1: error: 第 1 行的表头“一级指标二级指标三级指标年度指标值实际完成值”与各行的单元格挤在一起");
		assertThat(Files.exists(dir.resolve("out"))).isFalse();
	}

	@Test
	void aRowThatCannotBePlacedIsReportedAndTheCommandExitsNonZero() throws IOException {
		Path input = text("odd.txt", """
				一级指标 | 二级指标 | 三级指标 | 指标值 | 分值
				产出指标 | 数量指标 | 培训人次 | 300人次 | 10
				产出指标 | 数量指标 | ≥ | 90% | 5
				""");
		PerfCliRun run = PerfCliRun.of("import", input.toString(), "-o", dir.toString(), "--year", "2024");

		assertThat(run.exitCode()).as(run.out()).isEqualTo(PerfCli.EXIT_WARNINGS);
		assertThat(run.out()).contains(input + ":3:1: warning: 像指标行但无法归入（没有指标名称），请核对：产出指标 | 数量指标 | ≥ | 90% | 5");
		assertThat(run.err()).contains("有 1 行像指标行但无法归入");
		assertThat(Files.readString(dir.resolve("odd.perf"), StandardCharsets.UTF_8)).contains("\"培训人次\" 300 人次 weight 10");
	}

	@Test
	void aRegionAddsHeaderTextsBesideItsLayouts() throws IOException {
		Path layouts = dir.resolve("layouts");
		Files.createDirectories(layouts);
		Files.writeString(layouts.resolve("region.vocabulary"), "# 本地区的表头\ntarget: 考核目标值\nweight: 考核分\n", StandardCharsets.UTF_8);
		Path input = text("region.txt", """
				2023年度项目绩效目标表
				一级指标 | 二级指标 | 三级指标 | 考核目标值 | 考核分
				产出指标 | 数量指标 | 培训人次 | ≥300人次 | 10
				""");
		PerfCliRun without = PerfCliRun.of("import", input.toString(), "-o", dir.resolve("a").toString());
		assertThat(without.out()).doesNotContain("D 列“考核目标值”→ 指标值");

		PerfCliRun run = PerfCliRun.of("import", input.toString(), "-o", dir.resolve("b").toString(), "--layouts", layouts.toString());
		assertThat(run.exitCode()).as(run.out()).isZero();
		assertThat(run.out()).contains("D 列“考核目标值”→ 指标值，E 列“考核分”→ 分值（权重）");
		assertThat(Files.readString(dir.resolve("b").resolve("region.perf"), StandardCharsets.UTF_8)).contains("\"培训人次\" ≥ 300 人次 weight 10");
	}
}
