// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.dsl.ui.tests.workspace.PerfWorkspaceTestSupport.*;

import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.jixiao.dsl.ui.builder.PerfProjectBuild;
import org.jixiao.dsl.ui.commands.PerfGenerateFormsHandler;
import org.jixiao.dsl.ui.commands.PerfGenerateFormsJob;
import org.jixiao.dsl.ui.tests.PerfUiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 生成报表 / Generate forms, with automatic building off so that only the command writes forms. */
class PerfGenerateFormsCommandTest {

	private IProject project;
	@RegisterExtension
	final PerfManualBuilds manualBuilds = new PerfManualBuilds();

	@Test
	void theCommandOnASelectedFileWritesItsForms() throws Exception {
		project = manualBuilds.project("command-file");
		IFile file = project.getFile("社区服务.perf");
		write(file, PerfBuilderTest.TWO_MISTAKES);
		assertThat(xlsx(project.getFolder("forms"))).isEmpty();

		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command command = commands.getCommand(PerfGenerateFormsHandler.COMMAND_ID);
		assertThat(command.getName()).isIn("生成报表", "Generate forms (生成报表)");
		IEvaluationContext context = new EvaluationContext(handlers.createContextSnapshot(false), new Object());
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(file));
		handlers.executeCommandInContext(new org.eclipse.core.commands.ParameterizedCommand(command, null), null, context);
		Job.getJobManager().join(PerfGenerateFormsJob.FAMILY, null);

		assertThat(xlsx(project.getFolder("forms"))).containsExactly(PerfBuilderTest.TWO_MISTAKES_FORM);
		assertThat(describe(markers(file))).containsExactly("7 warning perf.missing-unit", "12 warning perf.unachievable-100");
	}

	@Test
	void aFileWithErrorsIsReportedAndNotGenerated() throws Exception {
		project = manualBuilds.project("command-errors");
		IFile good = project.getFile("社区服务.perf");
		write(good, PerfBuilderTest.TWO_MISTAKES);
		IFile bad = project.getFile("有错误.perf");
		write(bad, PerfBuilderTest.TWO_MISTAKES.replace("产出.质量", "产出.品质").replace("示例单位", "另一单位"));

		Map<IProject, Set<IFile>> targets = PerfGenerateFormsHandler.targets(new StructuredSelection(project), null);
		assertThat(targets.get(project)).containsExactlyInAnyOrder(good, bad);
		PerfGenerateFormsJob job = new PerfGenerateFormsJob(targets, null);
		job.schedule();
		job.join();

		assertThat(job.outcomes()).extracting(o -> o.file().getName() + " " + o.errors() + " " + o.forms().size())
				.containsExactlyInAnyOrder("社区服务.perf 0 1", "有错误.perf 1 0");
		assertThat(job.outcomes()).filteredOn(PerfProjectBuild.Outcome::generated).hasSize(1);
		assertThat(xlsx(project.getFolder("forms"))).containsExactly(PerfBuilderTest.TWO_MISTAKES_FORM);
	}

	@Test
	void inTheEditorTheCommandTakesTheEditorsFile() throws Exception {
		project = manualBuilds.project("command-editor");
		IFile file = project.getFile("社区服务.perf");
		write(file, PerfBuilderTest.TWO_MISTAKES);
		var editor = PerfUiTestSupport.open(file);

		Map<IProject, Set<IFile>> targets = PerfGenerateFormsHandler.targets(
				new org.eclipse.jface.text.TextSelection(0, 0), editor);
		assertThat(targets).containsOnlyKeys(project);
		assertThat(targets.get(project)).containsExactly(file);
	}
}
