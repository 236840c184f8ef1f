// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.formatting2.PerfDocumentFormatter;
import org.jixiao.dsl.scoring.PerfScoringProfile;
import org.jixiao.dsl.scoring.PerfScoringProfiles;
import org.jixiao.dsl.selfeval.PerfSelfEvaluationDraft;
import org.jixiao.dsl.selfeval.PerfSelfEvaluationException;
import org.jixiao.dsl.selfeval.PerfSelfEvaluationLayouts;
import org.jixiao.dsl.selfeval.PerfSelfEvaluationStarter;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.DepartmentSelfEvaluation;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalKind;
import org.jixiao.model.Indicator;
import org.jixiao.model.NoValue;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Starting a self-evaluation from a declaration: what the analyst gets to fill in. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfSelfEvaluationStarterTest {

	private static final String PROJECT = "project \"P1\" \"社区工作经费\" year 2022 <\n"
			+ "    unit \"某街道办事处\"\n"
			+ "    budget 15.3 fiscal 15.3\n"
			+ "    purpose \"保障社区正常运转\"\n"
			+ "    goal \"保障社区工作顺利开展\" <\n"
			+ "        indicator 产出.数量 \"支付经费人数\" = 49 人\n"
			+ "        indicator 产出.质量 \"发放准确率\" = 100%\n"
			+ "        indicator 产出.时效 \"发放及时率\" ≥ 95%\n"
			+ "        indicator 产出.成本 \"经费\" ≤ 15.3 万元\n"
			+ "        indicator 效益.社会效益 \"业务保障能力\" \"进一步保障\"\n"
			+ "        indicator 满意度.服务对象满意度 \"职工满意度\" ≥ 95%\n"
			+ "    >\n"
			+ ">\n";

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfSelfEvaluationStarter starter;

	@Inject
	private PerfDocumentFormatter formatter;

	private PerfSelfEvaluationDraft start(String declaration, String profile) {
		XtextResource resource = resources.parse(declaration);
		assertThat(resources.errors(resource)).isEmpty();
		return starter.start(resource, profile);
	}

	/** The draft parsed in a fresh resource set, with its issues. */
	private List<Issue> issues(PerfSelfEvaluationDraft draft) {
		return resources.issues(resources.parse(draft.text()));
	}

	private static String body(PerfSelfEvaluationDraft draft) {
		return draft.text().substring(draft.text().indexOf("selfeval"));
	}

	@Test
	void projectTableWithTheWuhanProfile() {
		PerfSelfEvaluationDraft draft = start(PROJECT, "wuhan2020");

		// 产出 30 over 4 rows → 8, 8, 7, 7; 效益+满意度 30 over 2 rows → 15, 15 (classic framework: 满意度 is a 一级 of its own)
		assertThat(body(draft)).isEqualTo("""
				selfeval project "社区工作经费" year 2022 <
				\ttitle "2022年度社区工作经费项目自评表"
				\tfollows project "P1"
				\tunit "某街道办事处"
				\tbudget "年度财政资金总额" weight 20 planned 15.3 executed ---
				\tobjective weight 20 "保障社区工作顺利开展" actual ""
				\tindicatorweight 60
				\tgoal "保障社区工作顺利开展" <
				\t\tsection 产出 weight 30
				\t\tsection 效益 weight 15
				\t\tsection 满意度 weight 15
				\t\tindicator 产出.数量 "支付经费人数" = 49 人 weight 8 actual ---
				\t\tindicator 产出.质量 "发放准确率" = 100% weight 8 actual ---
				\t\tindicator 产出.时效 "发放及时率" ≥ 95% weight 7 actual ---
				\t\tindicator 产出.成本 "经费" ≤ 15.3 万元 weight 7 actual ---
				\t\tindicator 效益.社会效益 "业务保障能力" "进一步保障" weight 15 actual ---
				\t\tindicator 满意度.服务对象满意度 "职工满意度" ≥ 95% weight 15 actual ---
				\t>
				>
				""");
		assertThat(draft.forms()).isEqualTo(1);
		assertThat(draft.notes()).isEmpty();
		assertThat(draft.text()).startsWith("// 自评表：由 test.perf 按评分配置 wuhan2020（").contains("// 待填写：budget 的 executed");
	}

	@Test
	void theDraftParsesWithoutErrorsAndListsWhatIsToBeFilledIn() {
		PerfSelfEvaluationDraft draft = start(PROJECT, "wuhan2020");
		List<Issue> issues = issues(draft);

		assertThat(issues).filteredOn(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).isEmpty();
		// six rows without 实际完成值, the 执行数, the 总目标's 完成情况
		assertThat(issues).filteredOn(i -> PerfIssueCodes.MISSING_ACTUAL.equals(i.getCode())).hasSize(8);
		assertThat(issues).extracting(Issue::getCode).doesNotContain(PerfIssueCodes.WEIGHT_TOTAL, PerfIssueCodes.SECTION_WEIGHT,
				PerfIssueCodes.DEVIATION_REQUIRED, PerfIssueCodes.TOTAL_SCORE);
	}

	@Test
	void theDraftIsInTheFormattersLayout() {
		PerfSelfEvaluationDraft draft = start(PROJECT, "wuhan2020");
		XtextResource parsed = resources.parse(draft.text());

		assertThat(formatter.format(parsed)).isEqualTo(draft.text());
	}

	@Test
	void centralProfileHasNoObjectiveAndGivesOutputFifty() {
		PerfSelfEvaluationDraft draft = start(PROJECT, "central");

		// 预算执行 10; 产出+成本 50 over 4 rows: 12.5 → 12 each, 2 left → 13, 13, 12, 12; 效益 30; 满意度 10
		assertThat(body(draft)).contains("budget \"年度财政资金总额\" weight 10 planned 15.3 executed ---\n\tindicatorweight 90\n")
				.doesNotContain("objective")
				.contains("section 产出 weight 50\n\t\tsection 效益 weight 30\n\t\tsection 满意度 weight 10\n")
				.contains("\"支付经费人数\" = 49 人 weight 13 actual ---").contains("\"发放准确率\" = 100% weight 13 actual ---")
				.contains("\"发放及时率\" ≥ 95% weight 12 actual ---").contains("\"经费\" ≤ 15.3 万元 weight 12 actual ---")
				.contains("\"进一步保障\" weight 30 actual ---").contains("\"职工满意度\" ≥ 95% weight 10 actual ---");
	}

	@Test
	void withoutSatisfactionIndicatorTheCentralRulesGiveItsPointsToBenefit() {
		String withoutSatisfaction = PROJECT.replace("        indicator 满意度.服务对象满意度 \"职工满意度\" ≥ 95%\n", "");
		PerfSelfEvaluationDraft draft = start(withoutSatisfaction, "central");

		// 财预〔2020〕10号: 满意度's 10 points go to 效益, which has one row here: 30 + 10 = 40
		assertThat(body(draft)).contains("section 产出 weight 50\n\t\tsection 效益 weight 40\n")
				.contains("\"进一步保障\" weight 40 actual ---").contains("indicatorweight 90");
		assertThat(draft.notes()).extracting(PerfSelfEvaluationDraft.Note::message)
				.containsExactly("评分配置 central 的“满意度”（10 分）在本表没有对应的指标，按评分配置计入“效益”。");
		assertThat(draft.text()).contains("// 注意（源文件第 1 行）：评分配置 central 的“满意度”");
		assertThat(issues(draft)).extracting(Issue::getCode).doesNotContain(PerfIssueCodes.WEIGHT_TOTAL);
	}

	@Test
	void pointsThatFindNoIndicatorAreNotedNotHidden() {
		// the same rules without a fallback: the 10 points stay unassigned and the total is short of 100
		PerfScoringProfile noFallback = PerfScoringProfiles.read("name = 无转移\nbudget = 10\nsections = 产出+成本:50, 效益:30, 满意度:10\n",
				"无转移.scoring.properties", null);
		String withoutSatisfaction = PROJECT.replace("        indicator 满意度.服务对象满意度 \"职工满意度\" ≥ 95%\n", "");
		XtextResource resource = resources.parse(withoutSatisfaction);
		PerfSelfEvaluationDraft draft = starter.start(resource, noFallback);

		assertThat(draft.notes()).extracting(PerfSelfEvaluationDraft.Note::message)
				.containsExactly("评分配置 无转移 的“满意度”（10 分）在本表没有对应的指标，未分配：请补充指标或改用合适的评分配置。");
		assertThat(draft.notes().get(0).line()).isEqualTo(1);
		// 10 + 80 = 90 points: the weight rule tells the analyst
		assertThat(issues(draft)).extracting(Issue::getCode).contains(PerfIssueCodes.WEIGHT_TOTAL);
	}

	@Test
	void aLayoutWithSourcesOfFundsGetsTheInitialBudgetAndTheDeclaredSources() {
		XtextResource resource = resources.parse(PROJECT.replace("budget 15.3 fiscal 15.3", "budget 15.3 fiscal 12 other 3.3"));
		PerfSelfEvaluationDraft draft = starter.start(resource, PerfScoringProfiles.builtin().get("central"),
				new PerfSelfEvaluationLayouts("central-project-selfeval", null, true));

		assertThat(body(draft)).contains("\tlayout \"central-project-selfeval\"\n")
				.contains("""
						\tbudget "年度资金总额" weight 10 initial 15.3 planned 15.3 executed --- <
						\t\tfiscal initial 12 planned 12
						\t\tcarryover
						\t\tother initial 3.3 planned 3.3
						\t>
						""");
		assertThat(issues(draft)).filteredOn(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).isEmpty();
		assertThat(issues(draft)).extracting(Issue::getCode).doesNotContain(PerfIssueCodes.BUDGET_PARTS);
	}

	@Test
	void departmentDeclarationOfSeed000() {
		XtextResource resource = resources.loadExample("qingling-2020-declaration.perf");
		DepartmentDeclaration declaration = (DepartmentDeclaration) PerfTestSupport.document(resource).getElements().get(0);
		List<Goal> annual = declaration.getGoals().stream().filter(g -> g.getKind() == GoalKind.ANNUAL).toList();

		PerfSelfEvaluationDraft draft = starter.start(resource, PerfScoringProfiles.builtin().get("wuhan2020"));

		XtextResourceSet set = resources.newResourceSet();
		XtextResource parsed = resources.load(set, "draft.perf", draft.text());
		assertThat(resources.errors(parsed)).isEmpty();
		DepartmentSelfEvaluation evaluation = (DepartmentSelfEvaluation) ((PerfDocument) parsed.getContents().get(0)).getElements().get(0);
		assertThat(evaluation.getUnit()).isEqualTo(declaration.getUnit());
		assertThat(evaluation.getYear()).isEqualTo(2020);
		// 预算数 = the declaration's 支出合计 (seed 000: 649.4 万元... read from the example's expense total line)
		assertThat(evaluation.getBudget().getPlanned()).isEqualByComparingTo(expenseTotal(declaration));
		assertThat(evaluation.getBudget().getWeight()).isEqualByComparingTo("20");
		assertThat(evaluation.getBudget().getExecuted()).isNull();
		// only the annual goals, each with every indicator and its target
		assertThat(evaluation.getGoals()).extracting(Goal::getName).containsExactlyElementsOf(annual.stream().map(Goal::getName).toList());
		for (int g = 0; g < annual.size(); g++) {
			List<Indicator> source = annual.get(g).getIndicators();
			List<Indicator> carried = evaluation.getGoals().get(g).getIndicators();
			assertThat(carried).extracting(Indicator::getName).containsExactlyElementsOf(source.stream().map(Indicator::getName).toList());
			for (int i = 0; i < source.size(); i++) {
				assertThat(org.jixiao.dsl.model.PerfValues.key(carried.get(i).getValue()))
						.isEqualTo(org.jixiao.dsl.model.PerfValues.key(source.get(i).getValue()));
				assertThat(carried.get(i).getActual()).isInstanceOf(NoValue.class);
				assertThat(carried.get(i).getScore()).isNull();
			}
		}
		// 20 + goals = 100; each goal's weight is the sum of its sections
		BigDecimal goals = evaluation.getGoals().stream().map(Goal::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(goals).isEqualByComparingTo("80");
		assertThat(resources.issues(parsed)).extracting(Issue::getCode).doesNotContain(PerfIssueCodes.WEIGHT_TOTAL,
				PerfIssueCodes.SECTION_WEIGHT);
	}

	private static BigDecimal expenseTotal(DepartmentDeclaration declaration) {
		return declaration.getFunds().getLines().stream().filter(l -> l.getSide() == org.jixiao.model.FundSide.EXPENSE && l.isTotal())
				.findFirst().orElseThrow().getAmount();
	}

	@Test
	void quotedGoalNamesAndWrittenValuesAreCarriedOver() {
		String declaration = "department \"某街道\" year 2020 <\n"
				+ "    annual goal \"目标（一）\" \"保障社区工作\" <\n"
				+ "        indicator 产出.数量 \"活动次数\" >= 12 次\n"
				+ "        indicator 产出.质量 \"考核排名\" 25名之前\n"
				+ "        indicator 效益.社会效益 \"居民生活\" \"明显改善\"\n"
				+ "        indicator 满意度.服务对象满意度 \"居民满意度\" ≥ 90%\n"
				+ "    >\n"
				+ "    annual goal \"title\" \"\" <\n"
				+ "        indicator 产出.数量 \"培训次数\" ≥ 2 次\n"
				+ "    >\n"
				+ ">\n";
		PerfSelfEvaluationDraft draft = start(declaration, "wuhan2020");

		assertThat(body(draft)).contains("\tannual goal \"目标（一）\" \"保障社区工作\" weight ")
				.contains("\"活动次数\" >= 12 次 weight").contains("\"考核排名\" 25名之前 weight")
				// a quoted name that is a keyword stays quoted; its empty content follows it
				.contains("\tannual goal \"title\" \"\" weight ");
		XtextResource parsed = resources.parse(draft.text());
		assertThat(resources.errors(parsed)).as(PerfTestSupport.describe(resources.errors(parsed))).isEmpty();
		DepartmentSelfEvaluation evaluation = (DepartmentSelfEvaluation) PerfTestSupport.document(parsed).getElements().get(0);
		assertThat(evaluation.getGoals()).extracting(Goal::getName).containsExactly("目标（一）", "title");
	}

	@Test
	void theCriterionTheAdjustedTargetAndTheCoreFlagAreCarriedOver() {
		PerfSelfEvaluationDraft draft = start(PROJECT.replace("\"支付经费人数\" = 49 人",
				"\"支付经费人数\" description \"在编人员\" criterion \"每少 1 人扣 1 分\" = 49 人 adjusted = 47 人 midterm = 150 人 core"), "wuhan2020");

		assertThat(body(draft)).contains("indicator 产出.数量 \"支付经费人数\" criterion \"每少 1 人扣 1 分\" = 49 人 adjusted = 47 人 core weight ");
		assertThat(resources.errors(resources.parse(draft.text()))).isEmpty();
	}

	@Test
	void aProjectWithoutYearCannotStart() {
		assertThatThrownBy(() -> start(PROJECT.replace(" year 2022", ""), "wuhan2020")).isInstanceOf(PerfSelfEvaluationException.class)
				.hasMessage("项目“社区工作经费”没有年度（year），无法生成自评表：请在项目表上写 year。")
				.satisfies(e -> assertThat(((PerfSelfEvaluationException) e).line()).isEqualTo(1));
	}

	@Test
	void aFileWithoutDeclarationsGivesNoForms() {
		assertThat(start("goal \"目标\" <\n    indicator 产出.数量 \"活动次数\" ≥ 12 次\n>\n", "wuhan2020").forms()).isZero();
	}

	@Test
	void unknownProfileNameIsRefused() {
		XtextResource resource = resources.parse(PROJECT);
		assertThatThrownBy(() -> starter.start(resource, "nosuch")).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("未知的评分配置“nosuch”（可用：wuhan2020、central）。");
	}
}
