// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.eclipse.xtext.resource.XtextResource;
import org.jixiao.dsl.PerfStandaloneSetup;
import org.jixiao.dsl.formatting2.PerfDocumentFormatter;
import org.jixiao.dsl.scoping.PerfLibrary;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.generator.PerfFormGenerator;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.forms.importer.PerfTableImporter;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.PerfDocument;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import com.google.inject.Injector;

/**
 * Benchmark harness (run by the commands in docs/benchmarks.md), two modes.
 *
 * <p>Without arguments (or {@code --indicators N}): import throughput in rows per second, each
 * figure the median of several rounds after warm-up, with its baseline measured in the same run
 * and the ratio, and the peak heap of one import:
 * <ul>
 * <li>the seed texts (baseline: decode, split into lines and cells, trim); the share spent parsing
 * and formatting the imported .perf;</li>
 * <li>a department declaration of N indicators written by the project's generator to .xlsx
 * (baseline: POI's own streaming reader giving every cell's displayed value);</li>
 * <li>the same grid as text, one row per line and tab-separated cells, as copied out of Excel
 * (baseline: the split);</li>
 * <li>a grid of N indicators in another province's shape (its own header, separate comparator,
 * value and unit columns), read by the header reader (baseline: the split).</li>
 * </ul>
 *
 * <p>With {@code --rows N}: one import of an N-indicator workbook, as {@code jixiao import} does
 * it (bytes in, .perf text out, written to a file), for a run with a fixed heap such as
 * {@code -Xmx512m}: time, rows per second, peak heap. The workbook is generated first and dropped
 * before the import is measured.
 */
public final class PerfImportBenchmark {

	private static final int WARMUP = 3;
	private static final int ROUNDS = 7;
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** Run on the product's jars, without Xtext's testing bundle: the runtime injector is made here. */
	private static final Injector INJECTOR = new PerfStandaloneSetup().createInjectorAndDoEMFRegistration();

	private PerfImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		int indicators = 5000;
		Integer large = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--indicators" -> indicators = Integer.parseInt(args[++i]);
			case "--rows" -> large = Integer.parseInt(args[++i]);
			default -> throw new IllegalArgumentException("usage: PerfImportBenchmark [--indicators N | --rows N]");
			}
		}
		System.out.printf("Jixiao import benchmark, Java %s, max heap %d MB, %d cores%n", System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
		if (large != null) {
			large(large);
			return;
		}
		seeds();
		grids(indicators);
	}

	// ------------------------------------------------------------------ one large workbook

	private static void large(int indicators) throws IOException {
		Path dir = Files.createTempDirectory("jixiao-import-bench");
		Path input = dir.resolve("基准测试单位-2025-部门整体支出绩效目标申报表.xlsx");
		long start = System.nanoTime();
		generate(indicators, input);
		System.out.printf("generated %s: %d indicators, %d KB, in %.1f s%n", input.getFileName(), indicators,
				Files.size(input) / 1024, (System.nanoTime() - start) / 1e9);
		System.gc();
		long before = usedHeap();
		HeapPeak heap = HeapPeak.begin();
		start = System.nanoTime();
		long cpu = THREADS.getCurrentThreadCpuTime();
		// as jixiao import: the file's bytes, the import, the .perf written
		PerfImportResult result = new PerfTableImporter(INJECTOR).importBytes(Files.readAllBytes(input), input.toString());
		Path output = dir.resolve("imported.perf");
		Files.writeString(output, result.perfText(), StandardCharsets.UTF_8);
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
		long peak = heap.end();
		for (PerfImportNote note : result.report()) {
			if (note.severity() != PerfImportNote.Severity.INFO) {
				System.out.println(note.format());
			}
		}
		if (result.hasErrors() || result.rows().size() != indicators) {
			throw new IllegalStateException("the workbook did not import: " + result.rows().size() + " indicator rows");
		}
		System.out.printf("import of %d indicator rows: %.1f s = %.0f rows/s (thread CPU %.1f s = %.0f rows/s); .perf written: %d lines, %d KB%n",
				indicators, seconds, indicators / seconds, cpuSeconds, indicators / cpuSeconds, result.perfText().lines().count(),
				Files.size(output) / 1024);
		System.out.printf("peak heap in use during the import: %.0f MB of %.0f MB (before: %.0f MB)%n", peak / 1e6,
				Runtime.getRuntime().maxMemory() / 1e6, before / 1e6);
		Files.delete(output);
		Files.delete(input);
		Files.delete(dir);
	}

	/** The generated workbook, in a method of its own: its model is gone before the import is measured. */
	private static void generate(int indicators, Path file) throws IOException {
		try (var out = Files.newOutputStream(file)) {
			PerfFormGenerator generator = new PerfFormGenerator(PerfLayouts.builtin());
			generator.write(generator.plan(department(indicators), null).get(0), out);
		}
	}

	// ------------------------------------------------------------------ the seeds

	private static void seeds() throws IOException {
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
		Runnable imports = () -> {
			for (int i = 0; i < inputs.size(); i++) {
				check(importer.importBytes(inputs.get(i), seeds.get(i).getFileName().toString()), -1);
			}
		};
		Runnable splits = () -> inputs.forEach(b -> split(new String(b, StandardCharsets.UTF_8)));
		Runnable formats = () -> {
			PerfTestResources resources = INJECTOR.getInstance(PerfTestResources.class);
			for (String text : outputs) {
				XtextResource resource = resources.parse(text);
				formatter.format(resource);
			}
		};
		for (int i = 0; i < WARMUP; i++) {
			imports.run();
			splits.run();
			formats.run();
		}
		long[] importTimes = new long[ROUNDS];
		long[] splitTimes = new long[ROUNDS];
		long[] formatTimes = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			importTimes[i] = time(imports);
			splitTimes[i] = time(splits);
			formatTimes[i] = time(formats);
		}
		double importMs = median(importTimes) / 1e6;
		double splitMs = median(splitTimes) / 1e6;
		double formatMs = median(formatTimes) / 1e6;
		System.out.printf("%n%d rounds after %d warm-up; medians%n", ROUNDS, WARMUP);
		System.out.printf("seed texts: %d files, %d lines, %d KB%n", seeds.size(), lines,
				inputs.stream().mapToInt(b -> b.length).sum() / 1024);
		System.out.printf("  import (cells, recognition, .perf text, parse check, format): %.1f ms = %.0f lines/s%n", importMs,
				lines / (importMs / 1000));
		System.out.printf("  baseline: read and split into cells: %.1f ms = %.0f lines/s; import / baseline = %.1f%n", splitMs,
				lines / (splitMs / 1000), importMs / splitMs);
		System.out.printf("  of which parsing and formatting the imported .perf: %.1f ms (%.0f%% of the import)%n", formatMs,
				100 * formatMs / importMs);
	}

	// ------------------------------------------------------------------ generated grids

	private static void grids(int indicators) throws Exception {
		PerfFormGenerator generator = new PerfFormGenerator(PerfLayouts.builtin());
		byte[] xlsx = generator.bytes(generator.plan(department(indicators), null).get(0));
		String fileName = "基准测试单位-2025-部门整体支出绩效目标申报表.xlsx";
		String copied = copiedText(xlsx);
		String province = provinceGrid(indicators);
		PerfTableImporter importer = new PerfTableImporter(INJECTOR).withYear(2025);

		System.out.printf("%ngenerated department declaration, %d indicators (.xlsx %d KB; as text %d lines, %d KB)%n", indicators,
				xlsx.length / 1024, copied.lines().count(), copied.getBytes(StandardCharsets.UTF_8).length / 1024);
		compare(".xlsx", indicators, () -> importer.importBytes(xlsx, fileName), () -> plainPoi(xlsx));
		compare("text", indicators, () -> importer.importText(copied, "基准测试单位.txt"), () -> split(copied));
		System.out.printf("grid in another province's shape (header reader), %d indicators (%d lines, %d KB)%n", indicators,
				province.lines().count(), province.getBytes(StandardCharsets.UTF_8).length / 1024);
		compare("text", indicators, () -> importer.importText(province, "外省项目.txt"), () -> split(province));
	}

	private static void compare(String what, int indicators, Supplier<PerfImportResult> importing, Runnable baseline) {
		Runnable imports = () -> check(importing.get(), indicators);
		for (int i = 0; i < WARMUP; i++) {
			imports.run();
			baseline.run();
		}
		long[] importTimes = new long[ROUNDS];
		long[] baselineTimes = new long[ROUNDS];
		long[] importCpu = new long[ROUNDS];
		long[] baselineCpu = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			long cpu = THREADS.getCurrentThreadCpuTime();
			importTimes[i] = time(imports);
			importCpu[i] = THREADS.getCurrentThreadCpuTime() - cpu;
			cpu = THREADS.getCurrentThreadCpuTime();
			baselineTimes[i] = time(baseline);
			baselineCpu[i] = THREADS.getCurrentThreadCpuTime() - cpu;
		}
		System.gc();
		long before = usedHeap();
		HeapPeak heap = HeapPeak.begin();
		imports.run();
		long peak = heap.end() - before;
		double importMs = median(importTimes) / 1e6;
		double baselineMs = median(baselineTimes) / 1e6;
		double importCpuMs = median(importCpu) / 1e6;
		double baselineCpuMs = median(baselineCpu) / 1e6;
		System.out.printf("  %s: import %.0f ms = %.0f rows/s; baseline %.1f ms = %.0f rows/s; import / baseline = %.1f; "
				+ "peak heap %.0f MB above the live set%n", what, importMs, indicators / (importMs / 1000), baselineMs,
				indicators / (baselineMs / 1000), importMs / baselineMs, peak / 1e6);
		System.out.printf("  %s, thread CPU: import %.0f ms = %.0f rows/s; baseline %.1f ms; import / baseline = %.1f%n", what,
				importCpuMs, indicators / (importCpuMs / 1000), baselineCpuMs, importCpuMs / baselineCpuMs);
	}

	private static void check(PerfImportResult result, int indicators) {
		if (result.hasErrors() || indicators >= 0 && result.rows().size() != indicators) {
			result.warnings().stream().limit(5).forEach(n -> System.out.println(n.format()));
			throw new IllegalStateException("did not import: " + result.rows().size() + " indicator rows");
		}
	}

	/** The baseline of a workbook: POI's streaming reader (SAX) giving every cell's displayed value. */
	private static void plainPoi(byte[] xlsx) {
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			int[] cells = new int[1];
			XSSFSheetXMLHandler.SheetContentsHandler counter = new XSSFSheetXMLHandler.SheetContentsHandler() {
				@Override
				public void startRow(int rowNum) {
				}

				@Override
				public void endRow(int rowNum) {
				}

				@Override
				public void cell(String reference, String formattedValue, XSSFComment comment) {
					if (formattedValue != null && !formattedValue.isBlank()) {
						cells[0]++;
					}
				}
			};
			var sheets = reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, counter, false));
					parser.parse(new InputSource(sheet));
				}
			}
			if (cells[0] == 0) {
				throw new IllegalStateException("no cells");
			}
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** The baseline of text: split into lines and tab-separated cells, trim every cell. */
	private static void split(String text) {
		long cells = 0;
		for (String line : text.split("\r?\n", -1)) {
			for (String cell : line.split("\t", -1)) {
				if (!cell.strip().isEmpty()) {
					cells++;
				}
			}
		}
		if (cells == 0) {
			throw new IllegalStateException("no cells");
		}
	}

	/** The workbook's cells as Excel copies them: a row per line, cells separated by tabs. */
	private static String copiedText(byte[] xlsx) throws IOException {
		StringBuilder text = new StringBuilder();
		try (Workbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < row.getLastCellNum(); c++) {
						Cell cell = row.getCell(c);
						String value = cell == null ? "" : formatter.formatCellValue(cell);
						cells.add(value.contains("\n") ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
					}
					text.append(String.join("\t", cells)).append('\n');
				}
			}
		}
		return text.toString();
	}

	/** A project form in another province's shape: title, its own header, comparator, value and unit apart. */
	static String provinceGrid(int indicators) {
		String[][] categories = { { "产出指标", "数量指标" }, { "产出指标", "质量指标" }, { "产出指标", "时效指标" },
				{ "效益指标", "社会效益指标" }, { "满意度指标", "服务对象满意度指标" } };
		StringBuilder text = new StringBuilder("2025年基准测试项目绩效目标表\n");
		text.append("项目名称\t基准测试项目\n");
		text.append("一级指标\t二级指标\t三级指标\t计算符号\t指标值\t度量单位\t权重\n");
		for (int i = 0; i < indicators; i++) {
			String[] category = categories[(i / 5) % categories.length];
			text.append(category[0]).append('\t').append(category[1]).append("\t指标").append(i + 1).append("完成数\t≥\t")
					.append(80 + i % 20).append("\t个\t5\n");
		}
		return text.toString();
	}

	private static PerfDocument department(int indicators) {
		return PerfLargeDeclaration.of(INJECTOR.getInstance(PerfLibrary.class), indicators);
	}

	private static long time(Runnable run) {
		long start = System.nanoTime();
		run.run();
		return System.nanoTime() - start;
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/**
	 * The most heap in use while it runs, sampled every millisecond: the pools' own peaks are each
	 * pool's at a different moment, and their sum can exceed the heap. Includes garbage not yet collected.
	 */
	private static final class HeapPeak extends Thread {
		private volatile boolean running = true;
		private long peak;

		static HeapPeak begin() {
			HeapPeak sampler = new HeapPeak();
			sampler.setDaemon(true);
			sampler.peak = usedHeap();
			sampler.start();
			return sampler;
		}

		@Override
		public void run() {
			while (running) {
				peak = Math.max(peak, usedHeap());
				try {
					Thread.sleep(1);
				} catch (InterruptedException e) {
					return;
				}
			}
		}

		long end() {
			running = false;
			try {
				join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return Math.max(peak, usedHeap());
		}
	}
}
