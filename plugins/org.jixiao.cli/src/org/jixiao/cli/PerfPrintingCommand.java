// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that prints to the command line's own streams (which tests replace) and flushes them however it
 * ends, so that a message printed before a failure is never lost in a buffer.
 */
abstract class PerfPrintingCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public final Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			return run(out, err);
		} finally {
			out.flush();
			err.flush();
		}
	}

	/** The command's work; answers the exit code. */
	abstract int run(PrintWriter out, PrintWriter err) throws IOException;
}
