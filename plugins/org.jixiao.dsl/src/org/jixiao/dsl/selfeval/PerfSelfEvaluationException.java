// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.selfeval;

import org.jixiao.dsl.model.PerfStageException;

/** A declaration that cannot start a self-evaluation; the position is in the source file. */
public class PerfSelfEvaluationException extends PerfStageException {

	private static final long serialVersionUID = 1L;

	public PerfSelfEvaluationException(int line, int column, String message) {
		super(line, column, message);
	}
}
