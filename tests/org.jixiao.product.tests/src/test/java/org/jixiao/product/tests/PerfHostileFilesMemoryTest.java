// SPDX-License-Identifier: EPL-2.0
package org.jixiao.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile files whose danger is memory (docs/reliability.md), given to the built command line in
 * a JVM of 256 MB that ends at the first OutOfMemoryError: a workbook of a million rows, zip bombs
 * of a sheet and of the shared strings, a pasted text of a million rows and a .perf of 50 MB are each
 * answered by their message, and the JVM never runs out of memory. Memory, not time, is what is
 * asserted: the heap is the bound.
 */
class PerfHostileFilesMemoryTest {

	private static final String HEAP = "-Xmx256m";

	@TempDir
	static Path dir;

	private static Path millionRows;
	private static Path sheetBomb;
	private static Path stringsBomb;
	private static Path millionLines;
	private static Path fiftyMegabytes;
	private static Path entity;

	record Run(int exitCode, String out, String err) {
	}

	@BeforeAll
	static void hostileFiles() throws IOException {
		millionRows = workbook(dir.resolve("全省汇总.xlsx"), Deflater.BEST_SPEED, xml -> {
			for (int r = 1; r <= 1_000_000; r++) {
				xml.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>指标" + r + "</t></is></c><c r=\"B" + r
						+ "\"><v>" + r + "</v></c></row>");
			}
		}, null);
		char[] blanks = new char[1 << 20];
		java.util.Arrays.fill(blanks, ' ');
		sheetBomb = workbook(dir.resolve("炸弹.xlsx"), Deflater.BEST_COMPRESSION, xml -> {
			for (int i = 0; i < 256; i++) {
				xml.write(blanks); // 256 MB of blanks, about 256 KB compressed
			}
		}, null);
		stringsBomb = workbook(dir.resolve("字符串炸弹.xlsx"), Deflater.BEST_COMPRESSION,
				xml -> xml.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), xml -> {
					for (int i = 0; i < 5_000_000; i++) {
						xml.write("<si><t>指标</t></si>");
					}
				});
		// an external entity in a sheet: refused by the import, and POI's log of the parser's error stays unprinted
		entity = workbook(dir.resolve("实体.xlsx"), Deflater.BEST_SPEED, "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
				xml -> xml.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"),
				null);
		millionLines = dir.resolve("粘贴.txt");
		try (Writer text = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(millionLines), StandardCharsets.UTF_8))) {
			// short lines: 25 MB, below the import's file limit, so that the row limit answers
			text.write("一级指标\t三级指标\t指标值\n");
			for (int i = 1; i < 1_000_000; i++) {
				text.write("产出\t指标" + i + "\t1次\n");
			}
		}
		fiftyMegabytes = dir.resolve("巨大.perf");
		byte[] goal = "goal \"目标\" <\n\tindicator 产出.数量 \"次数\" ≥ 12 次\n>\n".getBytes(StandardCharsets.UTF_8);
		try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(fiftyMegabytes), 1 << 16)) {
			for (long written = 0; written < 50L * 1024 * 1024; written += goal.length) {
				out.write(goal);
			}
		}
	}

	@Test
	void hostileWorkbooksAndTextAreRefusedWithinTheHeap() throws Exception {
		Run run = jixiao("import", millionRows.toString(), sheetBomb.toString(), stringsBomb.toString(), millionLines.toString(),
				entity.toString(), "-o", dir.resolve("src").toString());

		assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
		assertThat(run.out().lines()).containsExactly(
				millionRows + ":200001:1: error: “全省汇总.xlsx”太大，未导入：有内容的行多于 200,000 行（导入上限，读到此处时超出）。请把表格拆成几个文件分别导入。"
						+ " Too large to import: more than 200,000 filled rows, the import's limit.（工作表“Sheet1”单元格 A200001）",
				sheetBomb + ":1:1: error: 无法读取 Excel 工作簿：文件像是“zip 炸弹”：部件“xl/worksheets/sheet1.xml”解压后比压缩时大 100 倍以上"
						+ "（Excel 写出的工作簿不会如此），为防止耗尽内存，未读取。 (A zip bomb: a workbook part inflates more than 100-fold.)",
				stringsBomb + ":1:1: error: 无法读取 Excel 工作簿：文件像是“zip 炸弹”：部件“xl/sharedStrings.xml”解压后比压缩时大 100 倍以上"
						+ "（Excel 写出的工作簿不会如此），为防止耗尽内存，未读取。 (A zip bomb: a workbook part inflates more than 100-fold.)",
				millionLines + ":200001:1: error: “粘贴.txt”太大，未导入：有内容的行多于 200,000 行（导入上限，读到此处时超出）。请把表格拆成几个文件分别导入。"
						+ " Too large to import: more than 200,000 non-blank lines, the import's limit.",
				entity + ":1:1: error: 无法读取 Excel 工作簿：部件“xl/worksheets/sheet1.xml”含有文档类型声明（<!DOCTYPE>，可引用本机文件或网址）；"
						+ "Excel 写出的工作簿没有这种声明，为安全起见不读取此文件。 (A workbook part declares a document type, which could reference local files: not read.)");
		assertThat(run.err()).contains("未写任何文件").doesNotContain("OutOfMemoryError").doesNotContain("Exception").doesNotContain("FATAL");
		assertThat(dir.resolve("src")).doesNotExist();
	}

	@Test
	void aPerfFileOfFiftyMegabytesIsRefusedWithinTheHeapByEveryCommand() throws Exception {
		String line = fiftyMegabytes + ":1:1: error: [perf.input] 文件太大，未读取：多于 10 MB（.perf 文件的上限）；请把表格分到几个文件中。"
				+ " (larger than 10 MB, the limit of a .perf file: not read)";
		Run validate = jixiao("validate", fiftyMegabytes.toString());
		assertThat(validate.exitCode()).as(validate.err()).isEqualTo(2);
		assertThat(validate.out().lines()).first().isEqualTo(line);

		Run generate = jixiao("generate", fiftyMegabytes.toString(), "-o", dir.resolve("forms").toString());
		assertThat(generate.exitCode()).as(generate.err()).isEqualTo(2);
		assertThat(generate.err()).contains(line).doesNotContain("OutOfMemoryError");
		assertThat(dir.resolve("forms")).doesNotExist();
	}

	/** The built command line in a JVM with the small heap, which exits at the first OutOfMemoryError. */
	private static Run jixiao(String... args) throws Exception {
		String plugins = System.getProperty("jixiao.repository.plugins");
		assertThat(plugins).as("system property jixiao.repository.plugins").isNotNull();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
				"-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp",
				Path.of(plugins).toAbsolutePath().normalize() + "/*", "org.jixiao.cli.PerfCli"));
		command.addAll(List.of(args));
		Path out = Files.createTempFile(dir, "out", ".txt");
		Path err = Files.createTempFile(dir, "err", ".txt");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("jixiao %s finished", List.of(args)).isTrue();
		return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
	}

	interface Part {
		void write(Writer xml) throws IOException;
	}

	/** A minimal .xlsx: one sheet whose rows the given part writes, and shared strings when given. */
	private static Path workbook(Path file, int level, Part rows, Part strings) throws IOException {
		return workbook(file, level, "", rows, strings);
	}

	/** The same with a document type declaration in the sheet's part. */
	private static Path workbook(Path file, int level, String doctype, Part rows, Part strings) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.setLevel(level);
			entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
					+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
					+ (strings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
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
					+ (strings == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
					+ "</Relationships>");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			Writer xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
			xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
			rows.write(xml);
			xml.write("</sheetData></worksheet>");
			xml.flush(); // not closed: that would close the zip
			zip.closeEntry();
			if (strings != null) {
				zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
				xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
				strings.write(xml);
				xml.write("</sst>");
				xml.flush();
				zip.closeEntry();
			}
		}
		return file;
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
