// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.dsl.ui.Messages;
import org.jixiao.dsl.ui.PerfErrorDialog;
import org.jixiao.dsl.ui.builder.PerfBuildStatusLine;
import org.jixiao.dsl.ui.builder.PerfProjectBuild;

/**
 * Generates the forms of .perf files in the background (progress view, cancel). Files with errors
 * are not generated, as on the command line; the analyst is told which and why (the errors are in
 * the Problems view). An unexpected failure is logged and shown ({@link PerfErrorDialog}).
 */
public class PerfGenerateFormsJob extends WorkspaceJob {

	/** Job family, for tests and for waiting on generation. */
	public static final Object FAMILY = PerfGenerateFormsJob.class;

	private final Map<IProject, Set<IFile>> targets;
	private final Shell shell;
	private final List<PerfProjectBuild.Outcome> outcomes = new ArrayList<>();

	public PerfGenerateFormsJob(Map<IProject, Set<IFile>> targets, Shell shell) {
		super("生成报表 / Generate forms");
		this.targets = targets;
		this.shell = shell;
		setRule(MultiRule.combine(targets.keySet().toArray(IProject[]::new)));
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), targets.size());
		try {
			for (Map.Entry<IProject, Set<IFile>> target : targets.entrySet()) {
				PerfProjectBuild build = new PerfProjectBuild(target.getKey());
				List<PerfProjectBuild.Outcome> done = build.run(target.getValue(), progress.split(1));
				outcomes.addAll(done);
				PerfBuildStatusLine.show(build.summary(done));
			}
		} catch (CoreException | RuntimeException | LinkageError | StackOverflowError e) {
			// not silent, and in our words: logged, and a dialog naming the log (the job's own status would repeat it)
			PerfErrorDialog.show(Messages.Error_generate, e);
			return Status.CANCEL_STATUS;
		}
		report();
		return Status.OK_STATUS;
	}

	/** What the last run did, per requested file. */
	public List<PerfProjectBuild.Outcome> outcomes() {
		return List.copyOf(outcomes);
	}

	private void report() {
		int forms = outcomes.stream().mapToInt(o -> o.forms().size()).sum();
		List<String> refused = new ArrayList<>();
		for (PerfProjectBuild.Outcome outcome : outcomes) {
			if (outcome.problem() != null) {
				refused.add(outcome.file().getFullPath() + "：" + outcome.problem());
			} else if (outcome.errors() > 0) {
				refused.add(outcome.file().getFullPath() + "：有 " + outcome.errors() + " 个错误，未生成（见“问题”视图）");
			}
		}
		if (refused.isEmpty() || shell == null || shell.isDisposed()) {
			return;
		}
		String message = "生成了 " + forms + " 个表格文件。以下文件未生成：\n\n" + String.join("\n", refused);
		shell.getDisplay().asyncExec(() -> {
			if (!shell.isDisposed()) {
				MessageDialog.openWarning(shell, "生成报表", message);
			}
		});
	}
}
