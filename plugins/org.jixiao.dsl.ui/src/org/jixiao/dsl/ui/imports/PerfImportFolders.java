// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.imports;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** Creates a workspace folder and the folders above it that are missing (a target typed into the wizard). */
final class PerfImportFolders {

	private PerfImportFolders() {
	}

	static void create(IContainer container, IProgressMonitor monitor) throws CoreException {
		if (container.exists() || !(container instanceof IFolder folder)) {
			return;
		}
		create(folder.getParent(), monitor);
		folder.create(false, true, monitor);
	}
}
