// SPDX-License-Identifier: EPL-2.0
package org.jixiao.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Many .perf files made from the examples, for the load test and the load benchmark
 * (docs/reliability.md, "Load"): copy k is example k mod n of the n examples (declarations, project tables,
 * self-evaluations, duties; 6–37 KB each) under the name {@code NNNNN-EXAMPLE.perf}, with a first
 * line {@code // 副本 k} so that no two files are alike. The copies are independent, so each one's
 * findings are its example's, one line further down, in a run of any size.
 *
 * <pre>java -cp tests/org.jixiao.product.tests/target/classes org.jixiao.product.tests.PerfCorpus examples DIR COUNT</pre>
 */
public final class PerfCorpus {

	private PerfCorpus() {
	}

	public static void main(String[] args) throws IOException {
		write(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
	}

	/** The examples' .perf files (not those under import/), in name order. */
	public static List<Path> examples(Path examples) throws IOException {
		try (Stream<Path> files = Files.list(examples)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".perf")).sorted().toList();
		}
	}

	/** Writes {@code count} files into {@code dir}; returns them in order. */
	public static List<Path> write(Path examples, Path dir, int count) throws IOException {
		List<Path> sources = examples(examples);
		Files.createDirectories(dir);
		List<String> texts = sources.stream().map(PerfCorpus::read).toList();
		Path[] written = new Path[count];
		for (int k = 0; k < count; k++) {
			int example = k % sources.size();
			written[k] = Files.writeString(dir.resolve(name(k, sources.get(example))), "// 副本 " + k + "\n" + texts.get(example),
					StandardCharsets.UTF_8);
		}
		return List.of(written);
	}

	/** The name of copy k of an example. */
	public static String name(int k, Path example) {
		return String.format("%05d-%s", k, example.getFileName());
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
