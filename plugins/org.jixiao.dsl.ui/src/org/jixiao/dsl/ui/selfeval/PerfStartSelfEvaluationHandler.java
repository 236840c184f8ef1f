// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.selfeval;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.dsl.scoring.PerfScoringProfile;
import org.jixiao.dsl.scoring.PerfScoringProfiles;

/**
 * 开始自评 / Start self-evaluation on a .perf file (Project Explorer or the .perf editor): asks for
 * the scoring profile (the command parameter {@value #PROFILE_PARAMETER} names one and skips the
 * dialog), saves the editor first if the analyst agrees, writes {@code NAME-selfeval.perf} beside the
 * source (asking before it replaces an existing one) and opens it.
 */
public class PerfStartSelfEvaluationHandler extends PerfStageHandler<PerfScoringProfile> {

	public static final String COMMAND_ID = "org.jixiao.dsl.ui.selfeval.start";
	public static final String PROFILE_PARAMETER = "org.jixiao.dsl.ui.selfeval.profile";

	public PerfStartSelfEvaluationHandler() {
		super(PROFILE_PARAMETER, new Texts(PerfSelfEvalMessages.commandTitle, PerfSelfEvalMessages.noFile,
				PerfSelfEvalMessages.saveFirst, PerfSelfEvalMessages.overwrite));
	}

	@Override
	protected PerfScoringProfile choose(String parameter, Shell shell, IFile source) {
		if (parameter != null) {
			PerfScoringProfiles builtin = PerfScoringProfiles.builtin();
			PerfScoringProfile named = builtin.get(parameter);
			if (named == null) {
				MessageDialog.openError(shell, PerfSelfEvalMessages.commandTitle,
						NLS.bind(PerfSelfEvalMessages.unknownProfile, parameter, String.join("、", builtin.names())));
			}
			return named;
		}
		PerfProfileDialog dialog = new PerfProfileDialog(shell, source.getName());
		return dialog.open() == Window.OK ? dialog.profile() : null;
	}

	@Override
	protected PerfSelfEvaluationRun.Outcome prepare(IFile source, PerfScoringProfile profile) {
		return PerfSelfEvaluationRun.prepare(source, profile);
	}

	@Override
	protected String done(PerfSelfEvaluationRun.Outcome outcome, PerfScoringProfile profile) {
		// what the profile did not fit is also at the top of the new file, as comments
		String name = outcome.target().getName();
		return outcome.notes().isEmpty()
				? NLS.bind(PerfSelfEvalMessages.done, name, outcome.forms())
				: NLS.bind(PerfSelfEvalMessages.doneWithNotes, new Object[] { name, outcome.forms(), outcome.notes().size() });
	}
}
