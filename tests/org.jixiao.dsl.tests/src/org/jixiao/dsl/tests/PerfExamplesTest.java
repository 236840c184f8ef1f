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
import org.eclipse.xtext.validation.Issue;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example parses and links cleanly and survives a parse → serialize → parse round trip. */
class PerfExamplesTest {

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
		XtextResource resource = PerfTestSupport.loadFile(PerfTestSupport.newResourceSet(), example);
		List<Issue> errors = PerfTestSupport.errors(resource);
		assertThat(errors).as(example + "\n" + PerfTestSupport.describe(errors)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void serializedModelParsesBackToAnEqualModel(Path example) {
		XtextResourceSet resourceSet = PerfTestSupport.newResourceSet();
		XtextResource original = PerfTestSupport.loadFile(resourceSet, example);
		EcoreUtil.resolveAll(resourceSet);
		PerfDocument document = PerfTestSupport.document(original);

		// Serialise a copy that has no node model, so that the serializer writes every token itself.
		PerfDocument copy = EcoreUtil.copy(document);
		XtextResource copyResource = (XtextResource) PerfTestSupport.injector().getInstance(IResourceFactory.class)
				.createResource(URI.createURI("memory:/copy.perf"));
		resourceSet.getResources().add(copyResource);
		copyResource.getContents().add(copy);
		String text = PerfTestSupport.injector().getInstance(ISerializer.class).serialize(copy,
				SaveOptions.newBuilder().getOptions());

		XtextResource reparsed = PerfTestSupport.load(PerfTestSupport.newResourceSet(), "reparsed.perf", text);
		assertThat(PerfTestSupport.errors(reparsed)).as(PerfTestSupport.describe(PerfTestSupport.errors(reparsed)))
				.isEmpty();
		PerfDocument again = PerfTestSupport.document(reparsed);
		assertThat(again.getElements()).hasSameSizeAs(document.getElements());
		assertThat(EcoreUtil.equals(document, again)).as("round trip of " + example + " via:\n" + text).isTrue();
	}
}
