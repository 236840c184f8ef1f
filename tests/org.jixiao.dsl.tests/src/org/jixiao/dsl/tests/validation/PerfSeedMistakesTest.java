// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * The examples reproduce the seeds with their mistakes kept; each known review finding of the seeds
 * is reported at its line of the transcription (seed-examples/) with its code, as a review finding
 * (never an error). The shipped examples must have no error either.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfSeedMistakesTest {

	@Inject
	private PerfTestResources resources;

	static Stream<Arguments> seedMistakes() {
		return Stream.of(
				// 002: 社区退休人员满意度 ≥100%; 是否持续发放补贴 是 as a target
				Arguments.of("zhurong-2020-declaration.perf", 96, UNACHIEVABLE_100),
				Arguments.of("zhurong-2020-declaration.perf", 94, YES_NO_TARGET),
				// 004: 工资及保险发放准确率 17人; 成本指标 是; the 13 tables' boilerplate
				Arguments.of("xiguan-2022-projects.perf", 38, RATE_UNIT),
				Arguments.of("xiguan-2022-projects.perf", 18, COST_NOT_AMOUNT),
				Arguments.of("xiguan-2022-projects.perf", 40, COST_NOT_AMOUNT),
				Arguments.of("xiguan-2022-projects.perf", 14, BOILERPLATE),
				// 001: 故障修复响应时间 ≥24小时; values with no unit (≤60, ≥ 12) or no comparator (200 次)
				Arguments.of("dongxihu-approval-bureau.perf", 76, DIRECTION_COMPARATOR),
				Arguments.of("dongxihu-approval-bureau.perf", 120, MISSING_UNIT),
				Arguments.of("dongxihu-approval-bureau.perf", 152, MISSING_COMPARATOR),
				Arguments.of("dongxihu-party-committee-office.perf", 30, MISSING_UNIT),
				// 001 (信访局): rates written as the fraction 1; 满意度 ≥65%; 完成率 200%
				Arguments.of("dongxihu-petition-bureau.perf", 31, FRACTION_PERCENTAGE),
				Arguments.of("dongxihu-petition-bureau.perf", 33, FRACTION_PERCENTAGE),
				Arguments.of("dongxihu-petition-bureau.perf", 36, SATISFACTION_FLOOR),
				Arguments.of("dongxihu-petition-bureau.perf", 55, PERCENT_OVER_100),
				// 000: shares 42.88% / 57.12% where the figures give 42.89% / 57.11%
				Arguments.of("qingling-2020-declaration.perf", 21, SHARE_MISMATCH),
				Arguments.of("qingling-2020-declaration.perf", 22, SHARE_MISMATCH),
				// 003: a row with no actual value (---) still scored; cost target 20万元 above the budget 15.3万元
				Arguments.of("hongshan-2020-department-selfeval.perf", 37, SCORED_WITHOUT_ACTUAL),
				Arguments.of("hongshan-2020-project-selfevals.perf", 47, SCORED_WITHOUT_ACTUAL),
				Arguments.of("hongshan-2020-project-selfevals.perf", 186, COST_ABOVE_BUDGET),
				// 003: tables with indicators below target whose 偏差大或目标未完成原因分析 cell is empty in the seed:
				// 教育支出 (时效 80% of 100%, 满意度 75% of ≥80%; seed L278) and 其他支出 (执行率 87.9%, 满意度 70% of 80%; seed L461)
				Arguments.of("hongshan-2020-project-selfevals.perf", 110, DEVIATION_REQUIRED),
				Arguments.of("hongshan-2020-project-selfevals.perf", 340, DEVIATION_REQUIRED));
	}

	@ParameterizedTest(name = "{0}:{1} {2}")
	@MethodSource("seedMistakes")
	void seedMistakeIsReportedAtItsLine(String example, int line, String code) {
		List<Issue> issues = resources.issues(resources.loadSeedExample(example));

		assertThat(issues).as(PerfTestSupport.describe(issues))
				.anySatisfy(issue -> {
					assertThat(issue.getCode()).isEqualTo(code);
					assertThat(issue.getLineNumber()).isEqualTo(line);
					// review findings are warnings; boilerplate is a style finding (info)
					assertThat(issue.getSeverity()).isEqualTo(BOILERPLATE.equals(code) ? Severity.INFO : Severity.WARNING);
				});
	}

	static Stream<Path> examples() {
		return PerfTestSupport.exampleFiles().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void noErrorElsewhere(Path example) {
		List<Issue> errors = resources.errors(resources.loadFile(example));

		assertThat(errors).as(PerfTestSupport.describe(errors)).isEmpty();
	}
}
