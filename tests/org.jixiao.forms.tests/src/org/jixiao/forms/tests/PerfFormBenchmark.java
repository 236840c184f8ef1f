// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.xtext.resource.XtextResource;
import org.jixiao.dsl.PerfStandaloneSetup;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.generator.PerfFormGenerator;
import org.jixiao.forms.generator.PerfWorkbook;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.PerfDocument;

import com.google.inject.Injector;

/**
 * Benchmark harness (run by the command in docs/benchmarks.md): generates every example and a
 * 5,000-indicator document with the real generator, and in the same run writes the same cells
 * (read back from the generated files) with plain POI and no styling, merges or print setup.
 * Reports the median of several timed rounds after warm-up, the ratio, and the peak heap.
 */
public final class PerfFormBenchmark {

	private static final int WARMUP = 3;
	private static final int ROUNDS = 7;

	/** Run on the product's jars, without Xtext's testing bundle: the runtime injector is made here. */
	private static final Injector INJECTOR = new PerfStandaloneSetup().createInjectorAndDoEMFRegistration();

	private PerfFormBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		int indicators = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
		PerfFormGenerator generator = new PerfFormGenerator(PerfLayouts.builtin());

		List<PerfWorkbook> examples = new ArrayList<>();
		for (Path file : PerfTestSupport.exampleFiles()) {
			examples.addAll(generator.plan(INJECTOR.getInstance(PerfFidelity.class).loadFile(file), null));
		}
		List<PerfWorkbook> large = generator.plan(largeDocument(indicators), null);

		report("all examples (" + examples.size() + " workbooks)", generator, examples);
		report(indicators + "-indicator document", generator, large);
		System.out.printf("heap while generating the %d-indicator document (model already loaded): %.1f MB above the model%n",
				indicators, generationHeap(generator, large) / 1e6);
		List<PerfWorkbook> larger = generator.plan(largeDocument(indicators * 4), null);
		System.out.printf("heap while generating a %d-indicator document: %.1f MB above the model%n", indicators * 4,
				generationHeap(generator, larger) / 1e6);
	}

	/** Peak heap above the live set (model loaded) while the generator writes: bounded by the streaming row window. */
	private static long generationHeap(PerfFormGenerator generator, List<PerfWorkbook> workbooks) throws IOException {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			System.gc();
			long before = usedHeap();
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				pool.resetPeakUsage();
			}
			generateAll(generator, workbooks);
			best = Math.min(best, peakHeap() - before);
		}
		return best;
	}

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void report(String name, PerfFormGenerator generator, List<PerfWorkbook> workbooks) throws IOException {
		List<List<Object[][]>> cells = new ArrayList<>();
		long bytes = 0;
		for (PerfWorkbook workbook : workbooks) {
			byte[] generated = generator.bytes(workbook);
			bytes += generated.length;
			cells.add(cells(PerfWorkbookText.open(generated)));
		}
		for (int i = 0; i < WARMUP; i++) {
			generateAll(generator, workbooks);
			baselineAll(cells);
		}
		long[] ours = new long[ROUNDS];
		long[] plain = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			ours[i] = generateAll(generator, workbooks);
			plain[i] = baselineAll(cells);
		}
		double oursMs = median(ours) / 1e6;
		double plainMs = median(plain) / 1e6;
		System.out.printf("%s: jixiao %.1f ms, plain POI baseline %.1f ms, ratio %.2f (output %d KB)%n", name, oursMs,
				plainMs, oursMs / plainMs, bytes / 1024);
	}

	private static long generateAll(PerfFormGenerator generator, List<PerfWorkbook> workbooks) throws IOException {
		long start = System.nanoTime();
		for (PerfWorkbook workbook : workbooks) {
			generator.write(workbook, new ByteArrayOutputStream());
		}
		return System.nanoTime() - start;
	}

	/** The baseline: the same cell values written with plain POI (XSSF), no styles, merges or print setup. */
	private static long baselineAll(List<List<Object[][]>> workbooks) throws IOException {
		long start = System.nanoTime();
		for (List<Object[][]> sheets : workbooks) {
			try (XSSFWorkbook book = new XSSFWorkbook()) {
				int n = 0;
				for (Object[][] rows : sheets) {
					Sheet sheet = book.createSheet("s" + n++);
					for (int r = 0; r < rows.length; r++) {
						Row row = sheet.createRow(r);
						for (int c = 0; c < rows[r].length; c++) {
							Object value = rows[r][c];
							if (value instanceof Double d) {
								row.createCell(c).setCellValue(d);
							} else if (value != null) {
								row.createCell(c).setCellValue((String) value);
							}
						}
					}
				}
				book.write(new ByteArrayOutputStream());
			}
		}
		return System.nanoTime() - start;
	}

	private static List<Object[][]> cells(XSSFWorkbook workbook) {
		List<Object[][]> sheets = new ArrayList<>();
		for (Sheet sheet : workbook) {
			Object[][] rows = new Object[sheet.getLastRowNum() + 1][];
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.getRow(r);
				rows[r] = new Object[row == null ? 0 : Math.max(0, row.getLastCellNum())];
				for (int c = 0; c < rows[r].length; c++) {
					Cell cell = row.getCell(c);
					if (cell == null || cell.getCellType() == CellType.BLANK) {
						continue;
					}
					rows[r][c] = cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
							: cell.getStringCellValue();
				}
			}
			sheets.add(rows);
		}
		return sheets;
	}

	/** A department declaration with the given number of indicators in goals of 100 (text built, then parsed). */
	static PerfDocument largeDocument(int indicators) {
		String[] categories = { "产出.数量", "产出.质量", "产出.时效", "产出.成本", "效益.经济效益", "效益.社会效益", "满意度.服务对象满意度" };
		StringBuilder text = new StringBuilder("department \"基准测试单位\" year 2025 <\n  title \"基准测试部门整体支出绩效目标申报表\"\n");
		text.append("  funds < years 2023 2024\n    income 财政拨款 100.5 share 100% twoyearsago 90 lastyear 95\n  >\n");
		for (int g = 0; g * 100 < indicators; g++) {
			text.append("  annual goal 年度目标").append(g + 1).append(" \"第").append(g + 1).append("项年度目标\" <\n");
			for (int i = g * 100; i < Math.min(indicators, (g + 1) * 100); i++) {
				text.append("    indicator ").append(categories[(i / 5) % categories.length]).append(" \"指标").append(i + 1)
						.append("完成率\" measure \"完成率\" ≥ ").append(80 + i % 20).append("%\n");
			}
			text.append("  >\n");
		}
		text.append(">\n");
		PerfTestResources resources = INJECTOR.getInstance(PerfTestResources.class);
		XtextResource resource = resources.load(resources.newResourceSet(), "large.perf", text.toString());
		resources.issues(resource);
		return PerfTestSupport.document(resource);
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}
}
