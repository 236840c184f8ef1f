// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.cli.PerfCli;
import org.jixiao.cli.PerfReviewProgress;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.review.PerfReviewWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao review}: a folder of submissions as they arrive (review-submissions/: clean, faulty and
 * hostile files made for the test, with real published forms added from the test data) gives the
 * findings workbook a reviewer works in, whatever the bad files in it.
 */
class PerfReviewCommandTest {

	@TempDir
	Path dir;

	/** The submissions: the folder of the test data, plus real published forms in a unit folder each. */
	private Path submissions() throws IOException {
		Path in = dir.resolve("in");
		Path data = PerfTestSupport.repositoryDir().resolve("tests/org.jixiao.cli.tests/review-submissions");
		try (Stream<Path> files = Files.walk(data)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (file.getFileName().toString().equals("README.md")) {
					continue;
				}
				Path target = in.resolve(data.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
		// seed 002: 衡阳市南岳区祝融街道 2020, copied out of the published document as text
		copy(PerfTestSupport.seed("002"), in.resolve("祝融街道办事处/2020申报表.txt"));
		// a workbook as a unit sends it: the Qingling declaration in the Wuhan 2020 layout
		copy(PerfTestSupport.examplesDir().resolve("import/青菱街2020申报表.xlsx"), in.resolve("青菱街道办事处/申报表.xlsx"));
		return in;
	}

	private static void copy(Path source, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		Files.copy(source, target);
	}

	private static List<List<String>> rows(XSSFSheet sheet, int from) {
		DataFormatter formatter = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		for (int r = from; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			List<String> cells = new ArrayList<>();
			for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
				Cell cell = row.getCell(c);
				cells.add(cell == null ? "" : formatter.formatCellValue(cell));
			}
			rows.add(cells);
		}
		return rows;
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	/** The review of the submissions, written to 审核结果.xlsx in the temporary folder. */
	private XSSFWorkbook review(Path in, String... options) throws IOException {
		Path out = dir.resolve("审核结果.xlsx");
		List<String> args = new ArrayList<>(List.of("review", in.toString(), "-o", out.toString(), "--force"));
		args.addAll(List.of(options));
		PerfCliRun run = PerfCliRun.of(args.toArray(String[]::new));
		assertThat(run.exitCode()).as(run.err()).isZero();
		return open(out);
	}

	/** What {@code jixiao validate} says of what {@code jixiao import} makes of a submission: the review must say the same. */
	private List<String[]> validatedImport(Path submission) throws IOException {
		Path imported = dir.resolve("imported-" + submission.getParent().getFileName());
		assertThat(PerfCliRun.of("import", submission.toString(), "-o", imported.toString()).exitCode()).isLessThanOrEqualTo(1);
		Path perf;
		try (Stream<Path> files = Files.list(imported)) {
			perf = files.filter(f -> f.toString().endsWith(".perf")).findFirst().orElseThrow();
		}
		PerfCliRun validate = PerfCliRun.of("validate", perf.toString());
		List<String[]> problems = new ArrayList<>();
		// file:line:column: severity: [code] message
		for (String line : validate.out().split("\n")) {
			if (line.startsWith(perf.toString() + ":")) {
				String rest = line.substring(perf.toString().length() + 1);
				String[] position = rest.split(":", 4);
				String severity = position[2].trim();
				String code = position[3].substring(position[3].indexOf('[') + 1, position[3].indexOf(']'));
				String message = position[3].substring(position[3].indexOf(']') + 2);
				problems.add(new String[] { position[0], position[1], severity, code, message });
			}
		}
		return problems;
	}

	private static String severity(String label) {
		return switch (label) {
		case "error" -> "错误";
		case "warning" -> "警告";
		default -> "提示";
		};
	}

	@Test
	void theSummaryHasARowPerUnitAndFormAndOnePerBadFileCheckedCellByCell() throws IOException {
		Path in = submissions();
		String bad = in.resolve("损坏的报送") + "/";
		List<String[]> zhurong = validatedImport(in.resolve("祝融街道办事处/2020申报表.txt"));
		List<String[]> qingling = validatedImport(in.resolve("青菱街道办事处/申报表.xlsx"));
		try (XSSFWorkbook book = review(in)) {
			List<List<String>> summary = rows(book.getSheet(PerfReviewWorkbook.SUMMARY), 0);
			assertThat(summary).containsExactly(PerfReviewWorkbook.SUMMARY_HEADER,
					List.of("损坏的报送", "项目支出绩效目标表 社区活动经费 2022 年", bad + "旧编码.perf", "0", "1", "0", "退回修改", ""),
					List.of("损坏的报送", "（无法审核）", bad + "申报表.xlsx", "1", "0", "0", "退回修改",
							"1:1: error: 无法读取 Excel 工作簿：文件不完整或已损坏：不是完整的 zip 压缩包（.xlsx 工作簿是 zip 压缩包），可能在下载、复制或保存时中断。"
									+ "请从原处重新获取文件，或在 Excel/WPS 中打开后另存为 .xlsx。 (The workbook is truncated or damaged: not a complete zip archive.)"),
					List.of("损坏的报送", "（无法审核）", bad + "粘贴的表格.txt", "1", "0", "0", "退回修改",
							"1:1: error: 不是表格文本，也不是 Excel 工作簿，无法导入：文件不是文本，像是二进制文件：第 1 行第 10 列的字节 0x00 不是文字。 (looks like a binary file)"),
					List.of("损坏的报送", "（无法审核）", bad + "说明.pdf", "1", "0", "0", "退回修改",
							"不是可审核的文件（只审核 .perf、.xlsx、.xls 和 .txt 文件） (not a kind of file the review reads)"),
					List.of("某局", "部门整体支出绩效目标申报表 2025 年", in.resolve("某局/部门整体申报表.perf").toString(), "0", "1", "0", "退回修改", ""),
					List.of("某街道办事处", "项目支出绩效目标表 社区工作经费 2022 年", in.resolve("某街道办事处/社区工作经费.perf").toString(), "0", "0",
							"0", "通过", ""),
					List.of("祝融街道办事处", "部门整体支出绩效目标申报表 2020 年", in.resolve("祝融街道办事处/2020申报表.txt").toString(), "0",
							count(zhurong, "warning"), count(zhurong, "info"), "退回修改", ""),
					List.of("青菱街道办事处", "部门整体支出绩效目标申报表 2020 年", in.resolve("青菱街道办事处/申报表.xlsx").toString(), "0",
							count(qingling, "warning"), count(qingling, "info"), "退回修改", ""));
			assertThat(count(zhurong, "warning")).isEqualTo("2");
			assertThat(count(zhurong, "error")).isEqualTo("0");
			assertThat(count(qingling, "error")).isEqualTo("0");
		}
	}

	private static String count(List<String[]> problems, String severity) {
		return Long.toString(problems.stream().filter(p -> p[2].equals(severity)).count());
	}

	@Test
	void theFindingsNameFormGoalIndicatorAndValueAsFiledWithEmptyColumnsForTheReviewer() throws IOException {
		Path in = submissions();
		List<String[]> zhurong = validatedImport(in.resolve("祝融街道办事处/2020申报表.txt"));
		try (XSSFWorkbook book = review(in)) {
			// the visible columns (hidden after them: the file's path and the form's number, for --apply)
			List<List<String>> findings = rows(book.getSheet(PerfReviewWorkbook.FINDINGS), 0).stream()
					.map(r -> r.subList(0, Math.min(r.size(), PerfReviewWorkbook.FINDINGS_HEADER.size()))).toList();
			assertThat(findings.get(0)).isEqualTo(PerfReviewWorkbook.FINDINGS_HEADER);
			assertThat(findings).contains(List.of("某局", "部门整体支出绩效目标申报表 2025 年", "保障社区工作正常开展", "资料报送时间", "≤ 60",
					"perf.missing-unit", "“资料报送时间”的指标值“≤ 60”没有单位：应写明单位（如 次、人、项、万元、%）。", "警告",
					in.resolve("某局/部门整体申报表.perf") + ":4:34", "", ""));
			assertThat(findings).contains(List.of("损坏的报送", "（无法审核）", "", "", "", "perf.input",
					"不是可审核的文件（只审核 .perf、.xlsx、.xls 和 .txt 文件） (not a kind of file the review reads)", "错误",
					in.resolve("损坏的报送/说明.pdf") + ":1:1", "", ""));
			List<String> encoding = findings.stream().filter(f -> f.get(5).equals("perf.encoding")).findFirst().orElseThrow();
			assertThat(encoding.subList(0, 6)).containsExactly("损坏的报送", "项目支出绩效目标表 社区活动经费 2022 年", "", "", "", "perf.encoding");
			assertThat(encoding.get(6)).contains("GB18030");
			assertThat(encoding.get(7)).isEqualTo("警告");
			// the imported seed: the same findings as validate gives of what import writes, at the same places
			List<List<String>> seed = findings.stream().filter(f -> f.get(0).equals("祝融街道办事处")).toList();
			assertThat(seed).hasSize(zhurong.size());
			for (int i = 0; i < seed.size(); i++) {
				String[] expected = zhurong.get(i);
				assertThat(seed.get(i).get(5)).isEqualTo(expected[3]);
				assertThat(seed.get(i).get(6)).isEqualTo(expected[4]);
				assertThat(seed.get(i).get(7)).isEqualTo(severity(expected[2]));
				assertThat(seed.get(i).get(8)).isEqualTo(in.resolve("祝融街道办事处/2020申报表.txt") + "（导入结果）:" + expected[0] + ":" + expected[1]);
			}
			// the seed's 目标3 files 是 for 是否持续发放补贴 (seed 002)
			assertThat(seed).anySatisfy(f -> assertThat(f.subList(1, 6)).containsExactly("部门整体支出绩效目标申报表 2020 年", "目标3",
					"是否持续发放补贴", "是", "perf.yes-no-target"));
			// nothing written beside the submissions
			try (Stream<Path> files = Files.walk(in)) {
				assertThat(files.filter(f -> f.toString().endsWith(".perf")).map(f -> in.relativize(f).toString()).sorted())
						.containsExactly("损坏的报送/旧编码.perf", "某局/部门整体申报表.perf", "某街道办事处/社区工作经费.perf");
			}
		}
	}

	@Test
	void aSheetPerRuleGivesItsExplanationCountAndFindings() throws IOException {
		try (XSSFWorkbook book = review(submissions())) {
			XSSFSheet rule = book.getSheet("missing-unit");
			List<List<String>> about = rows(rule, 0).subList(0, 4);
			assertThat(about).containsExactly(List.of("规则代码", "perf.missing-unit"), List.of("说明", "数值没有单位"),
					List.of("Rule", "Number without a unit"), List.of("次数", "3"));
			List<List<String>> listed = rows(rule, PerfReviewWorkbook.RULE_HEADER_ROW);
			assertThat(listed.get(0)).isEqualTo(PerfReviewWorkbook.RULE_HEADER);
			assertThat(listed.subList(1, listed.size()).stream().map(r -> r.get(0)).toList()).containsExactly("某局", "青菱街道办事处",
					"青菱街道办事处");
			assertThat(book.getSheet("input")).isNotNull();
			assertThat(rows(book.getSheet("input"), 3).get(0)).containsExactly("次数", "3");
		}
	}

	@Test
	void everySheetIsFilteredFrozenAndPrintsLandscapeFittedToTheWidthWithItsHeaderOnEveryPage() throws IOException {
		try (XSSFWorkbook book = review(submissions())) {
			assertThat(book.getSheetName(0)).isEqualTo(PerfReviewWorkbook.SUMMARY);
			assertThat(book.getSheetName(1)).isEqualTo(PerfReviewWorkbook.FINDINGS);
			for (int i = 0; i < book.getNumberOfSheets(); i++) {
				XSSFSheet sheet = book.getSheetAt(i);
				int header = i < 2 ? 0 : PerfReviewWorkbook.RULE_HEADER_ROW;
				int index = i;
				// the filter's range is the sheet's built-in name _xlnm._FilterDatabase
				assertThat(book.getNames("_xlnm._FilterDatabase")).filteredOn(n -> n.getSheetIndex() == index).singleElement()
						.satisfies(n -> assertThat(n.getRefersToFormula()).as(sheet.getSheetName()).contains("$A$" + (header + 1) + ":"));
				assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
				assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
				assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
				assertThat(sheet.getFitToPage()).isTrue();
				assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
				assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
				assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(header);
				assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(header);
			}
			XSSFSheet findings = book.getSheet(PerfReviewWorkbook.FINDINGS);
			List<XSSFDataValidation> validations = findings.getDataValidations();
			assertThat(validations).hasSize(1);
			assertThat(validations.get(0).getValidationConstraint().getExplicitListValues()).containsExactly("同意", "不同意", "待定");
			assertThat(validations.get(0).getRegions().getCellRangeAddresses()).containsExactly(
					new CellRangeAddress(1, findings.getLastRowNum(), PerfReviewWorkbook.DECISION_COLUMN, PerfReviewWorkbook.DECISION_COLUMN));
		}
	}

	@Test
	void theProfileDecidesWhatIsAFinding() throws IOException {
		try (XSSFWorkbook book = review(submissions(), "--profile", "national")) {
			List<String> clean = rows(book.getSheet(PerfReviewWorkbook.SUMMARY), 0).stream()
					.filter(r -> r.get(0).equals("某街道办事处")).findFirst().orElseThrow();
			// the data standard wants every indicator's 指标内容 and 评（扣）分标准
			assertThat(clean.get(6)).isEqualTo("退回修改");
			assertThat(book.getSheet("missing-description")).isNotNull();
		}
	}

	@Test
	void theFilesOfOneUnitSeeEachOtherAndNoOtherUnits() throws IOException {
		Path in = dir.resolve("units");
		String declaration = "uses framework 某区2025\ndepartment \"某区财政局\" year 2025 <\n    goal \"目标\" <\n"
				+ "        indicator 产出.覆盖面 \"社区覆盖\" = 26 个\n    >\n>\n";
		Files.createDirectories(in.resolve("某区财政局"));
		Files.writeString(in.resolve("某区财政局/框架.perf"), """
				framework 某区2025 "某区自定义框架" <
				    level1 产出 "产出指标" role output <
				        level2 覆盖面 "覆盖面指标"
				    >
				>
				""");
		Files.writeString(in.resolve("某区财政局/申报表.perf"), declaration);
		Files.createDirectories(in.resolve("另一单位"));
		Files.writeString(in.resolve("另一单位/申报表.perf"), declaration);
		try (XSSFWorkbook book = review(in)) {
			List<List<String>> summary = rows(book.getSheet(PerfReviewWorkbook.SUMMARY), 1);
			List<String> own = summary.stream().filter(r -> r.get(2).equals(in.resolve("某区财政局/申报表.perf").toString())).findFirst()
					.orElseThrow();
			List<String> other = summary.stream().filter(r -> r.get(2).equals(in.resolve("另一单位/申报表.perf").toString())).findFirst()
					.orElseThrow();
			// the framework declared beside it resolves; in the other unit's folder there is none to resolve
			assertThat(own.subList(0, 4)).containsExactly("某区财政局", "部门整体支出绩效目标申报表 2025 年", own.get(2), "0");
			assertThat(other.subList(0, 2)).containsExactly("另一单位", "部门整体支出绩效目标申报表 2025 年");
			assertThat(Integer.parseInt(other.get(3))).isPositive();
			assertThat(other.get(6)).isEqualTo("退回修改");
			assertThat(summary).anySatisfy(r -> assertThat(r.subList(0, 3)).containsExactly("某区财政局", "（没有表格）",
					in.resolve("某区财政局/框架.perf").toString()));
		}
	}

	@Test
	void anExistingFindingsWorkbookIsNotReplacedWithoutForce() throws IOException {
		Path out = dir.resolve("审核结果.xlsx");
		Files.writeString(out, "审核人员已填写的决定");
		PerfCliRun run = PerfCliRun.of("review", submissions().toString(), "-o", out.toString());
		assertThat(run.exitCode()).isEqualTo(PerfCli.EXIT_EXISTS);
		assertThat(run.err()).contains("审核结果已存在，未覆盖");
		assertThat(Files.readString(out)).isEqualTo("审核人员已填写的决定");
	}

	@Test
	void theProgressLineCountsFilesAndEstimatesTheTimeLeft() {
		StringWriter text = new StringWriter();
		AtomicLong now = new AtomicLong();
		PerfReviewProgress progress = new PerfReviewProgress(new PrintWriter(text), true, now::get);
		progress.start(4);
		now.set(2_000_000_000L);
		progress.done("某局/申报表.xlsx");
		// within a tenth of a second of the last update: not printed
		now.set(2_050_000_000L);
		progress.done("某局/自评表.perf");
		now.set(4_000_000_000L);
		progress.done("青菱街道办事处/申报表.xlsx");
		now.set(4_010_000_000L);
		progress.done("青菱街道办事处/自评表.perf");
		progress.finish();
		assertThat(text.toString()).isEqualTo("\r审核 1/4 个文件 · 还需约 0:06 · 某局/申报表.xlsx\u001B[K"
				+ "\r审核 3/4 个文件 · 还需约 0:01 · 青菱街道办事处/申报表.xlsx\u001B[K"
				+ "\r审核 4/4 个文件 · 完成 · 青菱街道办事处/自评表.perf\u001B[K" + System.lineSeparator());
	}

	@Test
	void withoutATerminalTheProgressIsSilent() {
		StringWriter text = new StringWriter();
		PerfReviewProgress progress = new PerfReviewProgress(new PrintWriter(text), false, System::nanoTime);
		progress.start(2);
		progress.done("a.perf");
		progress.done("b.perf");
		progress.finish();
		assertThat(text.toString()).isEmpty();
	}

	@Test
	void theCommandSaysWhatItReviewedAndPrintsNoProgressWhenNotOnATerminal() throws IOException {
		Path out = dir.resolve("结果.xlsx");
		PerfCliRun run = PerfCliRun.of("review", submissions().toString(), "-o", out.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).isEqualTo("审核了 5 个单位的 8 个文件：1 张表建议通过，4 张表建议退回修改，3 个文件无法审核；13 条问题。" + System.lineSeparator()
				+ "审核结果：" + out + System.lineSeparator());
		assertThat(run.err()).doesNotContain("\r").doesNotContain("审核 ");
	}
}
