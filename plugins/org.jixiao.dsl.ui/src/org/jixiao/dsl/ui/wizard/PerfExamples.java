// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.wizard;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The repository's {@code examples/} (the seed forms reproduced as .perf files), copied into the
 * bundle by its build ({@code examples/} at the bundle root), so the new-project wizard offers
 * exactly the files the command line, the tests and the documentation use.
 */
public final class PerfExamples {

	private static final String FOLDER = "examples";

	private PerfExamples() {
	}

	/** The bundled example files, by name. */
	public static List<URL> files() {
		Bundle bundle = FrameworkUtil.getBundle(PerfExamples.class);
		Enumeration<URL> entries = bundle == null ? null : bundle.findEntries(FOLDER, "*.perf", false);
		List<URL> files = entries == null ? new ArrayList<>() : Collections.list(entries);
		files.sort((a, b) -> a.getPath().compareTo(b.getPath()));
		return files;
	}

	/** Copies every example into the folder (created if needed); returns the new files. */
	public static List<IFile> copyInto(IFolder folder, IProgressMonitor monitor) throws CoreException {
		List<URL> examples = files();
		SubMonitor progress = SubMonitor.convert(monitor, examples.size() + 1);
		if (!folder.exists()) {
			folder.create(true, true, progress.split(1));
		}
		List<IFile> created = new ArrayList<>();
		for (URL example : examples) {
			String path = example.getPath();
			IFile file = folder.getFile(path.substring(path.lastIndexOf('/') + 1));
			try (InputStream in = example.openStream()) {
				file.create(in, true, progress.split(1));
			} catch (IOException e) {
				throw new CoreException(Status.error("无法复制示例 " + path + "：" + e.getMessage(), e));
			}
			created.add(file);
		}
		return created;
	}
}
