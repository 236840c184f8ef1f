package org.jixiao.rcp;

import java.lang.management.ManagementFactory;

import org.eclipse.osgi.util.NLS;
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

	static void windowShown() {
		System.out.println(NLS.bind(JixiaoMessages.logStarted, Long.toString(sinceLaunch())));
		System.out.flush();
	}

	static void afterStartup(IWorkbenchWindow window) {
		String shots = System.getProperty(JixiaoScreenshots.DIRECTORY);
		if (shots != null && !shots.isBlank()) {
			new JixiaoScreenshots(window).start();
		} else if (Boolean.getBoolean(CLOSE_AFTER_STARTUP)) {
			window.getShell().getDisplay().asyncExec(() -> window.getWorkbench().close());
		}
	}
}
