// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.jixiao.dsl.scoring.PerfScoringProfiles;
import org.jixiao.dsl.ui.editor.PerfEditor;
import org.eclipse.osgi.util.NLS;
import org.jixiao.dsl.ui.selfeval.PerfSelfEvalMessages;
import org.jixiao.dsl.ui.selfeval.PerfSelfEvaluationRun;
import org.jixiao.dsl.ui.selfeval.PerfStartSelfEvaluationHandler;
import org.jixiao.dsl.ui.tests.PerfUiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 开始自评 on the example of seed 004's 13 project tables: NAME-selfeval.perf is written, opened, and has no errors. */
class PerfStartSelfEvaluationTest {

	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		PerfUiTestSupport.closeEditorsAndDelete(project);
	}

	@Test
	void commandWritesTheSelfEvaluationBesideTheSourceAndOpensIt() throws Exception {
		project = PerfUiTestSupport.project("selfeval");
		IFile source = PerfUiTestSupport.file(project, "xiguan-2022-projects.perf", PerfUiTestSupport.example("xiguan-2022-projects.perf"));
		PerfEditor editor = PerfUiTestSupport.open(source);
		var commands = editor.getSite().getService(ICommandService.class);
		ParameterizedCommand start = ParameterizedCommand.generateCommand(commands.getCommand(PerfStartSelfEvaluationHandler.COMMAND_ID),
				Map.of(PerfStartSelfEvaluationHandler.PROFILE_PARAMETER, "wuhan2020"));

		editor.getSite().getService(IHandlerService.class).executeCommand(start, null);

		IFile target = project.getFile("xiguan-2022-projects-selfeval.perf");
		assertThat(target.exists()).isTrue();
		assertThat(((IFileEditorInput) PerfUiTestSupport.page().getActiveEditor().getEditorInput()).getFile()).isEqualTo(target);
		assertThat(PerfEntriesTestSupport.errors(target)).isEmpty();
		String text = PerfEntriesTestSupport.contents(target);
		// one 项目支出绩效自评表 per project table of seed 004 (13), the first is 车辆保险费 with its 0.40 万元
		assertThat(PerfEntriesTestSupport.count(text, "selfeval project ")).isEqualTo(13);
		assertThat(text).contains("\"车辆保险费\"").contains("wuhan2020");
	}

	@Test
	void aFileWithoutDeclarationOrWithErrorsIsRefusedInChinese() throws Exception {
		project = PerfUiTestSupport.project("selfeval-refused");
		IFile selfevals = PerfUiTestSupport.file(project, "hongshan-2020-project-selfevals.perf",
				PerfUiTestSupport.example("hongshan-2020-project-selfevals.perf"));
		IFile broken = PerfUiTestSupport.file(project, "broken.perf", "goal <\n\tindicator 产出.不存在 \"x\" ≥ 1 台\n>\n");

		PerfSelfEvaluationRun.Outcome none = PerfSelfEvaluationRun.prepare(selfevals, PerfScoringProfiles.builtin().get("wuhan2020"));
		PerfSelfEvaluationRun.Outcome errors = PerfSelfEvaluationRun.prepare(broken, PerfScoringProfiles.builtin().get("wuhan2020"));

		assertThat(none.ready()).isFalse();
		assertThat(none.problem()).contains("project").contains("department");
		assertThat(errors.ready()).isFalse();
		// the unknown category 产出.不存在 at line 2, column 12 (after a tab and "indicator ")
		assertThat(errors.problem()).contains("broken.perf").contains("产出.不存在")
				.contains(NLS.bind(PerfSelfEvalMessages.errorLine, new Object[] { 2, 12, "" }).strip());
		assertThat(project.getFile("hongshan-2020-project-selfevals-selfeval.perf").exists()).isFalse();
		assertThat(project.getFile("broken-selfeval.perf").exists()).isFalse();
	}
}
