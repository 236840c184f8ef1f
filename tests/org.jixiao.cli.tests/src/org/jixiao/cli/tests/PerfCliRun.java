// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.jixiao.cli.PerfCli;

/** One run of the command line with its standard output, standard error and exit code captured. */
record PerfCliRun(int exitCode, String out, String err) {

	static PerfCliRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = PerfCli.execute(new PrintWriter(out), new PrintWriter(err), args);
		return new PerfCliRun(exitCode, out.toString(), err.toString());
	}
}
