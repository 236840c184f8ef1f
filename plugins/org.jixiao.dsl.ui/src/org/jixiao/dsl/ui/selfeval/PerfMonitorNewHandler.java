// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.selfeval;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * 新建运行监控表 / New monitoring form on a declaration .perf file (Project Explorer or the .perf editor),
 * as {@code jixiao monitor new FILE --month X} does: asks for the month X of the period 1–X月
 * (proposing {@value PerfMonitoringRun#DEFAULT_MONTH}; the command parameter {@value #MONTH_PARAMETER}
 * gives it and skips the dialog), writes {@code NAME-monitor-X.perf} beside the source (asking before
 * it replaces an existing file) and opens it.
 */
public class PerfMonitorNewHandler extends PerfStageHandler<Integer> {

	public static final String COMMAND_ID = "org.jixiao.dsl.ui.monitor.start";
	public static final String MONTH_PARAMETER = "org.jixiao.dsl.ui.monitor.month";

	public PerfMonitorNewHandler() {
		super(MONTH_PARAMETER, new Texts(PerfSelfEvalMessages.monitorTitle, PerfSelfEvalMessages.monitorNoFile,
				PerfSelfEvalMessages.monitorSaveFirst, PerfSelfEvalMessages.monitorOverwrite));
	}

	/** The month from the parameter, else asked for; null when cancelled. */
	@Override
	protected Integer choose(String parameter, Shell shell, IFile source) {
		if (parameter != null) {
			Integer month = month(parameter);
			if (month == null) {
				MessageDialog.openError(shell, PerfSelfEvalMessages.monitorTitle, PerfSelfEvalMessages.monitorInvalid);
			}
			return month;
		}
		InputDialog dialog = new InputDialog(shell, PerfSelfEvalMessages.monitorTitle,
				NLS.bind(PerfSelfEvalMessages.monitorPrompt, source.getName()), String.valueOf(PerfMonitoringRun.DEFAULT_MONTH),
				text -> month(text) == null ? PerfSelfEvalMessages.monitorInvalid : null);
		return dialog.open() == Window.OK ? month(dialog.getValue()) : null;
	}

	/** 1 to 12, or null. */
	private static Integer month(String text) {
		String month = text.strip();
		return month.matches("[1-9]|1[0-2]") ? Integer.valueOf(month) : null;
	}

	@Override
	protected PerfSelfEvaluationRun.Outcome prepare(IFile source, Integer month) {
		return PerfMonitoringRun.prepare(source, month);
	}

	@Override
	protected String done(PerfSelfEvaluationRun.Outcome outcome, Integer month) {
		return NLS.bind(PerfSelfEvalMessages.monitorDone, new Object[] { outcome.target().getName(), outcome.forms(), month });
	}
}
