// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.monitoring.PerfMonitoringStarter;
import org.jixiao.dsl.selfeval.PerfSelfEvaluationDraft;
import org.jixiao.dsl.selfeval.PerfSelfEvaluationStarter;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The monitoring form in the year: checked against the declaration it follows as a self-evaluation is,
 * its full-year forecast checked against the self-evaluated actual, and the forecast as the starting
 * actual of a new self-evaluation. The declaration and the self-evaluation are those of
 * {@link PerfStagesTest} (人数 49 → 52, 合格率 dropped, 培训次数 added, budget 15.3 → 18); each form is
 * in a file of its own, as they are found across the workspace.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfMonitoringStagesTest {

	/** The June monitoring as it holds after the adjustment, 支付经费人数 forecast 50 of 52. */
	static final String MONITOR = """
			monitor project "社区工作经费" year 2022 month 6 <
				follows project "P1"
				code "P1"
				unit "某街道办事处"
				spending <
					initial 15.3
					added 2.7
					adjusted 18
					spent 9
				>
				goal "保障社区工作顺利开展，新增培训" <
					indicator 产出.数量 "支付经费人数" = 52 人 current 26 人 forecast 50 人
					indicator 产出.数量 "培训次数" ≥ 4 次 current 2 次 forecast 4 次
					indicator 效益.社会效益 "业务保障能力" "进一步保障" level 达成 current "按月拨付" forecast "进一步保障"
					indicator 满意度.服务对象满意度 "职工满意度" ≥ 95% current 96% forecast 97%
				>
			>
			""";

	private static final List<String> STAGE_CODES = List.of(PerfIssueCodes.STAGE_LINK_UNRESOLVED, PerfIssueCodes.STAGE_TARGET,
			PerfIssueCodes.STAGE_INDICATOR_ADDED, PerfIssueCodes.STAGE_INDICATOR_DROPPED, PerfIssueCodes.STAGE_BUDGET);

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfMonitoringStarter monitors;

	@Inject
	private PerfSelfEvaluationStarter selfEvaluations;

	private static List<String> codes(List<Issue> issues) {
		return issues.stream().map(Issue::getCode).toList();
	}

	private static List<Issue> coded(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).toList();
	}

	@Test
	void aMonitoringFormAsTheAdjustedDeclarationHoldsHasNoStageFindings() {
		XtextResourceSet set = resources.newResourceSet();
		resources.load(set, "declaration.perf", PerfStagesTest.DECLARATION);
		XtextResource monitoring = resources.load(set, "monitor.perf", MONITOR);

		List<Issue> issues = resources.issues(monitoring);

		assertThat(codes(issues)).as(PerfTestSupport.describe(issues)).doesNotContainAnyElementsOf(STAGE_CODES);
	}

	@Test
	void aMonitoringFormWithTheOriginalTargetsIsCheckedLikeASelfEvaluation() {
		XtextResourceSet set = resources.newResourceSet();
		resources.load(set, "declaration.perf", PerfStagesTest.DECLARATION);
		XtextResource monitoring = resources.load(set, "monitor.perf", MONITOR.replace("= 52 人 current", "= 49 人 current")
				.replace("\t\tindicator 产出.数量 \"培训次数\"", "\t\tindicator 产出.质量 \"合格率\" ≥ 90% current 95% forecast 95%\n\t\tindicator 产出.数量 \"培训次数\"")
				.replace("\t\tadded 2.7\n\t\tadjusted 18\n", "\t\tadjusted 15.3\n")
				.replace("\t\tindicator 满意度.服务对象满意度 \"职工满意度\" ≥ 95% current 96% forecast 97%\n", ""));

		List<Issue> issues = resources.issues(monitoring);

		assertThat(coded(issues, PerfIssueCodes.STAGE_TARGET)).singleElement().satisfies(i -> {
			assertThat(i.getMessage()).isEqualTo("“支付经费人数”的目标值“= 49 人”与所依据申报表的调整后目标值“= 52 人”不同：监控应以申报（调整后）的目标为准，目标的改变须经目标调整批准。");
			// a monitoring form carries the target after adjustment alone, as monitor new writes it
			assertThat(i.getData()).containsExactly("= 52 人");
		});
		assertThat(coded(issues, PerfIssueCodes.STAGE_INDICATOR_ADDED)).extracting(Issue::getMessage)
				.containsExactly("指标“合格率”不在所依据的申报表中（目标调整中已删除）：监控表只列申报（调整后）的指标；如确需增加，应先经目标调整批准。");
		assertThat(coded(issues, PerfIssueCodes.STAGE_INDICATOR_DROPPED)).extracting(Issue::getMessage).containsExactly(
				"申报表的指标“职工满意度”（服务对象满意度指标，目标 ≥ 95%）在监控表中没有：申报（调整后）的每个指标都须监控；如已删除，应在申报表的目标调整中标为 dropped。");
		assertThat(coded(issues, PerfIssueCodes.STAGE_BUDGET)).singleElement().satisfies(i -> {
			assertThat(i.getMessage()).isEqualTo("调整预算数 15.3 万元与所依据申报表的调整后预算数 18 万元不同：监控的调整预算数应为目标调整批准的预算数。");
			assertThat(i.getData()).containsExactly("18");
		});
	}

	@Test
	void monitorNewWritesAFormTheStageChecksAgreeWith() {
		XtextResourceSet set = resources.newResourceSet();
		XtextResource declaration = resources.load(set, "declaration.perf", PerfStagesTest.DECLARATION);

		String text = monitors.start(declaration, 6).text();

		assertThat(text).contains("indicator 产出.数量 \"支付经费人数\" = 52 人 current --- forecast ---").doesNotContain("合格率")
				.contains("goal \"保障社区工作顺利开展，新增培训\" <");
		List<Issue> issues = resources.issues(resources.load(set, "monitor.perf", text));
		assertThat(codes(issues)).as(PerfTestSupport.describe(issues)).doesNotContainAnyElementsOf(STAGE_CODES)
				.doesNotContain(PerfIssueCodes.MONITORING_BUDGET);
	}

	@Test
	void anActualFarFromTheLatestForecastWithoutAReasonIsAFinding() {
		XtextResourceSet set = resources.newResourceSet();
		resources.load(set, "declaration.perf", PerfStagesTest.DECLARATION);
		// March foresaw 50 (the actual); June, the latest, foresees 64: 50 is 21.88% below it
		resources.load(set, "monitor-3.perf", MONITOR.replace("month 6", "month 3"));
		resources.load(set, "monitor-6.perf", MONITOR.replace("forecast 50 人", "forecast 64 人"));
		XtextResource evaluation = resources.load(set, "selfeval.perf", PerfStagesTest.SELFEVAL);

		List<Issue> issues = resources.issues(evaluation);

		assertThat(coded(issues, PerfIssueCodes.FORECAST_CONTRADICTED)).singleElement().satisfies(i -> {
			assertThat(i.getMessage()).isEqualTo("“支付经费人数”实际完成 50 人，6 月监控表的全年预计为 64 人，相差预计的 21.88%（达到 20% 及以上）："
					+ "与监控预计不符，请在 deviation 中说明原因。 The actual contradicts the monitoring forecast without a reason.");
			assertThat(i.getLineNumber()).isEqualTo(6);
		});
	}

	@Test
	void anActualNearTheForecastIsNoFinding() {
		XtextResourceSet set = resources.newResourceSet();
		resources.load(set, "declaration.perf", PerfStagesTest.DECLARATION);
		// 50 against 60: 16.67% below the forecast, under the profile's 20%
		resources.load(set, "monitor-6.perf", MONITOR.replace("forecast 50 人", "forecast 60 人"));
		XtextResource evaluation = resources.load(set, "selfeval.perf", PerfStagesTest.SELFEVAL);

		assertThat(codes(resources.issues(evaluation))).doesNotContain(PerfIssueCodes.FORECAST_CONTRADICTED);
	}

	@Test
	void anActualFarFromTheForecastWithItsReasonIsNoFinding() {
		XtextResourceSet set = resources.newResourceSet();
		resources.load(set, "declaration.perf", PerfStagesTest.DECLARATION);
		resources.load(set, "monitor-6.perf", MONITOR.replace("forecast 50 人", "forecast 64 人"));
		XtextResource evaluation = resources.load(set, "selfeval.perf",
				PerfStagesTest.SELFEVAL.replace("actual 50 人", "actual 50 人 deviation \"下半年两人调出，未能按监控预计补足。\""));

		assertThat(codes(resources.issues(evaluation))).doesNotContain(PerfIssueCodes.FORECAST_CONTRADICTED);
	}

	@Test
	void withoutAMonitoringFormNothingIsComparedWithAForecast() {
		XtextResourceSet set = resources.newResourceSet();
		resources.load(set, "declaration.perf", PerfStagesTest.DECLARATION);
		XtextResource evaluation = resources.load(set, "selfeval.perf", PerfStagesTest.SELFEVAL.replace("actual 50 人", "actual 20 人"));

		assertThat(codes(resources.issues(evaluation))).doesNotContain(PerfIssueCodes.FORECAST_CONTRADICTED);
	}

	@Test
	void selfevalNewStartsFromTheForecastMarkedAsSuch() {
		XtextResourceSet set = resources.newResourceSet();
		XtextResource declaration = resources.load(set, "declaration.perf", PerfStagesTest.DECLARATION);
		resources.load(set, "monitor-6.perf", MONITOR.replace("current 2 次 forecast 4 次", "current 2 次 forecast ---"));

		PerfSelfEvaluationDraft draft = selfEvaluations.start(declaration, "wuhan2020");

		String mark = "// 预计值：actual 暂取 6 月监控表（monitor-6.perf）的全年预计（forecast），请替换为实际完成值。\n";
		assertThat(draft.text()).containsPattern(mark + "\t\tindicator 产出.数量 \"支付经费人数\" = 49 人 adjusted = 52 人 weight [0-9.]+ actual 50 人\n")
				.containsPattern("\t\tindicator 产出.数量 \"培训次数\" ≥ 4 次 weight [0-9.]+ actual ---\n")
				.containsPattern(mark + "\t\tindicator 效益.社会效益 \"业务保障能力\" \"进一步保障\" weight [0-9.]+ actual \"进一步保障\"\n")
				.containsPattern(mark + "\t\tindicator 满意度.服务对象满意度 \"职工满意度\" ≥ 95% weight [0-9.]+ actual 97%\n");
		assertThat(draft.forecasts()).isEqualTo(3);
		List<Issue> issues = resources.issues(resources.load(set, "selfeval.perf", draft.text()));
		assertThat(codes(issues)).as(PerfTestSupport.describe(issues)).doesNotContain(PerfIssueCodes.FORECAST_CONTRADICTED)
				.doesNotContainAnyElementsOf(STAGE_CODES);
	}

	@Test
	void selfevalNewWithoutAMonitoringFormLeavesTheActualsToFillIn() {
		XtextResource declaration = resources.parse(PerfStagesTest.DECLARATION);

		PerfSelfEvaluationDraft draft = selfEvaluations.start(declaration, "wuhan2020");

		assertThat(draft.forecasts()).isZero();
		assertThat(draft.text()).doesNotContain("预计值").containsPattern("\"支付经费人数\" = 49 人 adjusted = 52 人 weight [0-9.]+ actual ---\n");
	}
}
