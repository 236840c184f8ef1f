// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jixiao.cli.PerfCli;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Usage help and usage errors in Chinese with English beside, for the top level and every
 * subcommand, including picocli's own headings and messages.
 */
class PerfCliHelpTest extends PerfCliCommandTest {

	/** Every command of the hierarchy, as typed after {@code jixiao} ("" for the top level). */
	static Stream<String> commands() {
		List<String> names = new ArrayList<>();
		collect(PerfCli.commandLine(), "", names);
		return names.stream();
	}

	private static void collect(CommandLine commandLine, String prefix, List<String> names) {
		names.add(prefix.strip());
		commandLine.getSubcommands().forEach((name, sub) -> collect(sub, prefix + name + " ", names));
	}

	private static String[] args(String command, String... more) {
		List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
		args.addAll(List.of(more));
		return args.toArray(String[]::new);
	}

	@Test
	void everyCommandIsCovered() {
		assertThat(commands()).contains("", "validate", "generate", "layouts", "format", "import", "library", "library search",
				"library stats", "library extract", "selfeval", "selfeval new", "selfeval score", "lsp");
	}

	@ParameterizedTest
	@MethodSource("commands")
	void helpIsChineseWithEnglishBeside(String command) {
		assertThat(run(args(command, "--help"))).isZero();

		assertThat(out).contains(("用法 / Usage: jixiao " + command).strip())
				.contains("选项 / Options:")
				.containsPattern("--help\\s+显示此帮助并退出。").containsPattern("--version\\s+显示版本并退出。");
		assertThat(err).isEmpty();
		CommandSpec spec = spec(command);
		if (!spec.positionalParameters().isEmpty()) {
			assertThat(out).contains("参数 / Parameters:");
		}
		if (!spec.subcommands().isEmpty()) {
			assertThat(out).contains("命令 / Commands:");
		}
	}

	@ParameterizedTest
	@MethodSource("commands")
	void everyDescriptionIsChineseThenEnglish(String command) {
		CommandSpec spec = spec(command);
		assertThat(spec.usageMessage().description()).allSatisfy(PerfCliHelpTest::assertChineseThenEnglish);
		List<ArgSpec> args = new ArrayList<>(spec.positionalParameters());
		spec.options().stream().filter(o -> !o.usageHelp() && !o.versionHelp()).forEach(args::add);
		for (ArgSpec arg : args) {
			assertThat(String.join(" ", arg.description())).as(arg.toString()).satisfies(PerfCliHelpTest::assertChineseThenEnglish);
		}
	}

	/** Chinese text followed by English words (after the last Chinese character). */
	private static void assertChineseThenEnglish(String text) {
		assertThat(text).matches("(?s).*\\p{IsHan}[^\\p{IsHan}]*[A-Za-z]{4,}[^\\p{IsHan}]*");
	}

	private static CommandSpec spec(String command) {
		CommandLine commandLine = PerfCli.commandLine();
		for (String name : args(command)) {
			commandLine = commandLine.getSubcommands().get(name);
		}
		return commandLine.getCommandSpec();
	}

	@Test
	void missingParameterIsExplainedInChineseWithPicocliMessage() {
		assertThat(run("validate")).isEqualTo(PerfCli.EXIT_USAGE);

		assertThat(err).contains("命令行参数有误：缺少必需的参数 FILE|DIR。")
				.contains("Missing required parameter")
				.contains("用法 / Usage: jixiao validate");
		assertThat(out).isEmpty();
	}

	@Test
	void missingOptionValueNamesTheOption() {
		String example = PerfTestSupport.examplesDir().resolve("qingling-2020-declaration.perf").toString();

		assertThat(run("generate", example, "--output")).isEqualTo(PerfCli.EXIT_USAGE);

		assertThat(err).contains("选项 --output 后缺少值。").contains("用法 / Usage: jixiao generate");
	}

	@Test
	void requiredOptionIsNamed() {
		String example = PerfTestSupport.examplesDir().toString();

		assertThat(run("library", "extract", example)).isEqualTo(PerfCli.EXIT_USAGE);

		assertThat(err).contains("缺少必需的选项 --output。").contains("Missing required option");
	}

	@Test
	void unmatchedArgumentIsExplainedInChinese() {
		assertThat(run("library", "search", "信访", "多余")).isEqualTo(PerfCli.EXIT_USAGE);

		assertThat(err).contains("命令行参数有误：多余的参数“多余”。")
				.contains("Unmatched argument")
				.contains("用法 / Usage: jixiao library search");
	}

	@Test
	void unknownOptionIsExplainedInChinese() {
		assertThat(run("validate", "--frobnicate", PerfTestSupport.examplesDir().toString()))
				.isEqualTo(PerfCli.EXIT_USAGE);

		assertThat(err).contains("未知选项“--frobnicate”。").contains("Unknown option");
	}

	@Test
	void unknownCommandNamesTheKnownOnes() {
		assertThat(run("frobnicate")).isEqualTo(PerfCli.EXIT_USAGE);

		assertThat(err).contains("未知命令“frobnicate”，可用的命令：validate、generate、layouts、format、import、library、selfeval、lsp。");
	}

	@Test
	void unknownCommandWithHelpIsAnErrorNotTheUsage() {
		assertThat(run("frobnicate", "--help")).isEqualTo(PerfCli.EXIT_USAGE);

		assertThat(err).contains("未知命令“frobnicate”，可用的命令：validate、generate、layouts、format、import、library、selfeval、lsp。");
		assertThat(out).isEmpty();
	}

	@Test
	void unknownSubcommandWithHelpNamesTheSubcommands() {
		assertThat(run("selfeval", "frobnicate", "--help")).isEqualTo(PerfCli.EXIT_USAGE);

		assertThat(err).contains("未知命令“frobnicate”，可用的命令：new、score。");
		assertThat(out).isEmpty();
	}
}
