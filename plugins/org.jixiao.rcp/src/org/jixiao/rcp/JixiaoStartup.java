// SPDX-License-Identifier: EPL-2.0
package org.jixiao.rcp;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Reports on standard output when the window is usable, timed from the start of the JVM (the
 * {@code java -jar} of the launch script), so that scripts, the product test and the startup
 * benchmark can wait for it. With {@value #CLOSE_AFTER_STARTUP} the workbench closes right after
 * (product test, startup benchmark).
 */
public final class JixiaoStartup {

	/** System property: close the workbench once the window is shown and the files are open. */
	public static final String CLOSE_AFTER_STARTUP = "jixiao.closeAfterStartup";

	private JixiaoStartup() {
	}

	/** Milliseconds since the JVM started. */
	public static long sinceLaunch() {
		return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
	}

	/** One line: time, window title, perspective and the views it shows, read from the live window. */
	static void windowShown(IWorkbenchWindow window) {
		long millis = sinceLaunch();
		IWorkbenchPage page = window.getActivePage();
		String perspective = page == null || page.getPerspective() == null ? "-" : page.getPerspective().getId();
		String views = page == null ? "-"
				: Arrays.stream(page.getViewReferences()).map(IViewReference::getId).collect(Collectors.joining(","));
		System.out.println(NLS.bind(JixiaoMessages.logStarted,
				new Object[] { Long.toString(millis), window.getShell().getText(), perspective, views }));
		System.out.flush();
	}

	static void afterStartup(IWorkbenchWindow window) {
		if (Boolean.getBoolean(JixiaoLabelReport.PROPERTY)) {
			window.getShell().getDisplay().asyncExec(() -> JixiaoLabelReport.print(window));
		}
		String shots = System.getProperty(JixiaoScreenshots.DIRECTORY);
		if (shots != null && !shots.isBlank()) {
			new JixiaoScreenshots(window).start();
		} else if (Boolean.getBoolean(CLOSE_AFTER_STARTUP)) {
			window.getShell().getDisplay().asyncExec(() -> window.getWorkbench().close());
		}
	}
}
