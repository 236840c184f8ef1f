// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.jixiao.dsl.ui.selfeval.PerfProfileDialog;
import org.jixiao.dsl.ui.selfeval.PerfSelfEvalMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring profile of a new self-evaluation: shipped ones, or a region's own file. */
class PerfProfileDialogTest {

	private PerfProfileDialog dialog;

	@BeforeEach
	void create() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		dialog = new PerfProfileDialog(shell, "社区服务.perf");
		dialog.setBlockOnOpen(false);
		dialog.create();
	}

	@AfterEach
	void close() {
		dialog.close();
	}

	@Test
	void theShippedProfilesAreOfferedWuhanFirst() {
		assertThat(dialog.choices()).hasSize(2);
		assertThat(dialog.choices().get(0)).startsWith("wuhan2020 — ");
		assertThat(dialog.choices().get(1)).startsWith("central — ");
		assertThat(dialog.profile().name()).isEqualTo("wuhan2020");
	}

	@Test
	void aRegionsOwnFileIsAddedAndChosen(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("我区.scoring.properties");
		Files.writeString(file, """
				# 我区：预算执行 20，产出 40，效益 30，满意度 10
				name = woqu
				title = 我区项目支出绩效自评
				budget = 20
				sections = 产出:40, 效益:30, 满意度:10
				""", StandardCharsets.UTF_8);

		assertThat(dialog.useFile(file)).isNull();

		assertThat(dialog.choices()).hasSize(3).contains("woqu — 我区项目支出绩效自评");
		assertThat(dialog.profile().name()).isEqualTo("woqu");
		assertThat(dialog.profile().title()).isEqualTo("我区项目支出绩效自评");
		assertThat(dialog.problemText()).isEmpty();
	}

	@Test
	void aMalformedFileIsRefusedWithFileAndLineInChinese(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("坏.scoring.properties");
		Files.writeString(file, """
				name = bad
				budget = 20
				section = 产出:40, 效益:30, 满意度:10
				""", StandardCharsets.UTF_8);

		String problem = dialog.useFile(file);

		String intro = PerfSelfEvalMessages.profileFileInvalid.substring(0, PerfSelfEvalMessages.profileFileInvalid.indexOf("{0}"));
		assertThat(problem).startsWith(intro).contains(file.toString() + ":3:", "评分配置有误", "未知的键“section”");
		assertThat(dialog.problemText()).isEqualTo(problem);
		assertThat(dialog.choices()).hasSize(2);
		assertThat(dialog.profile().name()).isEqualTo("wuhan2020");
	}

	@Test
	void theRefusalIsChineseInTheChineseWorkbench() {
		ResourceBundle chinese = ResourceBundle.getBundle("org.jixiao.dsl.ui.selfeval.messages", Locale.CHINESE,
				PerfProfileDialog.class.getClassLoader());
		assertThat(chinese.getString("profileFileInvalid")).isEqualTo("无法使用此评分配置文件：{0}");
		assertThat(chinese.getString("profileFile")).isEqualTo("从文件选择(&F)...");
	}

	@Test
	void aFileOfWrongTotalsNamesItsLine(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("多.scoring.properties");
		Files.writeString(file, "name = many\nbudget = 20\nsections = 产出:50, 效益:30, 满意度:10\n", StandardCharsets.UTF_8);

		assertThat(dialog.useFile(file)).contains(file.toString() + ":3:", "110", "应为 100");
		assertThat(dialog.profile().name()).isEqualTo("wuhan2020");
	}
}
