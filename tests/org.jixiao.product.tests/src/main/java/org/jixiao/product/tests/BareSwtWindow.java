// SPDX-License-Identifier: EPL-2.0
package org.jixiao.product.tests;

import java.lang.management.ManagementFactory;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Baseline of the startup benchmark: a JVM that opens one empty SWT window of the workbench's size
 * and exits once it is shown — the floor for any SWT application on the machine (JVM, GTK, X).
 */
public final class BareSwtWindow {

	private BareSwtWindow() {
	}

	public static void main(String[] args) {
		Display display = new Display();
		Shell shell = new Shell(display);
		shell.setText("baseline");
		shell.setSize(1280, 800);
		shell.open();
		display.asyncExec(() -> {
			long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			System.out.println("bare window shown in " + millis + " ms");
			System.out.flush();
			shell.dispose();
		});
		while (!shell.isDisposed()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		display.dispose();
	}
}
