// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.selfeval;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.ResourceUtil;
import org.jixiao.dsl.scoring.PerfScoringProfile;
import org.jixiao.dsl.scoring.PerfScoringProfiles;

/**
 * 开始自评 / Start self-evaluation on a .perf file (Project Explorer or the .perf editor): asks for
 * the scoring profile (the command parameter {@value #PROFILE_PARAMETER} names one and skips the
 * dialog), saves the editor first if the analyst agrees, writes {@code NAME-selfeval.perf} beside the
 * source (asking before it replaces an existing one) and opens it.
 */
public class PerfStartSelfEvaluationHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.jixiao.dsl.ui.selfeval.start";
	public static final String PROFILE_PARAMETER = "org.jixiao.dsl.ui.selfeval.profile";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		// the window's shell: the context's active shell can be a dialog closed since
		Shell shell = window != null ? window.getShell() : HandlerUtil.getActiveShell(event);
		IFile source = source(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
		if (source == null) {
			MessageDialog.openInformation(shell, PerfSelfEvalMessages.commandTitle, PerfSelfEvalMessages.noFile);
			return null;
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (!savedFirst(shell, page, source)) {
			return null;
		}
		PerfScoringProfile profile = profile(event.getParameter(PROFILE_PARAMETER), shell, source);
		if (profile == null) {
			return null;
		}
		PerfSelfEvaluationRun.Outcome outcome = PerfSelfEvaluationRun.prepare(source, profile);
		if (!outcome.ready()) {
			MessageDialog.openError(shell, PerfSelfEvalMessages.commandTitle, outcome.problem());
			return null;
		}
		IFile target = outcome.target();
		if (target.exists() && !MessageDialog.openQuestion(shell, PerfSelfEvalMessages.commandTitle,
				NLS.bind(PerfSelfEvalMessages.overwrite, target.getFullPath()))) {
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
			MessageDialog.openError(shell, PerfSelfEvalMessages.commandTitle,
					NLS.bind(PerfSelfEvalMessages.writeFailed, target.getFullPath(), cause.getMessage()));
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		if (page != null) {
			try {
				IEditorPart opened = IDE.openEditor(page, target, true);
				// what the profile did not fit is also at the top of the new file, as comments
				String done = outcome.notes().isEmpty()
						? NLS.bind(PerfSelfEvalMessages.done, target.getName(), outcome.forms())
						: NLS.bind(PerfSelfEvalMessages.doneWithNotes, new Object[] { target.getName(), outcome.forms(), outcome.notes().size() });
				opened.getEditorSite().getActionBars().getStatusLineManager().setMessage(done);
			} catch (PartInitException e) {
				MessageDialog.openError(shell, PerfSelfEvalMessages.commandTitle,
						NLS.bind(PerfSelfEvalMessages.openFailed, target.getFullPath(), e.getMessage()));
			}
		}
		return null;
	}

	/** The selected .perf file (Project Explorer), else the file of the active editor. */
	static IFile source(ISelection selection, IEditorPart editor) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
			if (resource instanceof IFile file && "perf".equals(file.getFileExtension())) {
				return file;
			}
		}
		if (editor != null) {
			IEditorInput input = editor.getEditorInput();
			IFile file = input == null ? null : ResourceUtil.getFile(input);
			if (file != null && "perf".equals(file.getFileExtension())) {
				return file;
			}
		}
		return null;
	}

	/** The file is read from disk: an editor with unsaved changes is saved first, if the analyst agrees. */
	static boolean savedFirst(Shell shell, IWorkbenchPage page, IFile source) {
		IEditorPart open = page == null ? null : ResourceUtil.findEditor(page, source);
		if (open == null || !open.isDirty()) {
			return true;
		}
		if (!MessageDialog.openQuestion(shell, PerfSelfEvalMessages.commandTitle, NLS.bind(PerfSelfEvalMessages.saveFirst, source.getName()))) {
			return false;
		}
		open.doSave(null);
		return !open.isDirty();
	}

	private static PerfScoringProfile profile(String name, Shell shell, IFile source) {
		if (name != null) {
			PerfScoringProfile named = PerfScoringProfiles.builtin().get(name);
			if (named == null) {
				MessageDialog.openError(shell, PerfSelfEvalMessages.commandTitle, NLS.bind(PerfSelfEvalMessages.unknownProfile,
						name, String.join("、", PerfScoringProfiles.builtin().names())));
			}
			return named;
		}
		PerfProfileDialog dialog = new PerfProfileDialog(shell, source.getName());
		return dialog.open() == Window.OK ? dialog.profile() : null;
	}
}
