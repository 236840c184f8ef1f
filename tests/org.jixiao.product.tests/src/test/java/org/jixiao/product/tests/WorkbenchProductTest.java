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
				List.of("-Djixiao.closeAfterStartup=true"), List.of(declaration.toString()));
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

	@Test
	void englishWhenAskedFor(@TempDir Path temp) throws Exception {
		Path workspace = temp.resolve("workspace");
		ProductRun run = ProductRun.start(ProductRun.productDir(), display.name(), workspace,
				List.of("-Djixiao.closeAfterStartup=true"), List.of("-nl", "en"));
		Optional<Integer> exit = run.waitForExit(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		String output = String.join("\n", run.lines());
		assertThat(exit).as("exit code; output:%n%s", output).contains(0);
		assertThat(output).contains("jixiao: workbench started in").doesNotContain("工作台已启动");
		assertThat(output).contains("window \"绩效 Jixiao\", perspective org.jixiao.rcp.perspective");
		assertNoErrorsLogged(workspace);
	}

	@Test
	void archiveHoldsARunnableProduct() throws Exception {
		Path archive = Path.of(System.getProperty("jixiao.product.archive"));
		assertThat(archive).isRegularFile();
		Process tar = new ProcessBuilder("tar", "tzf", archive.toString()).redirectErrorStream(true).start();
		List<String> entries;
		try (var in = tar.getInputStream()) {
			entries = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
		}
		assertThat(tar.waitFor()).isZero();
		assertThat(entries).contains("jixiao/configuration/config.ini");
		for (String bundle : List.of("org.eclipse.equinox.launcher_", "org.eclipse.swt.gtk.linux.x86_64_",
				"org.jixiao.rcp_", "org.jixiao.dsl.ui_", "org.jixiao.forms_", "wrapped.org.apache.poi.poi-ooxml_")) {
			assertThat(entries).as(bundle).anyMatch(e -> e.startsWith("jixiao/plugins/" + bundle));
		}
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
