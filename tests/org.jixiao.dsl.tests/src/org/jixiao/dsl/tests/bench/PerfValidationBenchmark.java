// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.PerfStandaloneSetup;
import org.jixiao.model.Indicator;

import com.google.inject.Injector;

/**
 * Validation cost against parsing and linking, measured in the same run (docs/benchmarks.md).
 * Workloads: all of examples/ and a generated file of 5,000 indicators. In each of three JVMs
 * ({@code -Dforks=N}; 0 measures in the running one) and for each workload, after a warm-up of 20
 * seconds ({@code -DwarmUpSeconds=N}), the median of several rounds of (a) parse + link (Xtext's linking pass over every resource) and
 * (b) parse + validate (all checks; the validator runs the same linking pass first, as the CLI does);
 * validation's share is (b − a) / a, reported per JVM and as the median over the JVMs. Run from the
 * repository root:
 *
 * <pre>java -cp 'releng/org.jixiao.repository/target/repository/plugins/*:tests/org.jixiao.dsl.tests/target/classes' \
 *     org.jixiao.dsl.tests.bench.PerfValidationBenchmark [rounds]</pre>
 *
 * With {@code --issues} instead of a number of rounds it prints every issue of both workloads (position,
 * severity, code, message, data, object), to compare two builds.
 */
public final class PerfValidationBenchmark {

	/**
	 * The thread's CPU time is reported beside wall time: on a shared build machine other
	 * processes stretch wall time unevenly between the two measurements.
	 */
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final long WARM_UP_SECONDS = Long.getLong("warmUpSeconds", 20);

	/** JVMs measured one after the other ({@code -Dforks=N}); 0 measures in this JVM. */
	private static final int FORKS = Integer.getInteger("forks", 3);

	private static final String RESULT = "@result";

	private final Injector injector = new PerfStandaloneSetup().createInjectorAndDoEMFRegistration();

	public static void main(String[] args) throws IOException {
		PerfValidationBenchmark benchmark = new PerfValidationBenchmark();
		Map<String, String> examples = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(Path.of("examples"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".perf")).sorted().toList()) {
				examples.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		if (args.length > 0 && args[0].equals("--issues")) {
			// Every issue of both workloads, one a line: diffed between two builds, a speed-up must not change any.
			benchmark.printIssues(examples);
			benchmark.printIssues(Map.of("generated.perf", generate(5000)));
			return;
		}
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
		if (FORKS > 0) {
			runForks(rounds);
			return;
		}
		System.out.printf("Jixiao validation benchmark, %d rounds after %d s of warm-up per workload, Java %s%n", rounds,
				WARM_UP_SECONDS, System.getProperty("java.version"));
		for (Result result : List.of(benchmark.run("examples/ (" + examples.size() + " files)", examples, rounds),
				benchmark.run("generated (5000 indicators)", Map.of("generated.perf", generate(5000)), rounds))) {
			// one line per workload for the parent process when this JVM is one of several forks
			System.out.printf(Locale.ROOT, "%s %s %d %.3f %.3f %.3f %.3f%n", RESULT, result.label().replace(' ', '_'),
					result.indicators(), result.parseWall(), result.fullWall(), result.parseCpu(), result.fullCpu());
		}
	}

	/**
	 * Measures in several JVMs one after the other, as JMH forks do: the JIT compiles the rules differently
	 * from one JVM to the next: for the same jars one JVM's share on examples/ was 12%, another's 44%.
	 * Each fork's figures are printed, then the median share over the forks.
	 */
	private static void runForks(int rounds) throws IOException {
		System.out.printf("Jixiao validation benchmark, %d forks, each %d rounds after %d s of warm-up per workload, Java %s%n",
				FORKS, rounds, WARM_UP_SECONDS, System.getProperty("java.version"));
		Map<String, List<Result>> byWorkload = new LinkedHashMap<>();
		for (int fork = 1; fork <= FORKS; fork++) {
			System.out.printf("fork %d of %d:%n", fork, FORKS);
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-DwarmUpSeconds=" + WARM_UP_SECONDS, "-Dforks=0", "-cp", System.getProperty("java.class.path"),
					PerfValidationBenchmark.class.getName(), String.valueOf(rounds)).redirectError(ProcessBuilder.Redirect.INHERIT)
					.start();
			try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					if (line.startsWith(RESULT)) {
						String[] f = line.split(" ");
						byWorkload.computeIfAbsent(f[1].replace('_', ' '), k -> new ArrayList<>())
								.add(new Result(f[1].replace('_', ' '), Integer.parseInt(f[2]), Double.parseDouble(f[3]),
										Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6])));
					} else if (!line.startsWith("Jixiao")) {
						System.out.println("  " + line);
					}
				}
			}
			try {
				if (process.waitFor() != 0) {
					throw new IllegalStateException("fork " + fork + " failed with exit code " + process.exitValue());
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		System.out.println("Median over the forks of validation's share of parse + link (target ≤ 50%):");
		for (Map.Entry<String, List<Result>> workload : byWorkload.entrySet()) {
			List<Double> wall = workload.getValue().stream().map(r -> share(r.parseWall(), r.fullWall())).sorted().toList();
			List<Double> cpu = workload.getValue().stream().map(r -> share(r.parseCpu(), r.fullCpu())).sorted().toList();
			System.out.printf("  %-30s wall time %3.0f%% (forks: %s), thread CPU time %3.0f%% (forks: %s)%n", workload.getKey(),
					wall.get(wall.size() / 2), percents(wall), cpu.get(cpu.size() / 2), percents(cpu));
		}
	}

	private static double share(double parse, double full) {
		return 100 * (full - parse) / parse;
	}

	private static String percents(List<Double> shares) {
		return String.join(" ", shares.stream().map(v -> String.format(Locale.ROOT, "%.0f%%", v)).toList());
	}

	/** Medians in milliseconds of one workload in one JVM. */
	private record Result(String label, int indicators, double parseWall, double fullWall, double parseCpu, double fullCpu) {
	}

	/** A project file with the given number of indicators, 10 per project table, some with mistakes. */
	public static String generate(int indicators) {
		StringBuilder text = new StringBuilder();
		String[] rows = { "indicator 产出.数量 \"开展活动%d\" ≥ %d 次", "indicator 产出.质量 \"验收合格率%d\" ≥ 9%d%%",
				"indicator 产出.时效 \"按时完成率%d\" = 100%%", "indicator 产出.成本 \"项目经费%d\" ≤ %d 万元",
				"indicator 效益.社会效益 \"服务保障能力%d\" \"明显提升\"", "indicator 效益.经济效益 \"节支率%d\" ≥ %d%%",
				"indicator 效益.环境效益 \"节能降耗%d\" \"持续改善\"", "indicator 效益.可持续影响 \"长效机制%d\" 是",
				"indicator 产出.时效 \"响应时间%d\" ≥ %d 小时", "indicator 满意度.服务对象满意度 \"群众满意度%d\" ≥ 9%d%%" };
		int projects = (indicators + rows.length - 1) / rows.length;
		int written = 0;
		for (int p = 0; p < projects; p++) {
			text.append("project \"P").append(p).append("\" \"项目").append(p).append("\" year 2025 <\n")
					.append("    unit \"某街道办事处\"\n    budget 20 fiscal 20\n    purpose \"保障运转\"\n")
					.append("    plan < 3月底 25% 6月底 50% 10月底 75% 12月底 100% >\n")
					.append("    goal \"目标").append(p).append("\" <\n");
			for (int r = 0; r < rows.length && written < indicators; r++, written++) {
				text.append("        ").append(String.format(rows[r], p, (p % 9) + 1)).append('\n');
			}
			text.append("    >\n>\n");
		}
		return text.toString();
	}

	private Result run(String label, Map<String, String> files, int rounds) throws IOException {
		int indicators = countIndicators(files);
		// Warm up by time, not by a count of rounds: the rules run a few hundred times a round against the
		// parser's millions of steps, so after a handful of rounds the JIT has compiled the parser and not yet
		// the rules, and each run of the JVM measured a different mix of compiled and interpreted rule code.
		long warmUpEnd = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
		while (System.nanoTime() < warmUpEnd) {
			parseAndLink(files);
			validate(files);
		}
		List<long[]> parse = new ArrayList<>();
		List<long[]> full = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			settle();
			parse.add(parseAndLink(files));
			settle();
			full.add(validate(files));
		}
		System.out.printf("%s: %d indicators%n", label, indicators);
		report("wall time", median(parse, 0), median(full, 0), indicators);
		report("CPU time of the benchmark thread", median(parse, 1), median(full, 1), indicators);
		return new Result(label, indicators, median(parse, 0), median(full, 0), median(parse, 1), median(full, 1));
	}

	/**
	 * Collects the previous round's garbage before the next measurement: otherwise the collection of
	 * what (b) left behind lands in the following (a), and the other way round.
	 */
	private static void settle() {
		System.gc();
	}

	private static void report(String clock, double parseMs, double fullMs, int indicators) {
		double validationMs = fullMs - parseMs;
		double per1000 = 1000.0 / indicators;
		System.out.printf("  %s:%n", clock);
		System.out.printf("    parse + link            %8.1f ms  (%6.1f ms per 1,000 indicators)%n", parseMs, parseMs * per1000);
		System.out.printf("    parse + link + validate %8.1f ms  (%6.1f ms per 1,000 indicators)%n", fullMs, fullMs * per1000);
		System.out.printf("    validation adds         %8.1f ms  (%6.1f ms per 1,000 indicators) = %.0f%% of parse + link (target ≤ 50%%)%n",
				validationMs, validationMs * per1000, 100 * validationMs / parseMs);
	}

	private int countIndicators(Map<String, String> files) throws IOException {
		XtextResourceSet set = load(files);
		int count = 0;
		for (Resource resource : set.getResources()) {
			count += EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Indicator.class).size();
		}
		return count;
	}

	/** Wall and thread CPU nanoseconds of parse + link. */
	private long[] parseAndLink(Map<String, String> files) throws IOException {
		long start = System.nanoTime();
		long cpuStart = THREADS.getCurrentThreadCpuTime();
		XtextResourceSet set = load(files);
		for (Resource resource : new ArrayList<>(set.getResources())) {
			EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		}
		return new long[] { System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpuStart };
	}

	/** Wall and thread CPU nanoseconds of parse + validate. */
	private long[] validate(Map<String, String> files) throws IOException {
		long start = System.nanoTime();
		long cpuStart = THREADS.getCurrentThreadCpuTime();
		XtextResourceSet set = load(files);
		// The validator links each resource first, as in ./jixiao validate: linking is counted once.
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		int issues = 0;
		for (Resource resource : new ArrayList<>(set.getResources())) {
			issues += validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).size();
		}
		if (issues < 0) {
			throw new IllegalStateException();
		}
		return new long[] { System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpuStart };
	}

	private void printIssues(Map<String, String> files) throws IOException {
		XtextResourceSet set = load(files);
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		for (Resource resource : new ArrayList<>(set.getResources())) {
			for (Issue i : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				System.out.println(resource.getURI().lastSegment() + ":" + i.getLineNumber() + ":" + i.getColumn() + "-"
						+ i.getLineNumberEnd() + ":" + i.getColumnEnd() + " @" + i.getOffset() + "+" + i.getLength() + " "
						+ i.getSeverity() + " [" + i.getCode() + "] " + i.getMessage() + " " + java.util.Arrays.toString(i.getData())
						+ " " + i.getUriToProblem());
			}
		}
	}

	private XtextResourceSet load(Map<String, String> files) throws IOException {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		for (Map.Entry<String, String> file : files.entrySet()) {
			Resource resource = set.createResource(URI.createURI("memory:/" + file.getKey()));
			resource.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		}
		return set;
	}

	/** Median in milliseconds of one clock (0 wall, 1 CPU) over the rounds. */
	private static double median(List<long[]> values, int clock) {
		List<Long> sorted = values.stream().map(v -> v[clock]).sorted().toList();
		return sorted.get(sorted.size() / 2) / 1e6;
	}
}
