// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.layout;

/** A layout file that cannot be used; the message is Chinese and names file and line. */
public class PerfLayoutException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public PerfLayoutException(String message) {
		super(message);
	}
}
