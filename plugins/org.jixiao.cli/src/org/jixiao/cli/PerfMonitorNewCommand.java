// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.jixiao.dsl.monitoring.PerfMonitoringDraft;
import org.jixiao.dsl.model.PerfStageException;
import org.jixiao.dsl.monitoring.PerfMonitoringStarter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao monitor new DECLARATION.perf --month X [-o DIR] [--force]}: writes a 绩效运行监控表 for 1–X月
 * for every declaration and project table of the file as {@code NAME-monitor-X.perf} into {@code DIR}
 * (default {@code monitor/}). An existing file is never replaced without {@code --force}; the file is
 * written atomically.
 */
@Command(name = "new", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
		description = "由申报表（部门整体支出绩效目标申报表、项目支出绩效目标表）生成绩效运行监控表：目标取调整后的指标值，执行情况留待填写。"
				+ " Start the monitoring form of a declaration.")
public class PerfMonitorNewCommand extends PerfPrintingCommand {

	@Parameters(index = "0", paramLabel = "DECLARATION.perf", description = "含申报表或项目表的 .perf 文件。 A .perf file with declarations.")
	private Path input;

	@Option(names = "--month", required = true, paramLabel = "X", description = "监控期截至的月份（1–X月，1 到 12）。 Last month of the period.")
	private int month;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR",
			description = "输出目录（默认：当前目录下的 monitor）；文件名为 源文件名-monitor-X.perf。 Output directory.")
	private Path output = Path.of("monitor");

	@Option(names = "--force", description = "输出文件已存在时覆盖它。 Replace an existing output file.")
	private boolean force;

	@Override
	int run(PrintWriter out, PrintWriter err) {
		if (month < 1 || month > 12) {
			err.println("--month 应为 1 到 12（监控期 1–X月），却是 " + month + "。 The month must be 1–12.");
			return PerfCli.EXIT_USAGE;
		}
		PerfNewStageOutput files = new PerfNewStageOutput(input, output, force, err);
		Integer refused = files.checkInput();
		refused = refused != null ? refused : files.checkDirectory("监控表的输出目录");
		Path target = files.target(fileName(input, month));
		refused = refused != null ? refused : files.refuseExisting(target);
		if (refused != null) {
			return refused;
		}
		PerfWorkspace workspace = files.loadDeclaration(List.of(), "监控表");
		if (workspace == null) {
			return PerfCli.EXIT_ERRORS;
		}
		Resource resource = workspace.resources().keySet().iterator().next();
		PerfMonitoringDraft draft;
		try {
			draft = workspace.injector().getInstance(PerfMonitoringStarter.class).start(resource, month);
		} catch (PerfStageException e) {
			err.println(input + ":" + e.line() + ":" + e.column() + ": error: " + e.getMessage());
			return PerfCli.EXIT_ERRORS;
		}
		if (draft.forms() == 0) {
			err.println(input + ":1:1: error: 文件中没有部门整体支出绩效目标申报表（department）或项目支出绩效目标表（project），无法生成监控表。");
			return PerfCli.EXIT_ERRORS;
		}
		for (PerfMonitoringDraft.Note note : draft.notes()) {
			err.println(input + ":" + note.line() + ":" + note.column() + ": warning: " + note.message());
		}
		Integer failed = files.write(target, draft.text());
		if (failed != null) {
			return failed;
		}
		out.printf("已生成 %s：%d 张绩效运行监控表（1–%d月）。%n", target, draft.forms(), month);
		err.println("请填写截至" + month + "月底支出数、各指标的执行情况与全年预计（替换 ---），再用 ./jixiao monitor lights " + input + " " + target
				+ " 查看预警灯（监控表按项目代码跟随申报表，两个文件一起读）。");
		return PerfCli.EXIT_OK;
	}

	/** {@code NAME-monitor-X.perf} for {@code NAME.perf}. */
	static String fileName(Path input, int month) {
		return PerfMonitoringStarter.fileName(input.getFileName().toString(), month);
	}
}
