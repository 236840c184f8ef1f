// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.jixiao.dsl.PerfStandaloneSetup;
import org.jixiao.dsl.formatting2.PerfDocumentFormatter;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.forms.importer.PerfTableImporter;

import com.google.inject.Injector;

/**
 * Benchmark harness (run by the command in docs/benchmarks.md): imports every seed text and reports
 * seed lines per second. In the same run it measures two baselines on the same input: reading the
 * text and splitting it into trimmed cells (the least any import does), and parsing and formatting
 * the imported .perf once (the share of the import spent in the language's parser and formatter,
 * which every import runs to guarantee a formatted document without errors). Medians of several
 * rounds after warm-up.
 */
public final class PerfImportBenchmark {

	private static final int WARMUP = 5;
	private static final int ROUNDS = 15;

	/** Run on the product's jars, without Xtext's testing bundle: the runtime injector is made here. */
	private static final Injector INJECTOR = new PerfStandaloneSetup().createInjectorAndDoEMFRegistration();

	private PerfImportBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		List<Path> seeds;
		try (Stream<Path> files = Files.list(PerfTestSupport.seedsDir())) {
			seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		}
		List<byte[]> inputs = new ArrayList<>();
		long lines = 0;
		for (Path seed : seeds) {
			byte[] bytes = Files.readAllBytes(seed);
			inputs.add(bytes);
			lines += new String(bytes, StandardCharsets.UTF_8).lines().count();
		}
		PerfTableImporter importer = new PerfTableImporter(INJECTOR).withYear(2025);
		List<String> outputs = new ArrayList<>();
		for (int i = 0; i < seeds.size(); i++) {
			outputs.add(importer.importBytes(inputs.get(i), seeds.get(i).getFileName().toString()).perfText());
		}
		PerfDocumentFormatter formatter = INJECTOR.getInstance(PerfDocumentFormatter.class);
		for (int i = 0; i < WARMUP; i++) {
			importAll(importer, inputs, seeds);
			splitAll(inputs);
			parseAndFormatAll(formatter, outputs);
		}
		long[] imports = new long[ROUNDS];
		long[] splits = new long[ROUNDS];
		long[] formats = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			imports[i] = importAll(importer, inputs, seeds);
			splits[i] = splitAll(inputs);
			formats[i] = parseAndFormatAll(formatter, outputs);
		}
		double importMs = median(imports) / 1e6;
		double splitMs = median(splits) / 1e6;
		double formatMs = median(formats) / 1e6;
		System.out.printf("Jixiao import benchmark, %d rounds after %d warm-up, Java %s%n", ROUNDS, WARMUP,
				System.getProperty("java.version"));
		System.out.printf("input: %d seed files, %d lines, %d KB%n", seeds.size(), lines,
				inputs.stream().mapToInt(b -> b.length).sum() / 1024);
		System.out.printf("import (cells, recognition, .perf text, parse check, format): %.1f ms = %.0f lines/s%n", importMs,
				lines / (importMs / 1000));
		System.out.printf("baseline: read and split into cells: %.1f ms = %.0f lines/s; import / baseline = %.1f%n", splitMs,
				lines / (splitMs / 1000), importMs / splitMs);
		System.out.printf("of which parsing and formatting the imported .perf: %.1f ms (%.0f%% of the import)%n", formatMs,
				100 * formatMs / importMs);
	}

	private static long importAll(PerfTableImporter importer, List<byte[]> inputs, List<Path> seeds) {
		long start = System.nanoTime();
		for (int i = 0; i < inputs.size(); i++) {
			PerfImportResult result = importer.importBytes(inputs.get(i), seeds.get(i).getFileName().toString());
			if (result.hasErrors()) {
				throw new IllegalStateException(seeds.get(i) + " did not import");
			}
		}
		return System.nanoTime() - start;
	}

	/** The baseline: decode, split into lines and tab-separated cells, trim every cell. */
	private static long splitAll(List<byte[]> inputs) {
		long start = System.nanoTime();
		long cells = 0;
		for (byte[] input : inputs) {
			for (String line : new String(input, StandardCharsets.UTF_8).split("\r?\n", -1)) {
				for (String cell : line.split("\t", -1)) {
					if (!cell.strip().isEmpty()) {
						cells++;
					}
				}
			}
		}
		if (cells == 0) {
			throw new IllegalStateException("no cells");
		}
		return System.nanoTime() - start;
	}

	private static long parseAndFormatAll(PerfDocumentFormatter formatter, List<String> outputs) {
		long start = System.nanoTime();
		PerfTestResources resources = INJECTOR.getInstance(PerfTestResources.class);
		for (String text : outputs) {
			XtextResource resource = resources.parse(text);
			formatter.format(resource);
		}
		return System.nanoTime() - start;
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
