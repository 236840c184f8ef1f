// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.resources.IProject;
import org.jixiao.dsl.ui.imports.PerfImportPlan;
import org.jixiao.dsl.ui.tests.PerfUiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import wizard answers hostile files as the command line does (docs/reliability.md): a Word
 * document chosen as a workbook, a truncated workbook and a file beyond the import's size are each
 * one error of the report, not importable, and nothing is written.
 */
class PerfImportHostileWizardTest {

	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		PerfUiTestSupport.closeEditorsAndDelete(project);
	}

	@Test
	void hostileFilesAreOneReportErrorEachAndNothingIsWritten(@TempDir Path temp) throws Exception {
		project = PerfUiTestSupport.project("import-hostile");
		Path word = Files.write(temp.resolve("申报表.xlsx"), zip("word/document.xml"));
		byte[] workbook = zip("xl/workbook.xml");
		Path cut = Files.write(temp.resolve("截断.xlsx"), java.util.Arrays.copyOf(workbook, workbook.length / 2));
		Path large = temp.resolve("大.txt");
		try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(large), 1 << 16)) {
			byte[] line = "产出指标\t数量指标\t培训次数\t≥12次\n".getBytes(StandardCharsets.UTF_8);
			for (long written = 0; written <= 32L * 1024 * 1024; written += line.length) {
				out.write(line);
			}
		}

		PerfImportPlan plan = PerfImportPlan.run(List.of(word, cut, large), project, 2022, null);

		assertThat(plan.entries()).hasSize(3).noneMatch(PerfImportPlan.Entry::importable);
		assertThat(plan.entries()).extracting(e -> e.result().report().get(0).format()).containsExactly(
				"申报表.xlsx:1:1: error: 无法读取 Excel 工作簿：是 Word 文档，不是 Excel 工作簿：请在 Word/WPS 中选中表格复制，粘贴到文本文件（.txt）后导入，"
						+ "或把表格复制到 Excel 中另存为 .xlsx。 (A Word document, not an Excel workbook.)",
				"截断.xlsx:1:1: error: 无法读取 Excel 工作簿：文件不完整或已损坏：不是完整的 zip 压缩包（.xlsx 工作簿是 zip 压缩包），"
						+ "可能在下载、复制或保存时中断。请从原处重新获取文件，或在 Excel/WPS 中打开后另存为 .xlsx。 (The workbook is truncated or damaged: not a complete zip archive.)",
				"大.txt:1:1: error: “大.txt”太大，未导入：文件大于 32 MB（导入上限）。请把表格拆成几个文件分别导入。 Too large to import: more than 32 MB, the import's limit.");
		assertThat(plan.write(null)).isEmpty();
	}

	/** A zip with [Content_Types].xml and one more (empty) part. */
	private static byte[] zip(String part) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(part));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><x>" + "表".repeat(2000) + "</x>").getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}
}
