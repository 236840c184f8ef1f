// SPDX-License-Identifier: EPL-2.0
package org.jixiao.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every hand-written source file says its licence (EPL-2.0, LICENSE at the root) with an SPDX line
 * at its top, as CONTRIBUTING.md asks; generated code (src-gen, emf-gen, target) is left out.
 */
class PerfSourceHeadersTest {

	private static final String SPDX = "SPDX-License-Identifier: EPL-2.0";
	private static final Set<String> GENERATED = Set.of("target", "src-gen", "emf-gen", "xtend-gen", "node_modules",
			".git");
	private static final Path ROOT = Path.of(System.getProperty("jixiao.root", "../.."));

	@Test
	void everySourceFileNamesItsLicence() throws IOException {
		List<Path> sources = sources();
		assertThat(sources).as("source files under " + ROOT.toAbsolutePath().normalize()).hasSizeGreaterThan(100);
		List<String> missing = sources.stream().filter(file -> !hasHeader(file)).map(file -> ROOT.relativize(file).toString())
				.sorted().collect(Collectors.toList());
		assertThat(missing).as("files without \"" + SPDX + "\" in their first three lines").isEmpty();
	}

	@Test
	void theLicenceIsThere() throws IOException {
		assertThat(Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8)).startsWith("Eclipse Public License - v 2.0");
	}

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(ROOT)) {
			return files.filter(Files::isRegularFile)
					.filter(file -> ROOT.relativize(file).toString().isEmpty() || !isGenerated(ROOT.relativize(file)))
					.filter(file -> {
						String name = file.getFileName().toString();
						return name.endsWith(".java") || name.endsWith(".xtext") || name.endsWith(".mwe2");
					}).collect(Collectors.toList());
		}
	}

	private static boolean isGenerated(Path relative) {
		for (Path part : relative) {
			if (GENERATED.contains(part.toString())) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasHeader(Path file) {
		try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
			return lines.limit(3).anyMatch(line -> line.contains(SPDX));
		} catch (IOException | java.io.UncheckedIOException e) {
			return false;
		}
	}
}
