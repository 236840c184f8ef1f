// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jixiao.dsl.io.PerfAtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one way files are written outside the workspace: atomically, in place of the real file behind
 * any symbolic link, keeping the file's permissions (and group and owner where allowed), new files
 * as the umask says, refusing what is marked read-only, and never leaving a temporary file behind;
 * a temporary file a killed write left is removed by the next write of that file, unless another
 * process still holds it.
 */
class PerfAtomicFilesTest {

	private static final String OLD = "goal \"旧\" < >\n";
	private static final String NEW = "goal \"新\" < >\n";

	@TempDir
	Path dir;

	private static Path text(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private static void write(Path target, String text) throws IOException {
		PerfAtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
	}

	private static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	private static String mode(Path file) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
	}

	private static void chmod(Path file, String mode) throws IOException {
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
	}

	/** Every name under the folder (recursively), so that a stray temporary file is seen wherever it is. */
	private List<String> names() throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(f -> !f.equals(dir)).map(f -> dir.relativize(f).toString()).sorted().toList();
		}
	}

	@Test
	void newFileGetsThePermissionsOfAPlainNewFile() throws IOException {
		Path plain = Files.createFile(dir.resolve("plain.perf"));
		Path written = dir.resolve("written.perf");

		write(written, NEW);

		assertThat(read(written)).isEqualTo(NEW);
		assertThat(mode(written)).isEqualTo(mode(plain));
		assertThat(names()).containsExactly("plain.perf", "written.perf");
	}

	@ParameterizedTest
	@CsvSource({ "002, rw-rw-r--", "022, rw-r--r--", "077, rw-------" })
	void newFileFollowsTheUmaskOfTheProcess(String umask, String expected) throws Exception {
		Path classes = dir.resolve("classes");
		for (Class<?> type : PerfAtomicFiles.class.getNestMembers()) {
			copyClass(type, classes);
		}
		copyClass(PerfUmaskChild.class, classes);
		Path target = dir.resolve("out").resolve("new.perf");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder("/bin/sh", "-c",
				"umask \"$0\" && exec \"$1\" -cp \"$2\" " + PerfUmaskChild.class.getName() + " \"$3\" \"$4\"", umask, java,
				classes.toString(), target.toString(), NEW).redirectErrorStream(true).start();
		String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

		assertThat(child.exitValue()).as(output).isZero();
		assertThat(read(target)).isEqualTo(NEW);
		assertThat(mode(target)).isEqualTo(expected);
	}

	private static void copyClass(Class<?> type, Path classes) throws IOException {
		String resource = type.getName().replace('.', '/') + ".class";
		Path file = classes.resolve(resource);
		Files.createDirectories(file.getParent());
		try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			Files.write(file, in.readAllBytes());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "rw-rw-r--", "rw-r-----", "rw-------", "rwxr-xr-x" })
	void existingFileKeepsItsPermissions(String permissions) throws IOException {
		Path file = text(dir.resolve("目标.perf"), OLD);
		chmod(file, permissions);

		write(file, NEW);

		assertThat(read(file)).isEqualTo(NEW);
		assertThat(mode(file)).isEqualTo(permissions);
		assertThat(names()).containsExactly("目标.perf");
	}

	@Test
	void existingFileKeepsItsGroupAndOwnerWhereTheProcessMaySetThem() throws IOException {
		Path file = text(dir.resolve("shared.perf"), OLD);
		PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
		// root may give the file to another user and group; anyone else keeps their own (the file's as it is)
		try {
			GroupPrincipal daemon = users.lookupPrincipalByGroupName("daemon");
			view.setGroup(daemon);
			UserPrincipal owner = users.lookupPrincipalByName("daemon");
			view.setOwner(owner);
		} catch (IOException e) {
			// not allowed: the test then checks that the user's own owner and group stay
		}
		PosixFileAttributes before = view.readAttributes();

		write(file, NEW);

		PosixFileAttributes after = Files.readAttributes(file, PosixFileAttributes.class);
		assertThat(read(file)).isEqualTo(NEW);
		assertThat(after.group()).isEqualTo(before.group());
		assertThat(after.owner()).isEqualTo(before.owner());
		assertThat(after.permissions()).isEqualTo(before.permissions());
	}

	@Test
	void symbolicLinkStaysALinkAndTheRealFileGetsTheContent() throws IOException {
		Path real = text(dir.resolve("real").resolve("目标.perf"), OLD);
		chmod(real, "rw-rw-r--");
		Path link = Files.createSymbolicLink(dir.resolve("link.perf"), real);

		write(link, NEW);

		assertThat(Files.isSymbolicLink(link)).isTrue();
		assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
		assertThat(read(real)).isEqualTo(NEW);
		assertThat(mode(real)).isEqualTo("rw-rw-r--");
		assertThat(names()).containsExactly("link.perf", "real", "real/目标.perf");
	}

	@Test
	void relativeAndChainedLinksAreFollowedFromTheirOwnFolders() throws IOException {
		Path real = text(dir.resolve("b").resolve("real.perf"), OLD);
		chmod(real, "rw-r-----");
		Files.createDirectories(dir.resolve("a"));
		// a/first.perf → second.perf (in a/) → ../b/real.perf
		Path second = Files.createSymbolicLink(dir.resolve("a").resolve("second.perf"), Path.of("..", "b", "real.perf"));
		Path first = Files.createSymbolicLink(dir.resolve("a").resolve("first.perf"), Path.of("second.perf"));

		write(first, NEW);

		assertThat(Files.isSymbolicLink(first)).isTrue();
		assertThat(Files.isSymbolicLink(second)).isTrue();
		assertThat(Files.readSymbolicLink(first)).isEqualTo(Path.of("second.perf"));
		assertThat(read(real)).isEqualTo(NEW);
		assertThat(mode(real)).isEqualTo("rw-r-----");
		assertThat(names()).containsExactly("a", "a/first.perf", "a/second.perf", "b", "b/real.perf");
	}

	@Test
	void linkedFolderIsWrittenThrough() throws IOException {
		Path real = text(dir.resolve("real").resolve("目标.perf"), OLD);
		Path folder = Files.createSymbolicLink(dir.resolve("linked"), Path.of("real"));

		write(folder.resolve("目标.perf"), NEW);

		assertThat(Files.isSymbolicLink(folder)).isTrue();
		assertThat(read(real)).isEqualTo(NEW);
		assertThat(names()).containsExactly("linked", "real", "real/目标.perf");
	}

	@Test
	void danglingLinkCreatesTheFileItPointsTo() throws IOException {
		Files.createDirectories(dir.resolve("real"));
		Path link = Files.createSymbolicLink(dir.resolve("link.perf"), Path.of("real", "new.perf"));

		write(link, NEW);

		assertThat(Files.isSymbolicLink(link)).isTrue();
		assertThat(read(dir.resolve("real").resolve("new.perf"))).isEqualTo(NEW);
		assertThat(names()).containsExactly("link.perf", "real", "real/new.perf");
	}

	@Test
	void danglingLinkIntoAMissingFolderIsRefused() throws IOException {
		Path link = Files.createSymbolicLink(dir.resolve("link.perf"), Path.of("missing", "new.perf"));

		assertThatThrownBy(() -> write(link, NEW)).isInstanceOf(IOException.class).hasMessageContaining("符号链接指向的文件夹不存在");

		assertThat(names()).containsExactly("link.perf");
	}

	@Test
	void linkLoopIsRefused() throws IOException {
		Path first = Files.createSymbolicLink(dir.resolve("first.perf"), Path.of("second.perf"));
		Files.createSymbolicLink(dir.resolve("second.perf"), Path.of("first.perf"));

		assertThatThrownBy(() -> write(first, NEW)).isInstanceOf(IOException.class).hasMessageContaining("成环");

		assertThat(names()).containsExactly("first.perf", "second.perf");
	}

	@Test
	void readOnlyFileIsRefusedAndLeftAsItWas() throws IOException {
		Path file = text(dir.resolve("filed.perf"), OLD);
		chmod(file, "r--r--r--");

		assertThatThrownBy(() -> write(file, NEW)).isInstanceOf(IOException.class)
				.hasMessageContaining("文件是只读的，未改写").hasMessageContaining("read-only");

		assertThat(read(file)).isEqualTo(OLD);
		assertThat(mode(file)).isEqualTo("r--r--r--");
		assertThat(names()).containsExactly("filed.perf");
	}

	@Test
	void readOnlyFolderIsRefusedAndTheFileLeftAsItWas() throws IOException {
		Path folder = dir.resolve("filed");
		Path file = text(folder.resolve("目标.perf"), OLD);
		chmod(folder, "r-xr-xr-x");
		try {
			assertThatThrownBy(() -> write(file, NEW)).isInstanceOf(IOException.class)
					.hasMessageContaining("文件夹不可写，未写入");
			assertThatThrownBy(() -> write(folder.resolve("new.perf"), NEW)).isInstanceOf(IOException.class)
					.hasMessageContaining("文件夹不可写，未写入");
		} finally {
			chmod(folder, "rwxr-xr-x");
		}
		assertThat(read(file)).isEqualTo(OLD);
		assertThat(names()).containsExactly("filed", "filed/目标.perf");
	}

	@Test
	void failedWriteLeavesTheEarlierFileAndNoTemporaryFile() throws IOException {
		Path file = text(dir.resolve("目标.perf"), OLD);

		assertThatThrownBy(() -> PerfAtomicFiles.write(file, out -> {
			out.write("goal \"半".getBytes(StandardCharsets.UTF_8));
			throw new IOException("磁盘已满");
		})).isInstanceOf(IOException.class).hasMessage("磁盘已满");

		assertThat(read(file)).isEqualTo(OLD);
		assertThat(names()).containsExactly("目标.perf");
	}

	@Test
	void fullDiskIsSaidInWordsAndTheEarlierFileStays() throws IOException {
		Path file = text(dir.resolve("目标.perf"), OLD);

		assertThatThrownBy(() -> PerfAtomicFiles.write(file, out -> {
			out.write("goal \"半".getBytes(StandardCharsets.UTF_8));
			throw new IOException("No space left on device");
		})).isInstanceOf(IOException.class).hasMessageContaining("磁盘已满").hasMessageContaining("原有文件不变")
				.hasMessageContaining(file.toString());

		assertThat(read(file)).isEqualTo(OLD);
		assertThat(names()).containsExactly("目标.perf");
	}

	@Test
	void leftoverOfAKilledWriteIsRemovedByTheNextWriteOfThatFile() throws IOException {
		Path file = text(dir.resolve("目标.perf"), OLD);
		text(dir.resolve(".目标.perf.00c0ffee12345678.tmp"), "goal \"半");
		text(dir.resolve(".目标.perf.3f.tmp"), "goal \"半");
		// another file's leftover, and names that only look alike, are not this write's to remove
		text(dir.resolve(".其他.perf.00c0ffee12345678.tmp"), "goal \"半");
		text(dir.resolve(".目标.perf.bak.tmp"), OLD);
		text(dir.resolve("目标.perf.0123.tmp"), OLD);

		write(file, NEW);

		assertThat(read(file)).isEqualTo(NEW);
		assertThat(names()).containsExactly(".其他.perf.00c0ffee12345678.tmp", ".目标.perf.bak.tmp", "目标.perf",
				"目标.perf.0123.tmp");
	}

	@Test
	void temporaryFileThatAnotherProcessIsWritingIsLeftAlone() throws Exception {
		Path file = text(dir.resolve("目标.perf"), OLD);
		Path busy = text(dir.resolve(".目标.perf.00c0ffee12345678.tmp"), "goal \"半");
		Path classes = dir.resolve("classes");
		copyClass(PerfLockHolderChild.class, classes);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process holder = new ProcessBuilder(java, "-cp", classes.toString(), PerfLockHolderChild.class.getName(),
				busy.toString()).redirectErrorStream(true).start();
		try {
			byte[] said = holder.getInputStream().readNBytes("locked".length());
			assertThat(new String(said, StandardCharsets.UTF_8)).isEqualTo("locked");

			write(file, NEW);

			assertThat(read(file)).isEqualTo(NEW);
			assertThat(busy).exists();
		} finally {
			holder.getOutputStream().close();
			assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}
		// the other process is gone: now it is a leftover
		write(file, OLD);

		assertThat(read(file)).isEqualTo(OLD);
		assertThat(names()).containsExactly("classes", "classes/org", "classes/org/jixiao", "classes/org/jixiao/dsl",
				"classes/org/jixiao/dsl/tests", "classes/org/jixiao/dsl/tests/io",
				"classes/org/jixiao/dsl/tests/io/PerfLockHolderChild.class", "目标.perf");
	}

	@Test
	void writerThatClosesItsStreamStillProducesACompleteFile() throws IOException {
		Path file = dir.resolve("forms").resolve("表.zip");
		byte[] content = NEW.repeat(20_000).getBytes(StandardCharsets.UTF_8);

		PerfAtomicFiles.write(file, out -> {
			try (ZipOutputStream zip = new ZipOutputStream(out)) {
				zip.putNextEntry(new ZipEntry("a.perf"));
				zip.write(content);
			}
		});

		try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
			assertThat(zip.getNextEntry().getName()).isEqualTo("a.perf");
			assertThat(zip.readAllBytes()).isEqualTo(content);
		}
		assertThat(names()).containsExactly("forms", "forms/表.zip");
	}

	@Test
	void directoryInPlaceOfTheFileIsRefused() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("目标.perf"));

		assertThatThrownBy(() -> write(folder, NEW)).isInstanceOf(IOException.class).hasMessageContaining("不是普通文件");

		assertThat(names()).containsExactly("目标.perf");
	}

	@Test
	void concurrentReadersSeeTheOldOrTheNewContentOnly() throws Exception {
		Path file = text(dir.resolve("目标.perf"), OLD.repeat(5_000));
		String fresh = NEW.repeat(5_000);
		List<String> seen = new ArrayList<>();
		Thread reader = new Thread(() -> {
			try {
				for (int i = 0; i < 200; i++) {
					seen.add(read(file));
				}
			} catch (IOException e) {
				seen.add(e.toString());
			}
		});
		reader.start();
		for (int i = 0; i < 20; i++) {
			write(file, i % 2 == 0 ? fresh : OLD.repeat(5_000));
		}
		reader.join();

		assertThat(seen).hasSize(200).allMatch(text -> text.equals(fresh) || text.equals(OLD.repeat(5_000)));
		assertThat(names()).containsExactly("目标.perf");
	}

	@Test
	void fileWithTheLongestNameTheSystemAllowsIsWritten() throws IOException {
		// 83 characters of 3 bytes and the extension: 254 bytes, just under the usual limit of 255
		String name = "武汉市洪山区人民政府青菱街办事处".repeat(6).substring(0, 83) + ".perf";
		Path file = text(dir.resolve(name), OLD);

		write(file, NEW);

		assertThat(read(file)).isEqualTo(NEW);
		assertThat(names()).containsExactly(name);
	}
}
