// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

/** One diagnostic as the command line prints it: {@code file:line:col: severity: [code] message}. */
public record PerfProblem(String file, int line, int column, Severity severity, String code, String message) {

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
