// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.jixiao.dsl.io.PerfFailureSummary;

/**
 * An unexpected failure of the workbench (a bug, or a resource gone while a job waited) is never
 * silent: the stack trace goes to the Eclipse log ({@code .metadata/.log} of the workspace), and a
 * dialog says what stopped, why in one line, and where the log is. The dialog does not block the
 * caller (a job, a builder, a wizard).
 */
public final class PerfErrorDialog {

	private PerfErrorDialog() {
	}

	/**
	 * Logs the failure and shows the dialog.
	 *
	 * @param action what stopped, as in the sentence "{action}时发生意外错误" ({@code Messages.Error_generate} …)
	 */
	public static void show(String action, Throwable failure) {
		log(action, failure);
		String message = message(action, failure);
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
		if (display == null || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			Shell parent = display.getActiveShell();
			MessageDialog dialog = new MessageDialog(parent, Messages.Error_title, null, message, MessageDialog.ERROR, 0,
					IDialogConstants.OK_LABEL);
			dialog.setBlockOnOpen(false);
			dialog.open();
		});
	}

	/** Into the Eclipse log, with the stack trace. */
	public static void log(String action, Throwable failure) {
		ILog.of(PerfErrorDialog.class).log(Status.error(action + ": " + PerfFailureSummary.of(failure), failure));
	}

	/** The dialog's text: what stopped, the failure in one line, the log file. */
	public static String message(String action, Throwable failure) {
		return NLS.bind(Messages.Error_message, new Object[] { action, PerfFailureSummary.of(failure), logFile() });
	}

	/** The workspace's log file. */
	public static String logFile() {
		IPath log = Platform.getLogFileLocation();
		return log == null ? ".metadata/.log" : log.toOSString();
	}
}
