// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.selfeval;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
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

/**
 * A command that starts the next stage from a .perf file (Project Explorer or the .perf editor):
 * 开始自评, 下一年申报, 新建运行监控表. The steps are the same for each — the selected file, saved first if
 * the analyst agrees; what the stage needs, asked for (or given by a command parameter); the draft
 * made by the library code the command line uses; a refusal shown with its reason; an existing file
 * replaced only after asking; the new file written and opened with a line in the status bar. A
 * subclass says only what differs: its texts, what it asks, how it prepares the draft.
 *
 * @param <C> what the analyst chooses: the scoring profile, the year, the month
 */
public abstract class PerfStageHandler<C> extends AbstractHandler {

	/**
	 * The texts of one command.
	 *
	 * @param saveFirst {0} the file with unsaved changes
	 * @param overwrite {0} the file that exists
	 */
	protected record Texts(String title, String noFile, String saveFirst, String overwrite) {
	}

	private final String parameterId;
	private final Texts texts;

	/** @param parameterId the command parameter that gives the choice and skips the dialog */
	protected PerfStageHandler(String parameterId, Texts texts) {
		this.parameterId = parameterId;
		this.texts = texts;
	}

	/**
	 * What the analyst chooses for {@code source}: from {@code parameter} when the command was given one
	 * (else it is null), else asked for in a dialog; null when cancelled (after any message the handler
	 * showed itself).
	 */
	protected abstract C choose(String parameter, Shell shell, IFile source);

	/** The draft for {@code source} with the choice, or the reason it is refused; writes nothing. */
	protected abstract PerfSelfEvaluationRun.Outcome prepare(IFile source, C choice);

	/** The status line after the new file was opened. */
	protected abstract String done(PerfSelfEvaluationRun.Outcome outcome, C choice);

	@Override
	public final Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		// the window's shell: the context's active shell can be a dialog closed since
		Shell shell = window != null ? window.getShell() : HandlerUtil.getActiveShell(event);
		IFile source = source(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
		if (source == null) {
			MessageDialog.openInformation(shell, texts.title(), texts.noFile());
			return null;
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (!savedFirst(shell, page, source, texts)) {
			return null;
		}
		C choice = choose(event.getParameter(parameterId), shell, source);
		if (choice == null) {
			return null;
		}
		PerfSelfEvaluationRun.Outcome outcome = prepare(source, choice);
		if (!outcome.ready()) {
			MessageDialog.openError(shell, texts.title(), outcome.problem());
			return null;
		}
		IFile target = outcome.target();
		if (target.exists() && !MessageDialog.openQuestion(shell, texts.title(), NLS.bind(texts.overwrite(), target.getFullPath()))) {
			return null;
		}
		if (write(shell, outcome, texts) && page != null) {
			try {
				IEditorPart opened = IDE.openEditor(page, target, true);
				opened.getEditorSite().getActionBars().getStatusLineManager().setMessage(done(outcome, choice));
			} catch (PartInitException e) {
				MessageDialog.openError(shell, texts.title(), NLS.bind(PerfSelfEvalMessages.openFailed, target.getFullPath(), e.getMessage()));
			}
		}
		return null;
	}

	/** Writes the draft in a workspace operation; false (after the message) when it could not be written. */
	private static boolean write(Shell shell, PerfSelfEvaluationRun.Outcome outcome, Texts texts) {
		IFile target = outcome.target();
		try {
			PlatformUI.getWorkbench().getProgressService().run(false, false, new WorkspaceModifyOperation(target.getParent()) {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException {
					PerfSelfEvaluationRun.write(outcome, monitor);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			MessageDialog.openError(shell, texts.title(), NLS.bind(PerfSelfEvalMessages.writeFailed, target.getFullPath(), cause.getMessage()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The selected .perf file (Project Explorer), else the file of the active editor. */
	private static IFile source(ISelection selection, IEditorPart editor) {
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
	private static boolean savedFirst(Shell shell, IWorkbenchPage page, IFile source, Texts texts) {
		IEditorPart open = page == null ? null : ResourceUtil.findEditor(page, source);
		if (open == null || !open.isDirty()) {
			return true;
		}
		if (!MessageDialog.openQuestion(shell, texts.title(), NLS.bind(texts.saveFirst(), source.getName()))) {
			return false;
		}
		open.doSave(null);
		return !open.isDirty();
	}
}
