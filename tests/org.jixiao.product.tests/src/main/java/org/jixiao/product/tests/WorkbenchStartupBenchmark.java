// SPDX-License-Identifier: EPL-2.0
package org.jixiao.product.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Startup benchmark of the workbench (docs/benchmarks.md), not a test: starts the materialised
 * product N times as {@code ./jixiao workbench FILE} does, each time with a new workspace and an
 * example to open, and reports the median time from starting the process to the window being shown
 * (the product prints a line then), the time the application measured from JVM start, and the time
 * to open the example. Baseline in the same run: a JVM opening a bare SWT window of the same size
 * with the product's SWT ({@link BareSwtWindow}). One unmeasured start of each comes first (the
 * first start after a build also writes the OSGi cache).
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1440x900x24" java -cp tests/org.jixiao.product.tests/target/classes \
 *     org.jixiao.product.tests.WorkbenchStartupBenchmark 7 [JVM options for the product …]
 * </pre>
 */
public final class WorkbenchStartupBenchmark {

	private static final Pattern OPENED = Pattern.compile("in editor (\\S+) \\((\\d+) ms\\)");
	private static final Pattern BARE = Pattern.compile("bare window shown in (\\d+) ms");

	private WorkbenchStartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
		List<String> vmArgs = new ArrayList<>(List.of("-Djixiao.closeAfterStartup=true"));
		vmArgs.addAll(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
		Path product = Path.of(System.getProperty("jixiao.product.dir",
				"releng/org.jixiao.product/target/products/org.jixiao.product/linux/gtk/x86_64/jixiao")).toAbsolutePath();
		Path example = Path.of(System.getProperty("jixiao.example", "examples/qingling-2020-declaration.perf")).toAbsolutePath();
		System.out.printf("Jixiao workbench startup, %d rounds after one warm-up, Java %s, product JVM options %s%n",
				rounds, System.getProperty("java.version"), vmArgs.subList(1, vmArgs.size()));

		try (XDisplay display = XDisplay.acquire()) {
			List<long[]> jixiao = new ArrayList<>();
			List<long[]> bare = new ArrayList<>();
			for (int round = 0; round <= rounds; round++) {
				long[] workbench = startWorkbench(product, display.name(), example, vmArgs);
				long[] baseline = startBareWindow(product, display.name());
				if (round > 0) {
					jixiao.add(workbench);
					bare.add(baseline);
				}
			}
			long window = median(jixiao, 0);
			long reported = median(jixiao, 1);
			long open = median(jixiao, 2);
			long baseWindow = median(bare, 0);
			System.out.printf("launch to window shown   jixiao %6d ms   bare SWT window %6d ms   ratio %.1f%n", window,
					baseWindow, (double) window / baseWindow);
			System.out.printf("JVM start to window (as the application reports it) %d ms (bare window %d ms)%n",
					reported, median(bare, 1));
			System.out.printf("opening the example in the editor after the window is shown %d ms%n", open);
		}
	}

	/** {launch to window, reported since JVM start, opening the file} in ms. */
	private static long[] startWorkbench(Path product, String display, Path example, List<String> vmArgs)
			throws Exception {
		Path workspace = Files.createTempDirectory("jixiao-bench-ws");
		try {
			ProductRun run = ProductRun.start(product, display, workspace, vmArgs, List.of(example.toString()));
			Optional<Integer> exit = run.waitForExit(300, TimeUnit.SECONDS);
			String output = String.join("\n", run.lines());
			Matcher started = ProductRun.STARTED.matcher(output);
			Matcher opened = OPENED.matcher(output);
			if (exit.isEmpty() || exit.get() != 0 || !started.find() || !opened.find()) {
				throw new IllegalStateException("the workbench did not start and open the example:\n" + output);
			}
			return new long[] { run.launchToStartedMillis(), Long.parseLong(started.group(1)),
					Long.parseLong(opened.group(2)) };
		} finally {
			delete(workspace);
		}
	}

	/** {launch to window, reported since JVM start} in ms. */
	private static long[] startBareWindow(Path product, String display) throws Exception {
		Path swt;
		try (Stream<Path> files = Files.list(product.resolve("plugins"))) {
			swt = files.filter(f -> f.getFileName().toString().startsWith("org.eclipse.swt.gtk.linux.x86_64_")).findFirst()
					.orElseThrow();
		}
		String classes = Path.of(BareSwtWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", swt + ":" + classes, BareSwtWindow.class.getName()).redirectErrorStream(true);
		builder.environment().put("DISPLAY", display);
		long launched = System.nanoTime();
		Process process = builder.start();
		long shown = -1;
		long reported = -1;
		try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
			for (String line; (line = in.readLine()) != null;) {
				Matcher matcher = BARE.matcher(line);
				if (matcher.find()) {
					shown = (System.nanoTime() - launched) / 1_000_000;
					reported = Long.parseLong(matcher.group(1));
				}
			}
		}
		if (!process.waitFor(60, TimeUnit.SECONDS) || shown < 0) {
			throw new IllegalStateException("the bare SWT window did not show");
		}
		return new long[] { shown, reported };
	}

	private static long median(List<long[]> values, int index) {
		long[] sorted = values.stream().mapToLong(v -> v[index]).sorted().toArray();
		return sorted[sorted.length / 2];
	}

	private static void delete(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
