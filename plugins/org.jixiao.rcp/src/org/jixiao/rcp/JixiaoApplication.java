// SPDX-License-Identifier: EPL-2.0
package org.jixiao.rcp;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The Jixiao workbench application ({@code org.jixiao.rcp.application}). Arguments that are not the
 * platform's own ({@code -data}, {@code -nl} …) name .perf files to open once the window is shown.
 */
public class JixiaoApplication implements IApplication {

	/** Where the workspace is when neither {@code -data} nor the product's default sets it. */
	static final String DEFAULT_WORKSPACE = "jixiao-workspace";

	@Override
	public Object start(IApplicationContext context) throws Exception {
		JixiaoLogging.configure();
		Display display = PlatformUI.createDisplay();
		Location workspace = Platform.getInstanceLocation();
		try {
			if (!lockWorkspace(workspace)) {
				return EXIT_OK;
			}
			List<Path> files = filesToOpen(context);
			context.applicationRunning();
			int code = PlatformUI.createAndRunWorkbench(display, new JixiaoWorkbenchAdvisor(files));
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			if (workspace != null && workspace.isSet()) {
				workspace.release();
			}
			display.dispose();
		}
	}

	/** Sets the default workspace if none was given and takes its lock; false if it is unusable. */
	private static boolean lockWorkspace(Location workspace) {
		if (workspace == null || workspace.isReadOnly()) {
			return true;
		}
		String where = String.valueOf(workspace.isSet() ? workspace.getURL() : null);
		try {
			if (!workspace.isSet()) {
				File dir = new File(System.getProperty("user.home"), DEFAULT_WORKSPACE);
				where = dir.getPath();
				URL url = dir.toURI().toURL();
				workspace.set(url, false);
			}
			where = new File(workspace.getURL().getFile()).getPath();
			if (workspace.lock()) {
				return true;
			}
			MessageDialog.openError(null, JixiaoMessages.workspaceInUseTitle, NLS.bind(JixiaoMessages.workspaceInUse, where));
		} catch (IOException | IllegalStateException e) {
			MessageDialog.openError(null, JixiaoMessages.workspaceInUseTitle,
					NLS.bind(JixiaoMessages.workspaceUnusable, where, e.getMessage()));
		}
		System.err.println(NLS.bind(JixiaoMessages.workspaceInUse, where));
		return false;
	}

	private static List<Path> filesToOpen(IApplicationContext context) {
		Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<Path> files = new ArrayList<>();
		if (args instanceof String[] strings) {
			for (String arg : strings) {
				if (!arg.startsWith("-")) {
					files.add(Path.of(arg).toAbsolutePath().normalize());
				}
			}
		}
		return files;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
