// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.jixiao.dsl.tests.PerfTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as users have them and inputs a user should never have to debug: other encodings, broken
 * bytes, line ends, numbers too large, invisible characters, folders that cannot be written. Every
 * answer is a positioned line, never a stack trace, and a batch goes on after a bad file.
 */
class PerfHostileInputTest extends PerfCliCommandTest {

	private static final Charset GB18030 = Charset.forName("GB18030");
	private static final String UNTIDY = "goal \"目标\" < indicator 产出.数量 \"次数\"≥12次 >";
	private static final String TIDY = "goal \"目标\" <\n\tindicator 产出.数量 \"次数\" ≥ 12 次\n>\n";

	@TempDir
	Path dir;

	private Path write(String name, byte[] bytes) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, bytes);
		return file;
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private void assertNoStackTrace() {
		assertThat(out + err).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("For input string");
	}

	@Test
	void utf8WithAByteOrderMarkValidatesAsWithout() throws IOException {
		Path example = PerfTestSupport.examplesDir().resolve("qingling-2020-declaration.perf");
		byte[] text = Files.readAllBytes(example);
		write("plain.perf", text);
		assertThat(run("validate", dir.resolve("plain.perf").toString())).isZero();
		String plain = out.replace("plain.perf", "X");
		write("bom.perf", concat(BOM, text));

		assertThat(run("validate", dir.resolve("bom.perf").toString())).isZero();
		assertThat(out.replace("bom.perf", "X")).isEqualTo(plain);
	}

	@Test
	void gb18030IsReadWithAPositionedWarningNamingTheEncoding() throws IOException {
		Path file = write("gbk.perf", "goal \"目标\" <\n  indicator 产出.数量 \"次数\" ≥ 12 次\n>\n".getBytes(GB18030));

		assertThat(run("validate", file.toString())).isZero();

		assertThat(out).contains(file + ":1:8: warning: [perf.encoding] 文件不是 UTF-8 编码，已按 GB18030");
		assertThat(out).doesNotContain("\uFFFD");
		assertNoStackTrace();
	}

	@Test
	void utf16AndBrokenBytesAreOneErrorEachWithFileLineAndColumn() throws IOException {
		Path utf16 = write("utf16.perf", concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
				"goal \"目标\" <\n>\n".getBytes(StandardCharsets.UTF_16LE)));
		Path noBom = write("nobom.perf", "goal \"目标\" <\n>\n".getBytes(StandardCharsets.UTF_16LE));
		Path broken = write("broken.perf", concat("goal \"目标\" <\n  ".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xFF },
				">\n".getBytes(StandardCharsets.UTF_8)));

		assertThat(run("validate", dir.toString())).isEqualTo(2);

		assertThat(out.lines()).containsExactly(
				broken + ":2:3: error: [perf.encoding] 文件既不是 UTF-8 也不是 GB18030 编码的文本：第 2 行第 3 列的字节 0xFF 无法读取；请另存为 UTF-8。"
						+ " (not UTF-8 or GB18030 text: byte 0xFF cannot be read)",
				noBom + ":1:2: error: [perf.encoding] 文件含空字节 0x00，不是文本：像是没有字节顺序标记的 UTF-16 编码"
						+ " (looks like UTF-16 without a byte order mark)；请另存为 UTF-8。",
				utf16 + ":1:1: error: [perf.encoding] 文件是 UTF-16 编码（UTF-16LE，带字节顺序标记），不是 UTF-8；请在编辑器中另存为 UTF-8。"
						+ " (UTF-16 file: save it as UTF-8)");
		assertNoStackTrace();
	}

	@Test
	void formatCheckReportsABadFileAndChecksTheRest() throws IOException {
		Path bad = write("a-bad.perf", concat("goal \"目标\" <\n".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xC3, 0x28 }));
		Path untidy = write("b-untidy.perf", UNTIDY.getBytes(StandardCharsets.UTF_8));
		write("c-tidy.perf", TIDY.getBytes(StandardCharsets.UTF_8));

		assertThat(run("format", "--check", dir.toString())).isEqualTo(2);

		assertThat(out.lines()).hasSize(2);
		assertThat(out).contains(bad + ":2:1: error: [perf.encoding] 无法读取，未重排：").contains(untidy + ": 需要重排 (not formatted)");
		assertThat(err).contains("3 个文件中 1 个需要重排");
		assertNoStackTrace();
	}

	@Test
	void formatKeepsAGb18030FileInGb18030UnlessAskedToConvert() throws IOException {
		Path file = write("gbk.perf", UNTIDY.getBytes(GB18030));

		assertThat(run("format", file.toString())).isZero();
		assertThat(out).contains(file + ":1:8: warning: [perf.encoding] 文件按 GB18030 读取，仍按 GB18030 写回；用 --to-utf8 转为 UTF-8。");
		assertThat(Files.readAllBytes(file)).isEqualTo(TIDY.getBytes(GB18030));

		assertThat(run("format", "--check", "--to-utf8", file.toString())).isEqualTo(1);
		assertThat(Files.readAllBytes(file)).isEqualTo(TIDY.getBytes(GB18030));

		assertThat(run("format", "--to-utf8", file.toString())).isZero();
		assertThat(out).contains(file + ": 已转为 UTF-8 (converted to UTF-8)");
		assertThat(Files.readAllBytes(file)).isEqualTo(TIDY.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void formatKeepsTheByteOrderMarkAndCrlfLineEnds() throws IOException {
		String crlfUntidy = "goal \"目标\" <\r\n  // 注释\r\n  indicator 产出.数量 \"次数\"≥12次\r\n>\r\n";
		Path file = write("windows.perf", concat(BOM, crlfUntidy.getBytes(StandardCharsets.UTF_8)));

		assertThat(run("format", file.toString())).isZero();

		byte[] bytes = Files.readAllBytes(file);
		assertThat(bytes).startsWith(BOM);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(text).contains("≥ 12 次").contains("// 注释");
		assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		assertThat(text).endsWith(">\r\n");
		// formatted once, it is in the canonical layout
		assertThat(run("format", "--check", file.toString())).isZero();
	}

	@Test
	void numbersTooLargeArePositionedMessages() throws IOException {
		Path file = write("numbers.perf", ("department \"某街道\" year 2020 <\n"
				+ "    staff 99999999999999999999999\n"
				+ "    goal \"目标\" <\n"
				+ "        indicator 产出.数量 \"次数\" ≥ 1e309 次\n"
				+ "        indicator 产出.数量 \"人数\" ≥ 1e999999999 人\n"
				+ "    >\n>\n").getBytes(StandardCharsets.UTF_8));

		assertThat(run("validate", file.toString())).isEqualTo(2);

		// each number answered once where it is written: 1e309 is a number (not 1 with the unit e309)
		assertThat(out.lines().filter(l -> l.contains(": error: "))).containsExactly(
				file + ":2:11: error: [perf.syntax] “99999999999999999999999”超出整数的范围。",
				file + ":4:32: error: [perf.number-too-large] 数值大于 Excel 单元格能存的最大数（约 1E308）：请检查单位或位数。"
						+ " (number larger than an Excel cell holds)",
				file + ":5:32: error: [perf.syntax] “1e999999999”超出数值的范围。");
		assertNoStackTrace();
	}

	@Test
	void invisibleCharactersAreReportedWhereTheyStandAndNeverEchoed() throws IOException {
		Path file = write("hidden.perf", ("goal \"目标\" <\n  indicator 产出.数量 \"次\u001B[2J数\" ≥ 12 次\n"
				+ "  indicator 产出.质量 \"合格\u202Eexe.xlsx率\" ≥ 90%\n>\n").getBytes(StandardCharsets.UTF_8));

		assertThat(run("validate", file.toString())).isEqualTo(2);

		assertThat(out).contains(file + ":2:21: error: [perf.control-character] 文字中有控制字符 \\u001B");
		assertThat(out).contains(file + ":3:22: error: [perf.bidi-character] 文字中有双向控制字符 \\u202E");
		assertThat(out + err).doesNotContain("\u001B").doesNotContain("\u202E");
	}

	@Test
	void aTextLongerThanACellIsAFindingNotAWriteFailure() throws IOException {
		Path file = write("long.perf", ("goal \"目标\" <\n  indicator 产出.数量 \"" + "长".repeat(100_000) + "\" ≥ 12 次\n>\n")
				.getBytes(StandardCharsets.UTF_8));

		assertThat(run("generate", file.toString(), "-o", dir.resolve("forms").toString())).isEqualTo(2);

		assertThat(err).contains(file + ":2:19: error: [perf.cell-too-long] 文字长 100,000 个字符，超过 Excel 单元格的上限 32,767 个字符");
		assertThat(err).doesNotContain("maximum length");
		assertThat(dir.resolve("forms")).doesNotExist();
	}

	@Test
	void aFileOfFiftyMegabytesIsOneErrorForEveryCommandAndIsNotParsed() throws IOException {
		Path file = dir.resolve("huge.perf");
		byte[] goal = TIDY.getBytes(StandardCharsets.UTF_8);
		try (var stream = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			for (long written = 0; written < 50L * 1024 * 1024; written += goal.length) {
				stream.write(goal);
			}
		}
		String tooLarge = "文件太大，未读取：多于 10 MB（.perf 文件的上限）；请把表格分到几个文件中。 (larger than 10 MB, the limit of a .perf file: not read)";

		assertThat(run("validate", file.toString())).isEqualTo(2);
		assertThat(out.lines()).containsExactly(file + ":1:1: error: [perf.input] " + tooLarge);
		assertThat(err).contains("检查了 1 个文件：1 个错误，0 个警告，0 条提示。");

		assertThat(run("format", file.toString())).isEqualTo(2);
		assertThat(out.lines()).containsExactly(file + ":1:1: error: [perf.input] 无法读取，未重排：" + tooLarge);
		assertThat(Files.size(file)).isGreaterThanOrEqualTo(50L * 1024 * 1024);

		assertThat(run("generate", file.toString(), "-o", dir.resolve("forms").toString())).isEqualTo(2);
		assertThat(err).contains(file + ":1:1: error: [perf.input] " + tooLarge);
		assertThat(dir.resolve("forms")).doesNotExist();
		assertNoStackTrace();
	}

	@Test
	void aHundredThousandLevelsOfAngleBracketsAreOnePositionedSyntaxError() throws IOException {
		Path file = write("deep.perf", ("goal \"目标\" " + "<".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8));

		assertThat(run("validate", file.toString())).isEqualTo(2);
		assertThat(out.lines()).containsExactly(file + ":1:12: error: [perf.syntax] 此处不应是“<”，应为 '>'。");
		assertThat(err).contains("检查了 1 个文件：1 个错误，0 个警告，0 条提示。");

		assertThat(run("format", "--check", file.toString())).isEqualTo(2);
		assertThat(out.lines()).first().isEqualTo(file + ":1:12: error: [perf.syntax] 有语法错误，未重排：此处不应是“<”，应为 '>'。");

		assertThat(run("generate", file.toString(), "-o", dir.resolve("forms").toString())).isEqualTo(2);
		assertThat(err).contains(file + ":1:12: error: [perf.syntax] 此处不应是“<”，应为 '>'。");
		assertThat(out + err).doesNotContain("StackOverflow");
		assertNoStackTrace();
	}

	@Test
	void aThousandSyntaxErrorsAreTheFirstHundredAndOneLineForTheRest() throws IOException {
		StringBuilder text = new StringBuilder("goal \"目标\" <\n");
		for (int i = 1; i <= 1000; i++) {
			text.append("\tindicator 产出.数量 \"次数").append(i).append("\" ≥ 次 12\n"); // unit before the number
		}
		Path file = write("garbled.perf", text.append(">\n").toString().getBytes(StandardCharsets.UTF_8));

		assertThat(run("validate", file.toString())).isEqualTo(2);

		// the checks still run on what was read (two warnings on the goal); the syntax errors are capped
		List<String> lines = out.lines().filter(line -> line.contains(": error: [perf.syntax] ")).toList();
		assertThat(lines).hasSize(101);
		assertThat(lines.subList(0, 100)).allMatch(line -> line.startsWith(file + ":") && line.contains(": error: [perf.syntax] "));
		assertThat(lines.get(0)).startsWith(file + ":2:");
		assertThat(lines.get(99)).startsWith(file + ":101:");
		assertThat(lines.get(100)).startsWith(file + ":102:").endsWith(": error: [perf.syntax] 此处起还有 900 处语法错误未列出："
				+ "每个文件只列出前 100 处；请先改正上面的错误。 (900 more syntax errors not listed: only the first 100 of a file are)");
		assertNoStackTrace();
	}

	@Test
	void namesOfAHundredThousandCharactersAreFindingsWhereTheyStand() throws IOException {
		Path file = write("names.perf", ("department \"" + "单".repeat(100_000) + "\" year 2020 <\n  goal \"" + "目".repeat(100_000)
				+ "\" <\n    indicator 产出.数量 \"次数\" ≥ 12 次\n  >\n>\n").getBytes(StandardCharsets.UTF_8));
		String tooLong = ": error: [perf.cell-too-long] 文字长 100,000 个字符，超过 Excel 单元格的上限 32,767 个字符：请缩短或分成几项。"
				+ " (text longer than an Excel cell holds)";

		assertThat(run("generate", file.toString(), "-o", dir.resolve("forms").toString())).isEqualTo(2);

		assertThat(err.lines()).contains(file + ":1:12" + tooLong, file + ":2:8" + tooLong);
		assertThat(dir.resolve("forms")).doesNotExist();
		// the messages name the text by its length, never echo it
		assertThat(out + err).doesNotContain("单".repeat(100)).doesNotContain("目".repeat(100));
		assertNoStackTrace();
	}

	@Test
	void aDamagedWorkbookIsOneLineAndNothingIsWritten() throws IOException {
		Path example = PerfTestSupport.examplesDir().resolve("import").resolve("青菱街2020申报表.xlsx");
		byte[] whole = Files.readAllBytes(example);
		Path cut = write("cut.xlsx", java.util.Arrays.copyOf(whole, whole.length / 2));

		assertThat(run("import", cut.toString(), "-o", dir.resolve("src").toString())).isEqualTo(2);

		assertThat(out.lines()).containsExactly(cut + ":1:1: error: 无法读取 Excel 工作簿：文件不完整或已损坏：不是完整的 zip 压缩包（.xlsx 工作簿是 zip 压缩包），"
				+ "可能在下载、复制或保存时中断。请从原处重新获取文件，或在 Excel/WPS 中打开后另存为 .xlsx。 (The workbook is truncated or damaged: not a complete zip archive.)");
		assertThat(err).contains("未写任何文件");
		assertThat(dir.resolve("src")).doesNotExist();
		assertNoStackTrace();
	}

	@Test
	void aReadOnlyOutputFolderIsReportedAndEarlierFilesStay() throws IOException {
		Path example = PerfTestSupport.examplesDir().resolve("qingling-2020-declaration.perf");
		Path output = dir.resolve("forms");
		assertThat(run("generate", example.toString(), "-o", output.toString())).isZero();
		Path workbook;
		try (var files = Files.list(output)) {
			workbook = files.findFirst().orElseThrow();
		}
		byte[] before = Files.readAllBytes(workbook);
		Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			assertThat(run("generate", example.toString(), "-o", output.toString())).isEqualTo(74);

			assertThat(err).contains(workbook + ":1:1: error: [perf.input] 无法写入，未生成此表格 (cannot write)：")
					.contains("文件");
			assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
			assertNoStackTrace();
		} finally {
			Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}
}
