// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.jixiao.dsl.io.PerfVisibleText;
import org.jixiao.dsl.validation.PerfIssueCodes;

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
	/** An internal error (a bug of Jixiao): reported in one line, the details in a log file. */
	public static final int EXIT_SOFTWARE = 70;

	/** What the user can do when the heap is not enough: more memory for Java, or fewer files at a time. */
	static final String OUT_OF_MEMORY = "内存不足，运行中止，没有写入任何不完整的文件：请给 Java 更多内存后重试，如 "
			+ "JIXIAO_JAVA_OPTS=-Xmx2g ./jixiao …，或每次处理较少的文件。 (out of memory, stopped; no partial file written: "
			+ "give Java more memory, e.g. JIXIAO_JAVA_OPTS=-Xmx2g, or process fewer files at a time)";

	private static final String USAGE_TEXTS = "org.jixiao.cli.usage";

	/**
	 * The subcommands, in the order of the help. picocli builds a command's model by reflection
	 * when it is added: a command line that starts with a subcommand's name gets only that one
	 * (start-up time, docs/benchmarks.md), any other (help, an unknown name) gets all of them.
	 */
	static final List<Class<?>> SUBCOMMANDS = List.of(PerfValidateCommand.class, PerfGenerateCommand.class,
			PerfLayoutsCommand.class, PerfFormatCommand.class, PerfImportCommand.class, PerfLibraryCommand.class,
			PerfSelfEvalCommand.class, PerfMonitorCommand.class, PerfReviewCommand.class, PerfDiffCommand.class,
			PerfNextYearCommand.class, PerfLspCommand.class);

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

	/**
	 * POI logs through log4j-api; without a provider it would print a warning on every run. Its
	 * messages are for developers (a damaged workbook's XML error with a stack trace, a write on a full disk): the command
	 * answers every failure with its own line, so they are not printed unless asked for with
	 * {@code -Dorg.apache.logging.log4j.simplelog.level=…}.
	 */
	static void useSimpleLogging() {
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
			System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
		}
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
		int exitCode;
		try {
			CommandLine commandLine = commandLine(args);
			commandLine.setOut(out);
			commandLine.setErr(err);
			commandLine.setExecutionExceptionHandler((e, line, parseResult) -> failed(err, line.getCommandName(), e));
			exitCode = commandLine.execute(args);
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			// picocli hands on errors (and failures before a command runs) as they are
			exitCode = failed(err, "jixiao", e);
		}
		out.flush();
		err.flush();
		return exitCode;
	}

	/**
	 * What escaped a command: never a stack trace on the terminal. A file that could not be read or
	 * written is the user's to fix; anything else is a bug, reported with a log of the details.
	 */
	private static int failed(PrintWriter err, String command, Throwable e) {
		String where = "jixiao".equals(command) ? "jixiao" : "jixiao " + command;
		Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
		if (cause instanceof IOException io) {
			err.println(where + ": error: [" + PerfIssueCodes.INPUT + "] 文件读写失败 (I/O error)："
					+ PerfVisibleText.escape(io.getMessage()));
			err.flush();
			return EXIT_IO;
		}
		if (outOfMemory(cause)) {
			err.println(where + ": error: [" + PerfIssueCodes.INTERNAL + "] " + OUT_OF_MEMORY);
			err.flush();
			return EXIT_SOFTWARE;
		}
		err.println(where + ": error: [" + PerfIssueCodes.INTERNAL + "] "
				+ PerfVisibleText.escape(PerfInternalError.text(cause)));
		err.flush();
		return EXIT_SOFTWARE;
	}

	/** Also when it is the cause of another failure (a class that could not be initialised, say). */
	private static boolean outOfMemory(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof OutOfMemoryError) {
				return true;
			}
		}
		return false;
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
