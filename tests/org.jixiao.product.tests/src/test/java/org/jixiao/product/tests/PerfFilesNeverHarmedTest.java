// SPDX-License-Identifier: EPL-2.0
package org.jixiao.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files are never harmed (docs/reliability.md, "Files never harmed"): {@code generate}, {@code format},
 * {@code import} and the workbench editor's save, each in a process of its own, killed with SIGKILL
 * ({@link Process#destroyForcibly()}) at points drawn from a seeded random (several per command; the
 * seed is in every failure message, {@code -Djixiao.kill.seed=N} repeats a run). After every kill each
 * target is byte for byte either its old or its new complete file, and the only other files beside
 * them are the hidden temporary files of the writes that were killed ({@code .NAME.HEX.tmp}), which
 * the next run removes. Also: four {@code generate} runs into one folder at once, and a full disk.
 */
class PerfFilesNeverHarmedTest {

	private static final long SEED = Long.getLong("jixiao.kill.seed", 20_261_207L);
	private static final int KILLS = Integer.getInteger("jixiao.kills", 4);

	/** A temporary file of {@code PerfAtomicFiles}: hidden, the start of the file's name, a random number. */
	private static final Pattern LEFTOVER = Pattern.compile("\\.(.+)\\.[0-9a-f]{16}\\.tmp");

	/** The progress line of each file written: generate and import {@code [i/n] …}, format {@code NAME: 已重排 …}. */
	private static final Pattern PROGRESS = Pattern.compile("^\\[\\d+/\\d+\\] .*|.*: 已重排 .*");

	private final Random random = new Random(SEED);

	@Test
	void killedGenerateLeavesEachWorkbookOldOrNew(@TempDir Path temp) throws Exception {
		Path forms = temp.resolve("forms");
		List<String> args = List.of("generate", PerfCliProcess.examples().toString(), "-o", forms.toString());
		PerfCliProcess.Run full = PerfCliProcess.run(List.of(), "generate", PerfCliProcess.examples().toString(), "-o",
				temp.resolve("expected").toString());
		assertThat(full.exitCode()).as(full.err()).isZero();
		Map<String, byte[]> fresh = contents(temp.resolve("expected"));
		Map<String, byte[]> old = rotated(fresh);

		killRepeatedly(args, forms, old, fresh, full.millis());

		for (String name : fresh.keySet()) {
			assertOpens(forms.resolve(name));
		}
	}

	@Test
	void killedFormatLeavesEachSourceOldOrNew(@TempDir Path temp) throws Exception {
		Path sources = temp.resolve("sources");
		Path expected = temp.resolve("expected");
		Map<String, byte[]> old = new TreeMap<>();
		// three copies of every example, indented with spaces where format writes tabs: each file is rewritten
		for (int copy = 0; copy < 3; copy++) {
			for (Path example : PerfCorpus.examples(PerfCliProcess.examples())) {
				String text = Files.readString(example, StandardCharsets.UTF_8).replaceAll("(?m)^\\t+", "  ");
				old.put(copy + "-" + example.getFileName(), text.getBytes(StandardCharsets.UTF_8));
			}
		}
		restore(expected, old);
		PerfCliProcess.Run full = PerfCliProcess.run(List.of(), "format", expected.toString());
		assertThat(full.exitCode()).as(full.err()).isZero();
		Map<String, byte[]> fresh = contents(expected);
		assertThat(fresh.keySet()).isEqualTo(old.keySet());
		assertThat(fresh).allSatisfy((name, bytes) -> assertThat(bytes).as(name).isNotEqualTo(old.get(name)));

		killRepeatedly(List.of("format", sources.toString()), sources, old, fresh, full.millis());
	}

	@Test
	void killedImportLeavesEachPerfFileOldOrNew(@TempDir Path temp) throws Exception {
		Path inputs = Files.createDirectories(temp.resolve("inputs"));
		List<String> names = new ArrayList<>();
		try (Stream<Path> files = Files.list(PerfCliProcess.examples().resolve("import"))) {
			for (Path input : files.sorted().toList()) {
				for (int copy = 0; copy < 6; copy++) {
					Path copied = Files.copy(input, inputs.resolve(copy + "-" + input.getFileName()));
					names.add(copied.toString());
				}
			}
		}
		Path expected = temp.resolve("expected");
		List<String> full = new ArrayList<>(List.of("import", "-o", expected.toString()));
		full.addAll(names);
		PerfCliProcess.Run run = PerfCliProcess.run(List.of(), full.toArray(String[]::new));
		assertThat(run.exitCode()).as(run.err()).isZero();
		Map<String, byte[]> fresh = contents(expected);
		assertThat(fresh).hasSize(names.size());

		Path out = temp.resolve("out");
		List<String> args = new ArrayList<>(List.of("import", "--force", "-o", out.toString()));
		args.addAll(names);
		killRepeatedly(args, out, rotated(fresh), fresh, run.millis());
	}

	/**
	 * The editor's save of a local file is {@code PerfSavedText.save}: the workbench cannot run
	 * headless in a child process, so the same code runs in a plain JVM on the product's bundles and
	 * is killed while it saves a long document again and again.
	 */
	@Test
	void killedSaveLeavesTheDocumentOldOrNew(@TempDir Path temp) throws Exception {
		Path file = temp.resolve("analyst").resolve("社区服务.perf");
		String text = PerfCorpus.examples(PerfCliProcess.examples()).stream().map(PerfFilesNeverHarmedTest::read)
				.reduce("", String::concat);
		byte[] old = ("// 上次保存\n" + text).getBytes(StandardCharsets.UTF_8);
		byte[] fresh = ("// 这次保存\n" + text).getBytes(StandardCharsets.UTF_8);
		Path newText = Files.write(temp.resolve("new.txt"), fresh);
		Map<String, byte[]> olds = Map.of(file.getFileName().toString(), old);
		Map<String, byte[]> news = Map.of(file.getFileName().toString(), fresh);
		String classPath = String.join(":", bundle("org.jixiao.dsl.ui"), bundle("org.jixiao.dsl"), childClasses());
		List<String> command = List.of(PerfCliProcess.java(), "-cp", classPath, PerfSaveChild.class.getName(),
				file.toString(), newText.toString(), "50");

		long full = timed(command);
		for (int kill = 0; kill < KILLS; kill++) {
			restore(file.getParent(), olds);
			long delay = random.nextLong(full + 1);
			Process child = new ProcessBuilder(command).redirectOutput(Redirect.DISCARD).redirectError(Redirect.DISCARD)
					.start();
			Thread.sleep(delay);
			child.destroyForcibly();
			assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertOldOrNew(file.getParent(), olds, news, "save killed after " + delay + " ms");
		}
		assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
		assertThat(contents(file.getParent())).containsOnlyKeys(file.getFileName().toString());
		assertThat(Files.readAllBytes(file)).isEqualTo(fresh);
	}

	@Test
	void fourGenerateRunsIntoOneFolderAtOnceLeaveCompleteWorkbooks(@TempDir Path temp) throws Exception {
		PerfCliProcess.Run full = PerfCliProcess.run(List.of(), "generate", PerfCliProcess.examples().toString(), "-o",
				temp.resolve("expected").toString());
		assertThat(full.exitCode()).as(full.err()).isZero();
		Map<String, byte[]> fresh = contents(temp.resolve("expected"));
		Path forms = temp.resolve("forms");
		restore(forms, rotated(fresh));

		List<Process> runs = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			runs.add(new ProcessBuilder(PerfCliProcess.command(List.of(),
					List.of("generate", PerfCliProcess.examples().toString(), "-o", forms.toString())))
					.redirectOutput(Redirect.DISCARD).redirectError(temp.resolve("err-" + i + ".txt").toFile()).start());
		}
		for (int i = 0; i < runs.size(); i++) {
			assertThat(runs.get(i).waitFor(10, TimeUnit.MINUTES)).isTrue();
			assertThat(runs.get(i).exitValue()).as(Files.readString(temp.resolve("err-" + i + ".txt"))).isZero();
		}

		Map<String, byte[]> written = contents(forms);
		assertThat(written.keySet()).isEqualTo(fresh.keySet());
		for (String name : fresh.keySet()) {
			assertThat(written.get(name)).as(name).isEqualTo(fresh.get(name));
			assertOpens(forms.resolve(name));
		}
	}

	/**
	 * A full disk, simulated without root by a file size limit ({@code ulimit -f} of bash, in KiB: the
	 * same failure on write as a full disk, midway through a file): the workbooks that do not fit
	 * (with POI's temporary files, the larger ones) are reported in words, keep their earlier content
	 * and leave no temporary file; the others are written.
	 */
	@Test
	void fullDiskIsReportedAndEarlierWorkbooksStay(@TempDir Path temp) throws Exception {
		PerfCliProcess.Run full = PerfCliProcess.run(List.of(), "generate", PerfCliProcess.examples().toString(), "-o",
				temp.resolve("expected").toString());
		assertThat(full.exitCode()).as(full.err()).isZero();
		Map<String, byte[]> fresh = contents(temp.resolve("expected"));
		Map<String, byte[]> old = rotated(fresh);
		Path forms = temp.resolve("forms");
		restore(forms, old);
		List<String> java = PerfCliProcess.command(List.of("-XX:-UsePerfData"),
				List.of("generate", PerfCliProcess.examples().toString(), "-o", forms.toString()));
		List<String> command = new ArrayList<>(List.of("/bin/bash", "-c", "ulimit -f 40 && exec \"$@\"", "bash"));
		command.addAll(java);

		PerfCliProcess.Run run = PerfCliProcess.run(new ProcessBuilder(command));

		assertThat(run.exitCode()).as(run.err()).isEqualTo(74);
		assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
		Map<String, byte[]> after = contents(forms);
		assertThat(after.keySet()).as("no temporary file left").isEqualTo(fresh.keySet());
		int kept = 0;
		for (String name : fresh.keySet()) {
			String refused = forms.resolve(name) + ":1:1: error: [perf.input] 无法写入，未生成此表格 (cannot write)："
					+ "磁盘已满（或超过文件大小上限），未写入，原有文件不变";
			if (Arrays.equals(after.get(name), fresh.get(name))) {
				assertThat(run.err()).as(name + " written").doesNotContain(refused);
			} else {
				kept++;
				assertThat(after.get(name)).as(name + " neither written nor kept").isEqualTo(old.get(name));
				assertThat(run.err()).as(name + " reported").contains(refused);
			}
		}
		assertThat(kept).as("workbooks that did not fit").isGreaterThan(0).isLessThan(fresh.size());
		assertThat(run.err()).contains(kept + " 个表格未能生成");
	}

	/**
	 * Kills the command {@link #KILLS} times, each time on the old files; checks each time that every
	 * target is old or new and nothing else is there but leftovers; then runs it to its end: every
	 * file new, and the leftovers gone.
	 */
	private void killRepeatedly(List<String> args, Path targets, Map<String, byte[]> old, Map<String, byte[]> fresh,
			long fullMillis) throws Exception {
		for (int kill = 0; kill < KILLS; kill++) {
			restore(targets, old);
			String when = killSomewhere(args, fullMillis, fresh.size());
			assertOldOrNew(targets, old, fresh, args.get(0) + " killed " + when);
		}
		PerfCliProcess.Run run = PerfCliProcess.run(List.of(), args.toArray(String[]::new));
		assertThat(run.exitCode()).as(run.err()).isZero();
		Map<String, byte[]> after = contents(targets);
		assertThat(after.keySet()).as("no temporary file left after a complete run").isEqualTo(fresh.keySet());
		for (String name : fresh.keySet()) {
			assertThat(after.get(name)).as(name).isEqualTo(fresh.get(name));
		}
	}

	/**
	 * Starts the command and kills it: either after a random time within a full run's length, or
	 * (to hit the writes, which are a short part of a run) a few milliseconds after a random number
	 * of files were written. Says when, with the seed.
	 */
	private String killSomewhere(List<String> args, long fullMillis, int files) throws Exception {
		Process process = new ProcessBuilder(PerfCliProcess.command(List.of(), args)).redirectError(Redirect.DISCARD)
				.start();
		AtomicInteger written = new AtomicInteger();
		Thread reader = new Thread(() -> countProgress(process.getInputStream(), written), "progress");
		reader.setDaemon(true);
		reader.start();
		String when;
		if (random.nextBoolean()) {
			long delay = random.nextLong(fullMillis + 1);
			Thread.sleep(delay);
			when = "after " + delay + " ms";
		} else {
			int after = random.nextInt(files);
			int jitter = random.nextInt(40);
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
			while (written.get() < after && process.isAlive() && System.nanoTime() < deadline) {
				Thread.sleep(1);
			}
			Thread.sleep(jitter);
			when = jitter + " ms after " + after + " files were written";
		}
		boolean finished = !process.isAlive();
		process.destroyForcibly();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return when + (finished ? " (had finished)" : "") + ", seed " + SEED;
	}

	private static void countProgress(InputStream output, AtomicInteger written) {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (PROGRESS.matcher(line).matches()) {
					written.incrementAndGet();
				}
			}
		} catch (IOException e) {
			// the process was killed
		}
	}

	/** Every target old or new, complete; any other file a temporary file of a target. */
	private static void assertOldOrNew(Path dir, Map<String, byte[]> old, Map<String, byte[]> fresh, String when)
			throws IOException {
		try (Stream<Path> entries = Files.list(dir)) {
			for (Path entry : entries.toList()) {
				String name = entry.getFileName().toString();
				if (fresh.containsKey(name)) {
					byte[] bytes = Files.readAllBytes(entry);
					assertThat(Arrays.equals(bytes, old.get(name)) || Arrays.equals(bytes, fresh.get(name)))
							.as("%s: %s is the old or the new file (%d bytes; old %d, new %d)", when, name, bytes.length,
									old.get(name).length, fresh.get(name).length)
							.isTrue();
					continue;
				}
				Matcher leftover = LEFTOVER.matcher(name);
				assertThat(leftover.matches()).as("%s: %s is a target or a temporary file", when, name).isTrue();
				assertThat(fresh.keySet()).as("%s: %s belongs to a target", when, name)
						.anyMatch(target -> target.startsWith(leftover.group(1)));
			}
		}
		for (String name : fresh.keySet()) {
			assertThat(dir.resolve(name)).as("%s: %s still there", when, name).isRegularFile();
		}
	}

	/**
	 * A generated file opens: a zip whose every entry can be read to its end, holding a workbook
	 * (.xlsx) or a Word document (.docx: the duty targets and the self-evaluation reports).
	 */
	private static void assertOpens(Path file) throws IOException {
		String main = file.getFileName().toString().endsWith(".docx") ? "word/document.xml" : "xl/workbook.xml";
		try (ZipFile zip = new ZipFile(file.toFile())) {
			assertThat(zip.getEntry(main)).as(file.toString()).isNotNull();
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				try (InputStream in = zip.getInputStream(entries.nextElement())) {
					in.readAllBytes();
				}
			}
		}
	}

	/** Files of a folder by name, without the hidden ones only if asked: here all of them. */
	private static Map<String, byte[]> contents(Path dir) throws IOException {
		Map<String, byte[]> contents = new TreeMap<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.toList()) {
				contents.put(file.getFileName().toString(), Files.readAllBytes(file));
			}
		}
		return contents;
	}

	/** Old contents that are complete files too, and differ from the new ones: each name gets the next file's bytes. */
	private static Map<String, byte[]> rotated(Map<String, byte[]> fresh) {
		List<String> names = new ArrayList<>(fresh.keySet());
		Map<String, byte[]> old = new TreeMap<>();
		for (int i = 0; i < names.size(); i++) {
			old.put(names.get(i), fresh.get(names.get((i + 1) % names.size())));
		}
		return old;
	}

	private static void restore(Path dir, Map<String, byte[]> contents) throws IOException {
		Files.createDirectories(dir);
		for (Map.Entry<String, byte[]> file : contents.entrySet()) {
			Files.write(dir.resolve(file.getKey()), file.getValue());
		}
	}

	private static long timed(List<String> command) throws Exception {
		long start = System.nanoTime();
		assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
	}

	/** A bundle's jar in the built workbench product (the newest build's). */
	private static String bundle(String name) throws IOException {
		try (Stream<Path> jars = Files.list(ProductRun.productDir().resolve("plugins"))) {
			return jars.filter(jar -> jar.getFileName().toString().matches(Pattern.quote(name) + "_[^_]+\\.jar"))
					.max(Comparator.comparing(Path::toString))
					.orElseThrow(() -> new IllegalStateException("no bundle " + name + " in the product")).toString();
		}
	}

	/** This module's test classes, where {@link PerfSaveChild} is. */
	private static String childClasses() throws Exception {
		return Path.of(PerfSaveChild.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
