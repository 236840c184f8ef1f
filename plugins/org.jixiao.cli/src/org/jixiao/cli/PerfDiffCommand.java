// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.jixiao.dsl.io.PerfAtomicFiles;
import org.jixiao.dsl.stages.PerfChange;
import org.jixiao.dsl.stages.PerfFormDiff;
import org.jixiao.forms.generator.PerfComparisonWorkbook;
import org.jixiao.model.PerfDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao diff OLD.perf NEW.perf [-o 对比表.xlsx]}: what changed between two versions of a file —
 * forms, year, budget, adjustment, goals, indicators and their values — in the terminal, one line
 * per difference grouped by form, and as a 对比表 workbook when asked. Indicators are matched by
 * category and name. Exit code 0 whether or not the versions differ (the count is printed); 2 when
 * a file cannot be read or has syntax errors.
 */
@Command(name = "diff", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
		description = "比较一张表的两个版本：目标、指标、目标值、预算有哪些新增、删除、修改；-o 另存为对比表（.xlsx）。"
				+ " Show what changed between two versions of a form.")
public class PerfDiffCommand extends PerfPrintingCommand {

	@Parameters(index = "0", paramLabel = "OLD.perf", description = "原版本。 The older version.")
	private Path older;

	@Parameters(index = "1", paramLabel = "NEW.perf", description = "新版本。 The newer version.")
	private Path newer;

	@Option(names = { "-o", "--output" }, paramLabel = "对比表.xlsx",
			description = "另存为对比表工作簿（已存在时覆盖）。 Also write the differences as a workbook.")
	private Path output;

	@Override
	int run(PrintWriter out, PrintWriter err) throws IOException {
		if (output != null && !output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
			err.println(output + ":1:1: error: 对比表须为 .xlsx 文件。");
			return PerfCli.EXIT_USAGE;
		}
		PerfDocument before = read(older, err);
		PerfDocument after = before == null ? null : read(newer, err);
		if (before == null || after == null) {
			return PerfCli.EXIT_ERRORS;
		}
		List<PerfChange> changes = PerfFormDiff.compare(before, after);
		String form = null;
		for (PerfChange change : changes) {
			if (!change.form().equals(form)) {
				form = change.form();
				out.println(form + "：");
			}
			out.println("  " + line(change));
		}
		out.println(changes.isEmpty() ? "两个版本相同。 No differences." : "共 " + changes.size() + " 处不同。 " + changes.size() + " difference(s).");
		if (output != null) {
			try {
				PerfAtomicFiles.write(output, stream -> PerfComparisonWorkbook.write(older.toString(), newer.toString(), changes, stream));
			} catch (IOException e) {
				err.println(output + ":1:1: error: 无法写入：" + e.getMessage());
				return PerfCli.EXIT_IO;
			}
			out.println("已生成 " + output + "。");
		}
		return PerfCli.EXIT_OK;
	}

	/** 新增 / 删除 / 修改 with the item and its text: 修改 指标 数量指标“巡检次数” 指标值：≥ 10 次 → ≥ 12 次. */
	static String line(PerfChange change) {
		String item = change.item().isEmpty() ? change.part() : change.part() + " " + change.item();
		return switch (change.kind()) {
		case ADDED -> "新增 " + item + (change.after().isEmpty() ? "" : "：" + change.after());
		case REMOVED -> "删除 " + item + (change.before().isEmpty() ? "" : "：" + change.before());
		case CHANGED -> "修改 " + item + "：" + change.before() + " → " + change.after();
		};
	}

	/** The file's document; null after printing its errors when it cannot be read or parsed. */
	private static PerfDocument read(Path file, PrintWriter err) {
		if (!Files.isRegularFile(file)) {
			err.println(file + ":1:1: error: " + (Files.exists(file) ? "不是文件：请给出一个 .perf 文件。" : "文件不存在。"));
			return null;
		}
		PerfWorkspace workspace = PerfWorkspace.load(List.of(file));
		List<PerfProblem> errors = workspace.validate().stream().filter(PerfProblem::isError).toList();
		if (!errors.isEmpty()) {
			errors.forEach(p -> err.println(p.format()));
			err.printf("%s 有 %d 个错误，未比较。 Not compared: the file has errors.%n", file, errors.size());
			return null;
		}
		Resource resource = workspace.resources().keySet().iterator().next();
		return (PerfDocument) resource.getContents().get(0);
	}
}
