// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.generator.PerfFormGenerator;
import org.jixiao.forms.generator.PerfWorkbook;
import org.jixiao.forms.importer.PerfImportNote.Severity;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.Form;
import org.jixiao.model.Goal;
import org.jixiao.model.Indicator;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Damaged and odd input: a clear report with a position, never an exception; content that finds
 * no place is kept in the .perf and listed in the report with its line.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfImportDamageTest {

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfImportSupport imports;

	private static String seed(String prefix) {
		return PerfImportSupport.read(PerfImportSupport.seed(prefix));
	}

	private static PerfImportNote onlyError(PerfImportResult result) {
		List<PerfImportNote> errors = result.report().stream().filter(n -> n.severity() == Severity.ERROR).toList();
		assertThat(errors).hasSize(1);
		assertThat(result.perfText()).isEmpty();
		return errors.get(0);
	}

	@Test
	void anEmptyFileIsReportedNotImported() {
		PerfImportNote error = onlyError(imports.importer().importBytes(new byte[0], "empty.txt"));
		assertThat(error.format()).isEqualTo("empty.txt:1:1: error: 文件为空，没有可导入的表格");
		assertThat(onlyError(imports.importer().importBytes(" \n\t\n \n".getBytes(StandardCharsets.UTF_8), "blank.txt"))
				.message()).contains("文件为空");
	}

	@Test
	void aBinaryFileIsReportedNotImported() {
		byte[] bytes = new byte[4096];
		new Random(6).nextBytes(bytes);
		bytes[0] = (byte) 0x89;
		bytes[1] = 'P';
		bytes[2] = 'N';
		bytes[3] = 'G';
		assertThat(onlyError(imports.importer().importBytes(bytes, "photo.png")).format())
				.startsWith("photo.png:1:1: error: ").contains("二进制");
	}

	@Test
	void aDamagedWorkbookIsReportedNotImported() throws IOException {
		PerfFormGenerator generator = new PerfFormGenerator(PerfLayouts.builtin());
		PerfDocument document = PerfTestSupport.document(resources.loadExample("zhurong-2020-declaration.perf"));
		PerfWorkbook workbook = generator.plan(document, null).get(0);
		byte[] whole = generator.bytes(workbook);
		byte[] cut = Arrays.copyOf(whole, whole.length / 2);
		assertThat(onlyError(imports.importer().importBytes(cut, "cut.xlsx")).message()).startsWith("无法读取 Excel 工作簿");
		byte[] zip = { 'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3 };
		assertThat(onlyError(imports.importer().importWorkbook(new ByteArrayInputStream(zip), "x.xlsx")).message())
				.startsWith("无法读取 Excel 工作簿");
	}

	@Test
	void textThatHoldsNoTableIsReportedNotImported() {
		PerfImportResult result = imports.importText("会议纪要\n今天讨论了明年的预算安排。\n下次会议另行通知。\n");
		assertThat(onlyError(result).message()).contains("没有识别出任何绩效表格");
		assertThat(result.report()).anyMatch(n -> n.severity() == Severity.WARNING && n.line() == 2);
	}

	@Test
	void truncatedRowsKeepTheirCellsAndReportTheMissingValue() {
		// seed 000 line 27 loses its last two cells (指标值, 绩效标准), line 42 its 绩效标准
		List<String> lines = seed("000").lines().toList();
		String text = String.join("\n", lines.stream().map(line -> switch (lines.indexOf(line) + 1) {
		case 27 -> "\t\t\t引进企业符合产业政策，高新技术企业增加";
		case 42 -> "\t\t\t综治中心建设完成率\t完成率";
		default -> line;
		}).toList());
		PerfImportResult result = imports.importer().importText(text, "truncated.txt");
		List<Indicator> indicators = indicators(result);
		assertThat(indicators).hasSize(52);
		Indicator truncated = indicators.get(1);
		assertThat(truncated.getName()).isEqualTo("引进企业符合产业政策，高新技术企业增加");
		assertThat(PerfImportSupport.written(truncated.getValue())).isEqualTo("---");
		assertThat(indicators.get(14).getName()).isEqualTo("综治中心建设完成率");
		assertThat(result.report()).filteredOn(n -> n.severity() == Severity.WARNING && n.message().contains("指标值为空"))
				.extracting(PerfImportNote::line).containsExactly(27, 42);
	}

	@Test
	void aShiftedColumnStillPutsEachCellInItsPlace() {
		// seed 003 line 22: one more empty cell at the front shifts every cell one column to the right,
		// line 23 loses its two leading empty cells
		List<String> lines = seed("003").lines().toList();
		String text = String.join("\n", lines.stream().map(line -> switch (lines.indexOf(line) + 1) {
		case 22 -> "\t" + line;
		case 23 -> line.substring(2);
		default -> line;
		}).toList());
		PerfImportResult result = imports.importer().importText(text, "shifted.txt");
		List<Indicator> indicators = indicators(result);
		Indicator shifted = indicators.get(9);
		assertThat(shifted.getName()).isEqualTo("安全生产宣传活动");
		assertThat(PerfImportSupport.written(shifted.getValue())).isEqualTo("1次");
		assertThat(PerfImportSupport.written(shifted.getActual())).isEqualTo("1次");
		assertThat(shifted.getWeight()).isEqualByComparingTo("0.5");
		assertThat(shifted.getScore()).isEqualByComparingTo("0.5");
		assertThat(shifted.getCategory().getName()).isEqualTo("数量");
		Indicator unshifted = indicators.get(10);
		assertThat(unshifted.getName()).isEqualTo("应急消防演练");
		assertThat(PerfImportSupport.written(unshifted.getValue())).isEqualTo("1次");
		assertThat(unshifted.getScore()).isEqualByComparingTo("0.5");
	}

	@Test
	void contentWithoutAPlaceIsKeptAsACommentAndReportedWithItsLine() {
		// a row no layout knows, inside the 002 declaration after the 三公经费 block (new line 81), and a
		// cell without a label above it in the 三公经费 amounts row (line 79)
		List<String> lines = new java.util.ArrayList<>(seed("002").lines().toList());
		lines.add(79, "");
		lines.add(80, "\t附：三公经费含会议费2万元（另见附表三）");
		lines.add(79, "\t其中会议费2");
		PerfImportResult result = imports.importer().importText(String.join("\n", lines), "extra.txt");
		assertThat(result.hasErrors()).isFalse();
		assertThat(result.perfText()).contains("// 未归入（第 82 行）：附：三公经费含会议费2万元（另见附表三）")
				.contains("// 未归入（第 80 行）：其中会议费2");
		assertThat(result.report()).anyMatch(n -> n.severity() == Severity.WARNING && n.line() == 82
				&& n.format().startsWith("extra.txt:82:2: warning: ") && n.message().contains("附：三公经费含会议费2万元"));
		assertThat(result.report()).anyMatch(n -> n.severity() == Severity.WARNING && n.line() == 80);
		Form form = PerfImportSupport.forms(imports.parse(result)).get(0);
		// the amounts of the row stay where they belong
		assertThat(((org.jixiao.model.DepartmentDeclaration) form).getPublicExpenses().getReception()).isEqualByComparingTo("1");
		assertThat(resources.errors(imports.parse(result))).isEmpty();
	}

	@Test
	void anExtraCellInAnIndicatorRowGoesToItsNote() {
		List<String> lines = seed("003").lines().toList();
		String text = String.join("\n", lines.stream()
				.map(line -> lines.indexOf(line) + 1 == 101 ? line + "\t见街道工作台账" : line).toList());
		PerfImportResult result = imports.importer().importText(text, "extra-cell.txt");
		Indicator indicator = PerfImportSupport.goals(PerfImportSupport.forms(imports.parse(result)).get(0)).get(2)
				.getIndicators().get(0);
		assertThat(indicator.getName()).isEqualTo("开展党建工作社区数");
		assertThat(indicator.getNote()).contains("见街道工作台账");
		assertThat(result.report()).anyMatch(n -> n.line() == 101 && n.severity() == Severity.WARNING && n.message().contains("见街道工作台账"));
	}

	@Test
	void aGridPastedFromExcelBecomesGoalsWithItsValuesAsWritten() {
		// what Excel puts on the clipboard: tab-separated rows, a cell with a line break quoted
		String pasted = "一级指标\t二级指标\t指标名称\t指标值\n"
				+ "产出指标\t数量指标\t\"培训\n次数\"\t≧12次\n"
				+ "\t质量指标\t验收合格率\t＞95％\n"
				+ "效益指标\t社会效益指标\t群众满意程度\t明显提升\n";
		PerfImportResult result = imports.importer().importText(pasted, "剪贴板");
		assertThat(result.hasErrors()).isFalse();
		XtextResource resource = imports.parse(result);
		assertThat(resources.errors(resource)).isEmpty();
		List<Goal> goals = PerfImportSupport.document(resource).getElements().stream().filter(Goal.class::isInstance)
				.map(Goal.class::cast).toList();
		assertThat(goals).hasSize(1);
		List<Indicator> indicators = goals.get(0).getIndicators();
		assertThat(indicators).extracting(Indicator::getName).containsExactly("培训\n次数", "验收合格率", "群众满意程度");
		assertThat(indicators).extracting(i -> PerfImportSupport.written(i.getValue())).containsExactly("≧12次", "＞95％", "明显提升");
		assertThat(indicators).extracting(i -> i.getCategory().getName()).containsExactly("数量", "质量", "社会效益");
		// what a paste action inserts into an open document: the goal alone
		assertThat(result.framework()).isEqualTo("经典");
		assertThat(result.elements()).startsWith("goal <\n").doesNotContain("uses framework").doesNotContain("由 jixiao import");
	}

	@Test
	void textFromChineseWindowsIsReadAsGb18030() {
		byte[] bytes = seed("002").getBytes(Charset.forName("GB18030"));
		PerfImportResult result = imports.importer().importBytes(bytes, "gbk.txt");
		assertThat(result.hasErrors()).isFalse();
		assertThat(result.report()).anyMatch(n -> n.severity() == Severity.INFO && n.message().contains("GB18030"));
		assertThat(PerfImportSupport.forms(imports.parse(result)).get(0).getUnit()).isEqualTo("衡阳市南岳区祝融街道办事处");
	}

	private List<Indicator> indicators(PerfImportResult result) {
		assertThat(result.hasErrors()).isFalse();
		XtextResource resource = imports.parse(result);
		assertThat(resources.errors(resource)).isEmpty();
		Form form = PerfImportSupport.forms(resource).get(0);
		return PerfImportSupport.goals(form).stream().flatMap(g -> g.getIndicators().stream()).toList();
	}
}
