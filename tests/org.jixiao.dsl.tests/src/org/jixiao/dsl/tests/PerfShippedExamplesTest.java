// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.formatting2.PerfDocumentFormatter;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * The examples shipped in {@code examples/} are the seed transcriptions of {@code seed-examples/}
 * without their transcription notes: the same forms, value for value, so that what the seed tests
 * prove of the transcriptions holds for what users read, run and copy into new projects. The only
 * others are the examples written for the national layouts, which no seed form uses.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfShippedExamplesTest {

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfDocumentFormatter formatter;

	/** Examples of the national layouts (国家标准): made up for a unit outside the seed regions, not transcribed. */
	private static final List<String> WRITTEN_FOR_THE_NATIONAL_LAYOUTS = List.of("wenxin-2025-department.perf",
			"wenxin-2025-elevator-project.perf", "wenxin-2025-elevator-monitoring.perf", "wenxin-2025-department-monitoring.perf");

	static Stream<Path> examples() {
		return PerfTestSupport.exampleFiles().stream();
	}

	/** Every shipped example, those in subfolders (examples/central/) included: what format --check examples/ reads. */
	static Stream<Path> allExamples() throws IOException {
		try (Stream<Path> files = Files.walk(PerfTestSupport.examplesDir())) {
			return files.filter(f -> f.toString().endsWith(".perf")).sorted().toList().stream();
		}
	}

	static Stream<Path> transcribedExamples() {
		return examples().filter(p -> !WRITTEN_FOR_THE_NATIONAL_LAYOUTS.contains(p.getFileName().toString()));
	}

	@Test
	void everyTranscriptionIsShippedUnderItsName() {
		assertThat(transcribedExamples().map(p -> p.getFileName().toString()))
				.containsExactlyElementsOf(PerfTestSupport.seedExampleFiles().stream().map(p -> p.getFileName().toString()).toList());
		assertThat(examples().map(p -> p.getFileName().toString())).containsAll(WRITTEN_FOR_THE_NATIONAL_LAYOUTS);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transcribedExamples")
	void theShippedExampleIsTheTranscriptionsModel(Path example) {
		XtextResourceSet resourceSet = resources.newResourceSet();
		XtextResource shipped = resources.loadFile(resourceSet, example);
		XtextResource transcription = resources.load(resourceSet, "transcription-" + example.getFileName(),
				read(PerfTestSupport.seedExamplesDir().resolve(example.getFileName())));
		EcoreUtil.resolveAll(resourceSet);
		PerfDocument expected = PerfTestSupport.document(transcription);

		assertThat(EcoreUtil.equals(PerfTestSupport.document(shipped), expected)).as(example.getFileName().toString()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("allExamples")
	void theShippedExampleIsInTheCanonicalLayout(Path example) {
		// what ./jixiao format --check examples/ checks, and what the new-project wizard copies
		XtextResource resource = resources.loadFile(example);
		assertThat(formatter.format(resource))
				.isEqualTo(read(example));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void theShippedExampleCarriesNoTranscriptionNotes(Path example) {
		assertThat(read(example)).doesNotContain("种子").doesNotContain("seed").doesNotContain("照录");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
