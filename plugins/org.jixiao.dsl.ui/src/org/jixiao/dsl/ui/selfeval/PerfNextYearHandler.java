// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.selfeval;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * 下一年申报 / Next year's declaration on a .perf file (Project Explorer or the .perf editor), beside
 * 开始自评: asks for the year (the command parameter {@value #YEAR_PARAMETER} gives it and skips the
 * dialog), saves the editor first if the analyst agrees, writes next year's declaration beside the
 * source (asking before it replaces an existing file) and opens it.
 */
public class PerfNextYearHandler extends PerfStageHandler<Integer> {

	public static final String COMMAND_ID = "org.jixiao.dsl.ui.nextyear.start";
	public static final String YEAR_PARAMETER = "org.jixiao.dsl.ui.nextyear.year";

	public PerfNextYearHandler() {
		super(YEAR_PARAMETER, new Texts(PerfSelfEvalMessages.nextYearTitle, PerfSelfEvalMessages.nextYearNoFile,
				PerfSelfEvalMessages.nextYearSaveFirst, PerfSelfEvalMessages.nextYearOverwrite));
	}

	/** The year from the parameter, else asked for (proposing the declaration's year + 1); null when cancelled. */
	@Override
	protected Integer choose(String parameter, Shell shell, IFile source) {
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

	@Override
	protected PerfSelfEvaluationRun.Outcome prepare(IFile source, Integer year) {
		return PerfNextYearRun.prepare(source, year);
	}

	@Override
	protected String done(PerfSelfEvaluationRun.Outcome outcome, Integer year) {
		return NLS.bind(PerfSelfEvalMessages.nextYearDone, outcome.target().getName(), year);
	}
}
