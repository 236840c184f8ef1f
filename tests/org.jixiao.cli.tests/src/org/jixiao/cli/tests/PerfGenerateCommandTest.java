// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.jixiao.cli.PerfCli;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao generate}: the files an analyst gets, and what happens when something goes wrong. */
class PerfGenerateCommandTest extends PerfCliCommandTest {

	@TempDir
	Path dir;

	private static List<String> files(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	private Path copyExample(String name) throws IOException {
		Path target = dir.resolve("src").resolve(name);
		Files.createDirectories(target.getParent());
		Files.copy(PerfTestSupport.examplesDir().resolve(name), target);
		return target;
	}

	@Test
	void helpOfTheCommandListsItsOptionsAndExitsCleanly() {
		assertThat(run("generate", "--help")).isZero();
		assertThat(out).contains("Usage: jixiao generate").contains("--layouts=DIR").contains("--output=DIR");
		assertThat(err).isEmpty();
	}

	@Test
	void examplesGiveOneWorkbookPerFormNamedByUnitYearAndKind() throws IOException {
		Path output = dir.resolve("forms");
		int exitCode = run("generate", PerfTestSupport.examplesDir().toString(), "-o", output.toString());

		assertThat(exitCode).as(err).isZero();
		String hongshan = "武汉市洪山区人民政府洪山街道办事处-2020-";
		assertThat(files(output)).containsExactly(
				"611001西关街道办事处部门西关街道办事处本级-2022-项目支出绩效目标表.xlsx",
				"中国共产党武汉市东西湖区委员会办公室-2025-部门整体支出绩效目标表.xlsx",
				"杭州市西湖区文新街道办事处-2025-部门整体支出绩效目标表.xlsx",
				"杭州市西湖区文新街道办事处-2025-部门整体绩效运行监控表.xlsx",
				"杭州市西湖区文新街道办事处-2025-项目支出绩效目标表.xlsx",
				"杭州市西湖区文新街道办事处-2025-项目支出绩效运行监控表.xlsx",
				// examples/year/: the same declaration with its adjustment (a second file of the name), its
				// June monitoring, self-evaluation and the next year's declaration
				"武汉市东西湖区信访局-2025-部门整体支出绩效目标表-2.xlsx",
				"武汉市东西湖区信访局-2025-部门整体支出绩效目标表.xlsx",
				"武汉市东西湖区信访局-2025-部门整体绩效自评报告.docx",
				"武汉市东西湖区信访局-2025-部门整体绩效自评表.xlsx",
				"武汉市东西湖区信访局-2025-部门整体绩效运行监控表.xlsx",
				"武汉市东西湖区信访局-2026-部门整体支出绩效目标表.xlsx",
				"武汉市东西湖区行政审批局-2025-部门整体支出绩效目标表.xlsx",
				hongshan + "一般公共服务支出项目绩效自评报告.docx",
				hongshan + "其他支出项目绩效自评报告.docx",
				hongshan + "农林水支出项目绩效自评报告.docx",
				hongshan + "卫生健康支出项目绩效自评报告.docx",
				hongshan + "城乡社区支出项目绩效自评报告.docx",
				hongshan + "教育支出项目绩效自评报告.docx",
				hongshan + "文化旅游体育与传媒支出项目绩效自评报告.docx",
				hongshan + "社会保障和就业支出项目绩效自评报告.docx",
				hongshan + "科学技术支出项目绩效自评报告.docx",
				hongshan + "部门整体绩效自评报告.docx",
				hongshan + "部门整体绩效自评表.xlsx",
				hongshan + "项目支出绩效自评表.xlsx",
				"武汉市洪山区人民政府青菱街办事处-2020-部门整体支出绩效目标申报表.xlsx",
				"衡阳市南岳区祝融街道办事处-2020-部门整体支出绩效目标申报表.xlsx",
				"西关街道办事处-2022-部门整体绩效目标.docx",
				"西关街道办事处本级-2022-办事处、社区工作经费项目绩效自评报告.docx",
				"西关街道办事处本级-2022-项目支出绩效自评表.xlsx");
		assertThat(out).contains("[30/30]").contains("版式 hunan2020").contains("版式 dongxihu2025")
				.contains("版式 central-project-selfeval").contains("版式 national-project")
				.contains("版式 national-department").contains("版式 national-monitoring")
				.contains("西关街道办事处-2022-部门整体绩效目标.docx（Word 文档，版式 hebei2022-duties）")
				.contains(hongshan + "教育支出项目绩效自评报告.docx（Word 文档，绩效自评报告草稿）");
		assertThat(err).contains("生成了 17 个表格文件、13 个 Word 文档");
	}

	@Test
	void theDutyTargetsAreWrittenAsAWorkbookWhenTheLayoutSaysSo() throws IOException {
		Path source = copyExample("xiguan-2022-duties.perf");
		Path output = dir.resolve("forms");
		assertThat(run("generate", source.toString(), "-o", output.toString(), "--layout", "hebei2022-duties-xlsx")).as(err).isZero();
		assertThat(files(output)).containsExactly("西关街道办事处-2022-部门整体绩效目标.xlsx");
		assertThat(out).contains("版式 hebei2022-duties-xlsx");
	}

	@Test
	void aWordDocumentIsReplacedAtomicallyAndKeepsItsPermissions() throws IOException {
		Path source = copyExample("hongshan-2020-department-selfeval.perf");
		Path output = dir.resolve("forms");
		assertThat(run("generate", source.toString(), "-o", output.toString())).as(err).isZero();
		Path report = output.resolve("武汉市洪山区人民政府洪山街道办事处-2020-部门整体绩效自评报告.docx");
		byte[] generated = Files.readAllBytes(report);
		Files.write(report, "编辑过的旧文件".getBytes(StandardCharsets.UTF_8));
		Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));

		assertThat(run("generate", source.toString(), "-o", output.toString())).as(err).isZero();
		assertThat(Files.readAllBytes(report)).as("the same input, the same bytes").isEqualTo(generated);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r-----");
		assertThat(files(output)).as("no temporary file left").containsExactly(
				"武汉市洪山区人民政府洪山街道办事处-2020-部门整体绩效自评报告.docx", "武汉市洪山区人民政府洪山街道办事处-2020-部门整体绩效自评表.xlsx");

		// a report that cannot be written is reported with its path; the workbook is still written
		Files.delete(report);
		Files.createDirectories(report.resolve("occupied"));
		Files.delete(output.resolve("武汉市洪山区人民政府洪山街道办事处-2020-部门整体绩效自评表.xlsx"));
		assertThat(run("generate", source.toString(), "-o", output.toString())).isEqualTo(74);
		assertThat(err).contains(report + ":1:1: error:").contains("无法写入");
		assertThat(output.resolve("武汉市洪山区人民政府洪山街道办事处-2020-部门整体绩效自评表.xlsx")).exists();
	}

	@Test
	void theLayoutOptionAppliesToFormsThatNameNone() throws IOException {
		Path source = copyExample("qingling-2020-declaration.perf");
		int exitCode = run("generate", source.toString(), "-o", dir.resolve("out").toString(), "--layout", "hunan2020");
		assertThat(exitCode).as(err).isZero();
		assertThat(out).contains("版式 hunan2020");

		assertThat(run("generate", source.toString(), "--layout", "nosuchlayout")).isEqualTo(PerfCli.EXIT_USAGE);
		assertThat(err).contains("未知版式“nosuchlayout”").contains("wuhan2020").contains("版式系列：national");
	}

	@Test
	void aFamilyGivesEachFormKindItsLayoutOfTheFamily() throws IOException {
		Path selfevals = copyExample("hongshan-2020-project-selfevals.perf");
		Path department = copyExample("hongshan-2020-department-selfeval.perf");
		int exitCode = run("generate", selfevals.toString(), department.toString(), "-o", dir.resolve("out").toString(),
				"--layout", "national");

		assertThat(exitCode).as(err).isZero();
		// the project self-evaluations in the family's layout; the department self-evaluation, of a kind the
		// family has no layout of, in its default
		assertThat(out).contains("项目支出绩效自评表.xlsx（版式 central-project-selfeval）")
				.contains("部门整体绩效自评表.xlsx（版式 wuhan2020-department-selfeval）");
	}

	@Test
	void formsOfAnotherFrameworkAreMappedToTheLayoutsFrameworkAndTheCommandSaysHow() throws IOException {
		// 西关街道's 13 project tables use the classic framework (成本 under 产出); the national layout expects 中央2021
		Path source = copyExample("xiguan-2022-projects.perf");
		int exitCode = run("generate", source.toString(), "-o", dir.resolve("out").toString(), "--layout", "national-project");
		assertThat(exitCode).as(err).isZero();
		assertThat(out).contains("版式 national-project").contains(
				"指标类别“产出指标/成本指标”（框架 经典）按版式 national-project 的框架 中央2021 印作“成本指标/经济成本指标”（13 个指标）。");
		// categories of the same name in both frameworks are not reported
		assertThat(out).doesNotContain("数量指标”（框架");
		// the source is not changed
		assertThat(Files.readString(source)).contains("indicator 产出.成本");

		run("generate", source.toString(), "-o", dir.resolve("out2").toString());
		assertThat(out).doesNotContain("指标类别");
	}

	@Test
	void sourcesWithErrorsAreListedAndNothingIsWritten() throws IOException {
		copyExample("qingling-2020-declaration.perf");
		Files.writeString(dir.resolve("src").resolve("bad.perf"), """
				department "单位" year 2021 <
				    annual goal 年度目标1 "目标" <
				        indicator 产出.数目 "次数" ≥ 12 次
				    >
				>
				""", StandardCharsets.UTF_8);
		Path output = dir.resolve("forms");

		int exitCode = run("generate", dir.resolve("src").toString(), "-o", output.toString());

		assertThat(exitCode).isEqualTo(2);
		assertThat(err).contains("bad.perf:3:").contains("未生成任何表格");
		assertThat(files(output)).isEmpty();
	}

	@Test
	void aFailedRunLeavesEarlierFilesIntactAndNoPartialFiles() throws IOException {
		Path good = copyExample("qingling-2020-declaration.perf");
		Path output = dir.resolve("forms");
		assertThat(run("generate", good.toString(), "-o", output.toString())).isZero();
		String name = "武汉市洪山区人民政府青菱街办事处-2020-部门整体支出绩效目标申报表.xlsx";
		byte[] before = Files.readAllBytes(output.resolve(name));

		// a refused run does not touch what is there
		Path bad = dir.resolve("src").resolve("bad.perf");
		Files.writeString(bad, "goal \"目标\" < indicator 产出.数量 \"次数\" >= >\n", StandardCharsets.UTF_8);
		assertThat(run("generate", dir.resolve("src").toString(), "-o", output.toString())).isEqualTo(2);
		assertThat(Files.readAllBytes(output.resolve(name))).isEqualTo(before);
		Files.delete(bad);

		// a run that fails while writing (the second target is blocked) keeps complete files only
		Path second = copyExample("zhurong-2020-declaration.perf");
		Path blocked = output.resolve("衡阳市南岳区祝融街道办事处-2020-部门整体支出绩效目标申报表.xlsx");
		Files.createDirectories(blocked.resolve("occupied"));
		int exitCode = run("generate", good.toString(), second.toString(), "-o", output.toString());

		assertThat(exitCode).isEqualTo(74);
		assertThat(err).contains("无法写入");
		assertThat(Files.readAllBytes(output.resolve(name))).isEqualTo(before);
		assertThat(files(output)).containsExactlyInAnyOrder(name, blocked.getFileName().toString());
		assertThat(Files.isDirectory(blocked.resolve("occupied"))).isTrue();
	}
}
