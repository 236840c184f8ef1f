// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.jixiao.dsl.ui.editor.PerfEditor;
import org.jixiao.dsl.ui.selfeval.PerfMonitorNewHandler;
import org.jixiao.dsl.ui.selfeval.PerfMonitoringRun;
import org.jixiao.dsl.ui.selfeval.PerfSelfEvalMessages;
import org.jixiao.dsl.ui.selfeval.PerfSelfEvaluationRun;
import org.jixiao.dsl.ui.tests.PerfUiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 新建运行监控表 on the elevator project of examples/: NAME-monitor-X.perf is written beside the
 * declaration as {@code jixiao monitor new} writes it, opened, and an existing file is replaced only
 * when the analyst says yes.
 */
class PerfMonitorNewTest {

	private static final String DECLARATION = "wenxin-2025-elevator-project.perf";

	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		PerfUiTestSupport.closeEditorsAndDelete(project);
	}

	private IFile declaration(String projectName) throws Exception {
		project = PerfUiTestSupport.project(projectName);
		return PerfUiTestSupport.file(project, DECLARATION,
				Files.readString(PerfUiTestSupport.examplesDir().resolve(DECLARATION), StandardCharsets.UTF_8));
	}

	private static void run(PerfEditor editor, Map<String, String> parameters) throws Exception {
		var commands = editor.getSite().getService(ICommandService.class);
		ParameterizedCommand start = ParameterizedCommand.generateCommand(commands.getCommand(PerfMonitorNewHandler.COMMAND_ID), parameters);
		editor.getSite().getService(IHandlerService.class).executeCommand(start, null);
	}

	private static IFile activeFile() {
		return ((IFileEditorInput) PerfUiTestSupport.page().getActiveEditor().getEditorInput()).getFile();
	}

	@Test
	void commandWritesTheMonitoringFormBesideTheDeclarationAndOpensIt() throws Exception {
		IFile source = declaration("monitor");
		PerfEditor editor = PerfUiTestSupport.open(source);

		run(editor, Map.of(PerfMonitorNewHandler.MONTH_PARAMETER, "6"));

		IFile target = project.getFile("wenxin-2025-elevator-project-monitor-6.perf");
		assertThat(target.exists()).isTrue();
		assertThat(activeFile()).isEqualTo(target);
		assertThat(PerfEntriesTestSupport.errors(target)).isEmpty();
		// what jixiao monitor new writes for this declaration (PerfMonitorCommandTest)
		assertThat(PerfEntriesTestSupport.contents(target)).contains("monitor project \"老旧小区加装电梯补助\" year 2025 month 6 <")
				.contains("\tfollows project \"33010625P00412010003F\"\n")
				.contains("\tspending <\n\t\tinitial 180\n\t\tadjusted 180\n\t\tspent ---\n\t>")
				.contains("indicator 产出.数量 \"完成加装电梯数量\" ≥ 20 台 direction 正向 current --- forecast ---\n");
	}

	@Test
	void theDialogAsksForTheMonthProposingJune() throws Exception {
		IFile source = declaration("monitor-dialog");
		PerfEditor editor = PerfUiTestSupport.open(source);
		String[] proposed = new String[1];
		boolean[] refused13 = new boolean[1];
		var watch = PerfEntriesTestSupport.onDialog(InputDialog.class, dialog -> {
			Text month = find(dialog.getShell(), Text.class);
			Button ok = PerfEntriesTestSupport.button(dialog.getShell(), IDialogConstants.OK_LABEL);
			proposed[0] = month.getText();
			PerfUiTestSupport.screenshot(dialog.getShell(), Path.of("target", "screenshots", "monitor-new-dialog.png"));
			month.setText("13");
			refused13[0] = !ok.isEnabled();
			month.setText("7");
			ok.notifyListeners(SWT.Selection, null);
		});

		run(editor, Map.of());
		watch.stop();

		assertThat(watch.seen()).as("the month dialog").isNotNull();
		assertThat(watch.seen().getShell()).isNull();
		assertThat(proposed[0]).isEqualTo("6");
		assertThat(refused13[0]).as("13 is not a month").isTrue();
		IFile target = project.getFile("wenxin-2025-elevator-project-monitor-7.perf");
		assertThat(target.exists()).isTrue();
		assertThat(activeFile()).isEqualTo(target);
		assertThat(PerfEntriesTestSupport.contents(target)).contains(" year 2025 month 7 <");
	}

	@Test
	void anExistingFileIsReplacedOnlyWhenTheAnalystAgrees() throws Exception {
		IFile source = declaration("monitor-overwrite");
		IFile target = PerfUiTestSupport.file(project, "wenxin-2025-elevator-project-monitor-6.perf", "// 已填了一半\n");
		PerfEditor editor = PerfUiTestSupport.open(source);

		var no = PerfEntriesTestSupport.onDialog(MessageDialog.class, dialog -> PerfEntriesTestSupport
				.button(dialog.getShell(), IDialogConstants.NO_LABEL).notifyListeners(SWT.Selection, null));
		run(editor, Map.of(PerfMonitorNewHandler.MONTH_PARAMETER, "6"));
		no.stop();

		assertThat(no.seen()).as("the question").isNotNull();
		assertThat(PerfEntriesTestSupport.contents(target)).isEqualTo("// 已填了一半\n");
		assertThat(activeFile()).isEqualTo(source);

		var yes = PerfEntriesTestSupport.onDialog(MessageDialog.class, dialog -> PerfEntriesTestSupport
				.button(dialog.getShell(), IDialogConstants.YES_LABEL).notifyListeners(SWT.Selection, null));
		run(editor, Map.of(PerfMonitorNewHandler.MONTH_PARAMETER, "6"));
		yes.stop();

		assertThat(PerfEntriesTestSupport.contents(target)).contains("month 6 <");
		assertThat(activeFile()).isEqualTo(target);
	}

	@Test
	void aFileWithoutDeclarationIsRefusedAndNothingWritten() throws Exception {
		project = PerfUiTestSupport.project("monitor-refused");
		IFile selfevals = PerfUiTestSupport.file(project, "hongshan-2020-project-selfevals.perf",
				PerfUiTestSupport.example("hongshan-2020-project-selfevals.perf"));

		PerfSelfEvaluationRun.Outcome none = PerfMonitoringRun.prepare(selfevals, 6);

		assertThat(none.ready()).isFalse();
		assertThat(none.problem()).isEqualTo(NLS.bind(PerfSelfEvalMessages.monitorNoDeclaration, selfevals.getFullPath()));
		assertThat(project.getFile("hongshan-2020-project-selfevals-monitor-6.perf").exists()).isFalse();
	}

	@Test
	void theEditorsContextMenuOffersTheCommand() throws Exception {
		PerfEditor editor = PerfUiTestSupport.open(declaration("monitor-menu"));
		StyledText text = ((ITextViewer) editor.getAdapter(ITextOperationTarget.class)).getTextWidget();
		String name = editor.getSite().getService(ICommandService.class).getCommand(PerfMonitorNewHandler.COMMAND_ID).getName();
		Menu menu = text.getMenu();
		Point at = text.toDisplay(40, 40);
		menu.setLocation(at);
		menu.setVisible(true);
		try {
			PerfUiTestSupport.waitUntil(() -> Arrays.stream(menu.getItems()).anyMatch(item -> item.getText().startsWith(name)), 5_000);
			assertThat(Arrays.stream(menu.getItems()).map(MenuItem::getText)).as("the editor's context menu")
					.anyMatch(item -> item.startsWith(name));
			assertThat(name).isEqualTo(PerfSelfEvalMessages.monitorTitle);
		} finally {
			menu.setVisible(false);
			PerfUiTestSupport.drainEvents();
		}
	}

	/** The first control of this type in a shell. */
	private static <T extends Control> T find(Composite parent, Class<T> type) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
