// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.dsl.io.PerfFailureSummary;
import org.jixiao.dsl.validation.PerfIssueCodes;

/**
 * An unexpected failure of Jixiao itself: the user reads one line asking for a report, the stack
 * trace goes to a log file of its own (created readable by the user only) whose path the line names.
 */
final class PerfInternalError {

	private PerfInternalError() {
	}

	/** The problem to print for a failure while handling {@code file}. */
	static PerfProblem problem(String file, Throwable failure) {
		return new PerfProblem(file, 1, 1, PerfProblem.Severity.ERROR, PerfIssueCodes.INTERNAL, text(failure));
	}

	/** The message: what failed, and where the details are. */
	static String text(Throwable failure) {
		return "内部错误，请报告 (internal error, please report)：" + PerfFailureSummary.of(failure) + "；" + logged(failure);
	}

	private static String logged(Throwable failure) {
		try {
			Path log = Files.createTempFile("jixiao-error-", ".log");
			StringWriter trace = new StringWriter();
			failure.printStackTrace(new PrintWriter(trace));
			Files.writeString(log, trace.toString(), StandardCharsets.UTF_8);
			return "详情见 (details in) " + log;
		} catch (IOException | RuntimeException e) {
			return "详情无法写入日志 (no log could be written: " + e.getMessage() + ")";
		}
	}
}
