// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jixiao monitor new|lights}: start a monitoring form from a declaration, show the lights of one. */
@Command(name = "monitor", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
		description = "绩效运行监控表：由申报表生成监控表（new），列出预警灯及其理由（lights）。 Monitoring: start a form, show its lights.",
		subcommands = { PerfMonitorNewCommand.class, PerfMonitorLightsCommand.class })
public class PerfMonitorCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}
}
