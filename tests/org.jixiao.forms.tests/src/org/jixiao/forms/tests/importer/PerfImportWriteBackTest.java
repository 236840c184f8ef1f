// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfModelComparison;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.importer.PerfImportResult;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * The importer builds a model and the one .perf writer writes it: for every import input (the seeds,
 * the files of examples/import) the text reads back, without errors and the first time, as the very
 * model the importer built (comparator spellings included).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfImportWriteBackTest {

	@Inject
	private PerfImportSupport imports;

	static Stream<Path> inputs() throws IOException {
		Stream<Path> seeds = Stream.of("000", "001", "002", "003", "004").map(PerfTestSupport::seed);
		try (Stream<Path> files = Files.list(PerfTestSupport.examplesDir().resolve("import"))) {
			return Stream.concat(seeds, files.sorted().toList().stream());
		}
	}

	@ParameterizedTest
	@MethodSource("inputs")
	void theWrittenTextReadsBackAsTheImportedModel(Path input) throws IOException {
		PerfImportResult result = imports.importer().withYear(2025)
				.importBytes(Files.readAllBytes(input), input.getFileName().toString());

		assertThat(result.hasErrors()).as(result.report().toString()).isFalse();
		assertThat(result.document()).isNotNull();
		XtextResource back = imports.parse(result);
		assertThat(back.getErrors()).as(result.perfText()).isEmpty();
		assertThat(PerfModelComparison.firstDifference(result.document(), PerfImportSupport.document(back)))
				.as(input.getFileName() + "\n" + result.perfText()).isNull();
	}
}
