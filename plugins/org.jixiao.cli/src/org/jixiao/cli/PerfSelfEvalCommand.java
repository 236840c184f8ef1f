// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jixiao selfeval new|score}: start a self-evaluation from a declaration, score a self-evaluation. */
@Command(name = "selfeval", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
		description = "自评表：由申报表生成自评表（new），按评分规则计分（score）。 Self-evaluation: start one, score one.",
		subcommands = { PerfSelfEvalNewCommand.class, PerfSelfEvalScoreCommand.class })
public class PerfSelfEvalCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}
}
