package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jixiao validate FILE|DIR...}: parse, link and check .perf files. */
@Command(name = "validate", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE, description = "检查 .perf 文件并按 文件:行:列: 严重性: 消息 输出问题。 Check .perf files.")
public class PerfValidateCommand implements Callable<Integer> {

	public static final int EXIT_OK = 0;
	public static final int EXIT_ERRORS = 2;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = ".perf 文件或包含它们的目录。")
	private List<Path> inputs;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		PerfWorkspace workspace = PerfWorkspace.load(inputs);
		List<PerfProblem> problems = workspace.validate();
		problems.forEach(p -> out.println(p.format()));
		long errors = problems.stream().filter(PerfProblem::isError).count();
		long warnings = problems.stream().filter(p -> p.severity() == PerfProblem.Severity.WARNING).count();
		err.printf("检查了 %d 个文件：%d 个错误，%d 个警告。%n", workspace.fileCount(), errors, warnings);
		out.flush();
		err.flush();
		return errors > 0 ? EXIT_ERRORS : EXIT_OK;
	}
}
