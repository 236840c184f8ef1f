// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.jixiao.dsl.lights.PerfExplainedLight;
import org.jixiao.dsl.lights.PerfLights;
import org.jixiao.dsl.lights.PerfLightsProfile;
import org.jixiao.dsl.lights.PerfLightsReport;
import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.model.DocumentElement;
import org.jixiao.model.Goal;
import org.jixiao.model.Indicator;
import org.jixiao.model.Monitoring;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.ProjectMonitoring;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao monitor lights [--profile NAME|FILE] FILE|DIR...}: every light of every monitoring form —
 * budget execution, each indicator, each goal, the form and 双监控 — with the reason the rules give, so
 * that an analyst can check each one by hand. Indicators whose light needs a 偏差原因 that is missing are
 * marked. Exit code 1 when some light lacks its cause, 0 otherwise.
 */
@Command(name = "lights", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
		description = "列出绩效运行监控表的预警灯：预算执行、每个指标、每个目标、整张表与双监控，每盏灯附理由。 Show the monitoring lights and why.")
public class PerfMonitorLightsCommand extends PerfPrintingCommand {

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = ".perf 文件或包含它们的目录。 .perf files or directories of them.")
	private List<Path> inputs;

	@Mixin
	private PerfLightsOption profileOption = new PerfLightsOption();

	@Override
	int run(PrintWriter out, PrintWriter err) {
		PerfLightsProfile profile = profileOption.load(err);
		if (profile == null) {
			return PerfCli.EXIT_USAGE;
		}
		PerfFollowedFiles files = new PerfFollowedFiles(inputs);
		PerfWorkspace workspace = PerfWorkspace.load(files.all());
		List<PerfProblem> errors = workspace.validate().stream().filter(p -> p.isError() && files.named(p.file())).toList();
		if (!errors.isEmpty()) {
			errors.forEach(p -> err.println(p.format()));
			err.printf("源文件有 %d 个错误，未判断预警灯。 Not judged: the sources have errors.%n", errors.size());
			return PerfCli.EXIT_ERRORS;
		}
		PerfLights lights = new PerfLights(profile);
		int forms = 0;
		int missing = 0;
		for (Map.Entry<Resource, String> entry : workspace.resources().entrySet()) {
			if (!files.named(entry.getValue()) || entry.getKey().getContents().isEmpty()
					|| !(entry.getKey().getContents().get(0) instanceof PerfDocument document)) {
				continue;
			}
			for (DocumentElement element : document.getElements()) {
				if (element instanceof Monitoring form) {
					out.print((forms++ == 0 ? "" : "\n"));
					missing += print(out, entry.getValue(), lights, lights.report(form));
				}
			}
		}
		if (forms == 0) {
			for (String file : workspace.resources().values()) {
				if (files.named(file)) {
					err.println(file + ":1:1: error: 文件中没有绩效运行监控表（monitor project / monitor department）。");
				}
			}
			return PerfCli.EXIT_ERRORS;
		}
		err.printf("%d 张监控表，预警灯配置 %s（%s）。%n", forms, profile.name(), profile.title());
		if (missing > 0) {
			err.printf("%d 个指标亮灯却没有偏差原因（cause）。%n", missing);
			return PerfCli.EXIT_WARNINGS;
		}
		return PerfCli.EXIT_OK;
	}

	/** Prints one form's lights; returns how many indicators lack a required cause. */
	private static int print(PrintWriter out, String file, PerfLights lights, PerfLightsReport report) {
		Monitoring form = report.form();
		String what = form instanceof ProjectMonitoring project ? "项目“" + project.getName() + "”" : "部门“" + form.getUnit() + "”";
		out.println(file + ":" + line(form) + ": " + what + " " + (form.getYear() == null ? "" : form.getYear() + "年") + "1–"
				+ form.getMonth() + "月绩效运行监控");
		out.println("  预算执行：" + report.budget().reason());
		int missing = 0;
		for (Map.Entry<Goal, PerfExplainedLight> goal : report.goals().entrySet()) {
			out.println("  目标" + (goal.getKey().getName() == null ? "" : " " + goal.getKey().getName()) + "：" + goal.getValue().reason());
			for (Indicator indicator : goal.getKey().getIndicators()) {
				PerfExplainedLight light = report.indicators().get(indicator);
				boolean lacks = lights.lacksCause(indicator, light);
				missing += lacks ? 1 : 0;
				out.println("    " + file + ":" + line(indicator) + " " + PerfIndicators.name(indicator) + "：" + light.reason()
						+ (lacks ? "（缺偏差原因 cause）" : indicator.getCauses().isEmpty() ? "" : "（偏差原因：" + String.join("、", indicator.getCauses()) + "）"));
			}
		}
		out.println("  " + (form instanceof ProjectMonitoring ? "项目" : "部门") + "：" + report.overall().reason());
		out.println("  双监控：" + report.combined().reason());
		return missing;
	}

	private static int line(EObject object) {
		INode node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? 1 : node.getStartLine();
	}
}
