// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.generator.PerfWorkbook;
import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.Form;
import org.jixiao.model.Indicator;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The forms as they come out of a printer: every example workbook with an indicator grid is
 * converted to PDF by LibreOffice (headless, A4 as the workbook sets it up) and read back page by
 * page with poppler's pdftotext. A reader of any page of a grid sees its column headers, and no
 * page ends with a header whose rows are on the next one. Besides, one workbook per shipped layout
 * (an example's form of the layout's kind, drawn in that layout) must open in LibreOffice without
 * repair and print. LibreOffice and poppler are installed by {@code ./verify}; without them the
 * test fails, it does not skip.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
@TestInstance(Lifecycle.PER_CLASS)
class PerfPrintedPagesTest {


	/** The header row of every built-in grid: these two cells side by side on one printed line. */
	private static final Pattern HEADER_ROW = Pattern.compile("一级指标\\s+二级指标");

	/**
	 * The nine project self-evaluations of seed 003: 163 indicators and long narrative texts.
	 * The first project (74 indicators, two texts of well over half a page each, and a
	 * spreadsheet row never breaks across pages) takes 4 pages, one other project 2 and the
	 * others 1 each.
	 */
	private static final int PROJECT_SELFEVAL_PAGES = 13;

	@Inject
	private PerfFidelity fidelity;

	private static Path dir;
	private static final Map<String, Printed> PRINTED = new LinkedHashMap<>();
	/** Each shipped layout's workbook as LibreOffice printed it: layout name → the PDF's text, or null without a PDF. */
	private static final Map<String, String> BY_LAYOUT = new LinkedHashMap<>();
	/** A text each shipped layout's workbook prints: its form's title, else the layout's form name. */
	private static final Map<String, String> PRINTS = new LinkedHashMap<>();

	/** One printed workbook: its pages as text, top to bottom, and the indicator names it holds. */
	private record Printed(String name, List<String> pages, List<List<String>> pageLines, Set<String> indicators) {
	}

	/** Once for the class (PER_CLASS: the injected loader is there before {@code @BeforeAll}). */
	@BeforeAll
	void print() throws IOException, InterruptedException {
		dir = Files.createTempDirectory("jixiao-print");
		String soffice = tool("soffice");
		tool("pdftotext");
		tool("pdfinfo");
		Map<String, PerfWorkbook> workbooks = new LinkedHashMap<>();
		for (Path file : examples()) {
			for (PerfWorkbook workbook : PerfFidelity.plan(fidelity.loadFile(file))) {
				if (workbook.layout().blocks().stream().anyMatch(b -> b.kind().equals("goals"))) {
					String name = "w" + workbooks.size();
					Files.write(dir.resolve(name + ".xlsx"), PerfFidelity.bytes(workbook));
					workbooks.put(name, workbook);
				}
			}
		}
		List<String> command = new ArrayList<>(List.of(soffice,
				// a private profile: concurrent runs do not share (and lock) one
				"-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
				"--outdir", dir.toString()));
		workbooks.keySet().forEach(name -> command.add(dir.resolve(name + ".xlsx").toString()));
		Map<String, String> layoutFiles = everyShippedLayout();
		layoutFiles.values().forEach(name -> command.add(dir.resolve(name + ".xlsx").toString()));
		run(command);
		for (Map.Entry<String, String> entry : layoutFiles.entrySet()) {
			Path pdf = dir.resolve(entry.getValue() + ".pdf");
			BY_LAYOUT.put(entry.getKey(), Files.exists(pdf) && pageCount(pdf) > 0
					? run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")) : null);
		}
		for (Map.Entry<String, PerfWorkbook> entry : workbooks.entrySet()) {
			Path pdf = dir.resolve(entry.getKey() + ".pdf");
			if (!Files.exists(pdf)) {
				throw new AssertionError("LibreOffice 没有生成 PDF / LibreOffice wrote no PDF for " + entry.getValue().fileName());
			}
			int count = pageCount(pdf);
			List<String> pages = pages(run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")), count);
			List<List<String>> lines = pages(run(List.of("pdftotext", "-enc", "UTF-8", "-layout", pdf.toString(), "-")), count)
					.stream().map(page -> page.lines().filter(l -> !l.isBlank()).toList()).toList();
			PRINTED.put(entry.getValue().fileName(),
					new Printed(entry.getValue().fileName(), pages, lines, indicatorNames(entry.getValue())));
		}
	}

	/**
	 * One workbook per shipped workbook layout: the first example form of the layout's kind, drawn in that
	 * layout; written as {@code l<n>.xlsx}. Returns layout name → file name without extension.
	 */
	private Map<String, String> everyShippedLayout() throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		PerfLayouts layouts = PerfLayouts.builtin();
		for (String name : PerfLayouts.BUILTIN) {
			PerfLayout layout = layouts.get(name);
			if (layout.word()) {
				continue; // a Word document, printed by PerfWordPrintTest
			}
			for (Path file : examples()) {
				PerfDocument document = fidelity.loadFile(file);
				// a form that names the layout, else the first of its kind
				List<Form> forms = document.getElements().stream().filter(Form.class::isInstance).map(Form.class::cast)
						.filter(f -> PerfFormKind.of(f) == layout.kind()).toList();
				Form form = forms.stream().filter(f -> name.equals(f.getLayout())).findFirst()
						.orElse(forms.isEmpty() || examples().stream().anyMatch(e -> names(e, name)) ? null : forms.get(0));
				if (form == null) {
					continue;
				}
				form.setLayout(name);
				PRINTS.put(name, form.getTitle() != null ? form.getTitle() : layout.formName());
				PerfWorkbook workbook = PerfFidelity.plan(document).stream().filter(w -> w.layout().name().equals(name))
						.findFirst().orElseThrow();
				String fileName = "l" + files.size();
				Files.write(dir.resolve(fileName + ".xlsx"), PerfFidelity.bytes(workbook));
				files.put(name, fileName);
				break;
			}
		}
		return files;
	}

	/** The examples, and the central project self-evaluation of examples/central/. */
	private static List<Path> examples() {
		List<Path> files = new ArrayList<>(PerfTestSupport.exampleFiles());
		files.add(PerfTestSupport.examplesDir().resolve("central").resolve("xiguan-2022-central-selfeval.perf"));
		return files;
	}

	/** Whether an example names the layout (then its form is the one printed in that layout). */
	private static boolean names(Path example, String layout) {
		try {
			return Files.readString(example).contains("layout \"" + layout + "\"");
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void everyShippedLayoutOpensInLibreOfficeAndPrints() {
		PerfLayouts layouts = PerfLayouts.builtin();
		assertThat(BY_LAYOUT.keySet()).as("a workbook of every shipped workbook layout")
				.containsExactlyElementsOf(PerfLayouts.BUILTIN.stream().filter(name -> !layouts.get(name).word()).toList());
		BY_LAYOUT.forEach((name, text) -> {
			assertThat(text).as("LibreOffice opened and printed the workbook of layout %s", name).isNotNull();
			assertThat(compact(text)).as("the printed form of layout %s", name).contains(compact(PRINTS.get(name)));
		});
	}

	@AfterAll
	void cleanUp() throws IOException {
		if (dir != null) {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	void theNineProjectSelfEvaluationsPrintOnAboutOnePageEach() {
		Printed printed = only("洪山街道办事处-2020-项目支出绩效自评表");
		assertThat(printed.pages()).as("pages of %s", printed.name()).hasSizeBetween(9, PROJECT_SELFEVAL_PAGES);
	}

	@Test
	void everyPageWithGridRowsShowsTheGridHeader() {
		assertThat(PRINTED).isNotEmpty();
		for (Printed printed : PRINTED.values()) {
			int gridPages = 0;
			for (int p = 0; p < printed.pages().size(); p++) {
				String page = compact(printed.pages().get(p));
				if (printed.indicators().stream().anyMatch(page::contains)) {
					gridPages++;
					assertThat(printed.pageLines().get(p)).as("%s page %d shows the grid header", printed.name(), p + 1)
							.anyMatch(line -> HEADER_ROW.matcher(line).find());
				}
			}
			assertThat(gridPages).as("%s has pages with grid rows", printed.name()).isPositive();
		}
	}

	@Test
	void noPageEndsWithAGridHeader() {
		for (Printed printed : PRINTED.values()) {
			for (int p = 0; p < printed.pageLines().size(); p++) {
				List<String> lines = printed.pageLines().get(p);
				int header = -1;
				for (int i = 0; i < lines.size(); i++) {
					if (HEADER_ROW.matcher(lines.get(i)).find()) {
						header = i;
					}
				}
				if (header < 0) {
					continue;
				}
				// some grid row follows the last header on the page: the first characters of an indicator name
				List<String> after = lines.subList(header + 1, lines.size()).stream().map(PerfPrintedPagesTest::compact).toList();
				boolean rowFollows = printed.indicators().stream().map(n -> n.substring(0, Math.min(4, n.length())))
						.anyMatch(start -> after.stream().anyMatch(l -> l.contains(start)));
				assertThat(rowFollows).as("%s page %d ends with a grid header:%n%s", printed.name(), p + 1,
						String.join("\n", lines.subList(Math.max(0, lines.size() - 4), lines.size()))).isTrue();
			}
		}
	}

	private static Printed only(String formName) {
		List<Printed> matching = PRINTED.values().stream().filter(p -> p.name().contains(formName)).toList();
		assertThat(matching).as("printed %s", formName).hasSize(1);
		return matching.get(0);
	}

	/**
	 * The indicator names that mark a grid row on a page: those the form's other texts (goals,
	 * summaries, objectives) do not also contain.
	 */
	private static Set<String> indicatorNames(PerfWorkbook workbook) {
		Set<String> names = new LinkedHashSet<>();
		List<String> otherTexts = new ArrayList<>();
		for (Form form : workbook.forms()) {
			otherTexts.addAll(texts(form));
			for (TreeIterator<EObject> it = form.eAllContents(); it.hasNext();) {
				EObject object = it.next();
				if (object instanceof Indicator indicator) {
					if (indicator.getName() != null && compact(indicator.getName()).length() >= 2) {
						names.add(compact(indicator.getName()));
					}
					it.prune();
				} else {
					otherTexts.addAll(texts(object));
				}
			}
		}
		names.removeIf(name -> otherTexts.stream().anyMatch(text -> text.contains(name)));
		return names;
	}

	private static List<String> texts(EObject object) {
		return object.eClass().getEAllAttributes().stream().filter(a -> !a.isMany()).map(object::eGet)
				.filter(String.class::isInstance).map(v -> compact((String) v)).toList();
	}

	/** Text without blanks and line breaks: a wrapped cell reads as one string. */
	private static String compact(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static int pageCount(Path pdf) throws IOException, InterruptedException {
		for (String line : run(List.of("pdfinfo", pdf.toString())).split("\n")) {
			if (line.startsWith("Pages:")) {
				return Integer.parseInt(line.substring(6).strip());
			}
		}
		throw new AssertionError("pdfinfo: no page count for " + pdf);
	}

	/** pdftotext ends each page with a form feed. */
	private static List<String> pages(String text, int count) {
		List<String> pages = new ArrayList<>(Arrays.asList(text.split("\f", -1)));
		while (pages.size() > count) {
			pages.remove(pages.size() - 1);
		}
		assertThat(pages).hasSize(count);
		return pages;
	}

	/** The program's full path; its absence fails the test with what to install. */
	private static String tool(String name) {
		for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(entry, name);
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		throw new AssertionError("找不到 " + name + "：打印测试需要 LibreOffice 与 poppler-utils，./verify 会自动安装；或运行 "
				+ "apt-get install -y --no-install-recommends libreoffice-calc-nogui fonts-noto-cjk fonts-crosextra-carlito poppler-utils"
				+ " / " + name + " not found: the printing test needs LibreOffice and poppler-utils, which ./verify installs");
	}

	private static String run(List<String> command) throws IOException, InterruptedException {
		return PerfExternalCommand.run(dir, command);
	}
}
