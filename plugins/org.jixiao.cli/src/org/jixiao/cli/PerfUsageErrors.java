// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot understand: the problem in Chinese with picocli's English message
 * beside it, then the usage of the command concerned, exit code {@link PerfCli#EXIT_USAGE}.
 */
final class PerfUsageErrors implements IParameterExceptionHandler {

	@Override
	public int handleParseException(ParameterException e, String[] args) {
		CommandLine commandLine = e.getCommandLine();
		PrintWriter err = commandLine.getErr();
		err.println("命令行参数有误：" + chinese(e, args) + " " + e.getMessage());
		if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
			err.println("是否要输入 / Did you mean: " + String.join("、", unmatched.getSuggestions()));
		}
		commandLine.usage(err);
		err.flush();
		return PerfCli.EXIT_USAGE;
	}

	/** What is wrong, in Chinese. */
	private static String chinese(ParameterException e, String[] args) {
		if (e instanceof MissingParameterException missing) {
			return missing(missing.getMissing(), args);
		}
		if (e instanceof UnmatchedArgumentException unmatched) {
			return unmatched(unmatched);
		}
		if (e instanceof OverwrittenOptionException overwritten) {
			return "选项 " + name(overwritten.getOverwritten()) + " 只能给出一次。";
		}
		if (e instanceof MaxValuesExceededException) {
			return "参数过多。";
		}
		if (e.getArgSpec() != null && e.getValue() != null) {
			return "“" + e.getValue() + "”不是 " + name(e.getArgSpec()) + " 的有效值。";
		}
		return "无法理解此命令行。";
	}

	private static String missing(List<ArgSpec> specs, String[] args) {
		List<String> parameters = new ArrayList<>();
		List<String> options = new ArrayList<>();
		List<String> values = new ArrayList<>();
		for (ArgSpec spec : specs) {
			if (spec instanceof OptionSpec option) {
				(given(option, args) ? values : options).add(option.longestName());
			} else {
				parameters.add(spec.paramLabel());
			}
		}
		List<String> parts = new ArrayList<>();
		if (!parameters.isEmpty()) {
			parts.add("缺少必需的参数 " + String.join("、", parameters) + "。");
		}
		if (!options.isEmpty()) {
			parts.add("缺少必需的选项 " + String.join("、", options) + "。");
		}
		if (!values.isEmpty()) {
			parts.add("选项 " + String.join("、", values) + " 后缺少值。");
		}
		return String.join("", parts);
	}

	/** Whether the option was written (so what is missing is its value). */
	private static boolean given(OptionSpec option, String[] args) {
		return Arrays.stream(args).anyMatch(arg -> Arrays.stream(option.names())
				.anyMatch(name -> arg.equals(name) || arg.startsWith(name + "=")));
	}

	private static String unmatched(UnmatchedArgumentException e) {
		List<String> unmatched = e.getUnmatched();
		String first = unmatched.isEmpty() ? "" : unmatched.get(0);
		if (first.startsWith("-")) {
			return "未知选项“" + first + "”。";
		}
		CommandLine commandLine = e.getCommandLine();
		boolean takesParameters = !commandLine.getCommandSpec().positionalParameters().isEmpty();
		if (!commandLine.getSubcommands().isEmpty() && !takesParameters) {
			return "未知命令“" + first + "”，可用的命令：" + String.join("、", commandLine.getSubcommands().keySet()) + "。";
		}
		return "多余的参数" + unmatched.stream().map(arg -> "“" + arg + "”").collect(Collectors.joining("")) + "。";
	}

	private static String name(ArgSpec spec) {
		return spec instanceof PositionalParamSpec ? spec.paramLabel() : ((OptionSpec) spec).longestName();
	}
}
