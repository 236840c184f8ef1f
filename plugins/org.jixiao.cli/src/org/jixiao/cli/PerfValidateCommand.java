// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jixiao.dsl.validation.PerfProfile;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jixiao validate [--format text|json] [--strict] [--profile NAME|FILE]... FILE|DIR...}. */
@Command(name = "validate", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE, description = "检查 .perf 文件并按 文件:行:列: 严重性: [代码] 消息 输出问题。 Check .perf files.")
public class PerfValidateCommand implements Callable<Integer> {

	/** Output formats. */
	public enum Format {
		text, json
	}

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = ".perf 文件或包含它们的目录。 .perf files or directories of them.")
	private List<Path> inputs;

	@Option(names = "--format", paramLabel = "text|json", description = "输出格式：text（默认）或 json。 Output format.")
	private Format format = Format.text;

	@Option(names = "--strict", description = "有警告时退出码为 1（无错误时）。 Exit 1 on warnings.")
	private boolean strict;

	@Mixin
	private PerfProfileOption profileOption = new PerfProfileOption();

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		PerfProfile profile = PerfInjector.get().getInstance(PerfProfile.class);
		if (!profileOption.apply(profile, err)) {
			return PerfCli.EXIT_USAGE;
		}
		try {
			// one document at a time: thousands of files in a small heap
			PerfWorkspace workspace = PerfWorkspace.scan(inputs);
			List<PerfProblem> problems = workspace.validate();
			if (format == Format.json) {
				out.println(json(problems));
			} else {
				problems.forEach(p -> out.println(p.format()));
			}
			long errors = problems.stream().filter(PerfProblem::isError).count();
			long warnings = problems.stream().filter(p -> p.severity() == PerfProblem.Severity.WARNING).count();
			long infos = problems.size() - errors - warnings;
			err.printf("检查了 %d 个文件：%d 个错误，%d 个警告，%d 条提示。%n", workspace.fileCount(), errors, warnings, infos);
			out.flush();
			err.flush();
			if (errors > 0) {
				return PerfCli.EXIT_ERRORS;
			}
			return strict && warnings > 0 ? PerfCli.EXIT_WARNINGS : PerfCli.EXIT_OK;
		} finally {
			profile.reset();
		}
	}

	private static String json(List<PerfProblem> problems) {
		JsonArray array = new JsonArray();
		for (PerfProblem problem : problems) {
			JsonObject object = new JsonObject();
			object.addProperty("file", problem.file());
			object.addProperty("line", problem.line());
			object.addProperty("column", problem.column());
			object.addProperty("severity", problem.severity().label());
			object.addProperty("code", problem.code());
			object.addProperty("message", problem.message());
			array.add(object);
		}
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array);
	}
}
