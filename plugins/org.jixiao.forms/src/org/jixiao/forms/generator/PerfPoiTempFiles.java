// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where POI keeps the streaming writer's temporary files: a folder of this run, created readable by
 * this user only, under the system's temporary folder. POI's own default, one {@code poifiles}
 * folder shared by everybody, belongs to whoever generated first, and every other user of the
 * machine then fails to generate.
 */
public final class PerfPoiTempFiles {

	private static Path folder;

	private PerfPoiTempFiles() {
	}

	/** Sets the folder for this run (once); returns it. */
	public static synchronized Path use() {
		if (folder == null) {
			try {
				// createTempDirectory gives a new name and, on POSIX systems, rwx------
				Path created = Files.createTempDirectory("jixiao-poi-");
				File directory = created.toFile();
				// removed when the run ends; the files in it are removed by the workbooks that wrote them
				directory.deleteOnExit();
				TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(directory));
				folder = created;
			} catch (IOException e) {
				throw new UncheckedIOException("无法创建临时文件夹 (cannot create a temporary folder)：" + e.getMessage(), e);
			}
		}
		return folder;
	}
}
