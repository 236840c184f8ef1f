// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.model.PerfDocument;

/**
 * Where the tests' files are (examples, seeds and their transcriptions) and how issues read in
 * assertion messages; parsing goes through the injected services ({@link PerfTestResources}).
 */
public final class PerfTestSupport {

	private PerfTestSupport() {
	}

	public static PerfDocument document(Resource resource) {
		return (PerfDocument) resource.getContents().get(0);
	}

	/** The repository's root, found from the working directory upwards (a test bundle's folder). */
	public static Path repositoryDir() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			if (Files.isDirectory(dir.resolve("examples")) && Files.exists(dir.resolve("pom.xml"))) {
				return dir;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
	}

	/** The examples shipped to users ({@code examples/}): the forms as an analyst writes them. */
	public static Path examplesDir() {
		return repositoryDir().resolve("examples");
	}

	public static List<Path> exampleFiles() {
		return perfFiles(examplesDir());
	}

	/** This bundle's folder, which holds the test data the other test bundles read as well. */
	private static Path testDataDir() {
		return repositoryDir().resolve("tests").resolve("org.jixiao.dsl.tests");
	}

	/** The seed forms: plain-text exports of published forms (see seeds/README.md). */
	public static Path seedsDir() {
		return testDataDir().resolve("seeds");
	}

	/** The seed text whose file name starts with {@code prefix} ("000" … "004"). */
	public static Path seed(String prefix) {
		try (Stream<Path> files = Files.list(seedsDir())) {
			return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".txt"))
					.findFirst().orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + seedsDir()));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The transcriptions of the seeds ({@code seed-examples/}): the shipped examples with comments
	 * giving the seed line of every value, so that findings are asserted at stable lines.
	 */
	public static Path seedExamplesDir() {
		return testDataDir().resolve("seed-examples");
	}

	public static List<Path> seedExampleFiles() {
		return perfFiles(seedExamplesDir());
	}

	private static List<Path> perfFiles(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.toString().endsWith(".perf")).sorted().toList();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Renders issues as {@code line:col message} for assertion messages. */
	public static String describe(List<Issue> issues) {
		StringBuilder result = new StringBuilder();
		for (Issue issue : issues) {
			result.append(issue.getLineNumber()).append(':').append(issue.getColumn()).append(' ')
					.append(issue.getSeverity()).append(" [").append(issue.getCode()).append("] ").append(issue.getMessage())
					.append('\n');
		}
		return result.toString();
	}
}
