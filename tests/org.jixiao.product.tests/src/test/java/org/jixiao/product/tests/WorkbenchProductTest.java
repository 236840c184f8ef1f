// SPDX-License-Identifier: EPL-2.0
package org.jixiao.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the built product the way {@code ./jixiao workbench FILE} does and checks what an analyst
 * would see: the window titled 绩效 Jixiao in the Jixiao perspective (project explorer, outline,
 * problems), the file open in the .perf editor inside a project named after its folder, Chinese
 * texts by default and English with {@code -nl en}, a clean exit with nothing logged as an error.
 */
class WorkbenchProductTest {

	private static final long START_TIMEOUT_SECONDS = 240;
	private static final Pattern ERROR_ENTRY = Pattern.compile("(?m)^!ENTRY \\S+ 4 ");

	private static XDisplay display;

	@BeforeAll
	static void display() throws IOException {
		display = XDisplay.acquire();
	}

	@AfterAll
	static void closeDisplay() throws InterruptedException {
		display.close();
	}

	@Test
	void opensAFileInTheJixiaoPerspective(@TempDir Path temp) throws Exception {
		Path folder = Files.createDirectories(temp.resolve("洪山区青菱街"));
		Path declaration = copyExample("qingling-2020-declaration.perf", folder);
		Path sibling = copyExample("zhurong-2020-declaration.perf", folder);
		Path workspace = temp.resolve("workspace");

		ProductRun run = ProductRun.start(ProductRun.productDir(), display.name(), workspace,
				List.of("-Djixiao.closeAfterStartup=true", "-Djixiao.reportLabels=true"), List.of(declaration.toString()));
		Optional<Integer> exit = run.waitForExit(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		String output = String.join("\n", run.lines());
		assertThat(exit).as("exit code; output:%n%s", output).contains(0);

		Matcher started = ProductRun.STARTED.matcher(output);
		assertThat(started.find()).as("started line in:%n%s", output).isTrue();
		assertThat(started.group(2)).isEqualTo("绩效 Jixiao");
		assertThat(started.group(3)).isEqualTo("org.jixiao.rcp.perspective");
		assertThat(List.of(started.group(4).split(","))).contains("org.eclipse.ui.navigator.ProjectExplorer",
				"org.eclipse.ui.views.ContentOutline", "org.eclipse.ui.views.ProblemView");
		assertThat(output).as("Chinese texts by default").contains("工作台已启动");
		assertChineseLabels(run.lines());
		assertThat(output).contains("opened " + declaration + " as /洪山区青菱街/qingling-2020-declaration.perf"
				+ " in editor org.jixiao.dsl.ui.PerfEditor");

		// the project lives in the workspace, links both files of the folder and has the .perf nature
		String project = Files.readString(workspace.resolve("洪山区青菱街/.project"), StandardCharsets.UTF_8);
		assertThat(project).contains("<nature>org.jixiao.dsl.ui.perfNature</nature>")
				.contains("<location>" + declaration + "</location>").contains("<location>" + sibling + "</location>");
		// the analyst's folder receives nothing and the files are unchanged
		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files.map(f -> f.getFileName().toString()).sorted())
					.containsExactly("qingling-2020-declaration.perf", "zhurong-2020-declaration.perf");
		}
		assertThat(Files.readString(declaration)).isEqualTo(Files.readString(examples().resolve(declaration.getFileName())));
		assertNoErrorsLogged(workspace);
	}

	/** Started through the download's launch script, with its option for English. */
	@Test
	void englishWhenAskedFor(@TempDir Path temp) throws Exception {
		Path workspace = temp.resolve("workspace");
		ProductRun run = ProductRun.startScript(ProductRun.productDir(), display.name(), workspace,
				List.of("-Djixiao.closeAfterStartup=true", "-Djixiao.reportLabels=true"), List.of("--nl", "en"));
		Optional<Integer> exit = run.waitForExit(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		String output = String.join("\n", run.lines());
		assertThat(exit).as("exit code; output:%n%s", output).contains(0);
		assertThat(output).contains("jixiao: workbench started in").doesNotContain("工作台已启动");
		assertThat(output).contains("window \"绩效 Jixiao\", perspective org.jixiao.rcp.perspective");
		assertEnglishLabels(run.lines());
		assertNoErrorsLogged(workspace);
	}

	/**
	 * The platform's texts too are Chinese (the project's NL fragments): menus with their submenus,
	 * views, the Problems view's columns, preference pages and wizard buttons; one Other… per menu.
	 */
	private static void assertChineseLabels(List<String> lines) {
		List<String> menus = labels(lines, "menu");
		assertThat(menus).contains("文件", "编辑", "窗口", "帮助", "文件/新建", "文件/保存", "文件/全部保存", "文件/退出",
				"编辑/撤销", "编辑/查找/替换…", "窗口/显示视图", "窗口/首选项", "帮助/关于 绩效 Jixiao",
				"窗口/显示视图/项目资源管理器", "窗口/显示视图/大纲", "窗口/显示视图/问题", "窗口/显示视图/其他…",
				"文件/新建/其他…");
		// names of line endings (Windows (CRLF …), Unix (LF …)) are technical and stay as they are
		assertThat(menus.stream().filter(menu -> !menu.startsWith("文件/转换行分隔符为/")))
				.allSatisfy(menu -> assertThat(menu.replace("Jixiao", "").replace(".perf", ""))
						.as("English in menu %s", menu).doesNotContainPattern("[A-Za-z]{3,}"));
		assertOneOther(menus, "文件/新建/", "其他…");
		assertOneOther(menus, "窗口/显示视图/", "其他…");
		assertThat(labels(lines, "view")).contains("项目资源管理器", "大纲", "问题");
		assertThat(labels(lines, "column")).contains("描述", "资源", "路径", "位置", "类型");
		assertThat(labels(lines, "preferences")).contains("常规", "常规/工作区", "常规/外观", "常规/编辑器", "绩效 Jixiao");
		assertThat(labels(lines, "button")).containsExactly("< 上一步", "下一步 >", "完成", "取消", "确定");
	}

	/** With -nl en the fragments (only _zh files) change nothing: the platform's English throughout. */
	private static void assertEnglishLabels(List<String> lines) {
		List<String> menus = labels(lines, "menu");
		assertThat(menus).contains("File", "Edit", "Window", "Help", "File/New", "Window/Show View",
				"Window/Show View/Project Explorer", "Window/Show View/Outline", "Window/Show View/Problems",
				"Window/Show View/Other...", "File/New/Other...");
		assertThat(menus).allSatisfy(menu -> assertThat(menu.replace("绩效", "")).as("Chinese in menu %s", menu)
				.doesNotContainPattern("\\p{IsHan}"));
		assertOneOther(menus, "File/New/", "Other...");
		assertThat(labels(lines, "view")).contains("Project Explorer", "Outline", "Problems");
		assertThat(labels(lines, "column")).contains("Description", "Resource", "Path", "Location", "Type");
		assertThat(labels(lines, "preferences")).contains("General", "General/Workspace", "General/Appearance");
		assertThat(labels(lines, "button")).containsExactly("< Back", "Next >", "Finish", "Cancel", "OK");
	}

	private static void assertOneOther(List<String> menus, String submenu, String other) {
		assertThat(menus.stream().filter(m -> m.startsWith(submenu) && m.indexOf('/', submenu.length()) < 0)
				.filter(m -> m.endsWith("其他…") || m.endsWith("Other...")))
				.as("Other… in %s of %s", submenu, menus).containsExactly(submenu + other);
	}

	/** The texts the product printed as {@code jixiao: label KIND TEXT} (org.jixiao.rcp.JixiaoLabelReport). */
	private static List<String> labels(List<String> lines, String kind) {
		String prefix = "jixiao: label " + kind + " ";
		return lines.stream().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length())).toList();
	}

	private static void assertNoErrorsLogged(Path workspace) throws IOException {
		Path log = workspace.resolve(".metadata/.log");
		if (Files.exists(log)) {
			String text = Files.readString(log, StandardCharsets.UTF_8);
			assertThat(ERROR_ENTRY.matcher(text).find()).as("errors in %s:%n%s", log, text).isFalse();
		}
	}

	private static Path examples() {
		return Path.of(System.getProperty("jixiao.examples.dir")).toAbsolutePath().normalize();
	}

	private static Path copyExample(String name, Path folder) throws IOException {
		return Files.copy(examples().resolve(name), folder.resolve(name));
	}
}
