// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.jixiao.dsl.selfeval.PerfSelfEvaluationDraft;
import org.jixiao.dsl.stages.PerfNextYearDraft;
import org.jixiao.dsl.stages.PerfNextYearStarter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao next-year DECLARATION.perf --year N [--selfeval PATH]… [-o DIR] [--force]}: writes
 * next year's declaration of every declaration and project table of the file into {@code DIR}
 * (default {@code next-year/} in the current directory), the file named with the new year in place
 * of the old one. 近两年指标值 are carried: 上年 → 前年, and 上年 from the self-evaluation that follows
 * the declaration — looked for among the .perf files of the declaration's folder and the paths given
 * with {@code --selfeval} — else from the expected value. An existing file is never replaced
 * without {@code --force}; the file is written atomically.
 */
@Command(name = "next-year", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
		description = "由今年的申报表生成下一年的申报表：按目标调整后的内容写出，近两年指标值 上年 → 前年、自评实际完成值（或预期当年实现值）→ 上年。"
				+ " Start next year's declaration from this year's.")
public class PerfNextYearCommand extends PerfPrintingCommand {

	@Parameters(index = "0", paramLabel = "DECLARATION.perf", description = "今年的申报表（.perf）。 This year's declaration.")
	private Path input;

	@Option(names = "--year", required = true, paramLabel = "N", description = "下一年度，如 2021。 The new year.")
	private int year;

	@Option(names = "--selfeval", paramLabel = "PATH",
			description = "另外查找自评表的文件或文件夹（申报表所在文件夹总会查找）。 More files or folders to look for the self-evaluation in.")
	private List<Path> selfEvaluations = new ArrayList<>();

	@Option(names = { "-o", "--output" }, paramLabel = "DIR",
			description = "输出目录（默认：当前目录下的 next-year）。 Output directory.")
	private Path output = Path.of("next-year");

	@Option(names = "--force", description = "输出文件已存在时覆盖它。 Replace an existing output file.")
	private boolean force;

	@Override
	int run(PrintWriter out, PrintWriter err) {
		if (year < 1900 || year > 2999) {
			err.println("--year " + year + " 不是年度：请写四位年份，如 2021。");
			return PerfCli.EXIT_USAGE;
		}
		PerfNewStageOutput writing = new PerfNewStageOutput(input, output, force, err);
		Integer refused = writing.checkInput();
		refused = refused != null ? refused : writing.checkDirectory("下一年申报表的输出目录");
		if (refused != null) {
			return refused;
		}
		List<Path> stages = new ArrayList<>(PerfNewStageOutput.siblings(input));
		stages.addAll(selfEvaluations);
		PerfWorkspace workspace = writing.loadDeclaration(stages, "下一年申报表");
		if (workspace == null) {
			return PerfCli.EXIT_ERRORS;
		}
		Resource resource = workspace.resources().keySet().iterator().next();
		PerfNextYearDraft draft = workspace.injector().getInstance(PerfNextYearStarter.class).start(resource, year);
		if (draft.forms() == 0) {
			err.println(input + ":1:1: error: 文件中没有部门整体支出绩效目标申报表（department）或项目支出绩效目标表（project），无法生成下一年申报表。");
			return PerfCli.EXIT_ERRORS;
		}
		Path target = writing.target(fileName(input, year));
		refused = writing.refuseExisting(target);
		if (refused != null) {
			return refused;
		}
		for (PerfSelfEvaluationDraft.Note note : draft.notes()) {
			err.println(input + ":" + note.line() + ":" + note.column() + ": warning: " + note.message());
		}
		Integer failed = writing.write(target, draft.text());
		if (failed != null) {
			return failed;
		}
		out.printf("已生成 %s：%d 张 %d 年度申报表；上年值取自自评实际完成值 %d 项、预期当年实现值 %d 项，没有上年值 %d 项。%n", target, draft.forms(), year,
				draft.fromActual(), draft.fromExpected(), draft.missing());
		err.println("请按新年度更新目标值、预算数与文字，再用 ./jixiao validate " + target + " 检查。");
		return PerfCli.EXIT_OK;
	}

	static String fileName(Path input, int year) {
		return PerfNextYearStarter.fileName(input.getFileName().toString(), year);
	}
}
