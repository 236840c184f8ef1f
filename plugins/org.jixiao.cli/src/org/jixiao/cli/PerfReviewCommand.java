// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.jixiao.dsl.io.PerfAtomicFiles;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.dsl.validation.PerfProfile;
import org.jixiao.forms.importer.PerfColumnVocabulary;
import org.jixiao.forms.importer.PerfTableImporter;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.dsl.model.PerfOpinions;
import org.jixiao.forms.review.PerfReviewDecisions;
import org.jixiao.forms.review.PerfReviewEntry;
import org.jixiao.forms.review.PerfReviewWorkbook;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao review DIR... [-o 审核结果.xlsx] [--profile NAME|FILE]... [--quiet]}: the reviewer's side.
 * Reads the submissions as they arrive (.perf, workbooks, pasted text; a folder per unit), checks them
 * with the chosen profile and writes the findings workbook (docs/review.md). A file that cannot be
 * read is a row of the summary, never the end of the batch.
 */
@Command(name = "review", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
		description = "审核各单位报送的表格（.perf、.xlsx、.xls、.txt，每个单位一个文件夹），写出审核结果工作簿。"
				+ " Review a folder of submissions into a findings workbook.")
public class PerfReviewCommand implements Callable<Integer> {

	@Parameters(arity = "0..*", paramLabel = "DIR", description = "报送材料所在的文件夹（其中每个子文件夹是一个单位），或单个文件。"
			+ " Folders of submissions (a subfolder per unit), or files.")
	private List<Path> inputs;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "审核结果工作簿（默认：审核结果.xlsx）。 The findings workbook.")
	private Path output = Path.of("审核结果.xlsx");

	@Option(names = "--force", description = "覆盖已存在的审核结果（其中可能已有审核决定和意见）。 Replace an existing findings workbook.")
	private boolean force;

	@Option(names = "--year", paramLabel = "N", description = "导入的表格中未写年度时使用的年度。 Year for imported forms that print none.")
	private Integer year;

	@Option(names = "--threads", paramLabel = "N", description = "同时审核的单位数（默认：处理器核数）。 Units reviewed at once (default: the cores).")
	private int threads = Runtime.getRuntime().availableProcessors();

	@Option(names = "--apply", paramLabel = "审核结果.xlsx", description = "把审核结果中填写的审核决定和意见作为审核意见写入各单位的 .perf 文件。"
			+ " Write the reviewer's decisions and comments into the units' .perf files.")
	private Path apply;

	@Option(names = "--office", paramLabel = "科室", description = "--apply 写入的审核科室（默认：财政部门业务股室）。 The reviewing office.")
	private String office = PerfOpinions.BUSINESS_OFFICE;

	@Option(names = "--reviewer", paramLabel = "姓名", description = "--apply 写入的审核人。 The reviewer's name.")
	private String reviewer;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "--apply 写入的日期（默认：今天）。 The comments' date (default: today).")
	private String date;

	@Option(names = { "-q", "--quiet" }, description = "不显示进度。 No progress line.")
	private boolean quiet;

	@Mixin
	private PerfProfileOption profileOption = new PerfProfileOption();

	@Mixin
	private PerfLayoutsOption layoutsOption = new PerfLayoutsOption();

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws InterruptedException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (apply != null) {
			return apply(out, err);
		}
		if (inputs == null || inputs.isEmpty()) {
			err.println("请给出报送材料所在的文件夹，或用 --apply 审核结果.xlsx。 Give the folders of submissions, or --apply.");
			return PerfCli.EXIT_USAGE;
		}
		if (Files.exists(output) && !force) {
			err.println(output + ":1:1: error: [" + PerfIssueCodes.INPUT + "] 审核结果已存在，未覆盖（其中可能已有审核决定和意见；用 --force 覆盖）。"
					+ " The findings workbook exists; use --force to replace it.");
			return PerfCli.EXIT_EXISTS;
		}
		PerfLayouts layouts = layoutsOption.load(err);
		if (layouts == null) {
			return PerfCli.EXIT_ERRORS;
		}
		PerfColumnVocabulary vocabulary = layoutsOption.vocabulary(err);
		if (vocabulary == null) {
			return PerfCli.EXIT_ERRORS;
		}
		Injector injector = PerfInjector.get();
		PerfProfile profile = injector.getInstance(PerfProfile.class);
		if (!profileOption.apply(profile, err)) {
			return PerfCli.EXIT_USAGE;
		}
		try {
			PerfReviewBatch batch = PerfReviewBatch.of(inputs);
			PerfReviewProgress progress = new PerfReviewProgress(err, !quiet && System.console() != null, System::nanoTime);
			PerfUnitReview.Outcome outcome = batch.review(threads,
					() -> new PerfUnitReview(injector, new PerfTableImporter(injector, layouts, vocabulary).withYear(year)),
					progress);
			try {
				PerfAtomicFiles.write(output, stream -> PerfReviewWorkbook.write(outcome.entries(), outcome.findings(), stream));
			} catch (IOException e) {
				err.println(new PerfProblem(output.toString(), 1, 1, PerfProblem.Severity.ERROR, PerfIssueCodes.INPUT,
						"无法写入审核结果 (cannot write)：" + e.getMessage()).format());
				return PerfCli.EXIT_IO;
			}
			long returned = outcome.entries().stream().filter(e -> !e.unreadable() && PerfReviewEntry.RETURN.equals(e.verdict())).count();
			long passed = outcome.entries().stream().filter(e -> PerfReviewEntry.PASS.equals(e.verdict())).count();
			long unreadable = outcome.entries().stream().filter(PerfReviewEntry::unreadable).count();
			out.printf("审核了 %d 个单位的 %d 个文件：%d 张表建议通过，%d 张表建议退回修改，%d 个文件无法审核；%d 条问题。%n",
					batch.unitCount(), batch.fileCount(), passed, returned, unreadable, outcome.findings().size());
			out.println("审核结果：" + output);
			out.flush();
			return PerfCli.EXIT_OK;
		} finally {
			profile.reset();
		}
	}

	/** {@code --apply}: the decisions and comments of the findings workbook into the units' files (docs/review.md). */
	private int apply(PrintWriter out, PrintWriter err) {
		String day = date == null ? LocalDate.now().toString() : date;
		if (PerfOpinions.date(day) == null) {
			err.println("--date " + day + "：不是有效日期（写作 2026-03-05）。 Not a date.");
			return PerfCli.EXIT_USAGE;
		}
		List<PerfReviewDecisions.Decision> decisions;
		try {
			decisions = PerfReviewDecisions.read(apply);
		} catch (IOException e) {
			err.println(new PerfProblem(apply.toString(), 1, 1, PerfProblem.Severity.ERROR, PerfIssueCodes.INPUT,
					e instanceof java.nio.file.NoSuchFileException ? "文件不存在 (no such file)" : e.getMessage()).format());
			return PerfCli.EXIT_ERRORS;
		}
		PerfReviewApply applying = new PerfReviewApply(PerfInjector.get(), office, reviewer, day, apply.toString(), out);
		applying.apply(decisions);
		out.printf("写入了 %d 个文件的 %d 条审核意见；%d 条已有，未重复写入；%d 行无法写入。%n", applying.files, applying.written,
				applying.present, applying.failed);
		out.flush();
		return applying.failed > 0 ? PerfCli.EXIT_WARNINGS : PerfCli.EXIT_OK;
	}
}
