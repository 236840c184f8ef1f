// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.jixiao.dsl.ui.editor.PerfEditor;
import org.jixiao.dsl.ui.selfeval.PerfNextYearHandler;
import org.jixiao.dsl.ui.selfeval.PerfNextYearRun;
import org.jixiao.dsl.ui.tests.PerfUiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 下一年申报 on the worked year of examples/year/: next year's declaration is written beside the
 * source with the self-evaluated actuals of the project's self-evaluation as 上年, and opened.
 */
class PerfNextYearTest {

	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		PerfUiTestSupport.closeEditorsAndDelete(project);
	}

	private static String year(String name) throws Exception {
		return Files.readString(PerfUiTestSupport.examplesDir().resolve("year").resolve(name), StandardCharsets.UTF_8);
	}

	@Test
	void commandWritesNextYearsDeclarationBesideTheSourceAndOpensIt() throws Exception {
		project = PerfUiTestSupport.project("nextyear");
		IFile source = PerfUiTestSupport.file(project, "dongxihu-petition-bureau-2025.perf", year("dongxihu-petition-bureau-2025.perf"));
		PerfUiTestSupport.file(project, "dongxihu-petition-bureau-2025-selfeval.perf", year("dongxihu-petition-bureau-2025-selfeval.perf"));
		assertThat(PerfNextYearRun.yearOf(source)).isEqualTo(2025);
		PerfEditor editor = PerfUiTestSupport.open(source);
		var commands = editor.getSite().getService(ICommandService.class);
		ParameterizedCommand start = ParameterizedCommand.generateCommand(commands.getCommand(PerfNextYearHandler.COMMAND_ID),
				Map.of(PerfNextYearHandler.YEAR_PARAMETER, "2026"));

		editor.getSite().getService(IHandlerService.class).executeCommand(start, null);

		IFile target = project.getFile("dongxihu-petition-bureau-2026.perf");
		assertThat(target.exists()).isTrue();
		assertThat(((IFileEditorInput) PerfUiTestSupport.page().getActiveEditor().getEditorInput()).getFile()).isEqualTo(target);
		assertThat(PerfEntriesTestSupport.errors(target)).isEmpty();
		// the same as jixiao next-year wrote into examples/year/
		assertThat(PerfEntriesTestSupport.contents(target)).isEqualTo(year("dongxihu-petition-bureau-2026.perf"));
	}
}
