// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.monitoring;

/** A declaration that cannot start a monitoring form; the position is in the source file. */
public class PerfMonitoringException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int line;
	private final int column;

	public PerfMonitoringException(int line, int column, String message) {
		super(message);
		this.line = line;
		this.column = column;
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}
}
