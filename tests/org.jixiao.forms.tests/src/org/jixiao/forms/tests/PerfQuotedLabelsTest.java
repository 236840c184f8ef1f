// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.formatting2.PerfDocumentFormatter;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.generator.PerfWorkbook;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.forms.tests.importer.PerfImportSupport;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.FundLine;
import org.jixiao.model.Goal;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Goal names and fund labels written as quoted text (as imported labels need) go through parse →
 * format → generate as their text, without quotes; ranks written without blanks and the ASCII >=
 * print as the forms print them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfQuotedLabelsTest {

	private static final String DECLARATION = """
			department "某街道" year 2020 <
			    funds <
			        income "一、财政拨款" 100 share 100%
			        income total "合 计" 100 share 100%
			        expense 基本支出 100 share 100%
			        expense total 合计 100 share 100%
			    >
			    summary "整体目标"
			    annual goal "目标（一）" "保障社区工作正常开展" <
			        indicator 产出.数量 "社区活动次数" >= 12 次
			        indicator 产出.质量 "考核排名" 第25名
			        indicator 效益.社会效益 "居民生活" "明显改善"
			        indicator 满意度.服务对象满意度 "居民满意度" ≥ 90%
			    >
			>
			""";

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfImportSupport imports;

	@Inject
	private PerfDocumentFormatter formatter;

	@Test
	void quotedLabelsSurviveFormattingAndPrintAsTheirText() {
		XtextResource source = resources.parse(DECLARATION);
		assertThat(resources.errors(source)).isEmpty();
		String formatted = formatter.format(source);
		assertThat(formatted).contains("\tincome \"一、财政拨款\" 100 share 100%\n", "\tincome total \"合 计\" 100 share 100%\n",
				"\tannual goal \"目标（一）\" \"保障社区工作正常开展\" <\n", "\"社区活动次数\" >= 12 次\n", "\"考核排名\" 第25名\n");

		XtextResource reparsed = resources.parse(formatted);
		assertThat(resources.errors(reparsed)).isEmpty();
		PerfDocument document = PerfTestSupport.document(reparsed);
		DepartmentDeclaration declaration = (DepartmentDeclaration) document.getElements().get(0);
		assertThat(declaration.getFunds().getLines()).extracting(FundLine::getLabel).containsExactly("一、财政拨款", "合 计", "基本支出", "合计");
		assertThat(declaration.getGoals()).extracting(Goal::getName).containsExactly("目标（一）");

		List<PerfWorkbook> plan = PerfFidelity.plan(document);
		List<String> rows = PerfWorkbookText.rows(PerfWorkbookText.open(PerfFidelity.bytes(plan.get(0))));
		assertThat(rows).anySatisfy(row -> assertThat(row).contains("一、财政拨款"));
		assertThat(rows).anySatisfy(row -> assertThat(row).contains("合 计"));
		assertThat(rows).anySatisfy(row -> assertThat(row).contains("目标（一）"));
		assertThat(rows).anySatisfy(row -> assertThat(row).contains("≥12次"));
		assertThat(rows).anySatisfy(row -> assertThat(row).contains("第25名"));
		assertThat(rows).noneSatisfy(row -> assertThat(row).contains("\"目标（一）\""));
	}

	@Test
	void importingTheGeneratedFormKeepsAFundLabelThatIsNotAWord() {
		// the importer finds goals by the layout's 年度目标N headings, so this goal keeps a word name
		XtextResource source = resources.parse(DECLARATION.replace("annual goal \"目标（一）\"", "annual goal 年度目标1"));
		PerfWorkbook workbook = PerfFidelity.plan(PerfTestSupport.document(source)).get(0);

		PerfImportResult result = imports.importer().importBytes(PerfFidelity.bytes(workbook), workbook.fileName());

		assertThat(result.report()).filteredOn(n -> n.severity() != PerfImportNote.Severity.INFO).isEmpty();
		XtextResource imported = imports.parse(result);
		assertThat(resources.errors(imported)).isEmpty();
		DepartmentDeclaration declaration = (DepartmentDeclaration) PerfImportSupport.forms(imported).get(0);
		assertThat(declaration.getFunds().getLines()).extracting(FundLine::getLabel).contains("一、财政拨款");
		assertThat(declaration.getGoals()).extracting(Goal::getName).containsExactly("年度目标1");
		assertThat(declaration.getGoals().get(0).getIndicators()).extracting(i -> PerfImportSupport.written(i.getValue()))
				.contains("第25名");
	}
}
