// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
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

/**
 * What the fuzz targets share: the language injector when fuzzing outside OSGi (the command line's
 * standalone setup), loading bytes as the command line loads a file, and the checks every issue
 * must pass.
 */
public final class PerfFuzzSupport {

	private static Injector standalone;

	private PerfFuzzSupport() {
	}

	/** The injector of a fuzzing run: created once, as the command line creates it. */
	public static synchronized Injector standaloneInjector() {
		if (standalone == null) {
			standalone = new PerfStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return standalone;
	}

	/**
	 * Loads bytes as the file {@code name} in a resource set of its own, the way the command line loads
	 * a file: decoded by {@code PerfTextDecoder} (UTF-8, GB18030 or refused), then parsed.
	 */
	public static XtextResource load(Injector injector, String name, byte[] bytes) throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
		XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class)
				.createResource(URI.createURI("memory:/" + name));
		resourceSet.getResources().add(resource);
		resource.load(new ByteArrayInputStream(bytes), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return resource;
	}

	/**
	 * Links and runs every check, as {@code jixiao validate} does; each issue must have a message and a
	 * position inside the file ({@code bytes}: an unreadable file has no parsed text to measure).
	 */
	public static List<Issue> validate(Injector injector, XtextResource resource, byte[] bytes) {
		EcoreUtil.resolveAll(resource.getResourceSet());
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		// line breaks as the parser counts them (LF, CRLF, a lone CR); the bytes 0x0A and 0x0D are these
		// characters in UTF-8, GB18030 and UTF-16 alike
		int lines = 1;
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
				lines++;
			}
		}
		for (Issue issue : issues) {
			PerfFuzzFinding.check(issue.getMessage() != null && !issue.getMessage().isBlank(),
					"issue without message: " + issue);
			PerfFuzzFinding.check(issue.getSeverity() != null, "issue without severity: " + issue);
			if (issue.getLineNumber() != null) {
				PerfFuzzFinding.check(issue.getLineNumber() >= 1 && issue.getLineNumber() <= lines,
						"issue outside the text (line " + issue.getLineNumber() + " of " + lines + "): " + issue);
			}
			if (issue.getColumn() != null) {
				PerfFuzzFinding.check(issue.getColumn() >= 1, "issue at column " + issue.getColumn() + ": " + issue);
			}
		}
		return issues;
	}

	public static boolean hasErrors(List<Issue> issues) {
		return issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR);
	}

	/**
	 * Runs a target's seeds {@code names} once before fuzzing: the classes they load (POI's are many) are
	 * instrumented then, not while the first inputs run against the fuzzer's hang timeout.
	 */
	public static void warmUp(PerfFuzzTarget target, PerfFuzzTargets id, String... names) throws Exception {
		for (String name : names) {
			target.run(java.nio.file.Files.readAllBytes(id.corpus().resolve(name)));
		}
	}

	/** The document of a loaded resource, or null when nothing was parsed (unreadable bytes). */
	public static PerfDocument document(XtextResource resource) {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PerfDocument document)
				? null : document;
	}
}
