// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.entries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.ui.internal.PerfUiInjector;

/** The test material in resources/ (pieces of seed 004) and validation of written .perf files. */
final class PerfEntriesTestSupport {

	static final String TABLE = "xiguan-2022-vehicle-insurance.txt";
	static final String GRID = "xiguan-2022-vehicle-insurance-grid.txt";

	private PerfEntriesTestSupport() {
	}

	/** resources/NAME of this test bundle, found from the working directory upwards. */
	static Path resource(String name) {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			for (Path candidate : List.of(dir.resolve("resources").resolve(name),
					dir.resolve("tests/org.jixiao.dsl.ui.tests/resources").resolve(name))) {
				if (Files.isRegularFile(candidate)) {
					return candidate;
				}
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("resources/" + name + " not found above " + Path.of("").toAbsolutePath());
	}

	static String text(String name) throws IOException {
		return Files.readString(resource(name), StandardCharsets.UTF_8);
	}

	static String contents(IFile file) throws Exception {
		try (var in = file.getContents()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The errors of a file, parsed and validated with the language's own services. */
	static List<Issue> errors(IFile file) throws IOException {
		XtextResourceSet resourceSet = PerfUiInjector.getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("perf",
				PerfUiInjector.getInstance(IResourceFactory.class));
		Resource resource = resourceSet.createResource(URI.createFileURI(file.getLocation().toOSString()));
		resource.load(Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return PerfUiInjector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)
				.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
	}

	/** How often {@code part} occurs in {@code text}. */
	static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			n++;
		}
		return n;
	}
}
