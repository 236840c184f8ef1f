// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/** Every example parses and links cleanly and survives a parse → serialize → parse round trip. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfExamplesTest {

	@Inject
	private PerfTestResources resources;

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private ISerializer serializer;

	static Stream<Path> examples() {
		return PerfTestSupport.exampleFiles().stream();
	}

	@Test
	void thereAreExamples() {
		assertThat(PerfTestSupport.exampleFiles()).hasSizeGreaterThanOrEqualTo(8);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void parsesAndLinksWithoutErrors(Path example) {
		XtextResource resource = resources.loadFile(example);
		List<Issue> errors = resources.errors(resource);
		assertThat(errors).as(example + "\n" + PerfTestSupport.describe(errors)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void serializedModelParsesBackToAnEqualModel(Path example) {
		XtextResourceSet resourceSet = resources.newResourceSet();
		XtextResource original = resources.loadFile(resourceSet, example);
		EcoreUtil.resolveAll(resourceSet);
		PerfDocument document = PerfTestSupport.document(original);

		// Serialise a copy that has no node model, so that the serializer writes every token itself.
		PerfDocument copy = EcoreUtil.copy(document);
		XtextResource copyResource = (XtextResource) resourceFactory
				.createResource(URI.createURI("memory:/copy.perf"));
		resourceSet.getResources().add(copyResource);
		copyResource.getContents().add(copy);
		String text = serializer.serialize(copy,
				SaveOptions.newBuilder().getOptions());

		XtextResource reparsed = resources.load(resources.addFollowed(resources.newResourceSet(), example), "reparsed.perf", text);
		assertThat(resources.errors(reparsed)).as(PerfTestSupport.describe(resources.errors(reparsed)))
				.isEmpty();
		PerfDocument again = PerfTestSupport.document(reparsed);
		assertThat(again.getElements()).hasSameSizeAs(document.getElements());
		assertThat(EcoreUtil.equals(document, again)).as("round trip of " + example + " via:\n" + text).isTrue();
	}
}
