// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The fuzzers' regression corpus as ordinary tests: every seed and every input that once made a
 * finding ({@code fuzz/corpus/TARGET/}) runs through its target with all of the target's checks.
 * Fuzzing itself (new inputs for a given time) is {@code fuzz/run}, see docs/reliability.md.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfFuzzCorpusTest {

	@Inject
	private Injector injector;

	private final Map<PerfFuzzTargets, PerfFuzzTarget> targets = new EnumMap<>(PerfFuzzTargets.class);

	static Stream<Arguments> inputs() throws IOException {
		List<Arguments> inputs = new ArrayList<>();
		for (PerfFuzzTargets target : PerfFuzzTargets.values()) {
			try (Stream<Path> files = Files.list(target.corpus())) {
				files.sorted().forEach(f -> inputs.add(Arguments.of(target, f.getFileName().toString())));
			}
		}
		return inputs.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("inputs")
	void inputPassesItsTargetsChecks(PerfFuzzTargets target, String file) throws Exception {
		PerfFuzzTarget run = targets.get(target);
		if (run == null) {
			run = target.create(injector);
			targets.put(target, run);
		}
		run.run(Files.readAllBytes(target.corpus().resolve(file)));
	}

	@Test
	void everyTargetHasSeedsAndEveryInputIsASeedOrAFinding() throws IOException {
		for (PerfFuzzTargets target : PerfFuzzTargets.values()) {
			try (Stream<Path> files = Files.list(target.corpus())) {
				List<String> names = files.map(f -> f.getFileName().toString()).toList();
				assertThat(names).as(target.id()).anyMatch(n -> n.startsWith("seed-"));
				assertThat(names).as(target.id()).allMatch(n -> n.startsWith("seed-") || n.startsWith("finding-"));
			}
		}
	}

	@Test
	void partInputsReplaceOnePartOfTheBaseWorkbook() throws Exception {
		PerfWorkbookImportFuzz fuzz = new PerfWorkbookImportFuzz(injector);
		assertThat(fuzz.partNames()).contains("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml");
		int sheet = fuzz.partNames().indexOf("xl/worksheets/sheet1.xml");
		// the base workbook rebuilt with its own sheet imports as the file itself does
		fuzz.run(PerfWorkbookImportFuzz.partInput(sheet, fuzz.part(sheet)));
		// a sheet that is no XML at all is a clear refusal, not an exception
		fuzz.run(PerfWorkbookImportFuzz.partInput(sheet, "<worksheet".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}
}
