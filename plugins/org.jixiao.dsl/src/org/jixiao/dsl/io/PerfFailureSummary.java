// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.io;

/**
 * An unexpected failure in one line, as the command line's internal-error message and the workbench's
 * error dialog show it: the exception's type and the first line of its message. The stack trace goes
 * to a log, never to the user.
 */
public final class PerfFailureSummary {

	private PerfFailureSummary() {
	}

	/** {@code Type: first line of the message}, or the type alone when there is no message. */
	public static String of(Throwable failure) {
		String message = failure.getMessage();
		String type = failure.getClass().getSimpleName();
		if (message == null || message.isBlank()) {
			return type;
		}
		// the first line only: the message is one line, the log has the rest
		int end = message.indexOf('\n');
		return type + ": " + (end < 0 ? message : message.substring(0, end)).strip();
	}
}
