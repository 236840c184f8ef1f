// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.jixiao.dsl.formatting2.PerfDocumentFormatter;
import org.jixiao.dsl.io.PerfAtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao format [--check] FILE|DIR...}: rewrite .perf files in the canonical layout. */
@Command(name = "format", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
		description = "按规范版式重排 .perf 文件（只改空白与换行）。 Rewrite .perf files in the canonical layout.")
public class PerfFormatCommand implements Callable<Integer> {

	/** With --check: some file is not in the canonical layout. */
	public static final int EXIT_NOT_FORMATTED = 1;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = ".perf 文件或包含它们的目录。 .perf files or directories of them.")
	private List<Path> inputs;

	@Option(names = "--check", description = "只检查不改写；有文件需要重排时退出码为 1。 Only check.")
	private boolean check;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		PerfWorkspace workspace = PerfWorkspace.load(inputs);
		PerfDocumentFormatter formatter = workspace.injector().getInstance(PerfDocumentFormatter.class);
		boolean errors = false;
		boolean unwritten = false;
		int changed = 0;
		for (PerfProblem problem : workspace.inputProblems()) {
			out.println(problem.format());
			errors = true;
		}
		for (Map.Entry<Resource, String> entry : workspace.resources().entrySet()) {
			XtextResource resource = (XtextResource) entry.getKey();
			String name = entry.getValue();
			if (!resource.getErrors().isEmpty()) {
				var error = resource.getErrors().get(0);
				out.println(name + ":" + error.getLine() + ":" + error.getColumn() + ": error: 有语法错误，未重排："
						+ error.getMessage());
				errors = true;
				continue;
			}
			Path file = Path.of(resource.getURI().toFileString());
			String original = Files.readString(file, StandardCharsets.UTF_8);
			String formatted = formatter.format(resource);
			if (!formatted.equals(original)) {
				changed++;
				if (check) {
					out.println(name + ": 需要重排 (not formatted)");
				} else {
					try {
						PerfAtomicFiles.write(file, formatted.getBytes(StandardCharsets.UTF_8));
						out.println(name + ": 已重排 (formatted)");
					} catch (IOException e) {
						out.println(name + ":1:1: error: 无法写入，文件未改动 (cannot write, file unchanged)：" + e.getMessage());
						changed--;
						unwritten = true;
					}
				}
			}
		}
		err.printf("%d 个文件中 %d 个%s。%n", workspace.fileCount(), changed, check ? "需要重排" : "已重排");
		if (unwritten) {
			return PerfCli.EXIT_IO;
		}
		if (errors) {
			return PerfCli.EXIT_ERRORS;
		}
		return check && changed > 0 ? EXIT_NOT_FORMATTED : PerfCli.EXIT_OK;
	}
}
