// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportNote.Severity;
import org.jixiao.forms.importer.PerfImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;

/**
 * Hostile and broken files given to the import (docs/reliability.md): each is answered by one
 * error line, the user's message exactly, without a stack trace or a message of POI's, and the
 * reading stops at the limit it passes, so that neither time nor memory grows with the file.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfImportHostileFilesTest {

	private static final String CANNOT_READ = "无法读取 Excel 工作簿：";
	private static final String REMEDY = "请从原处重新获取文件，或在 Excel/WPS 中打开后另存为 .xlsx。";
	private static final String TRUNCATED = CANNOT_READ + "文件不完整或已损坏：不是完整的 zip 压缩包（.xlsx 工作簿是 zip 压缩包），"
			+ "可能在下载、复制或保存时中断。" + REMEDY + " (The workbook is truncated or damaged: not a complete zip archive.)";

	@Inject
	private PerfImportSupport imports;

	@TempDir
	Path dir;

	private PerfImportResult importBytes(byte[] bytes, String name) {
		return imports.newImporter().importBytes(bytes, name);
	}

	/** The one error of a refused input, formatted as the command line prints it; nothing imported. */
	private static String onlyError(PerfImportResult result) {
		List<PerfImportNote> errors = result.report().stream().filter(n -> n.severity() == Severity.ERROR).toList();
		assertThat(errors).as(result.report().toString()).hasSize(1);
		assertThat(result.perfText()).isEmpty();
		String line = errors.get(0).format();
		assertThat(line).doesNotContain("Exception").doesNotContain("\tat ").doesNotContainIgnoringCase("bugzilla")
				.doesNotContain("ZipSecureFile").doesNotContain("POI");
		return line;
	}

	private byte[] generated() {
		return PerfHostileWorkbooks.sheet(PerfHostileWorkbooks.SHEET_START
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>一级指标</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>二级指标</t></is></c>"
				+ "<c r=\"C1\" t=\"inlineStr\"><is><t>三级指标</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>指标值</t></is></c></row>"
				+ "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>产出指标</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>数量指标</t></is></c>"
				+ "<c r=\"C2\" t=\"inlineStr\"><is><t>培训次数</t></is></c><c r=\"D2\" t=\"inlineStr\"><is><t>≥12次</t></is></c></row>"
				+ "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>效益指标</t></is></c><c r=\"B3\" t=\"inlineStr\"><is><t>社会效益指标</t></is></c>"
				+ "<c r=\"C3\" t=\"inlineStr\"><is><t>群众满意程度</t></is></c><c r=\"D3\" t=\"inlineStr\"><is><t>明显提升</t></is></c></row>"
				+ "<row r=\"4\"><c r=\"E4\" t=\"inlineStr\"><is><t>" + "说明".repeat(4000) + "</t></is></c></row>"
				+ PerfHostileWorkbooks.SHEET_END);
	}

	@Test
	void theWorkbookTheseTestsDamageImportsWhole() {
		PerfImportResult result = importBytes(generated(), "表.xlsx");
		assertThat(result.hasErrors()).as(result.report().toString()).isFalse();
		assertThat(result.rows()).extracting(r -> r.name()).containsExactly("培训次数", "群众满意程度");
	}

	@ParameterizedTest(name = "cut at {0}/8")
	@ValueSource(ints = { 0, 1, 2, 4, 6, 7 })
	void aWorkbookCutShortIsTruncated(int eighths) {
		byte[] whole = generated();
		int length = eighths == 0 ? 100 : whole.length * eighths / 8;
		assertThat(onlyError(importBytes(Arrays.copyOf(whole, length), "表.xlsx"))).isEqualTo("表.xlsx:1:1: error: " + TRUNCATED);
	}

	@Test
	void aWorkbookLackingItsLastByteIsTruncated() {
		byte[] whole = generated();
		assertThat(onlyError(importBytes(Arrays.copyOf(whole, whole.length - 1), "表.xlsx"))).isEqualTo("表.xlsx:1:1: error: " + TRUNCATED);
	}

	@ParameterizedTest(name = "byte {0} of the sheet's data")
	@ValueSource(ints = { 0, 1, 2, 5, 10, 40 })
	void aFlippedByteInASheetsDataNamesTheDamagedPart(int at) {
		byte[] whole = generated();
		int data = PerfHostileWorkbooks.dataOffset(whole, "xl/worksheets/sheet1.xml");
		assertThat(onlyError(importBytes(PerfHostileWorkbooks.flipped(whole, data + at), "表.xlsx"))).isEqualTo("表.xlsx:1:1: error: "
				+ CANNOT_READ + "文件已损坏：其中的部件“xl/worksheets/sheet1.xml”无法解压。" + REMEDY
				+ " (The workbook is damaged: a part cannot be decompressed.)");
	}

	@Test
	void xmlThatIsNotWellFormedIsPositionedInItsPart() {
		byte[] broken = PerfHostileWorkbooks.sheet(PerfHostileWorkbooks.SHEET_START + "\n<row r=\"1\"><c r=\"A1\"><v>1</v></c></rw>"
				+ PerfHostileWorkbooks.SHEET_END);
		assertThat(onlyError(importBytes(broken, "表.xlsx"))).isEqualTo("表.xlsx:1:1: error: " + CANNOT_READ
				+ "文件已损坏：部件“xl/worksheets/sheet1.xml”的 XML 在第 2 行第 36 列无法解析。" + REMEDY
				+ " (The workbook is damaged: the XML of a part cannot be read.)");
	}

	@Test
	void aHighlyCompressedHugeSheetIsAZipBombRefusedEarly() {
		// 64 MB of blanks deflate to about 64 KB: refused after the first 100 KB inflated
		byte[] bomb = PerfHostileWorkbooks.workbook(xml -> {
			xml.write(PerfHostileWorkbooks.SHEET_START);
			char[] blanks = new char[1 << 20];
			Arrays.fill(blanks, ' ');
			for (int i = 0; i < 64; i++) {
				xml.write(blanks);
			}
			xml.write(PerfHostileWorkbooks.SHEET_END);
		}, null);
		assertThat(bomb.length).isLessThan(1 << 20);
		assertThat(onlyError(importBytes(bomb, "炸弹.xlsx"))).isEqualTo("炸弹.xlsx:1:1: error: " + CANNOT_READ
				+ "文件像是“zip 炸弹”：部件“xl/worksheets/sheet1.xml”解压后比压缩时大 100 倍以上（Excel 写出的工作簿不会如此），"
				+ "为防止耗尽内存，未读取。 (A zip bomb: a workbook part inflates more than 100-fold.)");
	}

	@Test
	void highlyCompressedSharedStringsAreAZipBombRefusedEarly() {
		byte[] bomb = PerfHostileWorkbooks.workbook(PerfHostileWorkbooks.text(PerfHostileWorkbooks.SHEET_START
				+ "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + PerfHostileWorkbooks.SHEET_END), xml -> {
					xml.write(PerfHostileWorkbooks.STRINGS_START);
					for (int i = 0; i < 4_000_000; i++) {
						xml.write("<si><t>指标</t></si>");
					}
					xml.write(PerfHostileWorkbooks.STRINGS_END);
				});
		assertThat(onlyError(importBytes(bomb, "炸弹.xlsx"))).isEqualTo("炸弹.xlsx:1:1: error: " + CANNOT_READ
				+ "文件像是“zip 炸弹”：部件“xl/sharedStrings.xml”解压后比压缩时大 100 倍以上（Excel 写出的工作簿不会如此），"
				+ "为防止耗尽内存，未读取。 (A zip bomb: a workbook part inflates more than 100-fold.)");
	}

	@Test
	void sharedStringsBeyondTheirSizeLimitAreRefused() {
		// scattered numbers compress about 1 to 4, not a bomb: refused by the 32 MB limit of a part read whole
		byte[] large = PerfHostileWorkbooks.workbook(PerfHostileWorkbooks.text(PerfHostileWorkbooks.SHEET_START
				+ "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + PerfHostileWorkbooks.SHEET_END), xml -> {
					xml.write(PerfHostileWorkbooks.STRINGS_START);
					StringBuilder text = new StringBuilder();
					for (int i = 0; i < 450_000; i++) {
						text.setLength(0);
						for (int j = 0; j < 8; j++) {
							text.append(Integer.toHexString((i * 8 + j) * 0x9E3779B1));
						}
						xml.write("<si><t>");
						xml.write(text.toString());
						xml.write("</t></si>");
					}
					xml.write(PerfHostileWorkbooks.STRINGS_END);
				}, Deflater.BEST_SPEED);
		assertThat(onlyError(importBytes(large, "大.xlsx"))).isEqualTo("大.xlsx:1:1: error: " + CANNOT_READ
				+ "部件“xl/sharedStrings.xml”解压后超过 32 MB（导入上限），未读取；Excel 写出的绩效表格远小于此。"
				+ " (A workbook part inflates beyond the import's limit.)");
	}

	@Test
	void anExternalEntityIsNeverResolvedNorFetched() throws IOException {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "JIXIAO-MARKER-7f3a", StandardCharsets.UTF_8);
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			String doctype = "<!DOCTYPE x [<!ENTITY file SYSTEM \"" + secret.toUri() + "\"><!ENTITY net SYSTEM \"http://127.0.0.1:"
					+ server.getLocalPort() + "/entity\">]>";
			String cell = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&file;&net;</t></is></c></row>";
			Map<String, byte[]> cases = new LinkedHashMap<>();
			cases.put("xl/worksheets/sheet1.xml", PerfHostileWorkbooks.sheet(PerfHostileWorkbooks.SHEET_START.replace("<worksheet",
					doctype + "<worksheet") + cell + PerfHostileWorkbooks.SHEET_END));
			cases.put("xl/sharedStrings.xml", PerfHostileWorkbooks.workbook(PerfHostileWorkbooks.text(PerfHostileWorkbooks.SHEET_START
					+ "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + PerfHostileWorkbooks.SHEET_END),
					PerfHostileWorkbooks.text(PerfHostileWorkbooks.STRINGS_START.replace("<sst", doctype + "<sst")
							+ "<si><t>&file;&net;</t></si>" + PerfHostileWorkbooks.STRINGS_END)));
			for (Map.Entry<String, byte[]> part : cases.entrySet()) {
				PerfImportResult result = importBytes(part.getValue(), "实体.xlsx");
				assertThat(onlyError(result)).isEqualTo("实体.xlsx:1:1: error: " + CANNOT_READ + "部件“" + part.getKey()
						+ "”含有文档类型声明（<!DOCTYPE>，可引用本机文件或网址）；Excel 写出的工作簿没有这种声明，为安全起见不读取此文件。"
						+ " (A workbook part declares a document type, which could reference local files: not read.)");
				assertThat(result.report().toString() + result.perfText()).doesNotContain("JIXIAO-MARKER");
			}
			server.setSoTimeout(300);
			try {
				server.accept().close();
				throw new AssertionError("the import connected to the entity's address");
			} catch (SocketTimeoutException expected) {
				// no connection was attempted
			}
		}
	}

	@Test
	void aDocTypeInThePackagesOwnPartsIsRefusedToo() {
		Map<String, PerfHostileWorkbooks.Part> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", PerfHostileWorkbooks.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<!DOCTYPE Types [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"));
		parts.put("xl/workbook.xml", PerfHostileWorkbooks.text("<workbook/>"));
		assertThat(onlyError(importBytes(PerfHostileWorkbooks.zip(parts), "实体.xlsx"))).isEqualTo("实体.xlsx:1:1: error: " + CANNOT_READ
				+ "部件“[Content_Types].xml”含有文档类型声明（<!DOCTYPE>，可引用本机文件或网址）；Excel 写出的工作簿没有这种声明，为安全起见不读取此文件。"
				+ " (A workbook part declares a document type, which could reference local files: not read.)");
	}

	@Test
	void aWordDocumentIsNamedForWhatItIs() throws IOException {
		Map<String, PerfHostileWorkbooks.Part> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", PerfHostileWorkbooks.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"));
		parts.put("word/document.xml", PerfHostileWorkbooks.text("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"));
		String word = "是 Word 文档，不是 Excel 工作簿：请在 Word/WPS 中选中表格复制，粘贴到文本文件（.txt）后导入，"
				+ "或把表格复制到 Excel 中另存为 .xlsx。 (A Word document, not an Excel workbook.)";
		assertThat(onlyError(importBytes(PerfHostileWorkbooks.zip(parts), "申报表.docx")))
				.isEqualTo("申报表.docx:1:1: error: " + CANNOT_READ + word);

		// the Word 97-2003 kind, an OLE2 file as .xls is
		ByteArrayOutputStream doc = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
			fs.writeFilesystem(doc);
		}
		assertThat(onlyError(importBytes(doc.toByteArray(), "申报表.doc"))).isEqualTo("申报表.doc:1:1: error: " + CANNOT_READ + word);
	}

	@Test
	void anXlsIsReadAndADamagedOneIsSaidToBeDamaged() throws IOException {
		byte[] xls = Files.readAllBytes(Path.of("wild", "wild-workbook.xls"));
		assertThat(importBytes(xls, "表.xls").hasErrors()).isFalse();
		String damaged = "表.xls:1:1: error: " + CANNOT_READ + "文件已损坏或不完整：无法读取 Excel 97-2003 工作簿（.xls）。"
				+ "请从原处重新获取文件，或在 Excel/WPS 中打开后另存。 (The .xls workbook is damaged or truncated.)";
		assertThat(onlyError(importBytes(Arrays.copyOf(xls, xls.length / 2), "表.xls"))).isEqualTo(damaged);
		assertThat(onlyError(importBytes(Arrays.copyOf(xls, 600), "表.xls"))).isEqualTo(damaged);
	}

	@Test
	void cellsBeyondExcelsBoundsAreDamageAnsweredAtOnce() {
		assertThat(onlyError(importBytes(PerfHostileWorkbooks.sheet(PerfHostileWorkbooks.SHEET_START
				+ "<row r=\"2000000000\"><c r=\"A2000000000\"><v>1</v></c></row>" + PerfHostileWorkbooks.SHEET_END), "表.xlsx")))
				.isEqualTo("表.xlsx:2000000000:1: error: " + CANNOT_READ + "文件已损坏或不是 Excel 写出的：工作表“Sheet1”中第 2000000000 行超出 Excel 的范围"
						+ "（最多 1,048,576 行）。" + REMEDY + " (The workbook is damaged: a row beyond Excel's range.)（工作表“Sheet1”单元格 A2000000000）");
		assertThat(onlyError(importBytes(PerfHostileWorkbooks.sheet(PerfHostileWorkbooks.SHEET_START
				+ "<row r=\"3\"><c r=\"ZZZZZZZZZZZZ3\"><v>1</v></c></row>" + PerfHostileWorkbooks.SHEET_END), "表.xlsx")))
				.isEqualTo("表.xlsx:3:1: error: " + CANNOT_READ + "文件已损坏或不是 Excel 写出的：工作表“Sheet1”中单元格引用“ZZZZZZZZZZZZ3”超出 Excel 的范围"
						+ "（最多 16,384 列，到 XFD 列）。" + REMEDY + " (The workbook is damaged: a cell beyond Excel's range.)（工作表“Sheet1”单元格 A3）");
	}

	@Test
	void aCellLongerThanExcelAllowsIsDamage() {
		String error = onlyError(importBytes(PerfHostileWorkbooks.workbook(xml -> {
			xml.write(PerfHostileWorkbooks.SHEET_START + "<row r=\"5\"><c r=\"C5\" t=\"inlineStr\"><is><t>");
			// varied characters, so that it is no zip bomb: a million of them
			for (int i = 0; i < 1_000_000; i++) {
				xml.write((char) ('一' + (i * 7919) % 20_000));
			}
			xml.write("</t></is></c></row>" + PerfHostileWorkbooks.SHEET_END);
		}, null, Deflater.BEST_SPEED), "表.xlsx"));
		assertThat(error).isEqualTo("表.xlsx:5:3: error: " + CANNOT_READ + "文件已损坏或不是 Excel 写出的：工作表“Sheet1”中单元格的文字长于 Excel 单元格的上限 "
				+ "32,767 个字符。" + REMEDY + " (The workbook is damaged: a cell's text is longer than Excel allows.)（工作表“Sheet1”单元格 C5）");
	}

	@Test
	void aSheetWhoseCellsReachTheLastColumnIsRefusedAtTheCellLimit() {
		StringBuilder sheet = new StringBuilder(PerfHostileWorkbooks.SHEET_START);
		for (int r = 1; r <= 400; r++) {
			sheet.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>指标").append(r)
					.append("</t></is></c><c r=\"XFD").append(r).append("\"><v>1</v></c></row>");
		}
		sheet.append(PerfHostileWorkbooks.SHEET_END);
		// 16,384 cells a row: the 306th row passes 5,000,000
		assertThat(onlyError(importBytes(PerfHostileWorkbooks.sheet(sheet.toString()), "宽.xlsx"))).isEqualTo("宽.xlsx:306:1: error: "
				+ "“宽.xlsx”太大，未导入：单元格多于 5,000,000 个（导入上限，读到此处时超出）。请把表格拆成几个文件分别导入。"
				+ " Too large to import: more than 5,000,000 cells, the import's limit.（工作表“Sheet1”单元格 A306）");
	}

	@Test
	void aMergedRegionOverTheWholeSheetCostsOnlyTheCellsRead() {
		PerfImportResult result = importBytes(PerfHostileWorkbooks.sheet(PerfHostileWorkbooks.SHEET_START
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>会议纪要</t></is></c></row>"
				+ "<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>完</t></is></c></row>" + PerfHostileWorkbooks.SHEET_END
				.replace("</sheetData>", "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>")),
				"合并.xlsx");
		assertThat(onlyError(result)).startsWith("合并.xlsx:1:1: error: 没有识别出任何绩效表格");
	}

	@Test
	void pastedTextOfAMillionRowsIsRefusedAtTheRowLimit() {
		StringBuilder text = new StringBuilder("一级指标\t二级指标\t三级指标\t指标值\n");
		for (int i = 1; i < 1_000_000; i++) {
			text.append("产出指标\t数量指标\t指标").append(i).append("\t≥").append(i).append("次\n");
		}
		assertThat(onlyError(imports.newImporter().importText(text.toString(), "剪贴板"))).isEqualTo("剪贴板:200001:1: error: "
				+ "“剪贴板”太大，未导入：有内容的行多于 200,000 行（导入上限，读到此处时超出）。请把表格拆成几个文件分别导入。"
				+ " Too large to import: more than 200,000 non-blank lines, the import's limit.");
	}

	@Test
	void aFileLargerThanTheImportTakesIsNotRead() throws IOException {
		Path large = dir.resolve("大.txt");
		try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(large), 1 << 16)) {
			byte[] line = "产出指标\t数量指标\t培训次数\t≥12次\n".getBytes(StandardCharsets.UTF_8);
			for (long written = 0; written <= 32L * 1024 * 1024; written += line.length) {
				out.write(line);
			}
		}
		assertThat(onlyError(imports.newImporter().importFile(large, "大.txt"))).isEqualTo("大.txt:1:1: error: "
				+ "“大.txt”太大，未导入：文件大于 32 MB（导入上限）。请把表格拆成几个文件分别导入。 Too large to import: more than 32 MB, the import's limit.");
	}
}
