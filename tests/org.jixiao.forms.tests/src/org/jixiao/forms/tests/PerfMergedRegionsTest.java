// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.generator.PerfFormGenerator;
import org.jixiao.forms.generator.PerfWorkbook;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Excel and WPS “repair” a workbook with overlapping merged ranges (and drop some of them): no
 * generated workbook has any, for every example in every built-in layout of its kind.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfMergedRegionsTest {

	@Inject
	private PerfFidelity fidelity;

	static Stream<Path> examples() {
		return Stream.concat(PerfTestSupport.exampleFiles().stream(), PerfTestSupport.seedExampleFiles().stream());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void noMergedRangesOverlapInAnyLayout(Path example) throws IOException {
		PerfDocument document = fidelity.loadFile(example);
		PerfLayouts layouts = PerfLayouts.builtin();
		PerfFormGenerator generator = new PerfFormGenerator(layouts);
		List<String> overlaps = new ArrayList<>();
		for (String layout : layouts.names()) {
			for (PerfWorkbook workbook : generator.plan(document, layout)) {
				try (XSSFWorkbook book = PerfWorkbookText.open(generator.bytes(workbook))) {
					for (int s = 0; s < book.getNumberOfSheets(); s++) {
						overlaps.addAll(overlaps(book.getSheetAt(s), workbook.layout().name()));
					}
				}
			}
		}
		assertThat(overlaps).isEmpty();
	}

	private static List<String> overlaps(XSSFSheet sheet, String layout) {
		List<CellRangeAddress> ranges = sheet.getMergedRegions();
		List<String> found = new ArrayList<>();
		for (int i = 0; i < ranges.size(); i++) {
			for (int j = i + 1; j < ranges.size(); j++) {
				if (ranges.get(i).intersects(ranges.get(j))) {
					found.add(layout + " " + sheet.getSheetName() + ": " + ranges.get(i).formatAsString() + " / "
							+ ranges.get(j).formatAsString());
				}
			}
		}
		return found;
	}
}
