// SPDX-License-Identifier: EPL-2.0
package org.jixiao.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing a damaged workbook on the command line, in a process of its own as a user runs it: one
 * line saying what is wrong, and nothing else. POI logs the XML parser's stack trace when a part of
 * a workbook is no XML; the command line switches POI's logging off (found by fuzzing the importer).
 */
class PerfCliDamagedWorkbookTest {

	@Test
	void aWorkbookWithAPartThatIsNoXmlGivesOneLineAndNoStackTrace(@TempDir Path temp) throws Exception {
		Path workbook = temp.resolve("去年的申报表.xlsx");
		Path example = root().resolve("examples/import/青菱街2020申报表.xlsx");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(example));
				OutputStream file = Files.newOutputStream(workbook); ZipOutputStream out = new ZipOutputStream(file)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(entry.getName().equals("[Content_Types].xml") ? "<x".getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
				out.closeEntry();
			}
		}
		Path stdout = temp.resolve("out.txt");
		Path stderr = temp.resolve("err.txt");
		String classpath = Path.of(System.getProperty("jixiao.repository.plugins")).toAbsolutePath() + File.separator + "*";
		Process process = new ProcessBuilder("java", "-Dfile.encoding=UTF-8", "-cp", classpath, "org.jixiao.cli.PerfCli", "import",
				workbook.toString(), "-o", temp.resolve("src").toString()).redirectOutput(stdout.toFile())
				.redirectError(stderr.toFile()).start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).isEqualTo(2);
		List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
		assertThat(lines).singleElement().asString().startsWith(workbook + ":1:1: error: 无法读取 Excel 工作簿：文件已损坏：");
		String errors = Files.readString(stderr, StandardCharsets.UTF_8);
		assertThat(errors).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("XMLHelper");
		assertThat(errors.lines().toList()).singleElement().asString().contains("未写任何文件");
		assertThat(temp.resolve("src")).doesNotExist();
	}

	private static Path root() {
		return Path.of(System.getProperty("jixiao.root")).toAbsolutePath().normalize();
	}
}
