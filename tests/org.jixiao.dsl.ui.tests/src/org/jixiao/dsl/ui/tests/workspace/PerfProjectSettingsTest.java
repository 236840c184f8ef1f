// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.dsl.ui.tests.workspace.PerfWorkspaceTestSupport.*;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.jixiao.dsl.ui.preferences.PerfPreferencePage;
import org.jixiao.dsl.ui.preferences.PerfPreferences;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.forms.layout.PerfLayouts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Project › Properties › 绩效 Jixiao: a project with its own output folder, layouts and severities,
 * next to a project that follows the workspace; and the region's layouts folder.
 */
class PerfProjectSettingsTest {

	/** The form of {@link PerfBuilderTest#TWO_MISTAKES} with the region's own project layout. */
	private static final String OWN_LAYOUT_FORM = "示例单位-2026-我区项目支出绩效目标表.xlsx";

	private final List<IProject> projects = new ArrayList<>();
	@RegisterExtension
	final PerfManualBuilds manualBuilds = new PerfManualBuilds();

	@AfterEach
	void cleanUp() throws Exception {
		resetPreferences();
		for (IProject project : projects) {
			project.delete(true, true, null);
		}
	}

	private IProject project(String name) throws Exception {
		IProject project = perfProject(name);
		projects.add(project);
		write(project.getFile("社区服务.perf"), PerfBuilderTest.TWO_MISTAKES);
		return project;
	}

	@Test
	void aProjectWithItsOwnSettingsIsBuiltByThemTheOtherByTheWorkspaces() throws Exception {
		IProject own = project("settings-own");
		IProject other = project("settings-workspace");

		PerfPreferencePage page = new PerfPreferencePage();
		page.setElement(own);
		Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		try {
			page.createControl(shell);
			assertThat(page.isProjectSpecific()).isFalse();
			page.setProjectSpecific(true);
			texts(shell).get(0).setText("报表/本项目"); // the output folder, first field
			Combo missingUnit = severityCombo(shell, PerfIssueCodes.MISSING_UNIT);
			missingUnit.select(1); // 错误 / Error
			missingUnit.notifyListeners(SWT.Selection, null);
			assertThat(page.performOk()).isTrue();
		} finally {
			page.dispose();
			shell.dispose();
		}

		// stored in the project, shared with it
		IFile settings = own.getFile(".settings/org.jixiao.dsl.ui.prefs");
		assertThat(settings.exists()).isTrue();
		Properties stored = new Properties();
		try (InputStream in = settings.getContents()) {
			stored.load(in);
		}
		assertThat(stored).containsEntry(PerfPreferences.PROJECT_SPECIFIC, "true")
				.containsEntry(PerfPreferences.OUTPUT_FOLDER, "报表/本项目")
				.containsEntry(PerfPreferences.SEVERITY_PREFIX + PerfIssueCodes.MISSING_UNIT, "error");
		// the workspace's own settings are untouched
		assertThat(PerfPreferences.node().keys()).isEmpty();
		waitForSettingsJob();

		own.build(IncrementalProjectBuilder.FULL_BUILD, null);
		other.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertThat(describe(markers(own.getFile("社区服务.perf")))).containsExactly("7 error perf.missing-unit",
				"12 warning perf.unachievable-100");
		assertThat(xlsx(own.getFolder("报表/本项目"))).isEmpty(); // an error: nothing generated
		assertThat(describe(markers(other.getFile("社区服务.perf")))).containsExactly("7 warning perf.missing-unit",
				"12 warning perf.unachievable-100");
		assertThat(xlsx(other.getFolder("forms"))).containsExactly(PerfBuilderTest.TWO_MISTAKES_FORM);

		// a workspace change reaches the project that follows the workspace, not the one with its own settings
		PerfPreferences.node().put(PerfPreferences.SEVERITY_PREFIX + PerfIssueCodes.UNACHIEVABLE_100, "ignore");
		waitForSettingsJob();
		assertThat(describe(markers(other.getFile("社区服务.perf")))).containsExactly("7 warning perf.missing-unit");
		assertThat(describe(markers(own.getFile("社区服务.perf")))).containsExactly("7 error perf.missing-unit",
				"12 warning perf.unachievable-100");

		// turning project-specific settings off removes them: the project follows the workspace again
		PerfPreferencePage again = new PerfPreferencePage();
		again.setElement(own);
		Shell shell2 = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		try {
			again.createControl(shell2);
			assertThat(again.isProjectSpecific()).isTrue();
			again.setProjectSpecific(false);
			assertThat(again.performOk()).isTrue();
		} finally {
			again.dispose();
			shell2.dispose();
		}
		assertThat(PerfPreferences.projectSpecific(own)).isFalse();
		assertThat(PerfPreferences.node(own).keys()).isEmpty();
		waitForSettingsJob();
		assertThat(describe(markers(own.getFile("社区服务.perf")))).containsExactly("7 warning perf.missing-unit");
		assertThat(xlsx(own.getFolder("forms"))).containsExactly(PerfBuilderTest.TWO_MISTAKES_FORM);
	}

	@Test
	void theRegionsLayoutsFolderIsOfferedAndUsedForTheForms(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("我区项目.layout"), ownProjectLayout(), StandardCharsets.UTF_8);
		PerfPreferences.node().put(PerfPreferences.LAYOUTS_FOLDER, dir.toString());
		PerfPreferences.node().put(PerfPreferences.LAYOUT, "我区2026");
		waitForSettingsJob();

		PerfPreferencePage page = new PerfPreferencePage();
		page.init(PlatformUI.getWorkbench());
		Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		try {
			page.createControl(shell);
			assertThat(page.availableLayoutsText()).contains("1", "我区2026（项目支出绩效目标表）");
			assertThat(page.layoutChoices()).contains("我区2026（项目支出绩效目标表）", "hebei2022-project（项目支出绩效目标表）");
		} finally {
			page.dispose();
			shell.dispose();
		}

		IProject project = project("settings-layouts");
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertThat(xlsx(project.getFolder("forms"))).containsExactly(OWN_LAYOUT_FORM);
		assertThat(markers(project)).isEmpty();
	}

	@Test
	void aBrokenLayoutFileIsAProblemOfTheProjectWithFileAndLine(@TempDir Path dir) throws Exception {
		Path broken = dir.resolve("坏.layout");
		Files.writeString(broken, "layout 坏\nform project\nwidths 10 x 12\n", StandardCharsets.UTF_8);
		PerfPreferences.node().put(PerfPreferences.LAYOUTS_FOLDER, dir.toString());
		waitForSettingsJob();
		IProject project = project("settings-bad-layout");
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);

		List<IMarker> problems = markers(project);
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0).getAttribute(IMarker.MESSAGE, "")).contains("版式文件有误", "坏.layout", "3", "x");
		// the shipped layouts are used meanwhile
		assertThat(xlsx(project.getFolder("forms"))).containsExactly(PerfBuilderTest.TWO_MISTAKES_FORM);
	}

	/** The shipped project layout under a name and form title of the region's own. */
	private static String ownProjectLayout() throws Exception {
		String name = PerfLayouts.defaultFor(PerfFormKind.PROJECT);
		try (InputStream in = PerfLayouts.class.getResourceAsStream("builtin/" + name + ".layout")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return text.replace("layout " + name, "layout 我区2026").replace("name 项目支出绩效目标表", "name 我区项目支出绩效目标表");
		}
	}

	/** The settings' job is scheduled by the change itself (it sleeps a moment first); join waits for it. */
	private static void waitForSettingsJob() throws InterruptedException {
		settingsApplied();
	}

	private static List<Text> texts(Composite parent) {
		List<Text> texts = new ArrayList<>();
		collect(parent, Text.class, texts);
		return texts;
	}

	private static Combo severityCombo(Composite parent, String code) {
		List<Combo> combos = new ArrayList<>();
		collect(parent, Combo.class, combos);
		int index = new ArrayList<>(PerfIssueCodes.DEFAULTS.keySet()).indexOf(code);
		return combos.get(1 + index); // after the layout combo
	}

	private static <T extends Control> void collect(Composite parent, Class<T> type, List<T> found) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				collect(composite, type, found);
			}
		}
	}
}
