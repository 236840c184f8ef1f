// SPDX-License-Identifier: EPL-2.0
package org.jixiao.product.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One start of the materialised Jixiao product, as {@code ./jixiao workbench} does it:
 * {@code java -jar plugins/org.eclipse.equinox.launcher_*.jar -data WORKSPACE [FILE]} in the product
 * folder. Collects the output lines and times when the "workbench started" line arrives.
 */
public final class ProductRun {

	/** The line the application prints once its window is shown (org.jixiao.rcp.JixiaoStartup). */
	public static final Pattern STARTED = Pattern
			.compile("workbench started in (\\d+) ms: window \"([^\"]*)\", perspective (\\S+), views (\\S*)");

	private final Process process;
	private final long launchedNanos;
	private final List<String> lines = new ArrayList<>();
	private final Thread reader;
	private volatile long startedNanos = -1;

	private ProductRun(Process process, long launchedNanos) {
		this.process = process;
		this.launchedNanos = launchedNanos;
		this.reader = new Thread(this::read, "product output");
		reader.setDaemon(true);
		reader.start();
	}

	/** The product folder: system property {@code jixiao.product.dir} (set by the build). */
	public static Path productDir() {
		String dir = System.getProperty("jixiao.product.dir");
		if (dir == null) {
			throw new IllegalStateException("system property jixiao.product.dir (the materialised product) is not set");
		}
		return Path.of(dir).toAbsolutePath().normalize();
	}

	public static Path launcherJar(Path product) throws IOException {
		try (Stream<Path> files = Files.list(product.resolve("plugins"))) {
			return files.filter(f -> f.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow(() -> new IllegalStateException("no launcher jar in " + product));
		}
	}

	/**
	 * Starts the product. {@code vmArgs} go before {@code -jar} (e.g. {@code -Djixiao.closeAfterStartup=true}),
	 * {@code args} after {@code -data WORKSPACE} (e.g. {@code -nl en}, files to open).
	 */
	public static ProductRun start(Path product, String display, Path workspace, List<String> vmArgs, List<String> args)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Dfile.encoding=UTF-8");
		command.addAll(vmArgs);
		command.add("-jar");
		command.add(launcherJar(product).toString());
		command.add("-data");
		command.add(workspace.toString());
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).directory(product.toFile()).redirectErrorStream(true);
		builder.environment().put("DISPLAY", display);
		long launched = System.nanoTime();
		return new ProductRun(builder.start(), launched);
	}

	/**
	 * Starts the product through its launch script, as a user of the download does:
	 * {@code jixiao-workbench --workspace WORKSPACE ARGS} with {@code vmArgs} in JIXIAO_JAVA_OPTS and
	 * this JVM's Java as JAVA_HOME.
	 */
	public static ProductRun startScript(Path product, String display, Path workspace, List<String> vmArgs,
			List<String> args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(product.resolve("jixiao-workbench").toString());
		command.add("--workspace");
		command.add(workspace.toString());
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("DISPLAY", display);
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("JIXIAO_JAVA_OPTS", String.join(" ", vmArgs));
		long launched = System.nanoTime();
		return new ProductRun(builder.start(), launched);
	}

	private void read() {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line; (line = in.readLine()) != null;) {
				synchronized (lines) {
					if (startedNanos < 0 && STARTED.matcher(line).find()) {
						startedNanos = System.nanoTime();
					}
					lines.add(line);
					lines.notifyAll();
				}
			}
		} catch (IOException e) {
			synchronized (lines) {
				lines.add("(output not readable: " + e.getMessage() + ")");
			}
		}
	}

	/** Waits for the process to end; its exit code, or empty if it was still running and has been killed. */
	public Optional<Integer> waitForExit(long timeout, TimeUnit unit) throws InterruptedException {
		if (process.waitFor(timeout, unit)) {
			reader.join(TimeUnit.SECONDS.toMillis(10)); // the rest of the output
			return Optional.of(process.exitValue());
		}
		process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		return Optional.empty();
	}

	/** The first output line the pattern finds something in, waiting up to the timeout. */
	public Optional<Matcher> awaitLine(Pattern pattern, long timeout, TimeUnit unit) throws InterruptedException {
		long end = System.nanoTime() + unit.toNanos(timeout);
		synchronized (lines) {
			int seen = 0;
			while (true) {
				for (; seen < lines.size(); seen++) {
					Matcher matcher = pattern.matcher(lines.get(seen));
					if (matcher.find()) {
						return Optional.of(matcher);
					}
				}
				long left = end - System.nanoTime();
				if (left <= 0 || !process.isAlive() && seen == lines.size()) {
					return Optional.empty();
				}
				TimeUnit.NANOSECONDS.timedWait(lines, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
			}
		}
	}

	/** Milliseconds from starting the process to the "workbench started" line, or -1 if it did not come. */
	public long launchToStartedMillis() {
		return startedNanos < 0 ? -1 : (startedNanos - launchedNanos) / 1_000_000;
	}

	public List<String> lines() {
		synchronized (lines) {
			return List.copyOf(lines);
		}
	}

	public void kill() {
		process.destroyForcibly();
	}
}
