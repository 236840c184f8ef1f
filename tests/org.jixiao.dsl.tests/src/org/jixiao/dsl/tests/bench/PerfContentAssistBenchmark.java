// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;
import org.jixiao.dsl.ide.PerfIdeSetup;
import org.jixiao.dsl.tests.PerfContentAssist;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.model.LibraryEntry;

/**
 * Measures content assist with the full indicator library (docs/benchmarks.md says how to run it).
 * Both measurements run in one process on the same document: library proposals after
 * {@code indicator 产出.数量 }, and, as baseline, Xtext's own keyword proposals after a complete
 * indicator line. Prints medians, 90th percentiles and the ratio.
 */
public final class PerfContentAssistBenchmark {

	/** Run on the product's jars, without Xtext's testing bundle: the IDE injector is made here. */
	private static final PerfContentAssist ASSIST = new PerfIdeSetup().createInjectorAndDoEMFRegistration()
			.getInstance(PerfContentAssist.class);

	private static final int WARMUP = 50;
	private static final int RUNS = 200;

	private PerfContentAssistBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		run(Files.readString(PerfTestSupport.examplesDir().resolve("hongshan-2020-department-selfeval.perf"),
				StandardCharsets.UTF_8));
		run(generated(5000));
	}

	/** A department self-evaluation-sized document grown to about {@code lines} lines. */
	static String generated(int lines) {
		StringBuilder text = new StringBuilder();
		int goal = 0;
		while (text.chars().filter(c -> c == '\n').count() < lines) {
			goal++;
			text.append("annual goal 年度目标").append(goal).append(" \"保障第").append(goal).append("项工作正常开展\" <\n");
			for (int i = 1; i <= 8; i++) {
				text.append("\tindicator 产出.数量 \"工作任务").append(goal).append('-').append(i)
						.append("\" ≥ ").append(i).append(" 次 basis \"计划标准\"\n");
			}
			text.append(">\n\n");
		}
		return text.toString();
	}

	private static void run(String example) {
		String goal = "\n\ngoal \"做好信访接待工作，及时受理回复群众来信来访\" <\n\tindicator 产出.数量 \"来访接待次数\" ≥ 12 次\n\tindicator 产出.数量 ";
		String text = example + goal + "\n>\n";
		int libraryOffset = example.length() + goal.length();
		int keywordOffset = example.length() + goal.indexOf("≥ 12 次") + "≥ 12 次 ".length();
		XtextResource resource = ASSIST.parse(text);

		long[] library = measure(resource, text, libraryOffset, true);
		long[] keywords = measure(resource, text, keywordOffset, false);

		System.out.printf("document: %d lines, library: %d entries%n", text.split("\n").length,
				ASSIST.proposals(resource, text, libraryOffset).stream()
						.filter(p -> p.getSource() instanceof LibraryEntry).count());
		report("library proposals (产出.数量)", library);
		report("baseline: keyword proposals", keywords);
		System.out.printf("ratio of medians: %.2f%n", median(library) / (double) median(keywords));
	}

	private static long[] measure(XtextResource resource, String text, int offset, boolean expectLibrary) {
		for (int i = 0; i < WARMUP; i++) {
			check(ASSIST.proposals(resource, text, offset), expectLibrary);
		}
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			List<ContentAssistEntry> proposals = ASSIST.proposals(resource, text, offset);
			nanos[i] = System.nanoTime() - start;
			check(proposals, expectLibrary);
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private static void check(List<ContentAssistEntry> proposals, boolean expectLibrary) {
		boolean hasLibrary = proposals.stream().anyMatch(p -> p.getSource() instanceof LibraryEntry);
		if (proposals.isEmpty() || hasLibrary != expectLibrary) {
			throw new IllegalStateException("unexpected proposals: " + proposals.size());
		}
	}

	private static long median(long[] sorted) {
		return sorted[sorted.length / 2];
	}

	private static void report(String name, long[] sorted) {
		System.out.printf("%-32s median %6.2f ms   p90 %6.2f ms%n", name, median(sorted) / 1e6,
				sorted[sorted.length * 9 / 10] / 1e6);
	}
}
