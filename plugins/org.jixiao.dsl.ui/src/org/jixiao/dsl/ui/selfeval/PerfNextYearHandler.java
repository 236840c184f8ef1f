// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.selfeval;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/**
 * 下一年申报 / Next year's declaration on a .perf file (Project Explorer or the .perf editor), beside
 * 开始自评: asks for the year (the command parameter {@value #YEAR_PARAMETER} gives it and skips the
 * dialog), saves the editor first if the analyst agrees, writes next year's declaration beside the
 * source (asking before it replaces an existing file) and opens it.
 */
public class PerfNextYearHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.jixiao.dsl.ui.nextyear.start";
	public static final String YEAR_PARAMETER = "org.jixiao.dsl.ui.nextyear.year";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Shell shell = window != null ? window.getShell() : HandlerUtil.getActiveShell(event);
		IFile source = PerfStartSelfEvaluationHandler.source(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
		if (source == null) {
			MessageDialog.openInformation(shell, PerfSelfEvalMessages.nextYearTitle, PerfSelfEvalMessages.nextYearNoFile);
			return null;
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (!PerfStartSelfEvaluationHandler.savedFirst(shell, page, source)) {
			return null;
		}
		Integer year = year(event.getParameter(YEAR_PARAMETER), shell, source);
		if (year == null) {
			return null;
		}
		PerfSelfEvaluationRun.Outcome outcome = PerfNextYearRun.prepare(source, year);
		if (!outcome.ready()) {
			MessageDialog.openError(shell, PerfSelfEvalMessages.nextYearTitle, outcome.problem());
			return null;
		}
		IFile target = outcome.target();
		if (target.exists() && !MessageDialog.openQuestion(shell, PerfSelfEvalMessages.nextYearTitle,
				NLS.bind(PerfSelfEvalMessages.nextYearOverwrite, target.getFullPath()))) {
			return null;
		}
		try {
			PlatformUI.getWorkbench().getProgressService().run(false, false, new WorkspaceModifyOperation(target.getParent()) {
				@Override
				protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
					PerfSelfEvaluationRun.write(outcome, monitor);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			MessageDialog.openError(shell, PerfSelfEvalMessages.nextYearTitle,
					NLS.bind(PerfSelfEvalMessages.writeFailed, target.getFullPath(), cause.getMessage()));
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		if (page != null) {
			try {
				IEditorPart opened = IDE.openEditor(page, target, true);
				opened.getEditorSite().getActionBars().getStatusLineManager()
						.setMessage(NLS.bind(PerfSelfEvalMessages.nextYearDone, target.getName(), year));
			} catch (PartInitException e) {
				MessageDialog.openError(shell, PerfSelfEvalMessages.nextYearTitle,
						NLS.bind(PerfSelfEvalMessages.openFailed, target.getFullPath(), e.getMessage()));
			}
		}
		return null;
	}

	/** The year from the parameter, else asked for (proposing the declaration's year + 1); null when cancelled. */
	private static Integer year(String parameter, Shell shell, IFile source) {
		if (parameter != null) {
			return Integer.valueOf(parameter.strip());
		}
		Integer declared = PerfNextYearRun.yearOf(source);
		String proposed = declared == null ? "" : String.valueOf(declared + 1);
		InputDialog dialog = new InputDialog(shell, PerfSelfEvalMessages.nextYearTitle,
				NLS.bind(PerfSelfEvalMessages.nextYearPrompt, source.getName()), proposed,
				text -> text.strip().matches("(19|20)\\d\\d") ? null : PerfSelfEvalMessages.nextYearInvalid);
		return dialog.open() == Window.OK ? Integer.valueOf(dialog.getValue().strip()) : null;
	}
}
