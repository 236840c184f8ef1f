// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.forms.review.PerfReviewWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao review --apply}: the reviewer fills decisions and comments into the findings workbook,
 * and they come back into the units' .perf files as review comments (审核意见), which validation and the
 * next review show as open findings; applied twice, nothing is added; a row that cannot be applied is
 * reported and the others are still written.
 */
class PerfReviewApplyTest {

	@TempDir
	Path dir;

	private static final String DECLARATION = """
			department "单位甲" year 2025 <
				// 单位的注释留在原处
				goal 年度目标1 "保障社区工作正常开展" <
					indicator 产出.数量 "社区活动次数" ≥ 12 次
					indicator 产出.时效 "资料报送时间" ≤ 60
					indicator 效益.社会效益 "居民生活" "明显改善"
					indicator 满意度.服务对象满意度 "居民满意度" ≥ 90%
				>
			>
			""";

	private static final String PROJECT = """
			project "P1" "社区工作经费" year 2025 <
				goal "保障社区工作顺利开展" <
					indicator 产出.数量 "支付经费人数" = 49
					indicator 效益.社会效益 "业务保障能力" "进一步保障"
					indicator 满意度.服务对象满意度 "职工满意度" ≥ 95%
				>
			>
			""";

	private Path in;
	private Path workbook;

	private void submissions() throws IOException {
		in = dir.resolve("in");
		write(in.resolve("单位甲/申报表.perf"), DECLARATION);
		write(in.resolve("单位乙/项目表.perf"), PROJECT);
		workbook = dir.resolve("审核结果.xlsx");
	}

	private static void write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream stream = Files.newInputStream(file)) {
			return new XSSFWorkbook(stream);
		}
	}

	private PerfCliRun review() {
		PerfCliRun run = PerfCliRun.of("review", in.toString(), "-o", workbook.toString(), "--force", "--quiet");
		assertThat(run.exitCode()).as(run.err()).isZero();
		return run;
	}

	private PerfCliRun apply() {
		return PerfCliRun.of("review", "--apply", workbook.toString(), "--office", "监督绩效股", "--reviewer", "王五", "--date", "2025-03-05");
	}

	/** The findings sheet's row of a rule on an indicator. */
	private static Row row(XSSFSheet findings, String code, String indicator) {
		DataFormatter formatter = new DataFormatter();
		for (Row row : findings) {
			if (formatter.formatCellValue(row.getCell(5)).equals(code) && formatter.formatCellValue(row.getCell(3)).equals(indicator)) {
				return row;
			}
		}
		throw new AssertionError("no " + code + " on " + indicator);
	}

	/** The reviewer's work: decisions and comments typed into the workbook, saved. */
	private void decide(String[]... decisions) throws IOException {
		try (XSSFWorkbook book = open(workbook)) {
			XSSFSheet findings = book.getSheet(PerfReviewWorkbook.FINDINGS);
			for (String[] d : decisions) {
				Row row = row(findings, d[0], d[1]);
				row.createCell(PerfReviewWorkbook.DECISION_COLUMN).setCellValue(d[2]);
				row.createCell(PerfReviewWorkbook.COMMENT_COLUMN).setCellValue(d[3]);
			}
			try (OutputStream out = Files.newOutputStream(workbook)) {
				((Workbook) book).write(out);
			}
		}
	}

	private static List<List<String>> findings(Path workbook) throws IOException {
		DataFormatter formatter = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook book = open(workbook)) {
			for (Row row : book.getSheet(PerfReviewWorkbook.FINDINGS)) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < PerfReviewWorkbook.FINDINGS_HEADER.size(); c++) {
					cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	@Test
	void decisionsComeBackAsReviewCommentsThatValidationAndTheNextReviewShow() throws IOException {
		submissions();
		review();
		try (XSSFWorkbook book = open(workbook)) {
			XSSFSheet findings = book.getSheet(PerfReviewWorkbook.FINDINGS);
			// the hidden columns that lead --apply back to the file and the form
			assertThat(findings.isColumnHidden(PerfReviewWorkbook.PATH_COLUMN)).isTrue();
			assertThat(findings.isColumnHidden(PerfReviewWorkbook.FORM_NUMBER_COLUMN)).isTrue();
			Row row = row(findings, "perf.missing-unit", "资料报送时间");
			assertThat(row.getCell(PerfReviewWorkbook.PATH_COLUMN).getStringCellValue())
					.isEqualTo(in.resolve("单位甲/申报表.perf").toAbsolutePath().normalize().toString());
			assertThat(row.getCell(PerfReviewWorkbook.FORM_NUMBER_COLUMN).getNumericCellValue()).isEqualTo(1.0);
		}
		decide(new String[] { "perf.missing-unit", "资料报送时间", "同意", "请写明单位（天）" },
				new String[] { "perf.missing-unit", "支付经费人数", "不同意", "" });

		PerfCliRun applied = apply();

		assertThat(applied.exitCode()).as(applied.out() + applied.err()).isZero();
		assertThat(applied.out()).contains("写入了 2 个文件的 2 条审核意见；0 条已有，未重复写入；0 行无法写入。");
		assertThat(Files.readString(in.resolve("单位甲/申报表.perf"))).isEqualTo(DECLARATION.replace(">\n>\n", """
				>
					opinion "监督绩效股" <
						reviewer "王五"
						date "2025-03-05"
						goal "年度目标1"
						indicator "资料报送时间"
						text "请写明单位（天）"
						status 待整改
					>
				>
				"""));
		// 不同意 without a comment: the finding's message, set aside
		assertThat(Files.readString(in.resolve("单位乙/项目表.perf"))).contains("""
					opinion "监督绩效股" <
						reviewer "王五"
						date "2025-03-05"
						goal "保障社区工作顺利开展"
						indicator "支付经费人数"
						text "“支付经费人数”的指标值“= 49”没有单位：应写明单位（如 次、人、项、万元、%）。"
						status 不予采纳
					>
				>
				""");

		// the open comment is a finding of validate and of the next review; the one set aside is not
		PerfCliRun validate = PerfCliRun.of("validate", in.resolve("单位甲/申报表.perf").toString(), in.resolve("单位乙/项目表.perf").toString());
		assertThat(validate.out()).contains(in.resolve("单位甲/申报表.perf") + ":9:2: warning: [perf.opinion-open] 审核意见待整改（监督绩效股 王五）：请写明单位（天）。");
		assertThat(validate.out().lines()).noneMatch(l -> l.startsWith(in.resolve("单位乙/项目表.perf") + ":") && l.contains("perf.opinion-open"));
		review();
		assertThat(findings(workbook)).contains(List.of("单位甲", "部门整体支出绩效目标申报表 2025 年", "", "", "", "perf.opinion-open",
				"审核意见待整改（监督绩效股 王五）：请写明单位（天）。请整改后写整改说明 answer \"…\" 并改为 status 已整改。"
						+ " Review comment still open: rectify, answer and mark it 已整改.",
				"警告", in.resolve("单位甲/申报表.perf") + ":9:2", "", ""));
		assertThat(findings(workbook)).noneMatch(r -> r.get(5).equals("perf.opinion-open") && r.get(0).equals("单位乙"));
	}

	@Test
	void applyingTheSameWorkbookTwiceAddsNothing() throws IOException {
		submissions();
		review();
		decide(new String[] { "perf.missing-unit", "资料报送时间", "同意", "请写明单位（天）" });
		assertThat(apply().exitCode()).isZero();
		String once = Files.readString(in.resolve("单位甲/申报表.perf"));

		PerfCliRun again = apply();

		assertThat(again.exitCode()).isZero();
		assertThat(again.out()).contains("写入了 0 个文件的 0 条审核意见；1 条已有，未重复写入；0 行无法写入。");
		assertThat(Files.readString(in.resolve("单位甲/申报表.perf"))).isEqualTo(once);
	}

	@Test
	void aRowThatCannotBeAppliedIsReportedAndTheOthersAreWritten() throws IOException {
		submissions();
		review();
		decide(new String[] { "perf.missing-unit", "资料报送时间", "同意", "请写明单位（天）" },
				new String[] { "perf.missing-unit", "支付经费人数", "同意", "请写明单位（人）" });
		// after the review, the unit renamed an indicator of its project
		write(in.resolve("单位乙/项目表.perf"), PROJECT.replace("支付经费人数", "发放人数"));
		int row;
		try (XSSFWorkbook book = open(workbook)) {
			row = row(book.getSheet(PerfReviewWorkbook.FINDINGS), "perf.missing-unit", "支付经费人数").getRowNum() + 1;
		}

		PerfCliRun applied = apply();

		assertThat(applied.exitCode()).isEqualTo(1);
		assertThat(applied.out()).contains(workbook + ":" + row + ":10: warning: [perf.input] 第 " + row + " 行未写入："
				+ in.resolve("单位乙/项目表.perf").toAbsolutePath().normalize() + " 的表中没有指标“支付经费人数”。 Indicator not found.");
		assertThat(applied.out()).contains("写入了 1 个文件的 1 条审核意见；0 条已有，未重复写入；1 行无法写入。");
		assertThat(Files.readString(in.resolve("单位甲/申报表.perf"))).contains("text \"请写明单位（天）\"");
		assertThat(Files.readString(in.resolve("单位乙/项目表.perf"))).doesNotContain("opinion");

		// a file gone: reported, nothing else happens
		Files.delete(in.resolve("单位甲/申报表.perf"));
		PerfCliRun gone = apply();
		assertThat(gone.exitCode()).isEqualTo(1);
		assertThat(gone.out()).contains("行未写入：文件不存在：" + in.resolve("单位甲/申报表.perf").toAbsolutePath().normalize());
		assertThat(gone.err()).doesNotContain("Exception");
	}

	@Test
	void aFileThatIsNotAFindingsWorkbookIsRefusedWithAMessage() throws IOException {
		Path notOne = dir.resolve("其他.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(notOne)) {
			book.createSheet("Sheet1");
			((Workbook) book).write(out);
		}
		PerfCliRun run = PerfCliRun.of("review", "--apply", notOne.toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains(notOne + ":1:1: error: [perf.input] 不是 jixiao review 写出的审核结果");
	}
}
