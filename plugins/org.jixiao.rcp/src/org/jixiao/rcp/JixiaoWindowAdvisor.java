// SPDX-License-Identifier: EPL-2.0
package org.jixiao.rcp;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title, size, bars; reports when it is shown and then opens requested files. */
public class JixiaoWindowAdvisor extends WorkbenchWindowAdvisor {

	private final List<Path> filesToOpen;

	public JixiaoWindowAdvisor(IWorkbenchWindowConfigurer configurer, List<Path> filesToOpen) {
		super(configurer);
		this.filesToOpen = filesToOpen;
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new JixiaoActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
		configurer.setTitle(JixiaoMessages.windowTitle);
	}

	@Override
	public void postWindowOpen() {
		// runs once the shell is open and the event loop is back: the window is usable
		getWindowConfigurer().getWindow().getShell().getDisplay().asyncExec(() -> {
			JixiaoStartup.windowShown(getWindowConfigurer().getWindow());
			new JixiaoFileOpener(getWindowConfigurer().getWindow()).open(filesToOpen);
			JixiaoStartup.afterStartup(getWindowConfigurer().getWindow());
		});
	}
}
