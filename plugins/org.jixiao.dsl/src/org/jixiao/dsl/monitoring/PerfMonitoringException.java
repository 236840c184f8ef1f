// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.monitoring;

import org.jixiao.dsl.model.PerfStageException;

/** A declaration that cannot start a monitoring form; the position is in the source file. */
public class PerfMonitoringException extends PerfStageException {

	private static final long serialVersionUID = 1L;

	public PerfMonitoringException(int line, int column, String message) {
		super(line, column, message);
	}
}
