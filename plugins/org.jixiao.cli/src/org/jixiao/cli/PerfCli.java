// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** Entry point of the {@code jixiao} command line. */
// INHERIT: every subcommand also takes --help and --version (jixiao generate --help).
@Command(name = "jixiao", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "Jixiao 0.1.0",
		description = "绩效：预算绩效目标的检查与生成。 Jixiao: check and generate budget performance targets.",
		exitCodeOnInvalidInput = PerfCli.EXIT_USAGE)
public class PerfCli implements Runnable {

	// Exit codes shared by all commands; above 2 they follow sysexits.h.
	/** Nothing to report (or only warnings without --strict). */
	public static final int EXIT_OK = 0;
	/** validate --strict: warnings but no errors. */
	public static final int EXIT_WARNINGS = 1;
	/** A source has errors, so nothing was written. */
	public static final int EXIT_ERRORS = 2;
	/** A command line that cannot be understood. */
	public static final int EXIT_USAGE = 64;
	/** The output file exists and --force was not given. */
	public static final int EXIT_EXISTS = 73;
	/** Reading or writing a file failed. */
	public static final int EXIT_IO = 74;

	private static final String USAGE_TEXTS = "org.jixiao.cli.usage";

	/**
	 * The subcommands, in the order of the help. picocli builds a command's model by reflection
	 * when it is added: a command line that starts with a subcommand's name gets only that one
	 * (start-up time, docs/benchmarks.md), any other (help, an unknown name) gets all of them.
	 */
	static final List<Class<?>> SUBCOMMANDS = List.of(PerfValidateCommand.class, PerfGenerateCommand.class,
			PerfFormatCommand.class, PerfImportCommand.class, PerfLibraryCommand.class, PerfSelfEvalCommand.class);

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	public static void main(String[] args) {
		useSimpleLogging();
		useReflectiveInjection();
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
		System.exit(execute(out, err, args));
	}

	/** POI logs through log4j-api; without a provider it would print a warning on every run. */
	static void useSimpleLogging() {
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
	}

	/**
	 * A command runs once: Guice injecting by reflection, without generating classes per bound
	 * type and without recording each binding's stack trace, starts faster (docs/benchmarks.md).
	 * Xtext intercepts no methods, so nothing needs the generated classes.
	 */
	static void useReflectiveInjection() {
		System.setProperty("guice_bytecode_gen_option", "DISABLED");
		System.setProperty("guice_include_stack_traces", "OFF");
	}

	/** Runs one command line with the given output streams and returns its exit code. */
	public static int execute(PrintWriter out, PrintWriter err, String... args) {
		CommandLine commandLine = commandLine(args);
		commandLine.setOut(out);
		commandLine.setErr(err);
		int exitCode = commandLine.execute(args);
		out.flush();
		err.flush();
		return exitCode;
	}

	/**
	 * The command line for these arguments, with Jixiao's texts and usage errors; without arguments,
	 * or when the first one names no subcommand, with every subcommand.
	 */
	public static CommandLine commandLine(String... args) {
		CommandLine commandLine = new CommandLine(new PerfCli());
		String first = args.length > 0 ? args[0] : null;
		boolean named = SUBCOMMANDS.stream().anyMatch(c -> name(c).equals(first));
		for (Class<?> subcommand : SUBCOMMANDS) {
			if (!named || name(subcommand).equals(first)) {
				commandLine.addSubcommand(subcommand);
			}
		}
		// picocli's own texts (headings, --help and --version) in Chinese with English beside
		commandLine.setResourceBundle(ResourceBundle.getBundle(USAGE_TEXTS, Locale.ROOT, PerfCli.class.getClassLoader()));
		commandLine.setParameterExceptionHandler(new PerfUsageErrors());
		commandLine.setExecutionStrategy(PerfCli::runUnlessUnmatched);
		return commandLine;
	}

	/**
	 * With --help picocli shows the usage even when an argument was not understood (jixiao
	 * frobnicate --help): such a command line is refused like any other that is not understood.
	 */
	private static int runUnlessUnmatched(ParseResult parseResult) {
		for (ParseResult command = parseResult; command != null; command = command.subcommand()) {
			if (!command.unmatched().isEmpty()) {
				throw new UnmatchedArgumentException(command.commandSpec().commandLine(), command.unmatched());
			}
		}
		return new CommandLine.RunLast().execute(parseResult);
	}

	private static String name(Class<?> subcommand) {
		return subcommand.getAnnotation(Command.class).name();
	}
}
