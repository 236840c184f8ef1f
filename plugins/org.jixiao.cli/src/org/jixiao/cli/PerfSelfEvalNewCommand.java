// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.jixiao.dsl.scoring.PerfScoringProfile;
import org.jixiao.dsl.scoring.PerfScoringProfileException;
import org.jixiao.dsl.scoring.PerfScoringProfiles;
import org.jixiao.dsl.selfeval.PerfSelfEvaluationDraft;
import org.jixiao.dsl.model.PerfStageException;
import org.jixiao.dsl.selfeval.PerfSelfEvaluationLayouts;
import org.jixiao.dsl.selfeval.PerfSelfEvaluationStarter;
import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.forms.layout.PerfLayouts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao selfeval new DECLARATION.perf [--profile NAME|FILE] [-o DIR] [--force]}: writes a
 * self-evaluation for every declaration and project table of the file as {@code NAME-selfeval.perf}
 * into {@code DIR}, by default {@code selfeval/} in the current directory (as {@code generate} writes
 * into {@code forms/}), so that starting a self-evaluation never adds files to the folder of the
 * declarations. An existing file is never replaced without {@code --force}; the file is written
 * atomically.
 */
@Command(name = "new", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
		description = "由申报表（部门整体支出绩效目标申报表、项目支出绩效目标表）生成自评表：目标与指标照搬，分值按评分配置分配，实际值留待填写。"
				+ " Start the self-evaluation of a declaration.")
public class PerfSelfEvalNewCommand extends PerfPrintingCommand {

	@Parameters(index = "0", paramLabel = "DECLARATION.perf", description = "含申报表或项目表的 .perf 文件。 A .perf file with declarations.")
	private Path input;

	@Option(names = "--profile", paramLabel = "NAME|FILE",
			description = "评分配置：wuhan2020（默认；--layout 的版式指定了评分配置时用它）、central，或地区自己的 *.scoring.properties 文件（格式见 docs/selfeval.md）。 Scoring profile.")
	private String profileName;

	@Option(names = "--layout", paramLabel = "NAME",
			description = "自评表的版式或版式系列（如 central-project-selfeval、national）：写进每张自评表（layout \"…\"）；"
					+ "未给 --profile 时按版式指定的评分配置（如 central）分配分值。 Layout or family of the self-evaluations.")
	private String layout;

	@Mixin
	private PerfLayoutsOption layoutsOption = new PerfLayoutsOption();

	@Option(names = { "-o", "--output" }, paramLabel = "DIR",
			description = "输出目录（默认：当前目录下的 selfeval）；文件名为 源文件名-selfeval.perf。 Output directory.")
	private Path output = Path.of("selfeval");

	@Option(names = "--force", description = "输出文件已存在时覆盖它。 Replace an existing output file.")
	private boolean force;

	@Option(names = "--monitor", paramLabel = "PATH",
			description = "另外查找监控表的文件或文件夹（申报表所在文件夹总会查找）：依据申报表的最近一张监控表的全年预计作为实际完成值的起点。"
					+ " More files or folders to look for the monitoring form in; its forecasts start the actual values.")
	private List<Path> monitorings = new ArrayList<>();

	@Override
	int run(PrintWriter out, PrintWriter err) {
		PerfSelfEvaluationLayouts layouts = PerfSelfEvaluationLayouts.DEFAULT;
		String layoutProfile = null;
		if (layout != null) {
			PerfLayouts available = layoutsOption.load(err);
			if (available == null) {
				return PerfCli.EXIT_USAGE;
			}
			if (!available.knows(layout)) {
				err.println(available.unknown(layout));
				return PerfCli.EXIT_USAGE;
			}
			PerfLayout project = selfEvaluationLayout(available, PerfFormKind.PROJECT_SELFEVAL);
			PerfLayout department = selfEvaluationLayout(available, PerfFormKind.DEPARTMENT_SELFEVAL);
			if (project == null && department == null) {
				err.println("版式“" + layout + "”不是自评表的版式：请给出项目支出绩效自评表或部门整体绩效自评表的版式或系列（jixiao layouts 列出全部）。");
				return PerfCli.EXIT_USAGE;
			}
			layouts = new PerfSelfEvaluationLayouts(project == null ? null : project.name(),
					department == null ? null : department.name(),
					project != null && project.blocks().stream().anyMatch(b -> b.kind().equals("funding")));
			layoutProfile = project != null && project.scoring() != null ? project.scoring()
					: department == null ? null : department.scoring();
		}
		if (profileName == null) {
			profileName = layoutProfile != null ? layoutProfile : PerfScoringProfiles.DEFAULT;
		}
		PerfScoringProfile profile;
		try {
			profile = profile();
		} catch (PerfScoringProfileException e) {
			err.println(e.getMessage());
			return PerfCli.EXIT_USAGE;
		} catch (IOException e) {
			err.println(profileName + ":1:1: error: 无法读取评分配置：" + e.getMessage());
			return PerfCli.EXIT_USAGE;
		}
		if (profile == null) {
			err.println(PerfScoringProfiles.builtin().unknown(profileName, true));
			return PerfCli.EXIT_USAGE;
		}
		PerfNewStageOutput files = new PerfNewStageOutput(input, output, force, err);
		Integer refused = files.checkInput();
		refused = refused != null ? refused : files.checkDirectory("自评表的输出目录");
		Path target = files.target(fileName(input));
		refused = refused != null ? refused : files.refuseExisting(target);
		if (refused != null) {
			return refused;
		}
		// the monitoring form that follows the declaration is looked for beside it and where --monitor says
		List<Path> sources = new ArrayList<>(PerfNewStageOutput.siblings(input));
		sources.addAll(monitorings);
		PerfWorkspace workspace = files.loadDeclaration(sources, "自评表");
		if (workspace == null) {
			return PerfCli.EXIT_ERRORS;
		}
		Resource resource = workspace.resources().keySet().iterator().next();
		PerfSelfEvaluationDraft draft;
		try {
			draft = workspace.injector().getInstance(PerfSelfEvaluationStarter.class).start(resource, profile, layouts);
		} catch (PerfStageException e) {
			err.println(input + ":" + e.line() + ":" + e.column() + ": error: " + e.getMessage());
			return PerfCli.EXIT_ERRORS;
		}
		if (draft.forms() == 0) {
			err.println(input + ":1:1: error: 文件中没有部门整体支出绩效目标申报表（department）或项目支出绩效目标表（project），无法生成自评表。");
			return PerfCli.EXIT_ERRORS;
		}
		for (PerfSelfEvaluationDraft.Note note : draft.notes()) {
			err.println(input + ":" + note.line() + ":" + note.column() + ": warning: " + note.message());
		}
		Integer failed = files.write(target, draft.text());
		if (failed != null) {
			return failed;
		}
		out.printf("已生成 %s：%d 张自评表（评分配置 %s）。%n", target, draft.forms(), profile.name());
		if (draft.forecasts() > 0) {
			out.printf("%d 项实际完成值暂取监控表的全年预计（注释“预计值”标出），请替换为实际完成值。%n", draft.forecasts());
		}
		err.println("请填写执行数、实际完成值（替换 ---）与得分，再用 ./jixiao selfeval score " + target + " 查看得分。");
		return PerfCli.EXIT_OK;
	}

	/** The named layout when it is of this kind, else the named family's layout of this kind, or null. */
	private PerfLayout selfEvaluationLayout(PerfLayouts available, PerfFormKind kind) {
		PerfLayout named = available.get(layout);
		if (named != null) {
			return named.kind() == kind ? named : null;
		}
		return available.ofFamily(layout, kind);
	}

	private PerfScoringProfile profile() throws IOException {
		Path file = Path.of(profileName);
		if (Files.isRegularFile(file)) {
			return PerfScoringProfiles.builtin().add(file);
		}
		return PerfScoringProfiles.builtin().get(profileName);
	}

	/** {@code NAME-selfeval.perf} for {@code NAME.perf}. */
	static String fileName(Path input) {
		return PerfNewStageOutput.stem(input) + "-selfeval.perf";
	}
}
