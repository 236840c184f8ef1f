// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.jixiao.dsl.io.PerfAtomicFiles;

import com.google.inject.Singleton;

/**
 * Files shipped inside Jixiao's jar (the framework files) made openable by an editor: a copy in the
 * user's cache folder, {@code $XDG_CACHE_HOME/jixiao/shipped/<hash>/<name>.perf} (on Linux by default
 * {@code ~/.cache/jixiao/…}, on Windows {@code %LOCALAPPDATA%\jixiao\…}). The folder is named by the
 * content's hash, so a copy always shows the text of the Jixiao that runs, and it is made read-only:
 * editing it would change nothing. A file that is already a plain file is given as it is.
 */
@Singleton
public class PerfShippedFiles {

	private static final Logger LOG = Logger.getLogger(PerfShippedFiles.class);

	/** The file URI (as the protocol writes it) an editor can open for the shipped file, if any. */
	public Optional<String> openable(URI shipped) {
		if (shipped.isFile()) {
			return Optional.of(Path.of(shipped.toFileString()).toUri().toString());
		}
		try {
			byte[] content;
			try (InputStream in = new URL(shipped.toString()).openStream()) {
				content = in.readAllBytes();
			}
			Path copy = cacheFolder().resolve("shipped").resolve(hash(content)).resolve(shipped.lastSegment());
			if (!Files.isRegularFile(copy) || Files.size(copy) != content.length) {
				Files.createDirectories(copy.getParent());
				Files.deleteIfExists(copy);
				PerfAtomicFiles.write(copy, content);
				copy.toFile().setReadOnly();
			}
			return Optional.of(copy.toUri().toString());
		} catch (IOException | RuntimeException e) {
			LOG.error("No copy of " + shipped + " could be made", e);
			return Optional.empty();
		}
	}

	/** The user's cache folder of Jixiao, by the system's convention. */
	public static Path cacheFolder() {
		String xdg = System.getenv("XDG_CACHE_HOME");
		if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
			return Path.of(xdg, "jixiao");
		}
		String local = System.getenv("LOCALAPPDATA");
		if (local != null && !local.isBlank() && System.getProperty("os.name", "").startsWith("Windows")) {
			return Path.of(local, "jixiao");
		}
		return Path.of(System.getProperty("user.home"), ".cache", "jixiao");
	}

	private static String hash(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 8);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
