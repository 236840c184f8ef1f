// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.workbook;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorLauncher;

/**
 * Opens a workbook or document (.xlsx, .xls, .docx, .pdf — the forms the workbench generates, and
 * what analysts keep beside them) with the program the desktop has for it (WPS, LibreOffice,
 * Excel, a PDF viewer). Without such a program the analyst is told so in a message; the file is
 * never opened as text, where one keystroke and a save would corrupt it. Registered in plugin.xml
 * as the default editor of these extensions, so a double-click in the Project Explorer, Open and
 * {@code IDE.openEditor} all come here.
 */
public class PerfWorkbookLauncher implements IEditorLauncher {

	@Override
	public void open(IPath file) {
		String path = file.toOSString();
		if (!launch(path)) {
			tellNoProgram(path);
		}
	}

	/** Hands the file to the desktop's program for its type (GIO on Linux); false if there is none or it did not start. */
	protected boolean launch(String path) {
		return Program.launch(path);
	}

	/** A message that does not block the caller: opening is a double-click, not a question. */
	private static void tellNoProgram(String path) {
		Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		Shell parent = display.getActiveShell();
		MessageDialog dialog = new MessageDialog(parent, PerfWorkbookMessages.noProgramTitle, null,
				NLS.bind(PerfWorkbookMessages.noProgram, path), MessageDialog.WARNING, 0, PerfWorkbookMessages.ok);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}
}
