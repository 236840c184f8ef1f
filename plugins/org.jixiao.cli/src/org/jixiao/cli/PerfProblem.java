// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import org.jixiao.dsl.io.PerfVisibleText;

/**
 * One diagnostic as the command line prints it: {@code file:line:col: severity: [code] message}.
 * Invisible characters of the file name and the message (which may quote the source) are shown
 * escaped ({@code \u202E}, {@code \u001B}): a terminal never runs an escape sequence from a file,
 * and every diagnostic stays on one line.
 */
public record PerfProblem(String file, int line, int column, Severity severity, String code, String message) {

	public PerfProblem {
		file = PerfVisibleText.escape(file);
		message = PerfVisibleText.escape(message);
	}

	public enum Severity {
		ERROR("error"), WARNING("warning"), INFO("info");

		private final String label;

		Severity(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	public String format() {
		return file + ":" + line + ":" + column + ": " + severity.label() + ": [" + code + "] " + message;
	}
}
