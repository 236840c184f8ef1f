// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.formatting2.PerfDocumentFormatter;
import org.jixiao.dsl.scoring.PerfScoring;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.model.BudgetExecution;
import org.jixiao.model.BudgetSourceKind;
import org.jixiao.model.ProjectSelfEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * 预算执行 with 年初预算数 and the amounts per source of funds (the central self-evaluation's
 * 项目资金 block): read, laid out, checked against the total, and offered by content assist.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfIdeInjectorProvider.class)
class PerfBudgetSourcesTest {

	private static final String HEAD = "selfeval project \"社区工作经费\" year 2022 <\n";

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfDocumentFormatter formatter;

	@Inject
	private PerfContentAssist assist;

	private static String form(String budget) {
		return HEAD + "\t" + budget + "\n>\n";
	}

	private BudgetExecution budget(XtextResource resource) {
		return ((ProjectSelfEvaluation) PerfTestSupport.document(resource).getElements().get(0)).getBudget();
	}

	@Test
	void theSourcesAreReadAndLaidOutOneALine() {
		XtextResource resource = resources.parse(HEAD + "budget \"年度资金总额\" weight 10 initial 100 planned 120 executed 110 < "
				+ "fiscal initial 80 planned 100 executed 95 carryover planned 20 executed 15 other initial 20 > >\n");
		assertThat(resources.errors(resource)).isEmpty();

		BudgetExecution budget = budget(resource);
		assertThat(budget.getInitial()).isEqualByComparingTo("100");
		assertThat(budget.getSources()).extracting(s -> s.getKind()).containsExactly(BudgetSourceKind.FISCAL,
				BudgetSourceKind.CARRYOVER, BudgetSourceKind.OTHER);
		assertThat(budget.getSources().get(1).getInitial()).isNull();
		assertThat(budget.getSources().get(1).getPlanned()).isEqualByComparingTo("20");
		// rate and score from the total as before: 110 ÷ 120, 10 × 91.67%
		assertThat(new PerfScoring().budget(budget).ruleRounded()).isEqualByComparingTo("9.17");
		assertThat(formatter.format(resource)).isEqualTo("""
				selfeval project "社区工作经费" year 2022 <
				\tbudget "年度资金总额" weight 10 initial 100 planned 120 executed 110 <
				\t\tfiscal initial 80 planned 100 executed 95
				\t\tcarryover planned 20 executed 15
				\t\tother initial 20
				\t>
				>
				""");
	}

	@Test
	void sourcesThatAddUpToTheTotalAreNotReported() {
		List<Issue> issues = resources.issues(form("budget weight 10 initial 100 planned 120 executed 110 < fiscal initial 80 "
				+ "planned 100 executed 95 carryover initial 0 planned 20 executed 15.004 other initial 20 >"));
		assertThat(issues).extracting(Issue::getCode).doesNotContain(PerfIssueCodes.BUDGET_PARTS);
	}

	@Test
	void eachColumnOfTheSourcesIsCheckedAgainstTheTotal() {
		List<Issue> issues = resources.issues(form("budget weight 10 initial 100 planned 120 executed 110 < fiscal initial 80 "
				+ "planned 100 executed 90 carryover planned 25 executed 15 >"));
		List<Issue> parts = issues.stream().filter(i -> PerfIssueCodes.BUDGET_PARTS.equals(i.getCode())).toList();

		assertThat(parts).extracting(Issue::getMessage).containsExactly(
				"年初预算数合计 100 万元与各资金来源之和 80 万元不符（相差 20 万元）。",
				"全年预算数合计 120 万元与各资金来源之和 125 万元不符（相差 5 万元）。",
				"全年执行数合计 110 万元与各资金来源之和 105 万元不符（相差 5 万元）。");
		// the quick fix writes the sum in place of the total
		assertThat(parts).extracting(i -> i.getData()[0]).containsExactly("80", "125", "105");
		assertThat(parts).allSatisfy(i -> assertThat(i.getLineNumber()).isEqualTo(2));
	}

	@Test
	void contentAssistOffersTheInitialBudgetAndTheSources() {
		String before = HEAD + "\tbudget weight 10 ";
		assertThat(keywords(assist.proposals(before + "\n>\n", before.length()))).contains("initial", "planned");

		String inside = HEAD + "\tbudget weight 10 initial 100 planned 120 executed 110 <\n\t\t";
		assertThat(keywords(assist.proposals(inside + "\n\t>\n>\n", inside.length()))).contains("fiscal", "carryover", "other");

		String source = HEAD + "\tbudget weight 10 initial 100 planned 120 executed 110 <\n\t\tcarryover ";
		List<ContentAssistEntry> proposals = assist.proposals(source + "\n\t>\n>\n", source.length());
		assertThat(keywords(proposals)).contains("initial", "planned", "executed");
		assertThat(proposals).filteredOn(p -> "initial".equals(p.getProposal())).first()
				.satisfies(p -> assertThat(p.getDescription()).contains("年初预算数"));
	}

	private static List<String> keywords(List<ContentAssistEntry> proposals) {
		return proposals.stream().map(ContentAssistEntry::getProposal).toList();
	}
}
