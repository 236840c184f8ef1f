// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jixiao.dsl.io.PerfAtomicFiles;

/** Run in a child JVM under another umask: writes its second argument to the file named by the first. */
public final class PerfUmaskChild {

	private PerfUmaskChild() {
	}

	public static void main(String[] args) throws IOException {
		PerfAtomicFiles.write(Path.of(args[0]), args[1].getBytes(StandardCharsets.UTF_8));
	}
}
