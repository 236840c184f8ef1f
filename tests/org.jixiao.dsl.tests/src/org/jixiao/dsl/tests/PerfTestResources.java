// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads .perf files and named texts the way the command line does (UTF-8, linked across the
 * resource set) with the services of the injector that made it: tests inject it next to
 * {@code ParseHelper} where the file name or the resource set matters.
 */
public class PerfTestResources {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private IResourceValidator validator;

	public XtextResourceSet newResourceSet() {
		return resourceSets.get();
	}

	/** Parses text as the file {@code name} in the given resource set (not yet linked). */
	public XtextResource load(XtextResourceSet resourceSet, String name, String text) {
		XtextResource resource = (XtextResource) resourceFactory.createResource(URI.createURI("memory:/" + name));
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}

	public XtextResource parse(String text) {
		return load(newResourceSet(), "test.perf", text);
	}

	/**
	 * Loads a file; a file that follows a declaration of another file ({@code follows project …}) is loaded
	 * with the other .perf files of its folder, as the command line and the workbench resolve it.
	 */
	public XtextResource loadFile(XtextResourceSet resourceSet, Path file) {
		try {
			addFollowed(resourceSet, file);
			return load(resourceSet, file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** For a file that follows a declaration ({@code follows …}): the other .perf files of its folder, loaded into the set. */
	public XtextResourceSet addFollowed(XtextResourceSet resourceSet, Path file) {
		try {
			if (Files.readString(file, StandardCharsets.UTF_8).contains("follows ")) {
				try (java.util.stream.Stream<Path> siblings = Files.list(file.getParent())) {
					for (Path sibling : siblings.filter(f -> f.toString().endsWith(".perf") && !f.equals(file)).sorted().toList()) {
						load(resourceSet, sibling.getFileName().toString(), Files.readString(sibling, StandardCharsets.UTF_8));
					}
				}
			}
			return resourceSet;
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public XtextResource loadFile(Path file) {
		return loadFile(newResourceSet(), file);
	}

	public XtextResource loadExample(String fileName) {
		return loadFile(PerfTestSupport.examplesDir().resolve(fileName));
	}

	public XtextResource loadSeedExample(String fileName) {
		return loadFile(PerfTestSupport.seedExamplesDir().resolve(fileName));
	}

	/** All problems of a resource after linking: syntax, linking and validation. */
	public List<Issue> issues(Resource resource) {
		EcoreUtil.resolveAll(resource.getResourceSet());
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/** All problems of a text parsed on its own. */
	public List<Issue> issues(String text) {
		return issues(parse(text));
	}

	public List<Issue> errors(Resource resource) {
		return issues(resource).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
	}
}
