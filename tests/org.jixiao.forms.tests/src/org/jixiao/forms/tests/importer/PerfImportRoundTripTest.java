// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.generator.PerfFormGenerator;
import org.jixiao.forms.generator.PerfWorkbook;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.Form;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Generate → import gives back the same model: each example is written as the official workbooks
 * (every shipped layout is used by some example) and each workbook imported; forms, fields,
 * goals, indicators, categories and values must equal the example's. The only features allowed to
 * differ are those the layout does not print at all, read from the layout itself: a summary where
 * the layout prints none, and indicator notes where the grid has no 备注 column.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfImportRoundTripTest {

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfImportSupport imports;

	static Stream<String> examples() {
		return PerfTestSupport.exampleFiles().stream().map(p -> p.getFileName().toString());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void generatedWorkbooksImportAsTheExample(String example) throws IOException {
		XtextResource source = resources.loadExample(example);
		PerfDocument document = PerfTestSupport.document(source);
		PerfFormGenerator generator = new PerfFormGenerator(PerfLayouts.builtin());
		List<Form> originals = new ArrayList<>();
		List<Form> imported = new ArrayList<>();
		for (PerfWorkbook workbook : generator.plan(document, null)) {
			PerfImportResult result = imports.importer()
					.importWorkbook(new ByteArrayInputStream(generator.bytes(workbook)), workbook.fileName());
			assertThat(result.report()).as(workbook.fileName() + ": a generated workbook imports without errors or warnings")
					.filteredOn(n -> n.severity() != PerfImportNote.Severity.INFO).isEmpty();
			XtextResource resource = imports.parse(result);
			assertThat(resources.errors(resource)).isEmpty();
			String framework = document.getFramework() == null ? "经典" : document.getFramework().getName();
			PerfDocument back = PerfImportSupport.document(resource);
			assertThat(back.getFramework() == null ? "经典" : back.getFramework().getName()).isEqualTo(framework);
			List<Form> forms = PerfImportSupport.forms(resource);
			assertThat(forms).as(workbook.fileName()).hasSameSizeAs(workbook.forms());
			for (int i = 0; i < forms.size(); i++) {
				originals.add(workbook.forms().get(i));
				imported.add(forms.get(i));
				PerfLayout layout = workbook.layout();
				for (PerfModelDiff.Difference difference : PerfModelDiff.of(workbook.forms().get(i), forms.get(i))) {
					assertThat(notPrinted(layout, difference.path())).as(example + " (" + layout.name() + "): " + difference).isTrue();
				}
			}
		}
		assertThat(imported).hasSameSizeAs(originals).isNotEmpty();
	}

	/** Is this a feature the layout does not print (so no workbook can give it back)? */
	private static boolean notPrinted(PerfLayout layout, String path) {
		if (path.equals("summary")) {
			return layout.blocks().stream().noneMatch(b -> b.args().values().stream().anyMatch(v -> v.contains("{summary}"))
					|| b.kind().equals("overview") && b.arg("source", "goals").equals("summary"));
		}
		if (path.matches("goals\\[[0-9]+\\]\\.indicators\\[[0-9]+\\]\\.note")) {
			return layout.blocks().stream().filter(b -> b.kind().equals("goals"))
					.noneMatch(b -> b.arg("columns", "").contains(":note"));
		}
		return false;
	}
}
