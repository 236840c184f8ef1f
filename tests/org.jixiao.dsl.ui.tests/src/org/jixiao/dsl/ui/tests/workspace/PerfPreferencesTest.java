// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.dsl.ui.tests.workspace.PerfWorkspaceTestSupport.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.osgi.util.NLS;
import org.jixiao.dsl.ui.preferences.PerfPreferenceMessages;
import org.jixiao.dsl.ui.preferences.PerfPreferencePage;
import org.jixiao.dsl.ui.preferences.PerfPreferences;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.dsl.validation.PerfRuleDescriptions;
import org.jixiao.forms.layout.PerfLayouts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The preference page's settings change what the builder does. */
class PerfPreferencesTest {

	private IProject project;
	@RegisterExtension
	final PerfManualBuilds manualBuilds = new PerfManualBuilds();

	@AfterEach
	void cleanUp() throws Exception {
		resetPreferences();
		if (project != null) {
			project.delete(true, true, null);
		}
	}

	@Test
	void formsGoToTheOutputFolderOfThePreferences() throws Exception {
		PerfPreferences.node().put(PerfPreferences.OUTPUT_FOLDER, "报表/2026");
		settingsApplied();
		project = perfProject("prefs-output");
		write(project.getFile("社区服务.perf"), PerfBuilderTest.TWO_MISTAKES);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);

		assertThat(xlsx(project.getFolder("报表/2026"))).containsExactly(PerfBuilderTest.TWO_MISTAKES_FORM);
		assertThat(project.getFolder("forms").exists()).isFalse();
	}

	@Test
	void outputFolderMustBeInsideTheProject() throws Exception {
		assertThat(PerfPreferences.validOutputFolder("forms")).isTrue();
		assertThat(PerfPreferences.validOutputFolder("报表/2026")).isTrue();
		assertThat(PerfPreferences.validOutputFolder("../forms")).isFalse();
		assertThat(PerfPreferences.validOutputFolder("/tmp/forms")).isFalse();
		assertThat(PerfPreferences.validOutputFolder(" ")).isFalse();
		PerfPreferences.node().put(PerfPreferences.OUTPUT_FOLDER, "../elsewhere");
		settingsApplied();
		assertThat(PerfPreferences.outputFolder()).isEqualTo("forms");
	}

	@Test
	void aSeverityMadeErrorStopsGeneration() throws Exception {
		PerfPreferences.node().put(PerfPreferences.SEVERITY_PREFIX + PerfIssueCodes.UNACHIEVABLE_100, "error");
		settingsApplied();
		project = perfProject("prefs-severity");
		IFile file = project.getFile("社区服务.perf");
		write(file, PerfBuilderTest.TWO_MISTAKES);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);

		assertThat(describe(markers(file))).containsExactly("7 warning perf.missing-unit", "12 error perf.unachievable-100");
		assertThat(xlsx(project.getFolder("forms"))).isEmpty();
	}

	@Test
	void aRegionalProfileFileIsUsed(@TempDir Path dir) throws Exception {
		// the region ignores missing units (the command line's --profile file format)
		Path profile = dir.resolve("我区.properties");
		Files.writeString(profile, "severity.perf.missing-unit = ignore\n", StandardCharsets.UTF_8);
		PerfPreferences.node().put(PerfPreferences.PROFILE_FILE, profile.toString());
		settingsApplied();
		project = perfProject("prefs-profile");
		IFile file = project.getFile("社区服务.perf");
		write(file, PerfBuilderTest.TWO_MISTAKES);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);

		assertThat(describe(markers(file))).containsExactly("12 warning perf.unachievable-100");
	}

	@Test
	void theNationalProfileIsChosenInThePreferences() throws Exception {
		PerfPreferences.node().put(PerfPreferences.PROFILE, "national");
		settingsApplied();
		project = perfProject("prefs-national");
		IFile file = project.getFile("社区服务.perf");
		write(file, PerfBuilderTest.TWO_MISTAKES);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);

		// the data standard's checks on top of the shipped rules: the code "P001", no 指标内容 or 评（扣）分标准
		assertThat(describe(markers(file))).contains("1 warning perf.project-code", "7 warning perf.missing-unit",
				"7 warning perf.missing-description", "7 warning perf.missing-criterion", "12 warning perf.unachievable-100");

		// back to the default profile: the standard's checks are off again
		PerfPreferences.node().put(PerfPreferences.PROFILE, "");
		settingsApplied();
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertThat(describe(markers(file))).containsExactly("7 warning perf.missing-unit", "12 warning perf.unachievable-100");
	}

	@Test
	void aRegionalFileGoesOnTopOfTheNationalProfile(@TempDir Path dir) throws Exception {
		Path profile = dir.resolve("我区.properties");
		Files.writeString(profile, "severity.perf.missing-description = ignore\nseverity.perf.missing-criterion = ignore\n",
				StandardCharsets.UTF_8);
		PerfPreferences.node().put(PerfPreferences.PROFILE, "national");
		PerfPreferences.node().put(PerfPreferences.PROFILE_FILE, profile.toString());
		settingsApplied();
		project = perfProject("prefs-national-file");
		IFile file = project.getFile("社区服务.perf");
		write(file, PerfBuilderTest.TWO_MISTAKES);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);

		assertThat(describe(markers(file))).containsExactly("1 warning perf.project-code", "7 warning perf.missing-unit",
				"12 warning perf.unachievable-100");
	}

	@Test
	void theRuleSeveritiesShowTheChosenProfilesDefault() {
		PerfPreferences.node().put(PerfPreferences.PROFILE, "national");
		Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		try {
			PerfPreferencePage page = new PerfPreferencePage();
			page.init(PlatformUI.getWorkbench());
			page.createControl(shell);
			List<Combo> combos = new ArrayList<>();
			collect(shell, combos);
			int index = 2 + new ArrayList<>(PerfIssueCodes.DEFAULTS.keySet()).indexOf(PerfIssueCodes.INDICATOR_NAME_LENGTH);

			assertThat(combos.get(1).getText()).isEqualTo(PerfPreferenceMessages.profileNational);
			// 默认（错误）: the default of the 30-character rule is what national gives, not the shipped ignore
			assertThat(combos.get(index).getItem(0))
					.isEqualTo(NLS.bind(PerfPreferenceMessages.severityDefault, PerfPreferenceMessages.severityError));
			page.dispose();
		} finally {
			shell.dispose();
		}
	}

	@Test
	void aBadProfileIsAProblemOfTheProject(@TempDir Path dir) throws Exception {
		Path profile = dir.resolve("坏.properties");
		Files.writeString(profile, "severity.perf.missing-unit = loud\n", StandardCharsets.UTF_8);
		PerfPreferences.node().put(PerfPreferences.PROFILE_FILE, profile.toString());
		settingsApplied();
		project = perfProject("prefs-bad-profile");
		IFile file = project.getFile("社区服务.perf");
		write(file, PerfBuilderTest.TWO_MISTAKES);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);

		assertThat(describe(markers(project))).containsExactly("0 error null");
		assertThat(markers(project).get(0).getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, ""))
				.contains("校验配置有误", "severity.perf.missing-unit", "loud");
		// the shipped defaults are used meanwhile
		assertThat(describe(markers(file))).containsExactly("7 warning perf.missing-unit", "12 warning perf.unachievable-100");
	}

	@Test
	void aFamilyChosenForGenerationGivesEachFormKindItsLayout() throws Exception {
		PerfPreferences.node().put(PerfPreferences.LAYOUT, "national");
		settingsApplied();
		project = perfProject("prefs-family");
		write(project.getFile("自评.perf"), """
				selfeval project "社区工作经费" year 2022 <
					unit "某街道办事处"
					total 100
					budget "年度资金总额" weight 10 initial 1 planned 1 executed 1 rate 100% score 10 <
						fiscal initial 1 planned 1 executed 1
					>
					goal "保障社区工作" actual "已保障" <
						section 产出 weight 90
						indicator 产出.数量 "支付经费人数" 49 人 weight 90 actual 49 人 score 90
					>
				>
				""");
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);

		assertThat(xlsx(project.getFolder("forms"))).containsExactly("某街道办事处-2022-项目支出绩效自评表.xlsx");
		// the central layout of the national family: the budget by source of funds
		assertThat(cellTexts(project.getFolder("forms").getFile("某街道办事处-2022-项目支出绩效自评表.xlsx")))
				.contains("项目资金（万元）").contains("年初预算数").contains("其中：财政拨款").contains("偏差原因分析及改进措施");
	}

	@Test
	void thePageOffersTheLayoutAndEveryRule() {
		Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		try {
			PerfPreferencePage page = new PerfPreferencePage();
			page.init(PlatformUI.getWorkbench());
			page.createControl(shell);
			List<Combo> combos = new ArrayList<>();
			collect(shell, combos);
			// one combo for the region layout, one for the validation profile, one per configurable rule
			assertThat(combos).hasSize(2 + PerfIssueCodes.DEFAULTS.size());
			// the default, every layout, then every family
			PerfLayouts layouts = PerfLayouts.builtin();
			assertThat(combos.get(0).getItems()).anyMatch(i -> i.startsWith("hunan2020"))
					.anyMatch(i -> i.startsWith("dongxihu2025")).anyMatch(i -> i.startsWith("national-project"))
					.anyMatch(i -> i.startsWith("hebei2022-duties-xlsx"))
					// the family with its layout per form kind (Chinese or English, as the test runtime's locale gives)
					.anyMatch(i -> i.contains("national") && i.contains("national-department") && i.contains("national-project")
							&& i.contains("central-project-selfeval"))
					.hasSize(1 + layouts.names().size() + layouts.families().size());
			assertThat(combos.get(1).getItems()).containsExactly(PerfPreferenceMessages.profileDefault,
					PerfPreferenceMessages.profileNational);
			page.dispose();
		} finally {
			shell.dispose();
		}
	}

	@Test
	void everyRuleHasAChineseAndAnEnglishLabel() {
		ResourceBundle chinese = PerfRuleDescriptions.bundle(java.util.Locale.CHINESE);
		ResourceBundle english = PerfRuleDescriptions.bundle(java.util.Locale.ROOT);
		for (String code : PerfIssueCodes.DEFAULTS.keySet()) {
			assertThat(chinese.getString(code)).as(code).containsPattern("\\p{IsHan}");
			assertThat(english.getString(code)).as(code).containsPattern("[A-Za-z]{3}");
		}
	}

	/** Waits for what a change of the settings starts (re-checking, rebuilding) before building in the test. */
	private static void collect(Composite parent, List<Combo> combos) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Combo combo && (combo.getStyle() & SWT.READ_ONLY) != 0) {
				combos.add(combo);
			}
			if (child instanceof Composite composite) {
				collect(composite, combos);
			}
		}
	}
}
