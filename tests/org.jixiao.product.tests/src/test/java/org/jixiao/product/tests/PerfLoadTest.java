// SPDX-License-Identifier: EPL-2.0
package org.jixiao.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load (docs/reliability.md, "Load"): {@code validate} holds one document at a time, so that many
 * files are checked in a small heap with the findings of a small run. The test checks 400 files in a
 * 64 MB heap (where a run that kept every document ran out of memory); the 4,000 files in 512 MB of
 * the measurement take minutes and are in benchmarks/validate-load.sh.
 */
class PerfLoadTest {

	private static final int FILES = Integer.getInteger("jixiao.load.files", 400);
	private static final String HEAP = System.getProperty("jixiao.load.heap", "-Xmx64m");

	/** A finding: the copy's number, the example, and the rest of the line after the file's name. */
	private static final Pattern FINDING = Pattern.compile("^.*/(\\d{5})-([^/:]+\\.perf)(:.*)$");

	@Test
	void manyFilesAreCheckedInASmallHeapWithTheFindingsOfASmallRun(@TempDir Path temp) throws Exception {
		int examples = PerfCorpus.examples(PerfCliProcess.examples()).size();
		PerfCorpus.write(PerfCliProcess.examples(), temp.resolve("small"), examples);
		PerfCorpus.write(PerfCliProcess.examples(), temp.resolve("many"), FILES);

		PerfCliProcess.Run small = PerfCliProcess.run(List.of(), "validate", temp.resolve("small").toString());
		PerfCliProcess.Run many = PerfCliProcess.run(List.of(HEAP), "validate", temp.resolve("many").toString());

		assertThat(many.exitCode()).as(many.err()).isEqualTo(small.exitCode());
		assertThat(many.err()).contains("检查了 " + FILES + " 个文件");
		Map<String, List<String>> expected = findings(small.out());
		Map<String, List<String>> found = findings(many.out());
		assertThat(expected).as("the examples have findings").isNotEmpty();
		List<Path> examplesInOrder = PerfCorpus.examples(PerfCliProcess.examples());
		for (int k = 0; k < FILES; k++) {
			Path example = examplesInOrder.get(k % examples);
			String copy = PerfCorpus.name(k, example);
			assertThat(found.get(copy)).as(copy).isEqualTo(expected.get(PerfCorpus.name(k % examples, example)));
		}
		assertThat(found.keySet()).allMatch(name -> Integer.parseInt(name.substring(0, 5)) < FILES);
	}

	@Test
	void outOfMemoryIsOneMessageSayingWhatToDo(@TempDir Path temp) throws Exception {
		PerfCorpus.write(PerfCliProcess.examples(), temp.resolve("files"), 20);

		PerfCliProcess.Run run = PerfCliProcess.run(List.of("-Xmx16m"), "validate", temp.resolve("files").toString());

		assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(70);
		assertThat(run.err()).contains("内存不足，运行中止").contains("JIXIAO_JAVA_OPTS=-Xmx2g").contains("每次处理较少的文件");
		assertThat(run.out() + run.err()).doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
	}

	/** The findings of each file, by file name ({@code NNNNN-EXAMPLE.perf}), in the order printed. */
	private static Map<String, List<String>> findings(String out) {
		Map<String, List<String>> findings = new TreeMap<>();
		for (String line : out.split("\n")) {
			Matcher finding = FINDING.matcher(line);
			if (finding.matches()) {
				findings.computeIfAbsent(finding.group(1) + "-" + finding.group(2), f -> new ArrayList<>()).add(finding.group(3));
			} else {
				assertThat(line).as("a finding or nothing").isEmpty();
			}
		}
		return findings;
	}
}
