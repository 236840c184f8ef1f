// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.builder;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Shows a build's summary in the status line of the workbench window, where the analyst looks
 * after Ctrl+S: a plain message when everything was generated, an error message (red, with the
 * error image) when a file was not. Builds run in the background; the message is shown on the UI
 * thread afterwards. Nothing happens without a running workbench (headless builds, the CLI).
 */
public final class PerfBuildStatusLine {

	private PerfBuildStatusLine() {
	}

	public static void show(PerfBuildSummary summary) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			IStatusLineManager status = statusLine(workbench);
			if (status == null) {
				return;
			}
			if (summary.error()) {
				status.setErrorMessage(workbench.getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK), summary.text());
			} else {
				status.setErrorMessage(null);
				status.setMessage(summary.text());
			}
		});
	}

	/** The status line of the active part (the editor just saved, usually) of the active window. */
	private static IStatusLineManager statusLine(IWorkbench workbench) {
		if (workbench.isClosing()) {
			return null;
		}
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null && workbench.getWorkbenchWindowCount() > 0) {
			window = workbench.getWorkbenchWindows()[0];
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		IWorkbenchPart part = page == null ? null : page.getActivePart();
		if (part == null) {
			return null;
		}
		if (part.getSite() instanceof IEditorSite editor) {
			return editor.getActionBars().getStatusLineManager();
		}
		return part.getSite() instanceof IViewSite view ? view.getActionBars().getStatusLineManager() : null;
	}
}
