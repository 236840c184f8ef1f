// SPDX-License-Identifier: EPL-2.0
package org.jixiao.rcp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ide.IDE;

/**
 * Opens the files named on the command line ({@code ./jixiao workbench FILE}) in the editor their
 * content type selects, after making them workspace files ({@link JixiaoWorkspaceFiles}) so that
 * the builder, markers and form generation work on them as on any project file.
 */
final class JixiaoFileOpener {

	private final IWorkbenchWindow window;

	JixiaoFileOpener(IWorkbenchWindow window) {
		this.window = window;
	}

	void open(List<Path> files) {
		for (Path path : files) {
			open(path);
		}
	}

	private void open(Path path) {
		long start = System.nanoTime();
		if (!Files.isRegularFile(path)) {
			fail(path, NLS.bind(JixiaoMessages.fileNotFound, path));
			return;
		}
		try {
			IFile file = JixiaoWorkspaceFiles.fileFor(path);
			IEditorPart editor = IDE.openEditor(window.getActivePage(), file, true);
			long ms = (System.nanoTime() - start) / 1_000_000;
			System.out.println(NLS.bind(JixiaoMessages.logOpened,
					new Object[] { path, file.getFullPath(), editor.getSite().getId(), Long.toString(ms) }));
			System.out.flush();
		} catch (CoreException | RuntimeException e) {
			fail(path, NLS.bind(JixiaoMessages.openFailed, path, e.getMessage()));
		}
	}

	private void fail(Path path, String message) {
		System.out.println(NLS.bind(JixiaoMessages.logOpenFailed, path, message));
		System.out.flush();
		if (!Boolean.getBoolean(JixiaoStartup.CLOSE_AFTER_STARTUP)) {
			MessageDialog.openError(window.getShell(), JixiaoMessages.openFailedTitle, message);
		}
	}
}
