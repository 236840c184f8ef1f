// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.dsl.ui.tests.workspace.PerfWorkspaceTestSupport.*;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.jixiao.dsl.ui.PerfIssueMarkers;
import org.jixiao.dsl.ui.builder.PerfBuilder;
import org.jixiao.dsl.ui.builder.PerfGeneratedForms;
import org.jixiao.dsl.ui.tests.PerfUiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builder on a project: markers in the Problems view (the seed mistakes at their lines, exact
 * counts on a hand-written file), forms generated into forms/ by the command line's generator,
 * nothing generated from a file with errors, and the forms kept in step with saves and deletions.
 */
class PerfBuilderTest {

	/** A project table with exactly two mistakes: 服务人次 without unit (line 7), 满意度 ≥ 100% (line 12). */
	static final String TWO_MISTAKES = """
			project "P001" "社区服务项目" year 2026 <
			    unit "示例单位"
			    budget 10.00 fiscal 10.00 other 0
			    purpose "保障社区服务"
			    plan < 3月底 25% 6月底 50% 10月底 75% 12月底 100% >
			    goal "提供社区服务" <
			        indicator 产出.数量 "服务人次" ≥ 500
			        indicator 产出.质量 "服务合格率" ≥ 95%
			        indicator 产出.时效 "资金支付及时率" ≥ 95%
			        indicator 产出.成本 "项目预算控制数" ≤ 10.00 万元
			        indicator 效益.社会效益 "服务覆盖面" "稳步扩大"
			        indicator 满意度.服务对象满意度 "服务对象满意度" ≥ 100%
			    >
			>
			""";

	/** The workbook ./jixiao generate names for that table: unit-year-form name. */
	static final String TWO_MISTAKES_FORM = "示例单位-2026-项目支出绩效目标表.xlsx";

	private IProject project;
	@RegisterExtension
	final PerfManualBuilds manualBuilds = new PerfManualBuilds();

	static Stream<Arguments> seedMistakes() {
		// the review findings in the seeds, at their lines in the transcriptions (as PerfSeedMistakesTest finds them)
		return Stream.of(Arguments.of("zhurong-2020-declaration.perf", 96, "perf.unachievable-100"),
				Arguments.of("zhurong-2020-declaration.perf", 94, "perf.yes-no-target"),
				Arguments.of("xiguan-2022-projects.perf", 38, "perf.rate-unit"),
				Arguments.of("xiguan-2022-projects.perf", 18, "perf.cost-not-amount"),
				Arguments.of("xiguan-2022-projects.perf", 14, "perf.boilerplate"),
				Arguments.of("dongxihu-approval-bureau.perf", 76, "perf.direction-comparator"),
				Arguments.of("dongxihu-approval-bureau.perf", 120, "perf.missing-unit"),
				Arguments.of("dongxihu-approval-bureau.perf", 152, "perf.missing-comparator"),
				Arguments.of("dongxihu-petition-bureau.perf", 31, "perf.fraction-percentage"),
				Arguments.of("dongxihu-petition-bureau.perf", 36, "perf.satisfaction-floor"),
				Arguments.of("dongxihu-petition-bureau.perf", 55, "perf.percent-over-100"),
				Arguments.of("qingling-2020-declaration.perf", 21, "perf.share-mismatch"),
				Arguments.of("qingling-2020-declaration.perf", 22, "perf.share-mismatch"),
				Arguments.of("hongshan-2020-department-selfeval.perf", 37, "perf.scored-without-actual"),
				Arguments.of("hongshan-2020-project-selfevals.perf", 186, "perf.cost-above-budget"));
	}

	@ParameterizedTest(name = "{0}:{1} {2}")
	@MethodSource("seedMistakes")
	void seedMistakesAreProblemsAtTheirLines(String example, int line, String code) throws Exception {
		project = manualBuilds.project("builder-seed");
		copyExamples(project);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);

		List<IMarker> markers = markers(project.getFile(example));
		String expected = line + " " + ("perf.boilerplate".equals(code) ? "info" : "warning") + " " + code;
		assertThat(describe(markers)).contains(expected);
	}

	@Test
	void examplesHaveNoErrorsAndEveryFormIsGenerated() throws Exception {
		project = manualBuilds.project("builder-examples");
		List<IFile> examples = copyExamples(project);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);

		for (IFile example : examples) {
			assertThat(describe(markers(example))).as(example.getName()).noneMatch(m -> m.contains(" error "));
		}
		IMarker satisfaction = markers(project.getFile("zhurong-2020-declaration.perf")).stream()
				.filter(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) == 96).findFirst().orElseThrow();
		assertThat(satisfaction.getAttribute(IMarker.MESSAGE, "")).contains("社区退休人员满意度", "≥ 100%", "= 100%");
		assertThat(satisfaction.getAttribute(IMarker.CHAR_END, 0)).isGreaterThan(satisfaction.getAttribute(IMarker.CHAR_START, 0));

		// the workbooks of ./jixiao generate examples/ (README, command line tests)
		assertThat(xlsx(project.getFolder("forms"))).containsExactlyInAnyOrder(
				"611001西关街道办事处部门西关街道办事处本级-2022-项目支出绩效目标表.xlsx",
				"中国共产党武汉市东西湖区委员会办公室-2025-部门整体支出绩效目标表.xlsx",
				"武汉市东西湖区信访局-2025-部门整体支出绩效目标表.xlsx",
				"武汉市东西湖区行政审批局-2025-部门整体支出绩效目标表.xlsx",
				"武汉市洪山区人民政府洪山街道办事处-2020-部门整体绩效自评表.xlsx",
				"武汉市洪山区人民政府洪山街道办事处-2020-项目支出绩效自评表.xlsx",
				"武汉市洪山区人民政府青菱街办事处-2020-部门整体支出绩效目标申报表.xlsx",
				"衡阳市南岳区祝融街道办事处-2020-部门整体支出绩效目标申报表.xlsx");
		// and its Word documents: the duty targets and a report draft per self-evaluation
		List<String> documents = docx(project.getFolder("forms"));
		assertThat(documents).hasSize(11).contains("西关街道办事处-2022-部门整体绩效目标.docx",
				"武汉市洪山区人民政府洪山街道办事处-2020-部门整体绩效自评报告.docx",
				"武汉市洪山区人民政府洪山街道办事处-2020-教育支出项目绩效自评报告.docx");
		IFile report = project.getFolder("forms").getFile("武汉市洪山区人民政府洪山街道办事处-2020-教育支出项目绩效自评报告.docx");
		assertThat(report.isDerived()).isTrue();
		assertThat(report.getPersistentProperty(PerfGeneratedForms.SOURCE))
				.isEqualTo("/builder-examples/hongshan-2020-project-selfevals.perf");
		try (InputStream in = report.getContents(); XWPFDocument word = new XWPFDocument(in)) {
			assertThat(word.getParagraphs().get(0).getText()).isEqualTo("武汉市洪山区人民政府洪山街道办事处2020年度教育支出项目绩效自评报告");
		}
		IFile qingling = project.getFolder("forms").getFile("武汉市洪山区人民政府青菱街办事处-2020-部门整体支出绩效目标申报表.xlsx");
		assertThat(cellTexts(qingling)).contains("洪山区青菱街2020年部门整体支出绩效目标申报表", "营商环境改善，重点引进项目落实");
		assertThat(qingling.isDerived()).isTrue();
		assertThat(qingling.getPersistentProperty(PerfGeneratedForms.SOURCE))
				.isEqualTo("/builder-examples/qingling-2020-declaration.perf");
	}

	@Test
	void exactlyTheMistakesOfAFileBecomeMarkers() throws Exception {
		project = manualBuilds.project("builder-count");
		IFile file = project.getFile("社区服务.perf");
		write(file, TWO_MISTAKES);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);

		assertThat(describe(markers(file))).containsExactly("7 warning perf.missing-unit",
				"12 warning perf.unachievable-100");
		assertThat(markers(file).get(0).getAttribute(IMarker.MESSAGE, "")).contains("服务人次", "没有单位");
		assertThat(xlsx(project.getFolder("forms"))).containsExactly(TWO_MISTAKES_FORM);
	}

	@Test
	void aFileWithErrorsIsNotGeneratedAndItsEarlierFormsStay() throws Exception {
		project = manualBuilds.project("builder-errors");
		IFile file = project.getFile("社区服务.perf");
		write(file, TWO_MISTAKES);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		IFile form = project.getFolder("forms").getFile(TWO_MISTAKES_FORM);
		byte[] before = Files.readAllBytes(form.getLocation().toFile().toPath());

		// 产出.品质 is no category of the framework: a linking error on line 8
		write(file, TWO_MISTAKES.replace("产出.质量 \"服务合格率\" ≥ 95%", "产出.品质 \"服务合格率\" ≥ 90%"));
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);

		assertThat(describe(markers(file))).containsExactly("7 warning perf.missing-unit",
				"8 error perf.unknown-category", "12 warning perf.unachievable-100");
		assertThat(xlsx(project.getFolder("forms"))).containsExactly(TWO_MISTAKES_FORM);
		assertThat(Files.readAllBytes(form.getLocation().toFile().toPath())).isEqualTo(before);
	}

	@Test
	void savingAFileRegeneratesItsFormsOnly() throws Exception {
		project = manualBuilds.project("builder-save");
		copyExamples(project);
		autoBuild(true);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		joinAutoBuild();
		IFolder forms = project.getFolder("forms");
		IFile zhurong = forms.getFile("衡阳市南岳区祝融街道办事处-2020-部门整体支出绩效目标申报表.xlsx");
		IFile qingling = forms.getFile("武汉市洪山区人民政府青菱街办事处-2020-部门整体支出绩效目标申报表.xlsx");
		long zhurongStamp = zhurong.getModificationStamp();
		assertThat(cellTexts(zhurong)).contains("≥100%");
		long qinglingStamp = qingling.getModificationStamp();

		// the analyst corrects 社区退休人员满意度 ≥100% to = 100% and saves
		IFile source = project.getFile("zhurong-2020-declaration.perf");
		String text = new String(source.getContents().readAllBytes(), source.getCharset());
		assertThat(text).contains("\"社区退休人员满意度\" ≥ 100%");
		write(source, text.replace("\"社区退休人员满意度\" ≥ 100%", "\"社区退休人员满意度\" = 100%"));
		joinAutoBuild();

		assertThat(zhurong.getModificationStamp()).isNotEqualTo(zhurongStamp);
		assertThat(qingling.getModificationStamp()).isEqualTo(qinglingStamp);
		assertThat(cellTexts(zhurong)).contains("社区退休人员满意度").doesNotContain("≥100%");
		assertThat(describe(markers(source))).noneMatch(m -> m.contains("perf.unachievable-100"));
	}

	@Test
	void removingAFileRemovesItsFormsAndCleanRemovesEverything() throws Exception {
		project = manualBuilds.project("builder-remove");
		IFile file = project.getFile("社区服务.perf");
		write(file, TWO_MISTAKES);
		IFile other = project.getFile("祝融.perf");
		write(other, new String(Files.readAllBytes(PerfUiTestSupport.seedExamplesDir().resolve("zhurong-2020-declaration.perf")),
				java.nio.charset.StandardCharsets.UTF_8));
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertThat(xlsx(project.getFolder("forms"))).containsExactly(TWO_MISTAKES_FORM,
				"衡阳市南岳区祝融街道办事处-2020-部门整体支出绩效目标申报表.xlsx");

		file.delete(true, null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		assertThat(xlsx(project.getFolder("forms"))).containsExactly("衡阳市南岳区祝融街道办事处-2020-部门整体支出绩效目标申报表.xlsx");

		project.build(IncrementalProjectBuilder.CLEAN_BUILD, PerfBuilder.ID, null, null);
		assertThat(xlsx(project.getFolder("forms"))).isEmpty();
		assertThat(project.findMarkers(PerfIssueMarkers.MARKER_TYPE, true, org.eclipse.core.resources.IResource.DEPTH_INFINITE))
				.isEmpty();
		assertThat(ResourcesPlugin.getWorkspace().getRoot().getProject("builder-remove").hasNature(
				org.jixiao.dsl.ui.builder.PerfNature.ID)).isTrue();
	}
}
