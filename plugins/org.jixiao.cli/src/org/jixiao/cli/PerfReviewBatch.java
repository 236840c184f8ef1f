// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jixiao.forms.review.PerfReviewEntry;
import org.jixiao.forms.review.PerfReviewFinding;

/**
 * The submissions of a review, grouped by unit, and their review on the available cores. A folder
 * named on the command line holds a folder per unit (any depth below it belongs to that unit); files
 * directly in it form a unit named after the folder; a file named on its own belongs to the unit of
 * its folder. Units are reviewed in parallel, each by one thread that holds only that unit's documents
 * (PerfUnitReview), so the heap holds at most one unit per thread and the findings taken so far.
 */
final class PerfReviewBatch {

	/** The kinds of files a submission may be. */
	static final List<String> EXTENSIONS = List.of(".perf", ".xlsx", ".xls", ".txt");

	/** One unit's files in name order, with their names as shown. */
	record Unit(String name, List<Path> files, List<String> problems) {
	}

	private final Map<String, Unit> units = new LinkedHashMap<>();
	private final Map<Path, String> display = new LinkedHashMap<>();

	/** The units of the folders and files named. */
	static PerfReviewBatch of(List<Path> inputs) {
		PerfReviewBatch batch = new PerfReviewBatch();
		for (Path input : inputs) {
			batch.add(input);
		}
		return batch;
	}

	int fileCount() {
		return display.size();
	}

	int unitCount() {
		return units.size();
	}

	private void add(Path input) {
		if (Files.isDirectory(input)) {
			List<Path> children;
			try (Stream<Path> list = Files.list(input)) {
				children = list.sorted(Comparator.comparing(Path::toString)).toList();
			} catch (IOException e) {
				unit(name(input)).problems().add(input + "：无法读取目录 (cannot read the folder)：" + e.getMessage());
				return;
			}
			for (Path child : children) {
				if (Files.isDirectory(child)) {
					addUnit(child);
				} else if (submission(child)) {
					file(name(input), child);
				}
			}
		} else if (!Files.exists(input)) {
			unit(name(input.toAbsolutePath().getParent())).problems().add(input + "：文件不存在 (no such file)");
		} else {
			file(name(input.toAbsolutePath().getParent()), input);
		}
	}

	/** A unit's folder: every submission below it, at any depth. */
	private void addUnit(Path folder) {
		Unit unit = unit(name(folder));
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.filter(f -> Files.isRegularFile(f) && submission(f)).sorted(Comparator.comparing(Path::toString))
					.forEach(f -> file(unit.name(), f));
		} catch (IOException | RuntimeException e) {
			unit.problems().add(folder + "：无法读取目录 (cannot read the folder)：" + e.getMessage());
		}
	}

	private void file(String unitName, Path file) {
		Path key = file.toAbsolutePath().normalize();
		if (display.putIfAbsent(key, file.toString()) == null) {
			unit(unitName).files().add(key);
		}
	}

	private Unit unit(String name) {
		return units.computeIfAbsent(name, n -> new Unit(n, new ArrayList<>(), new ArrayList<>()));
	}

	private static String name(Path folder) {
		Path name = folder == null ? null : folder.toAbsolutePath().normalize().getFileName();
		return name == null ? "/" : name.toString();
	}

	/** Not the hidden files of a file system or an editor, nor Excel's lock file of an open workbook (~$…). */
	private static boolean submission(Path file) {
		String name = file.getFileName().toString();
		return !name.startsWith(".") && !name.startsWith("~$");
	}

	/** Whether the review reads a file of this name; any other gets a summary row saying so. */
	static boolean reviewable(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return EXTENSIONS.stream().anyMatch(name::endsWith);
	}

	/**
	 * Reviews every unit on {@code threads} threads, each with the review {@code reviews} gives it;
	 * the outcome in the units' order, whatever order they finished in.
	 */
	PerfUnitReview.Outcome review(int threads, Supplier<PerfUnitReview> reviews, PerfReviewProgress progress)
			throws InterruptedException {
		List<Unit> all = new ArrayList<>(units.values());
		progress.start(fileCount());
		ThreadLocal<PerfUnitReview> perThread = ThreadLocal.withInitial(reviews);
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, all.size())));
		try {
			List<Future<PerfUnitReview.Outcome>> futures = new ArrayList<>();
			for (Unit unit : all) {
				futures.add(pool.submit(() -> reviewUnit(perThread.get(), unit, progress)));
			}
			List<PerfReviewEntry> entries = new ArrayList<>();
			List<PerfReviewFinding> findings = new ArrayList<>();
			for (int i = 0; i < futures.size(); i++) {
				PerfUnitReview.Outcome outcome;
				try {
					outcome = futures.get(i).get();
				} catch (ExecutionException e) {
					// a failure of the review itself: the unit's row says so, the others are kept
					String reason = PerfInternalError.problem(all.get(i).name(), e.getCause()).message();
					outcome = new PerfUnitReview.Outcome(
							List.of(PerfReviewEntry.unreadable(all.get(i).name(), all.get(i).name(), reason)),
							List.of(PerfReviewFinding.unreadable(all.get(i).name(), reason, "")));
				}
				entries.addAll(outcome.entries());
				findings.addAll(outcome.findings());
			}
			return new PerfUnitReview.Outcome(entries, findings);
		} finally {
			pool.shutdownNow();
			progress.finish();
		}
	}

	private PerfUnitReview.Outcome reviewUnit(PerfUnitReview review, Unit unit, PerfReviewProgress progress) {
		List<PerfReviewEntry> entries = new ArrayList<>();
		List<PerfReviewFinding> findings = new ArrayList<>();
		for (String problem : unit.problems()) {
			entries.add(PerfReviewEntry.unreadable(unit.name(), "", problem));
			findings.add(PerfReviewFinding.unreadable(unit.name(), problem, ""));
		}
		List<Path> readable = new ArrayList<>();
		for (Path file : unit.files()) {
			if (reviewable(file)) {
				readable.add(file);
			} else {
				String reason = "不是可审核的文件（只审核 .perf、.xlsx、.xls 和 .txt 文件） (not a kind of file the review reads)";
				entries.add(PerfReviewEntry.unreadable(unit.name(), display.get(file), reason));
				findings.add(PerfReviewFinding.unreadable(unit.name(), reason, display.get(file) + ":1:1"));
				progress.done(display.get(file));
			}
		}
		PerfUnitReview.Outcome outcome = review.review(unit.name(), readable, display, progress::done);
		entries.addAll(outcome.entries());
		findings.addAll(outcome.findings());
		// in the order of the unit's files, whatever stage found a file's rows (a folder's own problems first)
		Map<String, Integer> order = new HashMap<>();
		unit.files().forEach(f -> order.putIfAbsent(display.get(f), order.size()));
		entries.sort(Comparator.comparingInt(e -> order.getOrDefault(e.file(), -1)));
		findings.sort(Comparator.comparingInt(f -> order.getOrDefault(fileOf(f), -1)));
		return new PerfUnitReview.Outcome(entries, findings);
	}

	/** The file a finding's location names ({@code file:line:column}, the file possibly marked （导入结果）). */
	private static String fileOf(PerfReviewFinding finding) {
		String location = finding.location().replaceFirst(":[0-9]+:[0-9]+$", "");
		return location.endsWith(PerfUnitReview.IMPORTED) ? location.substring(0, location.length() - PerfUnitReview.IMPORTED.length())
				: location;
	}
}
