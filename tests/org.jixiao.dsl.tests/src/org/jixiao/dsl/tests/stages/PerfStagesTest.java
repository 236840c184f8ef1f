// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.documentation.PerfDocumentationProvider;
import org.jixiao.dsl.formatting2.PerfDocumentFormatter;
import org.jixiao.dsl.scoring.PerfScoring;
import org.jixiao.dsl.selfeval.PerfSelfEvaluationDraft;
import org.jixiao.dsl.selfeval.PerfSelfEvaluationStarter;
import org.jixiao.dsl.stages.PerfChange;
import org.jixiao.dsl.stages.PerfFormDiff;
import org.jixiao.dsl.stages.PerfNextYearDraft;
import org.jixiao.dsl.stages.PerfNextYearStarter;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.DepartmentSelfEvaluation;
import org.jixiao.model.Indicator;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.SelfEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * A target through its year: stage links resolved across files, the adjusted target scored and
 * carried into the self-evaluation, next year's declaration with 前年 / 上年 carried, the 对比 of two
 * versions and the hover's history.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfStagesTest {

	/** A project adjusted in July: 人数 49 → 52, 合格率 dropped, 培训次数 added, the goal and the budget changed. */
	static final String DECLARATION = """
			project "P1" "社区工作经费" year 2022 <
				unit "某街道办事处"
				budget 15.3 fiscal 15.3
				purpose "保障社区正常运转"
				adjustment <
					date "2022-07-15"
					reason "服务人数增加"
					approver "区财政局"
					document "区财绩〔2022〕12号"
					budget 18
				>
				goal "保障社区工作顺利开展" adjusted "保障社区工作顺利开展，新增培训" <
					indicator 产出.数量 "支付经费人数" = 49 人 adjusted = 52 人 lastyear = 45 人 expected = 49 人
					indicator 产出.质量 "合格率" ≥ 90% dropped
					indicator 产出.数量 "培训次数" ≥ 4 次 added expected 4 次
					indicator 效益.社会效益 "业务保障能力" "进一步保障"
					indicator 满意度.服务对象满意度 "职工满意度" ≥ 95% twoyearsago 92% lastyear 94%
				>
			>
			""";

	static final String SELFEVAL = """
			selfeval project "社区工作经费" year 2022 <
				follows project "P1"
				unit "某街道办事处"
				budget "年度财政资金总额" weight 20 initial 15.3 planned 18 executed 18
				goal <
					indicator 产出.数量 "支付经费人数" = 49 人 adjusted = 52 人 weight 20 actual 50 人
					indicator 产出.数量 "培训次数" ≥ 4 次 weight 10 actual 4 次
					indicator 效益.社会效益 "业务保障能力" "进一步保障" weight 30 actual "进一步保障"
					indicator 满意度.服务对象满意度 "职工满意度" ≥ 95% weight 20 actual 97%
				>
				deviation "支付人数少于调整后的目标：两人年中调出。"
			>
			""";

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfSelfEvaluationStarter selfEvaluations;

	@Inject
	private PerfNextYearStarter nextYear;

	@Inject
	private PerfDocumentationProvider documentation;

	@Inject
	private PerfDocumentFormatter formatter;

	private static List<String> codes(List<Issue> issues) {
		return issues.stream().map(Issue::getCode).toList();
	}

	private static <T> T first(XtextResource resource, Class<T> type) {
		return PerfTestSupport.document(resource).getElements().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
	}

	@Test
	void aSelfEvaluationFindsItsProjectInAnotherFileAndAgreesWithIt() {
		XtextResourceSet set = resources.newResourceSet();
		XtextResource declaration = resources.load(set, "declaration.perf", DECLARATION);
		XtextResource evaluation = resources.load(set, "selfeval.perf", SELFEVAL);

		List<Issue> issues = resources.issues(evaluation);

		assertThat(first(evaluation, ProjectSelfEvaluation.class).getLink().getProject()).isSameAs(first(declaration, ProjectTable.class));
		assertThat(codes(issues)).as(PerfTestSupport.describe(issues)).doesNotContain(PerfIssueCodes.STAGE_LINK_UNRESOLVED,
				PerfIssueCodes.STAGE_TARGET, PerfIssueCodes.STAGE_INDICATOR_ADDED, PerfIssueCodes.STAGE_INDICATOR_DROPPED,
				PerfIssueCodes.STAGE_BUDGET, PerfIssueCodes.OVER_ACHIEVEMENT);
		assertThat(resources.issues(declaration)).as(PerfTestSupport.describe(resources.issues(declaration))).extracting(Issue::getCode)
				.doesNotContain(PerfIssueCodes.ADJUSTED_WITHOUT_RECORD, PerfIssueCodes.ADJUSTMENT_EMPTY, PerfIssueCodes.REQUIRED_FIELD);
	}

	@Test
	void theDroppedIndicatorAndTheOriginalTargetAreFindingsAgainstTheAdjustedDeclaration() {
		XtextResourceSet set = resources.newResourceSet();
		resources.load(set, "declaration.perf", DECLARATION);
		XtextResource evaluation = resources.load(set, "selfeval.perf", SELFEVAL
				.replace("= 49 人 adjusted = 52 人 weight 20", "= 49 人 weight 20")
				.replace("weight 10 actual 4 次\n", "weight 10 actual 4 次\n\t\tindicator 产出.质量 \"合格率\" ≥ 90% weight 0 actual 95%\n"));

		List<Issue> issues = resources.issues(evaluation);

		assertThat(issues).filteredOn(i -> PerfIssueCodes.STAGE_TARGET.equals(i.getCode())).singleElement()
				.satisfies(i -> assertThat(i.getData()).containsExactly("= 49 人 adjusted = 52 人"));
		assertThat(issues).filteredOn(i -> PerfIssueCodes.STAGE_INDICATOR_ADDED.equals(i.getCode())).extracting(Issue::getMessage)
				.containsExactly("指标“合格率”不在所依据的申报表中（目标调整中已删除）：自评只评申报（调整后）的指标；如确需增加，应先经目标调整批准。");
	}

	@Test
	void aDepartmentIsFoundByUnitAndYear() {
		XtextResourceSet set = resources.newResourceSet();
		XtextResource declarations = resources.load(set, "declarations.perf", """
				department "某局" year 2020 < >
				department "某局" year 2021 < >
				""");
		XtextResource evaluation = resources.load(set, "selfeval.perf", """
				selfeval department "某局" year 2021 <
					follows department "某局" year 2021
				>
				""");

		resources.issues(evaluation);

		DepartmentDeclaration of2021 = PerfTestSupport.document(declarations).getElements().stream().map(DepartmentDeclaration.class::cast)
				.filter(d -> d.getYear() == 2021).findFirst().orElseThrow();
		assertThat(first(evaluation, DepartmentSelfEvaluation.class).getLink().getDepartment()).isSameAs(of2021);
	}

	@Test
	void aLinkToNothingIsAWarningInChineseNotAnError() {
		List<Issue> project = resources.issues(SELFEVAL);
		List<Issue> department = resources.issues("selfeval department \"某局\" year 2021 <\n\tfollows department \"某局\" year 2019\n>\n");

		assertThat(project).filteredOn(i -> PerfIssueCodes.STAGE_LINK_UNRESOLVED.equals(i.getCode())).singleElement().satisfies(i -> {
			assertThat(i.getSeverity()).isEqualTo(Severity.WARNING);
			assertThat(i.getMessage()).isEqualTo("找不到所依据的项目支出绩效目标表（项目代码“P1”）：请把申报表与本表放在同一文件夹或工作区中一起检查"
					+ "（如 jixiao validate 文件夹），或核对项目代码；跨阶段检查未进行。");
			assertThat(i.getLineNumber()).isEqualTo(2);
		});
		assertThat(department).filteredOn(i -> PerfIssueCodes.STAGE_LINK_UNRESOLVED.equals(i.getCode())).extracting(Issue::getMessage)
				.containsExactly("找不到所依据的部门整体支出绩效目标申报表（单位“某局”，2019 年度）：请把申报表与本表放在同一文件夹或工作区中一起检查"
						+ "（如 jixiao validate 文件夹），或核对单位名称与年度；跨阶段检查未进行。");
		assertThat(project).noneMatch(i -> i.getSeverity() == Severity.ERROR);
	}

	@Test
	void theActualIsScoredAgainstTheAdjustedTarget() {
		XtextResource evaluation = resources.parse(SELFEVAL);
		Indicator people = first(evaluation, SelfEvaluation.class).getGoals().get(0).getIndicators().get(0);

		// 50 of the adjusted 52 (not of the declared 49): 20 × 50 ÷ 52
		assertThat(new PerfScoring(new BigDecimal("0.01")).indicator(people).rule()).isEqualByComparingTo("19.23");
	}

	@Test
	void selfevalNewStartsFromTheAdjustedDeclarationAndNamesIt() {
		XtextResourceSet set = resources.newResourceSet();
		XtextResource declaration = resources.load(set, "declaration.perf", DECLARATION);

		PerfSelfEvaluationDraft draft = selfEvaluations.start(declaration, "wuhan2020");

		assertThat(draft.text()).contains("\tfollows project \"P1\"\n")
				.contains("budget \"年度财政资金总额\" weight 20 planned 18 executed ---")
				.contains("objective weight 20 \"保障社区工作顺利开展，新增培训\"")
				.contains("goal \"保障社区工作顺利开展，新增培训\" <")
				.contains("indicator 产出.数量 \"支付经费人数\" = 49 人 adjusted = 52 人 weight")
				.contains("indicator 产出.数量 \"培训次数\" ≥ 4 次 weight")
				.doesNotContain("合格率");
		XtextResource started = resources.load(set, "selfeval.perf", draft.text());
		assertThat(codes(resources.issues(started))).doesNotContain(PerfIssueCodes.STAGE_LINK_UNRESOLVED, PerfIssueCodes.STAGE_TARGET,
				PerfIssueCodes.STAGE_INDICATOR_ADDED, PerfIssueCodes.STAGE_INDICATOR_DROPPED, PerfIssueCodes.STAGE_BUDGET);
	}

	@Test
	void nextYearCarriesTheActualOrTheExpectedValueIntoLastYear() {
		XtextResourceSet set = resources.newResourceSet();
		XtextResource declaration = resources.load(set, "declaration.perf", DECLARATION);
		resources.load(set, "selfeval.perf", SELFEVAL);

		PerfNextYearDraft draft = nextYear.start(declaration, 2023);

		String text = draft.text();
		assertThat(text).contains("project \"P1\" \"社区工作经费\" year 2023 <").contains("\tbudget 18 fiscal 15.3\n")
				.contains("goal \"保障社区工作顺利开展，新增培训\" <")
				// the adjusted target is the target; 上年 45 → 前年; the self-evaluated 50 → 上年
				.contains("indicator 产出.数量 \"支付经费人数\" = 52 人 twoyearsago = 45 人 lastyear 50 人\n")
				.contains("indicator 产出.数量 \"培训次数\" ≥ 4 次 lastyear 4 次\n")
				.contains("indicator 满意度.服务对象满意度 \"职工满意度\" ≥ 95% twoyearsago 94% lastyear 97%\n")
				.doesNotContain("合格率").doesNotContain("adjust").doesNotContain("expected").doesNotContain("dropped");
		assertThat(draft.forms()).isEqualTo(1);
		assertThat(draft.fromActual()).isEqualTo(4);
		assertThat(resources.errors(resources.parse(text))).isEmpty();
		assertThat(formatter.format(resources.parse(text))).isEqualTo(text);
	}

	@Test
	void nextYearWithoutASelfEvaluationTakesTheExpectedValue() {
		XtextResource declaration = resources.parse(DECLARATION);

		PerfNextYearDraft draft = nextYear.start(declaration, 2023);

		assertThat(draft.text()).contains("\"支付经费人数\" = 52 人 twoyearsago = 45 人 lastyear = 49 人\n")
				.contains("\"职工满意度\" ≥ 95% twoyearsago 94%\n");
		assertThat(draft.fromActual()).isZero();
		assertThat(draft.fromExpected()).isEqualTo(2);
		assertThat(draft.missing()).isEqualTo(2);
		assertThat(draft.notes()).extracting(n -> n.line() + ": " + n.message())
				.contains("16: “业务保障能力”没有上年值：既无自评实际完成值，也无预期当年实现值（expected）。");
	}

	@Test
	void diffListsWhatChangedByCategoryAndName() {
		XtextResource older = resources.parse(DECLARATION);
		XtextResource newer = resources.parse(DECLARATION.replace("budget 15.3 fiscal 15.3", "budget 16 fiscal 16")
				.replace("\"合格率\" ≥ 90% dropped", "\"合格率\" ≥ 92% dropped")
				.replace("\t\tindicator 效益.社会效益 \"业务保障能力\" \"进一步保障\"\n", "")
				.replace("\"职工满意度\" ≥ 95%", "\"职工满意度\" ≥ 96%")
				.replace("\t\tindicator 产出.数量 \"培训次数\"", "\t\tindicator 产出.时效 \"发放及时率\" = 100%\n\t\tindicator 产出.数量 \"培训次数\""));

		List<PerfChange> changes = PerfFormDiff.compare(PerfTestSupport.document(older), PerfTestSupport.document(newer));

		assertThat(changes).extracting(c -> c.part() + "|" + c.item() + "|" + c.kind().label() + "|" + c.before() + "|" + c.after())
				.containsExactly("预算|预算数（万元）|修改|15.3|16",
						"指标|数量指标“合格率” 指标值|修改|≥ 90%|≥ 92%".replace("数量指标", "质量指标"),
						"指标|时效指标“发放及时率”|新增||= 100%",
						"指标|服务对象满意度指标“职工满意度” 指标值|修改|≥ 95%|≥ 96%",
						"指标|社会效益指标“业务保障能力”|删除|\"进一步保障\"|");
		assertThat(changes).allSatisfy(c -> assertThat(c.form()).isEqualTo("项目支出绩效目标表“社区工作经费”（P1）"));
		assertThat(PerfFormDiff.compare(PerfTestSupport.document(older), PerfTestSupport.document(resources.parse(DECLARATION)))).isEmpty();
	}

	@Test
	void theHoverShowsTheTargetsHistory() {
		XtextResourceSet set = resources.newResourceSet();
		XtextResource declaration = resources.load(set, "declaration.perf", DECLARATION);
		XtextResource evaluation = resources.load(set, "selfeval.perf", SELFEVAL);
		resources.issues(evaluation);
		Indicator evaluated = first(evaluation, SelfEvaluation.class).getGoals().get(0).getIndicators().get(0);
		Indicator declared = first(declaration, ProjectTable.class).getGoals().get(0).getIndicators().get(0);

		assertThat(documentation.getDocumentation(evaluated))
				.contains("历程：申报 = 49 人 → 调整为 = 52 人（2022-07-15） → 自评：目标 = 52 人，实际 50 人");
		assertThat(documentation.getDocumentation(declared)).contains("历程：申报 = 49 人 → 调整为 = 52 人（2022-07-15） → 自评：实际 50 人");
	}

	@Test
	void theAdjustmentIsLaidOutAsABlock() {
		XtextResource resource = resources.parse("project \"P1\" \"经费\" year 2022 < adjustment < date \"2022-07-15\" reason \"人数增加\" budget 18 >"
				+ " goal \"目标\" adjusted \"新目标\" < indicator 产出.数量 \"人数\" = 49 人 adjusted = 52 人 indicator 产出.质量 \"合格率\" = 100% dropped > >\n");

		assertThat(formatter.format(resource)).isEqualTo("""
				project "P1" "经费" year 2022 <
					adjustment <
						date "2022-07-15"
						reason "人数增加"
						budget 18
					>
					goal "目标" adjusted "新目标" <
						indicator 产出.数量 "人数" = 49 人 adjusted = 52 人
						indicator 产出.质量 "合格率" = 100% dropped
					>
				>
				""");
	}
}
