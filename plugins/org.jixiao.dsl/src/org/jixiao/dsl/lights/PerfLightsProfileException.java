// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.lights;

/** A lights profile that cannot be read; the message names the file and line. */
public class PerfLightsProfileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public PerfLightsProfileException(String message) {
		super(message);
	}
}
