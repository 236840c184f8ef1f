// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli.tests;

/**
 * Base of the command tests: runs the command line and keeps the last run's standard output and
 * standard error for the assertions that follow.
 */
abstract class PerfCliCommandTest {

	/** Standard output of the last {@link #run}. */
	protected String out;

	/** Standard error of the last {@link #run}. */
	protected String err;

	/** Runs {@code jixiao} with the arguments and returns its exit code. */
	protected int run(String... args) {
		PerfCliRun run = PerfCliRun.of(args);
		out = run.out();
		err = run.err();
		return run.exitCode();
	}
}
