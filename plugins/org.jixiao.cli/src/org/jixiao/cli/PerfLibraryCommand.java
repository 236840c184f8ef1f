// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.jixiao.dsl.io.PerfAtomicFiles;
import org.jixiao.dsl.library.PerfIndicatorLibrary;
import org.jixiao.dsl.library.PerfIndicatorRanking;
import org.jixiao.dsl.library.extract.PerfLibraryExtractor;
import org.jixiao.dsl.library.PerfRankedEntry;
import org.jixiao.model.Level1Category;
import org.jixiao.model.LibraryEntry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao library search|stats|extract}: the indicator library (指标库) on the command line. */
@Command(name = "library", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
		description = "指标库：检索推荐指标、统计、从已填报的表格整理指标库。 The indicator library.",
		subcommands = { PerfLibraryCommand.Search.class, PerfLibraryCommand.Stats.class,
				PerfLibraryCommand.Extract.class })
public class PerfLibraryCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/** Library entries visible with the project files (if any) loaded. */
	static List<LibraryEntry> entries(PerfWorkspace workspace) {
		return workspace.injector().getInstance(PerfIndicatorLibrary.class).entries(workspace.resourceSet());
	}

	static String category(LibraryEntry entry) {
		return ((Level1Category) entry.getCategory().eContainer()).getName() + "." + entry.getCategory().getName();
	}

	@Command(name = "search", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
			description = "按词语检索推荐指标，按相关程度排序。 Search entries by words.")
	static class Search implements Callable<Integer> {

		@Parameters(paramLabel = "TEXT", description = "检索词，如 信访、培训次数。 Words to search for.")
		private String text;

		@Option(names = "--category", paramLabel = "一级.二级", description = "只列出此类别，如 产出.数量。 Only this category.")
		private String category;

		@Option(names = "--project", paramLabel = "DIR", description = "同时使用此目录中的 .perf 指标库。 Also the library files of this directory.")
		private List<Path> project = new ArrayList<>();

		@Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "最多列出的条数（默认 ${DEFAULT-VALUE}）。 Most entries to list.")
		private int limit;

		@Spec
		private CommandSpec spec;

		@Override
		public Integer call() {
			PrintWriter out = spec.commandLine().getOut();
			PerfWorkspace workspace = PerfWorkspace.load(project);
			List<LibraryEntry> candidates = entries(workspace).stream()
					.filter(e -> category == null || category.equals(category(e))).toList();
			List<PerfRankedEntry> ranked = new PerfIndicatorRanking().rank(candidates, text).stream()
					.filter(r -> r.score() > 0 || r.entry().getName().contains(text)).limit(limit).toList();
			for (PerfRankedEntry r : ranked) {
				LibraryEntry e = r.entry();
				out.printf("%s\t%s\t%s\t%s\t%s%n", category(e), e.getName(), PerfLibraryFormat.valueForm(e),
						String.join("、", e.getTags()), r.explanation());
			}
			spec.commandLine().getErr().printf("找到 %d 条（共 %d 条）。%n", ranked.size(), candidates.size());
			return ranked.isEmpty() ? 1 : 0;
		}
	}

	@Command(name = "stats", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
			description = "指标库统计：按类别与工作类型计数。 Counts by category and tag.")
	static class Stats implements Callable<Integer> {

		@Option(names = "--project", paramLabel = "DIR", description = "同时使用此目录中的 .perf 指标库。 Also the library files of this directory.")
		private List<Path> project = new ArrayList<>();

		@Spec
		private CommandSpec spec;

		@Override
		public Integer call() {
			PrintWriter out = spec.commandLine().getOut();
			List<LibraryEntry> entries = entries(PerfWorkspace.load(project));
			out.printf("推荐指标共 %d 条%n", entries.size());
			out.println("按类别：");
			Map<String, Long> byCategory = entries.stream()
					.collect(Collectors.groupingBy(PerfLibraryCommand::category, TreeMap::new, Collectors.counting()));
			byCategory.forEach((k, v) -> out.printf("  %s\t%d%n", k, v));
			out.println("按工作类型：");
			Map<String, Long> byTag = entries.stream().flatMap(e -> e.getTags().stream())
					.collect(Collectors.groupingBy(t -> t, TreeMap::new, Collectors.counting()));
			byTag.forEach((k, v) -> out.printf("  %s\t%d%n", k, v));
			return 0;
		}
	}

	@Command(name = "extract", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
			description = "从已填报的 .perf 表格整理指标库（每个指标框架一个文件）。 Build library files from forms.")
	static class Extract implements Callable<Integer> {

		@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "已填报的 .perf 文件或目录。 Filled-in .perf files or directories.")
		private List<Path> inputs;

		@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "输出目录。 Output directory.")
		private Path output;

		@Option(names = "--name", paramLabel = "NAME", defaultValue = "本地指标", description = "指标库名称（默认 ${DEFAULT-VALUE}）。 Library name.")
		private String name;

		@Option(names = "--title", paramLabel = "TITLE", defaultValue = "由已填报表格整理的推荐指标", description = "指标库全称。 Library title.")
		private String title;

		@Spec
		private CommandSpec spec;

		@Override
		public Integer call() throws IOException {
			PrintWriter out = spec.commandLine().getOut();
			PerfWorkspace workspace = PerfWorkspace.load(inputs);
			List<PerfProblem> errors = workspace.validate().stream().filter(PerfProblem::isError).toList();
			if (!errors.isEmpty()) {
				errors.forEach(p -> out.println(p.format()));
				return PerfCli.EXIT_ERRORS;
			}
			Map<String, String> files = workspace.injector().getInstance(PerfLibraryExtractor.class)
					.extract(workspace.documents(), workspace::issues, name, title);
			for (Map.Entry<String, String> file : files.entrySet()) {
				Path target = output.resolve("indicators-" + file.getKey() + ".perf");
				try {
					PerfAtomicFiles.write(target, file.getValue().getBytes(StandardCharsets.UTF_8));
				} catch (IOException e) {
					spec.commandLine().getErr().println("无法写入 " + target + "：" + e.getMessage());
					return PerfCli.EXIT_IO;
				}
				out.println(target);
			}
			return 0;
		}
	}
}
