// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook beyond the import's size limit (docs/import.md, "大小上限") is refused with a message
 * that names the file and the limit, and the command exits 2; it does not end in POI's messages for
 * developers or in running out of memory.
 */
class PerfImportLimitTest {

	@TempDir
	Path dir;

	@Test
	void aWorkbookOfAMillionRowsIsRefusedNamingTheFileAndTheLimit() throws IOException {
		Path workbook = dir.resolve("全省汇总.xlsx");
		writeSheet(workbook, 1_000_000);

		PerfCliRun run = PerfCliRun.of("import", workbook.toString(), "-o", dir.toString());

		assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
		assertThat(run.out()).contains(workbook + ":200001:1: error: “全省汇总.xlsx”太大，未导入：有内容的行多于 200,000 行")
				.contains("工作表“Sheet1”单元格 A200001").doesNotContainIgnoringCase("bugzilla");
		assertThat(run.err()).contains("未写任何文件");
		assertThat(dir.resolve("全省汇总.perf")).doesNotExist();
	}

	/** A minimal .xlsx (the parts Excel needs) whose one sheet has the given number of filled rows. */
	private static void writeSheet(Path file, int rows) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.setLevel(Deflater.BEST_SPEED);
			entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
					+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
					+ "</Types>");
			entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
					+ "</Relationships>");
			entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
					+ " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
					+ "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
					+ "</Relationships>");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			// flushed, not closed: closing would close the zip
			Writer xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
			xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
			for (int r = 1; r <= rows; r++) {
				xml.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>指标" + r + "</t></is></c><c r=\"B" + r
						+ "\"><v>" + r + "</v></c></row>");
			}
			xml.write("</sheetData></worksheet>");
			xml.flush();
			zip.closeEntry();
		}
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
