// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.io;

import java.io.IOException;

/** A file that is not text Jixiao can read (UTF-16, binary, an unknown encoding), and where that shows first. */
public class PerfEncodingException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient PerfTextPosition position;

	public PerfEncodingException(String message, PerfTextPosition position) {
		super(message);
		this.position = position;
	}

	public PerfTextPosition position() {
		return position;
	}
}
