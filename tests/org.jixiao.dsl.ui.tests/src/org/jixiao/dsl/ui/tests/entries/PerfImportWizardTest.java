// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.osgi.util.NLS;
import org.jixiao.dsl.ui.imports.PerfImportMessages;
import org.jixiao.dsl.ui.imports.PerfImportPlan;
import org.jixiao.dsl.ui.imports.PerfImportWizard;
import org.jixiao.dsl.ui.tests.PerfUiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 导入表格…: a piece of seed 004 becomes a .perf file in the workspace, with zero errors, opened in the editor. */
class PerfImportWizardTest {

	private IProject project;
	private WizardDialog dialog;

	@AfterEach
	void cleanUp() throws Exception {
		if (dialog != null) {
			dialog.close();
		}
		PerfUiTestSupport.closeEditorsAndDelete(project);
	}

	@Test
	void wizardImportsTheSeedTableShowsTheReportAndOpensTheFile() throws Exception {
		project = PerfUiTestSupport.project("import-wizard");
		IFolder folder = project.getFolder("imported");
		PerfImportWizard wizard = new PerfImportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		wizard.filesPage().setFiles(List.of(PerfEntriesTestSupport.resource(PerfEntriesTestSupport.TABLE)));
		wizard.filesPage().setFolder(folder); // does not exist yet: created on finish
		wizard.filesPage().setYear(2022); // the seed's project tables print no year
		assertThat(wizard.canFinish()).as("finish only after the report was shown").isFalse();

		dialog.showPage(wizard.reportPage());

		assertThat(wizard.canFinish()).isTrue();
		IFile expected = folder.getFile("xiguan-2022-vehicle-insurance.perf");
		List<String> rows = wizard.reportPage().shownRows();
		assertThat(rows.get(0)).contains(expected.getFullPath().toString());
		// the two lines before the table's title (第二部分, 预算项目绩效目标) are kept as comments and reported where they are
		assertThat(rows).anySatisfy(r -> assertThat(r).contains("第二部分")
				.contains(" | " + PerfImportMessages.severityWarning + " | " + NLS.bind(PerfImportMessages.positionLine, 1, 1) + " | "));

		assertThat(wizard.performFinish()).isTrue();

		assertThat(expected.exists()).isTrue();
		assertThat(PerfEntriesTestSupport.errors(expected)).isEmpty();
		String text = PerfEntriesTestSupport.contents(expected);
		// the seed's table: project code and name, the year given, its nine indicator rows
		assertThat(text).contains("project \"13030322P00397010008F\" \"车辆保险费\" year 2022");
		assertThat(PerfEntriesTestSupport.count(text, "indicator ")).isEqualTo(9);
		assertThat(text).contains("\"支付车辆保险费车辆数\"").contains("\"单位工作人员满意度\"");
		assertThat(((IFileEditorInput) PerfUiTestSupport.page().getActiveEditor().getEditorInput()).getFile()).isEqualTo(expected);
	}

	@Test
	void anExistingFileIsNeverReplacedAndAFileWithErrorsIsNotWritten(@TempDir Path temp) throws Exception {
		project = PerfUiTestSupport.project("import-plan");
		IFile existing = PerfUiTestSupport.file(project, "xiguan-2022-vehicle-insurance.perf", "// my edits\n");
		Path empty = Files.writeString(temp.resolve("empty.txt"), "");

		PerfImportPlan plan = PerfImportPlan.run(List.of(PerfEntriesTestSupport.resource(PerfEntriesTestSupport.TABLE), empty),
				project, 2022, null);

		assertThat(plan.entries()).hasSize(2);
		assertThat(plan.entries().get(0).target()).isEqualTo(project.getFile("xiguan-2022-vehicle-insurance-2.perf"));
		assertThat(plan.entries().get(1).importable()).isFalse();
		assertThat(plan.entries().get(1).result().report().get(0).message()).contains("文件为空");

		List<IFile> written = plan.write(null);

		assertThat(written).containsExactly(project.getFile("xiguan-2022-vehicle-insurance-2.perf"));
		assertThat(PerfEntriesTestSupport.contents(existing)).isEqualTo("// my edits\n");
		assertThat(project.getFile("empty.perf").exists()).isFalse();
		assertThat(PerfEntriesTestSupport.errors(written.get(0))).isEmpty();
	}
}
