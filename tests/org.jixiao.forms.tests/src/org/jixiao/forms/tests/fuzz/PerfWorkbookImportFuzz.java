// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.importer.PerfTableImporter;

import com.google.inject.Injector;

/**
 * The workbook importer on damaged workbooks, through POI's parsing: the checks of
 * {@link PerfImportChecks} (in particular, a workbook that cannot be read gives one of Jixiao's own
 * messages). An input's first byte says how it is read: even, the rest is the file as it is (any
 * .xlsx, .xls or other bytes); odd, the second byte picks a part (ZIP entry) of a Jixiao workbook
 * ({@code fuzz/base.xlsx}) and the rest replaces that part, so that the fuzzer mutates the XML POI
 * parses instead of compressed bytes.
 */
public final class PerfWorkbookImportFuzz implements PerfFuzzTarget {

	private static PerfWorkbookImportFuzz fuzzing;

	private final Injector injector;
	private final PerfTableImporter importer;
	private final List<String> names = new ArrayList<>();
	private final List<byte[]> parts = new ArrayList<>();

	public PerfWorkbookImportFuzz(Injector injector) throws IOException {
		this.injector = injector;
		this.importer = new PerfTableImporter(injector).withYear(2020);
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(base())))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
				parts.add(zip.readAllBytes());
			}
		}
	}

	/** The workbook whose parts the fuzzer replaces: one Jixiao generated (the import example). */
	public static Path base() {
		return PerfTestSupport.repositoryDir().resolve("fuzz").resolve("base.xlsx");
	}

	/** The names of the base workbook's parts, in the order the second byte of an input picks them. */
	public List<String> partNames() {
		return List.copyOf(names);
	}

	/** An input that replaces part {@code index} of the base workbook with {@code content}. */
	public static byte[] partInput(int index, byte[] content) {
		byte[] input = new byte[content.length + 2];
		input[0] = 1;
		input[1] = (byte) index;
		System.arraycopy(content, 0, input, 2, content.length);
		return input;
	}

	/** The base workbook's part {@code index}. */
	public byte[] part(int index) {
		return parts.get(index).clone();
	}

	@Override
	public void run(byte[] input) throws Exception {
		if (input.length == 0) {
			return;
		}
		byte[] workbook;
		if ((input[0] & 1) == 0) {
			workbook = Arrays.copyOfRange(input, 1, input.length);
		} else if (input.length < 2) {
			return;
		} else {
			workbook = replacing((input[1] & 0xFF) % parts.size(), Arrays.copyOfRange(input, 2, input.length));
		}
		PerfImportChecks.check(injector, importer.importBytes(workbook, "fuzz.xlsx"));
	}

	private byte[] replacing(int index, byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_SPEED);
			for (int i = 0; i < parts.size(); i++) {
				zip.putNextEntry(new ZipEntry(names.get(i)));
				zip.write(i == index ? content : parts.get(i));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	/** Jazzer's entry points. */
	public static void fuzzerInitialize() throws Exception {
		fuzzing = new PerfWorkbookImportFuzz(PerfFuzzSupport.standaloneInjector());
		PerfFuzzSupport.warmUp(fuzzing, PerfFuzzTargets.WORKBOOK_IMPORT, "seed-file-base-xlsx.bin", "seed-file-wild-workbook-xls.bin");
	}

	public static void fuzzerTestOneInput(byte[] input) throws Exception {
		fuzzing.run(input);
	}
}
