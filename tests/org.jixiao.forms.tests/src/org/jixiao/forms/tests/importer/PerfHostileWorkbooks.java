// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.importer;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile and broken .xlsx files, built at test time: the few parts Excel needs, a sheet and shared
 * strings written by the test (streamed into the zip, so that a part of many megabytes costs no
 * memory), and damage done to the bytes afterwards.
 */
final class PerfHostileWorkbooks {

	/** Writes the text of one part. */
	interface Part {
		void write(Writer xml) throws IOException;
	}

	static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
			+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
	static final String SHEET_END = "</sheetData></worksheet>";
	static final String STRINGS_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
			+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
	static final String STRINGS_END = "</sst>";

	private PerfHostileWorkbooks() {
	}

	/** A workbook of one sheet with the given XML, without shared strings. */
	static byte[] sheet(String xml) {
		return workbook(w -> w.write(xml), null);
	}

	/** A workbook of one sheet "Sheet1", and shared strings when {@code strings} is not null, at the best compression. */
	static byte[] workbook(Part sheet, Part strings) {
		return workbook(sheet, strings, Deflater.BEST_COMPRESSION);
	}

	/** The same at the given compression level (the fastest for large parts that are no bomb). */
	static byte[] workbook(Part sheet, Part strings, int level) {
		Map<String, Part> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
				+ (strings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
				+ "</Types>"));
		parts.put("_rels/.rels", text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
				+ "</Relationships>"));
		parts.put("xl/workbook.xml", text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
				+ " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
				+ "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
		parts.put("xl/_rels/workbook.xml.rels", text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
				+ (strings == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
				+ "</Relationships>"));
		parts.put("xl/worksheets/sheet1.xml", sheet);
		if (strings != null) {
			parts.put("xl/sharedStrings.xml", strings);
		}
		return zip(parts, level);
	}

	static Part text(String text) {
		return w -> w.write(text);
	}

	/** The parts deflated at the best compression (a zip bomb's), in the given order. */
	static byte[] zip(Map<String, Part> parts) {
		return zip(parts, Deflater.BEST_COMPRESSION);
	}

	static byte[] zip(Map<String, Part> parts, int level) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(level);
			for (Map.Entry<String, Part> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				// flushed, not closed: closing would close the zip
				Writer xml = new BufferedWriter(new OutputStreamWriter(unclosable(zip), StandardCharsets.UTF_8), 1 << 16);
				part.getValue().write(xml);
				xml.flush();
				zip.closeEntry();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static OutputStream unclosable(OutputStream out) {
		return new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				out.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}
		};
	}

	/** Where the data of an entry start in the zip: after its local header (signature PK\3\4, name, extra field). */
	static int dataOffset(byte[] zip, String name) {
		byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + 30 < zip.length; i++) {
			if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
				int nameLength = (zip[i + 26] & 0xFF) | (zip[i + 27] & 0xFF) << 8;
				int extraLength = (zip[i + 28] & 0xFF) | (zip[i + 29] & 0xFF) << 8;
				if (nameLength == wanted.length && java.util.Arrays.equals(zip, i + 30, i + 30 + nameLength, wanted, 0, nameLength)) {
					return i + 30 + nameLength + extraLength;
				}
			}
		}
		throw new IllegalArgumentException("no entry " + name);
	}

	/** The bytes with the byte at {@code at} inverted. */
	static byte[] flipped(byte[] bytes, int at) {
		byte[] copy = bytes.clone();
		copy[at] = (byte) ~copy[at];
		return copy;
	}
}
