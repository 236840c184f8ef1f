// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.jixiao.dsl.ui.Messages;
import org.jixiao.dsl.ui.PerfErrorDialog;
import org.jixiao.dsl.ui.commands.PerfGenerateFormsJob;
import org.jixiao.dsl.ui.tests.PerfUiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An unexpected failure in the workbench is not silent: generating the forms of a project that was
 * deleted while the job waited fails, and the failure is in the Eclipse log (with its stack trace,
 * in the log file too) and in a dialog that says what stopped and names the log file.
 */
class PerfErrorDialogTest {

	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> logged.add(status);

	@AfterEach
	void closeDialogs() {
		Platform.removeLogListener(listener);
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && Messages.Error_title.equals(shell.getText()) && shell.getData() instanceof MessageDialog dialog) {
				dialog.close();
			}
		}
		PerfUiTestSupport.drainEvents();
	}

	@Test
	void failedGenerationIsLoggedAndShownWithTheLogFile() throws Exception {
		IProject gone = ResourcesPlugin.getWorkspace().getRoot().getProject("jixiao-deleted-meanwhile");
		IFile file = gone.getFile("社区服务.perf");
		Platform.addLogListener(listener);
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();

		PerfGenerateFormsJob job = new PerfGenerateFormsJob(Map.of(gone, Set.of(file)), window);
		job.schedule();

		assertThat(PerfUiTestSupport.waitUntil(() -> job.getResult() != null && dialog() != null, 60_000))
				.as("the dialog").isTrue();
		String text = texts(dialog()).reduce("", String::concat);
		PerfUiTestSupport.screenshot(dialog(), Path.of("target", "screenshots", "error-dialog.png"));
		assertThat(text).contains(Messages.Error_generate).contains(PerfErrorDialog.logFile())
				.contains("jixiao-deleted-meanwhile");
		assertThat(PerfErrorDialog.logFile()).endsWith(".log");
		IStatus entry = logged.stream().filter(s -> s.getSeverity() == IStatus.ERROR
				&& "org.jixiao.dsl.ui".equals(s.getPlugin()) && s.getMessage().startsWith(Messages.Error_generate))
				.findFirst().orElse(null);
		assertThat(entry).as("the log entry in %s", logged).isNotNull();
		assertThat(entry.getException()).isNotNull();
		String log = Files.readString(Path.of(PerfErrorDialog.logFile()), StandardCharsets.UTF_8);
		assertThat(log).contains(entry.getMessage()).contains("at org.jixiao.dsl.ui.commands.PerfGenerateFormsJob");
		assertThat(job.getResult().getSeverity()).as("not reported a second time by the job").isEqualTo(IStatus.CANCEL);
	}

	private static Shell dialog() {
		return Arrays.stream(Display.getCurrent().getShells())
				.filter(s -> !s.isDisposed() && Messages.Error_title.equals(s.getText())).findFirst().orElse(null);
	}

	private static Stream<String> texts(Control control) {
		Stream<String> own = control instanceof Label label ? Stream.of(label.getText()) : Stream.empty();
		if (control instanceof Composite composite) {
			return Stream.concat(own, Arrays.stream(composite.getChildren()).flatMap(PerfErrorDialogTest::texts));
		}
		return own;
	}
}
