// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
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
import org.jixiao.model.Indicator;
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
 * the layout prints none, and an indicator's feature where no grid column prints it (its note without
 * a 备注 column; 评（扣）分标准 where the layout has no such column, 调整后目标值 and the other fields of the
 * national forms, which no shipped layout prints yet), and a project's 主管部门, 实施单位 and 项目属性 where
 * the layout has no field for them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfImportRoundTripTest {

	/** An indicator's feature (goals[0].indicators[2].adjusted.amount is the feature adjusted). */
	private static final Pattern INDICATOR_FEATURE = Pattern.compile("goals\\[[0-9]+\\]\\.indicators\\[[0-9]+\\]\\.([a-zA-Z]+)(?:\\..*)?");
	/** What every grid prints: the row's category, name and target. */
	private static final Set<String> ALWAYS_PRINTED = Set.of("category", "name", "value");
	/** A project's fields only the national layouts print, each through its {field} placeholder. */
	private static final Set<String> NATIONAL_FIELDS = Set.of("supervisor", "implementer", "property");
	/** The national forms' indicator fields the test sets on every indicator. */
	private static final List<String> NATIONAL_INDICATOR_FIELDS = List.of("criterion", "adjusted", "midterm", "core", "deviation");

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfImportSupport imports;

	/** The examples with forms that are imported: a monitoring form is started from its declaration (monitor new), never imported. */
	static Stream<String> examples() {
		return PerfTestSupport.exampleFiles().stream().filter(p -> !isMonitoring(p)).map(p -> p.getFileName().toString());
	}

	private static boolean isMonitoring(java.nio.file.Path file) {
		try {
			return java.nio.file.Files.readString(file).contains("\nmonitor ");
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void generatedWorkbooksImportAsTheExample(String example) throws IOException {
		roundTrip(example, PerfTestSupport.document(resources.loadExample(example)));
	}

	/** The central project self-evaluation (examples/central/): budget by source of funds, 年度总体目标, deviations. */
	@org.junit.jupiter.api.Test
	void theCentralSelfEvaluationImportsAsTheExample() throws IOException {
		java.nio.file.Path file = PerfTestSupport.examplesDir().resolve("central").resolve("xiguan-2022-central-selfeval.perf");
		PerfDocument document = PerfTestSupport.document(resources.loadFile(file));
		assertThat(new PerfFormGenerator(PerfLayouts.builtin()).plan(document, null)).extracting(w -> w.layout().name())
				.containsExactly("central-project-selfeval");

		assertThat(roundTrip(file.getFileName().toString(), document)).isEmpty();
	}

	static Stream<String> examplesWithIndicators() throws IOException {
		List<String> names = new ArrayList<>();
		for (var file : PerfTestSupport.exampleFiles()) {
			if (java.nio.file.Files.readString(file).contains("indicator ") && !isMonitoring(file)) {
				names.add(file.getFileName().toString());
			}
		}
		return names.stream();
	}

	@ParameterizedTest
	@MethodSource("examplesWithIndicators")
	void theFieldsOfTheNationalFormsDifferOnlyWhereNoLayoutPrintsThem(String example) throws IOException {
		PerfDocument document = PerfTestSupport.document(resources.loadExample(example));
		List<Indicator> indicators = EcoreUtil2.getAllContentsOfType(document, Indicator.class);
		assertThat(indicators).isNotEmpty();
		for (Indicator indicator : indicators) {
			indicator.setCriterion("每少一项扣 1 分");
			indicator.setAdjusted(EcoreUtil.copy(indicator.getValue()));
			indicator.setMidterm(EcoreUtil.copy(indicator.getValue()));
			indicator.setCore(true);
			indicator.setDeviation("无偏差");
		}

		List<PerfLayout> layouts = new ArrayList<>();
		List<PerfModelDiff.Difference> differences = roundTrip(example, document, layouts);

		// each is compared: it comes back where a layout prints it, and differs (allowed) where none does
		List<String> features = differences.stream()
				.map(d -> d.path().replaceFirst("^.*\\.indicators\\[[0-9]+\\]\\.", "").replaceFirst("\\..*", "")).toList();
		for (String feature : NATIONAL_INDICATOR_FIELDS) {
			boolean printedEverywhere = layouts.stream().allMatch(l -> !notPrinted(l, "goals[0].indicators[0]." + feature));
			if (printedEverywhere) {
				assertThat(features).as(example + ": " + feature + " is printed and comes back").doesNotContain(feature);
			} else {
				assertThat(features).as(example + ": " + feature + " is not printed").contains(feature);
			}
		}
	}

	/** Each new layout gives back what it prints: the national project example drawn in the 四川-style layout. */
	@org.junit.jupiter.api.Test
	void theSichuanLayoutImportsAsTheExampleWhereItPrintsIt() throws IOException {
		PerfDocument document = PerfTestSupport.document(resources.loadExample("wenxin-2025-elevator-project.perf"));
		Form project = (Form) document.getElements().get(0);
		project.setLayout("sichuan-project");
		List<PerfLayout> layouts = new ArrayList<>();
		List<PerfModelDiff.Difference> differences = roundTrip("wenxin-2025-elevator-project.perf", document, layouts);
		assertThat(layouts).extracting(PerfLayout::name).containsExactly("sichuan-project");
		// not printed in this layout: the indicator's content, criterion, basis and note, and the project's 项目属性
		assertThat(differences).extracting(PerfModelDiff.Difference::path).contains("property",
				"goals[1].indicators[0].criterion", "goals[1].indicators[0].description");
	}

	/** Generates the document's workbooks, imports each and checks every difference is one the layout cannot avoid. */
	private List<PerfModelDiff.Difference> roundTrip(String example, PerfDocument document) throws IOException {
		return roundTrip(example, document, new ArrayList<>());
	}

	private List<PerfModelDiff.Difference> roundTrip(String example, PerfDocument document, List<PerfLayout> layouts) throws IOException {
		List<PerfModelDiff.Difference> all = new ArrayList<>();
		PerfFormGenerator generator = new PerfFormGenerator(PerfLayouts.builtin());
		List<Form> originals = new ArrayList<>();
		List<Form> imported = new ArrayList<>();
		// the duty targets default to a Word document, which the importer reads as copied text: their workbook here
		for (PerfWorkbook workbook : generator.plan(document, "hebei2022-duties-xlsx")) {
			layouts.add(workbook.layout());
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
					all.add(difference);
				}
			}
		}
		assertThat(imported).hasSameSizeAs(originals).isNotEmpty();
		return all;
	}

	/** Is this a feature the layout does not print (so no workbook can give it back)? */
	private static boolean notPrinted(PerfLayout layout, String path) {
		if (path.equals("summary")) {
			return layout.blocks().stream().noneMatch(b -> b.args().values().stream().anyMatch(v -> v.contains("{summary}"))
					|| b.kind().equals("overview") && b.arg("source", "goals").equals("summary"));
		}
		if (NATIONAL_FIELDS.contains(path)) {
			return layout.blocks().stream().noneMatch(b -> b.args().values().stream().anyMatch(v -> v.contains("{" + path + "}")));
		}
		Matcher indicator = INDICATOR_FEATURE.matcher(path);
		if (indicator.matches() && !ALWAYS_PRINTED.contains(indicator.group(1))) {
			String feature = indicator.group(1).toLowerCase(Locale.ROOT);
			return layout.blocks().stream().filter(b -> b.kind().equals("goals"))
					.noneMatch(b -> b.arg("columns", "").matches("(?s).*:" + feature + "(?![a-z]).*"));
		}
		return false;
	}
}
