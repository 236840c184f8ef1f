// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.PerfStandaloneSetup;
import org.jixiao.model.PerfDocument;

import com.google.inject.Injector;

/** Parses .perf text and example files the way the command line does, for tests. */
public final class PerfTestSupport {

	private static Injector injector;

	private PerfTestSupport() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new PerfStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public static XtextResourceSet newResourceSet() {
		return injector().getInstance(XtextResourceSet.class);
	}

	/** Parses text as the file {@code name} in the given resource set (not yet linked). */
	public static XtextResource load(XtextResourceSet resourceSet, String name, String text) {
		return load(injector(), resourceSet, name, text);
	}

	/**
	 * Parses text with the given injector's own resource factory: the runtime and the IDE injector
	 * both register themselves globally, and a resource must be parsed by the injector whose
	 * services (content assist, for one) will read it.
	 */
	public static XtextResource load(Injector injector, XtextResourceSet resourceSet, String name, String text) {
		XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class)
				.createResource(URI.createURI("memory:/" + name));
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					java.util.Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}

	public static XtextResource parse(String text) {
		return load(newResourceSet(), "test.perf", text);
	}

	public static PerfDocument document(Resource resource) {
		return (PerfDocument) resource.getContents().get(0);
	}

	/** All problems of a resource after linking: syntax, linking and validation. */
	public static List<Issue> issues(Resource resource) {
		EcoreUtil.resolveAll(resource.getResourceSet());
		return injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	public static List<Issue> errors(Resource resource) {
		return issues(resource).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
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

	public static XtextResource loadExample(String fileName) {
		return loadFile(newResourceSet(), examplesDir().resolve(fileName));
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

	public static XtextResource loadSeedExample(String fileName) {
		return loadFile(newResourceSet(), seedExamplesDir().resolve(fileName));
	}

	private static List<Path> perfFiles(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.toString().endsWith(".perf")).sorted().toList();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public static XtextResource loadFile(XtextResourceSet resourceSet, Path file) {
		try {
			return load(resourceSet, file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
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
