// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.tests.PerfIdeInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.dsl.tests.validation.PerfRuleCases.Case;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.dsl.validation.PerfProfile;
import org.jixiao.dsl.validation.PerfRegionCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;

/**
 * The built-in profile {@code national} switches on the national data standard's checks: each fires
 * with its severity and whole message on exactly the marked text, stays quiet on a correct form, and
 * stays quiet in the default profile, where the seed examples must not gain findings.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfIdeInjectorProvider.class)
class PerfNationalProfileTest {

	@Inject
	private PerfTestResources resources;

	/** The profile of this test's injector, read by its validator. */
	@Inject
	private PerfProfile profile;

	@AfterEach
	void backToTheDefaults() {
		profile.reset();
	}

	private void national() {
		profile.use(PerfProfile.builtin(PerfProfile.NATIONAL));
	}

	static Stream<Case> cases() {
		return PerfNationalCases.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void firesInTheNationalProfile(Case rule) {
		national();
		String text = PerfRuleCases.unmarked(rule.fires());
		int[] range = PerfRuleCases.markedRange(rule.fires());

		List<Issue> issues = resources.issues(text);

		assertThat(issues).as(PerfTestSupport.describe(issues))
				.anySatisfy(issue -> {
					assertThat(issue.getCode()).isEqualTo(rule.code());
					assertThat(issue.getOffset()).isEqualTo(range[0]);
					assertThat(issue.getLength()).isEqualTo(range[1]);
					assertThat(issue.getSeverity()).isEqualTo(rule.severity());
					assertThat(issue.getMessage()).isEqualTo(rule.message());
				});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void staysQuietOnACorrectForm(Case rule) {
		national();
		List<Issue> issues = resources.issues(rule.clean());

		assertThat(issues.stream().filter(i -> rule.code().equals(i.getCode()))).as(PerfTestSupport.describe(issues)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void isOffInTheDefaultProfile(Case rule) {
		List<Issue> issues = resources.issues(PerfRuleCases.unmarked(rule.fires()));

		assertThat(issues.stream().filter(i -> rule.code().equals(i.getCode()))).as(PerfTestSupport.describe(issues)).isEmpty();
	}

	@Test
	void everyNationalCodeIsOffByDefaultAndOnInTheNationalProfile() {
		PerfProfile shipped = new PerfProfile();
		Properties national = PerfProfile.builtin(PerfProfile.NATIONAL);
		for (Case rule : PerfNationalCases.all()) {
			assertThat(shipped.defaultSeverity(rule.code())).as(rule.code()).isEqualTo("ignore");
			assertThat(national.getProperty("severity." + rule.code())).as(rule.code()).isEqualTo(rule.severity() == Severity.ERROR ? "error" : "warning");
		}
	}

	@Test
	void theCorrectGoalIsCleanInTheNationalProfile() {
		national();

		assertThat(resources.issues(PerfNationalCases.COMPLETE_GOAL)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "13030322P00397010008F", "13030022P00397010008F", "13000022P00397010008F", "13052119P00397010008F" })
	void aCountyCityProvinceOrRetiredRegionCodeIsAccepted(String code) {
		// 130303 山海关区, 130300 秦皇岛市, 130000 河北省, 130521 邢台县 (in use until 2019)
		national();
		List<Issue> issues = resources.issues(PerfNationalCases.project(code, false));

		assertThat(issues).extracting(Issue::getCode).doesNotContain(PerfIssueCodes.PROJECT_CODE);
	}

	@Test
	void theRegionTableHoldsTheCountyLevelList() {
		assertThat(PerfRegionCodes.size()).isGreaterThan(3200);
		assertThat(PerfRegionCodes.name("130303")).isEqualTo("山海关区");
		assertThat(PerfRegionCodes.name("420111")).isEqualTo("洪山区");
		assertThat(PerfRegionCodes.name("130521")).isEqualTo("邢台县（2018-2019 年在用）");
		assertThat(PerfRegionCodes.name("999999")).isNull();
	}

	@Test
	void theNationalCostRuleReplacesTheDefaultOneOnTheSameValue() {
		String text = PerfRuleCases.unmarked(PerfNationalCases.all().stream().filter(c -> c.code().equals(PerfIssueCodes.COST_QUANTIFIED))
				.findFirst().orElseThrow().fires());
		assertThat(resources.issues(text)).extracting(Issue::getCode).contains(PerfIssueCodes.COST_NOT_AMOUNT)
				.doesNotContain(PerfIssueCodes.COST_QUANTIFIED);

		national();

		assertThat(resources.issues(text)).extracting(Issue::getCode).contains(PerfIssueCodes.COST_QUANTIFIED)
				.doesNotContain(PerfIssueCodes.COST_NOT_AMOUNT);
	}

	@Test
	void aSocialCostWrittenAsTextIsNotQuantified() {
		national();
		String text = "uses framework 中央2021\n" + PerfRuleCases.goal("indicator 成本.社会成本 \"对周边居民的影响\" \"较小\"");

		assertThat(resources.issues(text)).extracting(Issue::getCode).contains(PerfIssueCodes.COST_QUANTIFIED);
	}

	@Test
	void aSelfEvaluationIsNotAskedForTheDescriptionAndCriterionAgain() {
		national();

		assertThat(resources.issues(PerfRuleCases.SELFEVAL)).extracting(Issue::getCode)
				.doesNotContain(PerfIssueCodes.MISSING_DESCRIPTION, PerfIssueCodes.MISSING_CRITERION);
	}

	// ---- choosing the profile

	@Test
	void aProfileIsNamedOrAFile(@TempDir Path dir) throws IOException {
		assertThat(PerfProfile.settings("national")).isEqualTo(PerfProfile.builtin(PerfProfile.NATIONAL));
		Path file = dir.resolve("我区.properties");
		Files.writeString(file, "severity.perf.missing-unit = ignore\n", StandardCharsets.UTF_8);
		assertThat(PerfProfile.settings(file.toString())).containsEntry("severity.perf.missing-unit", "ignore").hasSize(1);

		assertThatThrownBy(() -> PerfProfile.settings("nationa")).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("“nationa”既不是校验配置文件，也不是内置校验配置（可用：default、national）。");
		assertThatThrownBy(() -> PerfProfile.settings(dir.resolve("没有.properties").toString())).isInstanceOf(IOException.class);
	}

	@Test
	void aRegionsFileGoesOnTopOfTheNationalProfile(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("我区.properties");
		Files.writeString(file, "severity.perf.missing-description = ignore\nseverity.perf.basis-kind = error\n", StandardCharsets.UTF_8);
		profile.use(List.of(PerfProfile.settings("national"), PerfProfile.settings(file.toString())));
		String text = PerfRuleCases.goal("indicator 产出.数量 \"巡检\" ≥ 12 次 basis \"计划数据\"");

		List<Issue> issues = resources.issues(text);

		assertThat(issues).extracting(Issue::getCode).contains(PerfIssueCodes.MISSING_CRITERION)
				.doesNotContain(PerfIssueCodes.MISSING_DESCRIPTION);
		assertThat(issues).filteredOn(i -> PerfIssueCodes.BASIS_KIND.equals(i.getCode())).extracting(Issue::getSeverity)
				.containsExactly(Severity.ERROR);
	}

	@Test
	void theShippedExamplesGainNothingInTheDefaultProfile() {
		List<String> national = PerfNationalCases.all().stream().map(Case::code).distinct().toList();
		for (Path example : PerfTestSupport.exampleFiles()) {
			assertThat(resources.issues(resources.loadFile(example))).extracting(Issue::getCode).as(example.toString())
					.doesNotContainAnyElementsOf(national);
		}
	}
}
