// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoring;

/** A scoring profile that cannot be read; the message names the file, line and what is wrong. */
public class PerfScoringProfileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public PerfScoringProfileException(String message) {
		super(message);
	}
}
