// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.model;

/**
 * A declaration that cannot start the next stage (a monitoring form, a self-evaluation): the message
 * says why, the position is in the source file. The command line prints it as {@code FILE:LINE:COL: error:},
 * the workbench in its refusal dialog.
 */
public class PerfStageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int line;
	private final int column;

	public PerfStageException(int line, int column, String message) {
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
