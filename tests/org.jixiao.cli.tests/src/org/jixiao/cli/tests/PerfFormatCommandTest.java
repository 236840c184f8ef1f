// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao format}: rewrites in the canonical layout, checks without writing, never touches broken files,
 * and rewrites a file in its place: permissions kept, a symbolic link followed and left a link.
 */
class PerfFormatCommandTest extends PerfCliCommandTest {

	private static final String UNTIDY = "goal \"目标\" < indicator 产出.数量 \"次数\"≥12次 >";
	private static final String TIDY = "goal \"目标\" <\n\tindicator 产出.数量 \"次数\" ≥ 12 次\n>\n";

	@TempDir
	Path dir;

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void rewritesUntidyFilesInPlace() throws IOException {
		Path file = write("目标.perf", UNTIDY);

		assertThat(run("format", dir.toString())).isZero();

		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(TIDY);
		assertThat(out).contains("目标.perf: 已重排");
		assertThat(dir.toFile().list()).containsExactly("目标.perf");
	}

	@Test
	void checkReportsWithoutWriting() throws IOException {
		Path untidy = write("a.perf", UNTIDY);
		write("b.perf", TIDY);

		assertThat(run("format", "--check", dir.toString())).isEqualTo(1);

		assertThat(Files.readString(untidy, StandardCharsets.UTF_8)).isEqualTo(UNTIDY);
		assertThat(out.strip()).isEqualTo(untidy + ": 需要重排 (not formatted)");
	}

	@Test
	void fileWithSyntaxErrorsIsLeftAlone() throws IOException {
		String broken = "goal \"目标\" <\n  indicator 产出.数量 \"次数\"  ≥\n";
		Path file = write("broken.perf", broken);

		assertThat(run("format", file.toString())).isEqualTo(2);

		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(broken);
		assertThat(out).startsWith(file + ":2:25: error: [perf.syntax] 有语法错误，未重排");
	}

	private static String mode(Path file) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
	}

	@Test
	void formattedFileKeepsItsPermissions() throws IOException {
		Path file = write("目标.perf", UNTIDY);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

		assertThat(run("format", file.toString())).isZero();

		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(TIDY);
		assertThat(mode(file)).isEqualTo("rw-rw-r--");
		assertThat(dir.toFile().list()).containsExactly("目标.perf");
	}

	@Test
	void symbolicLinkStaysALinkAndItsFileIsFormatted() throws IOException {
		Path real = write("real.perf", UNTIDY);
		Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
		Path link = Files.createSymbolicLink(dir.resolve("link.perf"), Path.of("real.perf"));

		assertThat(run("format", link.toString())).isZero();

		assertThat(out).contains("link.perf: 已重排");
		assertThat(Files.isSymbolicLink(link)).isTrue();
		assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real.perf"));
		assertThat(Files.readString(real, StandardCharsets.UTF_8)).isEqualTo(TIDY);
		assertThat(mode(real)).isEqualTo("rw-r-----");
		assertThat(dir.toFile().list()).containsExactlyInAnyOrder("real.perf", "link.perf");
	}

	@Test
	void readOnlyFileIsReportedAndLeftAsItWas() throws IOException {
		Path file = write("filed.perf", UNTIDY);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

		assertThat(run("format", file.toString())).isEqualTo(74);

		assertThat(out).startsWith(file + ":1:1: error: [perf.input] 无法写入，文件未改动").contains("文件是只读的");
		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(UNTIDY);
		assertThat(err).contains("1 个文件中 0 个已重排");
		assertThat(dir.toFile().list()).containsExactly("filed.perf");
	}
}
