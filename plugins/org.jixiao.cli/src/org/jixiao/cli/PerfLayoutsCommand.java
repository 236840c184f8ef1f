// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.forms.layout.PerfLayouts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao layouts [--layouts DIR]}: every layout a run can use — shipped and from the
 * directories — with its form, region, framework, family and whether it is its form kind's default,
 * then the families, so that choosing {@code --layout} needs no reading of layout files.
 */
@Command(name = "layouts", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
		description = "列出可用的版式（随软件提供的与 --layouts 目录中的）：名称、表格、地区、指标框架、系列、是否默认；"
				+ "generate 的 --layout 可写版式名称或系列名称。 List the layouts and families --layout can name.")
public class PerfLayoutsCommand implements Callable<Integer> {

	@Mixin
	private PerfLayoutsOption layoutsOption = new PerfLayoutsOption();

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			PerfLayouts layouts = layoutsOption.load(err);
			if (layouts == null) {
				return PerfCli.EXIT_USAGE;
			}
			PerfTextTable table = new PerfTextTable().leftAligned();
			table.row("版式", "表格", "地区/来源", "指标框架", "系列", "默认");
			for (PerfLayout layout : layouts.all()) {
				boolean isDefault = layout.name().equals(PerfLayouts.defaultFor(layout.kind()));
				table.row(layout.name(), layout.kind().label(), origin(layout), orDash(layout.framework()), orDash(layout.family()),
						isDefault ? "✔" : "");
			}
			out.print(table.render(""));
			for (String family : layouts.families()) {
				StringBuilder members = new StringBuilder();
				for (PerfFormKind kind : PerfFormKind.values()) {
					PerfLayout member = layouts.ofFamily(family, kind);
					if (member != null) {
						members.append(members.length() == 0 ? "" : "、").append(kind.label()).append(" ").append(member.name());
					}
				}
				out.printf("系列 %s：%s；其余表格用默认版式。%n", family, members);
			}
			out.println("generate --layout 名称：未写 layout 的表格用该版式（须是同类表格的版式），或用该系列中同类表格的版式。");
			return PerfCli.EXIT_OK;
		} finally {
			out.flush();
			err.flush();
		}
	}

	/** The region the layout names, and the file it came from when it is not shipped. */
	private static String origin(PerfLayout layout) {
		boolean shipped = PerfLayouts.BUILTIN.contains(layout.name()) && layout.source().equals(layout.name() + ".layout");
		String region = orDash(layout.region());
		return shipped ? region : region + "（" + layout.source() + "）";
	}

	private static String orDash(String text) {
		return text == null || text.isBlank() ? "—" : text;
	}
}
