// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.formatting2.PerfDocumentFormatter;
import org.jixiao.dsl.resource.PerfResource;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.forms.importer.PerfTableImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * What the user sees for each defect the fuzzers found (the inputs themselves are replayed from
 * {@code fuzz/corpus/TARGET/finding-*} by {@link PerfFuzzCorpusTest}).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfFuzzFindingsTest {

	@Inject
	private Injector injector;

	private static List<PerfImportNote> errors(PerfImportResult result) {
		return result.report().stream().filter(n -> n.severity() == PerfImportNote.Severity.ERROR).toList();
	}

	/** Text pasted with zero characters was imported, and the .perf written could not be read back. */
	@Test
	void pastedTextWithAZeroCharacterIsRefusedWhereItStands() {
		PerfImportResult result = new PerfTableImporter(injector).importText("项目名称 | 社区服务\n指标 | 数量\u0000\u0000 | 10 个\n", "剪贴板");
		assertThat(errors(result)).singleElement().extracting(PerfImportNote::format)
				.isEqualTo("剪贴板:2:8: error: 不是表格文本（含二进制内容，第一处在此），无法导入。 Not table text: it holds binary content.");
		assertThat(result.perfText()).isEmpty();
	}

	/** POI's own messages ("Error reading Zip content from SeekableInMemoryByteChannel") reached the analyst. */
	@Test
	void aWorkbookCutOffIsReportedAsIncompleteInJixiaosWords() throws Exception {
		byte[] workbook = Files.readAllBytes(PerfWorkbookImportFuzz.base());
		PerfImportResult result = new PerfTableImporter(injector)
				.importBytes(Arrays.copyOf(workbook, workbook.length / 2), "去年的申报表.xlsx");
		assertThat(errors(result)).singleElement().extracting(PerfImportNote::format)
				.asString().startsWith("去年的申报表.xlsx:1:1: error: 无法读取 Excel 工作簿：文件不完整或已损坏：不是完整的 zip 压缩包")
				.doesNotContain("Zip content").doesNotContain("Exception");
	}

	/** "Can't read content types part !", "Failed to parse relationships": the same answer for every broken part. */
	@Test
	void aWorkbookWithABrokenPartIsReportedAsDamaged() throws Exception {
		for (String part : List.of("[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/workbook.xml",
				"xl/worksheets/sheet1.xml")) {
			PerfImportResult result = new PerfTableImporter(injector).importBytes(replacing(part, "<x"), "去年的申报表.xlsx");
			assertThat(errors(result)).as(part).singleElement().extracting(PerfImportNote::message).asString()
					.startsWith("无法读取 Excel 工作簿：").contains("损坏").doesNotContain("Can't read").doesNotContain("Failed to parse")
					.doesNotContain("Exception");
		}
	}

	@Test
	void anXlsWorkbookCutOffIsReportedAsADamagedXls() throws Exception {
		byte[] xls = Files.readAllBytes(PerfWorkbookImportFuzz.base().resolveSibling("corpus").resolve("workbook-import")
				.resolve("seed-file-wild-workbook-xls.bin"));
		PerfImportResult result = new PerfTableImporter(injector).importBytes(Arrays.copyOfRange(xls, 1, 1025), "旧表.xls");
		assertThat(errors(result)).singleElement().extracting(PerfImportNote::message)
				.asString().startsWith("无法读取 Excel 工作簿：文件已损坏或不完整：无法读取 Excel 97-2003 工作簿（.xls）");
	}

	/**
	 * An .xls cell holding control characters (U+0001, U+0000) was written into the .perf as it was: the
	 * file could not be read back ("not text") and the import ended in "导入程序的缺陷，请报告".
	 */
	@Test
	void controlCharactersInAWorkbookCellAreWrittenEscapedAndReportedWhereTheyStand() throws Exception {
		byte[] input = Files.readAllBytes(PerfWorkbookImportFuzz.base().resolveSibling("corpus").resolve("workbook-import")
				.resolve("finding-control-characters-in-an-xls-cell.bin"));
		PerfImportResult result = new PerfTableImporter(injector).importBytes(Arrays.copyOfRange(input, 1, input.length), "旧表.xls");

		assertThat(errors(result)).isEmpty();
		assertThat(result.perfText()).contains("≥ \"\\u0001\\u00000亩\"").doesNotContain("\u0000").doesNotContain("\u0001");
		byte[] written = result.perfText().getBytes(StandardCharsets.UTF_8);
		XtextResource back = PerfFuzzSupport.load(injector, "旧表.perf", written);
		assertThat(back.getErrors()).isEmpty();
		assertThat(PerfFuzzSupport.validate(injector, back, written)).filteredOn(issue -> "perf.control-character".equals(issue.getCode()))
				.singleElement().satisfies(issue -> {
					assertThat(issue.getMessage()).startsWith("文字中有控制字符 \\u0001");
					assertThat(issue.getLength()).isEqualTo(6);
				});
	}

	/**
	 * A document of comments only whose last comment had no line break: the first pass dropped the
	 * blank line and left the end, only the second added the final line break (not idempotent).
	 */
	@Test
	void aDocumentOfCommentsOnlyIsFormattedOnceAndForAll() throws Exception {
		String formatted = format("// 洪山区青菱街道 2020 年部门整体支出绩效目标申报表\n\n// 待填".getBytes(StandardCharsets.UTF_8));
		assertThat(formatted).isEqualTo("// 洪山区青菱街道 2020 年部门整体支出绩效目标申报表\n// 待填\n");
		assertThat(format(formatted.getBytes(StandardCharsets.UTF_8))).isEqualTo(formatted);
		String trailing = "goal \"目标\" <\n\tindicator 产出.数量 \"次数\" ≥ 12 次\n>\n\n// 完\n// 待填";
		assertThat(format(trailing.getBytes(StandardCharsets.UTF_8)))
				.isEqualTo("goal \"目标\" <\n\tindicator 产出.数量 \"次数\" ≥ 12 次\n>\n// 完\n// 待填\n");
	}

	/**
	 * {@code \r//\u001Eg} became {@code \n// g}: the formatter changed a comment (Xtext counts U+001E as
	 * white space after {@code //}) and turned a lone CR (old Mac line end) into LF. A comment's text
	 * is never changed, and a file of lone CRs is written back with lone CRs.
	 */
	@Test
	void aCommentAfterALoneCrIsKeptAsWrittenAndTheCrStays() throws Exception {
		XtextResource resource = PerfFuzzSupport.load(injector, "mac.perf",
				"goal \"目标\" <\r  //\u001Eg 注\r    indicator 产出.数量 \"次数\"≥12次\r>".getBytes(StandardCharsets.UTF_8));
		assertThat(resource.getErrors()).isEmpty();
		String formatted = injector.getInstance(PerfDocumentFormatter.class).format(resource);
		assertThat(formatted).isEqualTo("goal \"目标\" <\n\t//\u001Eg 注\n\tindicator 产出.数量 \"次数\" ≥ 12 次\n>\n");
		assertThat(((PerfResource) resource).decodedText().withLineSeparators(formatted))
				.isEqualTo("goal \"目标\" <\r\t//\u001Eg 注\r\tindicator 产出.数量 \"次数\" ≥ 12 次\r>\r");
		String found = format(new byte[] { '\r', '/', '/', 0x1E, 'g' });
		assertThat(found).contains("//\u001Eg").doesNotContain("// ");
	}

	private String format(byte[] bytes) throws Exception {
		XtextResource resource = PerfFuzzSupport.load(injector, "fuzz.perf", bytes);
		assertThat(resource.getErrors()).isEmpty();
		return injector.getInstance(PerfDocumentFormatter.class).format(resource);
	}

	/** The base workbook with one part's content replaced. */
	private static byte[] replacing(String name, String content) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(PerfWorkbookImportFuzz.base()));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(entry.getName().equals(name) ? content.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
