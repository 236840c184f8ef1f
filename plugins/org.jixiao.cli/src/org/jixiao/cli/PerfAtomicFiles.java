package org.jixiao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old or the new content, never a half-written file:
 * the content goes to a temporary file beside the target, which then replaces it in one move. If
 * writing fails, the temporary file is removed and the target is left as it was.
 */
public final class PerfAtomicFiles {

	/** Writes a file's content to a stream. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private PerfAtomicFiles() {
	}

	public static void write(Path target, byte[] content) throws IOException {
		write(target, out -> out.write(content));
	}

	public static void write(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path directory = absolute.getParent();
		Files.createDirectories(directory);
		Path temp = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				content.writeTo(out);
			}
			try {
				Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
