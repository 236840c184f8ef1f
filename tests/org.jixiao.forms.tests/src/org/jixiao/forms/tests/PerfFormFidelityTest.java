// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.forms.generator.PerfWorkbook;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Every example that reproduces a seed is generated, read back with POI and flattened; every cell
 * of the seed's table text (the lines the example reproduces) must appear in order. The few cells
 * that differ on purpose are listed with their reasons in seed-differences.tsv.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfFormFidelityTest {

	@Inject
	private PerfFidelity fidelity;

	static Stream<Arguments> examples() {
		return Stream.of(
				Arguments.of("qingling-2020-declaration.perf", "000_be3f625bc643ecfe.txt", 3, 100, "wuhan2020"),
				Arguments.of("dongxihu-approval-bureau.perf", "001_83f3cdd89d962c11-part.txt", 1, 1182, "dongxihu2025"),
				Arguments.of("dongxihu-party-committee-office.perf", "001_83f3cdd89d962c11-part.txt", 1183, 1686, "dongxihu2025"),
				Arguments.of("zhurong-2020-declaration.perf", "002_35695dbc93fe7ae5.txt", 1, 460, "hunan2020"),
				Arguments.of("hongshan-2020-department-selfeval.perf", "003_2bbc2e3e09f5e5b5.txt", 1, 165, "wuhan2020-department-selfeval"),
				Arguments.of("hongshan-2020-project-selfevals.perf", "003_2bbc2e3e09f5e5b5.txt", 166, 462, "wuhan2020-selfeval"),
				// the workbook layout of the duty targets; their Word document: PerfWordDocumentsTest
				Arguments.of("xiguan-2022-duties.perf", "004_6175d87ea5216f0b.txt", 1, 96, "hebei2022-duties-xlsx"),
				Arguments.of("xiguan-2022-projects.perf", "004_6175d87ea5216f0b.txt", 106, 1592, "hebei2022-project"));
	}

	@ParameterizedTest(name = "{0} ↔ seed {1} lines {2}-{3}")
	@MethodSource("examples")
	void everySeedCellAppearsInOrder(String example, String seed, int first, int last, String layout) {
		PerfDocument document = fidelity.load(example);
		List<PerfWorkbook> workbooks = PerfFidelity.plan(document, layout);
		assertThat(workbooks).as("one workbook per form kind, unit and year").hasSize(1);
		assertThat(workbooks.get(0).layout().name()).isEqualTo(layout);

		XSSFWorkbook workbook = PerfWorkbookText.open(PerfFidelity.bytes(workbooks.get(0)));
		List<String> tokens = PerfSeedText.tokens(seed, first, last);
		assertThat(tokens).as("seed cells read").hasSizeGreaterThan(80);

		List<PerfSeedComparison.Miss> misses = PerfSeedComparison.missing(tokens, workbook,
				PerfFidelity.categoryLabels(document));
		Set<String> missing = new TreeSet<>(misses.stream().map(PerfSeedComparison.Miss::token).toList());
		assertThat(missing).as("seed cells missing or out of order:\n%s", misses).isEqualTo(knownDifferences(example));
	}

	private static Set<String> knownDifferences(String example) {
		Set<String> tokens = new TreeSet<>();
		for (String line : differencesFile()) {
			String[] fields = line.split("\t");
			if (!line.startsWith("#") && fields.length >= 3 && fields[0].equals(example)) {
				tokens.add(fields[1]);
			}
		}
		return tokens;
	}

	private static List<String> differencesFile() {
		try (InputStream in = PerfFormFidelityTest.class.getResourceAsStream("seed-differences.tsv")) {
			return new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
