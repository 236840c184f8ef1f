// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Run in a child JVM: locks the file named by its argument as a writer of {@code PerfAtomicFiles}
 * locks its temporary file, says {@code locked}, and holds the lock until its input is closed.
 */
public final class PerfLockHolderChild {

	private PerfLockHolderChild() {
	}

	public static void main(String[] args) throws IOException {
		try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
			channel.lock();
			System.out.println("locked");
			System.out.flush();
			while (System.in.read() >= 0) {
				// held until the parent closes the pipe
			}
		}
	}
}
