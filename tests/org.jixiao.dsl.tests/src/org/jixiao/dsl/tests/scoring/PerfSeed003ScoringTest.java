// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.scoring.PerfGoalScore;
import org.jixiao.dsl.scoring.PerfIndicatorScore;
import org.jixiao.dsl.scoring.PerfOutcome;
import org.jixiao.dsl.scoring.PerfScoreLine;
import org.jixiao.dsl.scoring.PerfScorecard;
import org.jixiao.dsl.scoring.PerfScoring;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.model.DocumentElement;
import org.jixiao.model.Grade;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.SelfEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Seed 003 reproduced by the scoring engine. The examples hold seed 003's ten tables with the
 * scores as filed; the engine's sums of the entered scores must give the seed's stated totals,
 * and its verdicts must match, row for row, the lists derived by hand from the seed text
 * (seed003-score-differences.tsv, seed003-unchecked.tsv). Each indicator is identified by the
 * seed line its example row names in its trailing comment ({@code // L277 …}).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfSeed003ScoringTest {

	private static final Pattern SEED_LINE = Pattern.compile("// L(\\d+)");

	private static final PerfScoring SCORING = new PerfScoring();

	@Inject
	private PerfTestResources resources;

	/** The seed's ten tables by name (部门整体 for the department-wide one), scored. */
	private Map<String, PerfScorecard> cards() {
		Map<String, PerfScorecard> cards = new LinkedHashMap<>();
		for (String example : List.of("hongshan-2020-department-selfeval.perf", "hongshan-2020-project-selfevals.perf")) {
			XtextResource resource = resources.loadSeedExample(example);
			assertThat(resources.errors(resource)).isEmpty();
			for (DocumentElement element : PerfTestSupport.document(resource).getElements()) {
				SelfEvaluation evaluation = (SelfEvaluation) element;
				cards.put(evaluation instanceof ProjectSelfEvaluation p ? p.getName() : "部门整体", SCORING.evaluate(evaluation));
			}
		}
		return cards;
	}

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	@Test
	void enteredScoresGiveTheSeedsStatedTotals() {
		Map<String, PerfScorecard> cards = cards();
		// 自评得分 / 总分 as printed on each table of the seed
		Map<String, String> stated = new LinkedHashMap<>();
		stated.put("部门整体", "94.87");
		stated.put("一般公共服务支出", "95");
		stated.put("教育支出", "91");
		stated.put("科学技术支出", "91.5");
		stated.put("文化旅游体育与传媒支出", "92");
		stated.put("社会保障和就业支出", "93");
		stated.put("卫生健康支出", "92");
		stated.put("城乡社区支出", "93");
		stated.put("农林水支出", "95");
		stated.put("其他支出", "91.4");
		assertThat(cards.keySet()).containsExactlyElementsOf(stated.keySet());
		stated.forEach((table, total) -> {
			assertThat(cards.get(table).total().entered()).as(table).isEqualByComparingTo(total);
			assertThat(cards.get(table).weightsComplete()).as(table + ": 100 points").isTrue();
			assertThat(cards.get(table).enteredGrade()).as(table).isEqualTo(Grade.EXCELLENT);
		});
	}

	@Test
	void projectSectionSumsAddedByHand() {
		Map<String, PerfScorecard> cards = cards();
		// 产出 and 效益 sums of the entered scores, added up from the seed's 得分 column:
		// 一般公共服务支出 产出 6×0.5 + 4×1 + 8×1 + 0.5 + 3×1 + 1 + 0.5 + 0.5 + 8×0.5 + 2 + 2 = 28.5
		//                  效益 5 + 5 + 1 + 6 + 0.5 + 1.5 + 3 + 2 + 0.5 + 8×0.5 = 28.5
		// 教育 10+8+10 = 28 | 5×5 = 25;       科学技术 30 | 5+5+5+5+4.5 = 24.5; 文化 6+8+7+7 = 28 | 5+5+5+5+6 = 26
		// 社会保障 12+13+2+2 = 29 | 3+4+4+3+4+4+4 = 26; 卫生 8+7+6+7 = 28 | 5+5+6+5+5 = 26
		// 城乡社区 14+8.5+2.5+3 = 28 | 6+5+5+6+5 = 27; 农林水 8+8+6+7 = 29 | 5+6+5+6+6 = 28; 其他 9+10+8.8 = 27.8 | 5+6+6+6+5 = 28
		Map<String, List<String>> sums = new LinkedHashMap<>();
		sums.put("一般公共服务支出", List.of("28.5", "28.5"));
		sums.put("教育支出", List.of("28", "25"));
		sums.put("科学技术支出", List.of("30", "24.5"));
		sums.put("文化旅游体育与传媒支出", List.of("28", "26"));
		sums.put("社会保障和就业支出", List.of("29", "26"));
		sums.put("卫生健康支出", List.of("28", "26"));
		sums.put("城乡社区支出", List.of("28", "27"));
		sums.put("农林水支出", List.of("29", "28"));
		sums.put("其他支出", List.of("27.8", "28"));
		sums.forEach((table, expected) -> {
			List<PerfScoreLine> sections = cards.get(table).goals().get(0).sections();
			assertThat(sections).extracting(PerfScoreLine::label).as(table).containsExactly("产出指标", "效益指标");
			assertThat(sections.get(0).entered()).as(table + " 产出").isEqualByComparingTo(expected.get(0));
			assertThat(sections.get(1).entered()).as(table + " 效益").isEqualByComparingTo(expected.get(1));
			assertThat(sections).extracting(PerfScoreLine::weight).as(table).allMatch(w -> w.compareTo(d("30")) == 0);
		});
	}

	@Test
	void departmentGoalAndSectionSumsAddedByHand() {
		PerfScorecard card = cards().get("部门整体");
		// goal 1: 产出 18×0.5 + 0.4 + 3×0.5 (数量) + 0.5+0.3+0.3+8×0.5 (质量) + 0.5 (时效) = 10.9 + 5.1 + 0.5 = 16.5;
		//         效益 30×0.5 (经济/社会/生态/可持续) + 8×0.5 + 0.5 (满意度) = 19.5
		// goals 2–7: 2.5|2.5, 6|4.5, 3|2.5, 6|3.5, 1.5|1.5, 2.5|3 → goal sums 36, 5, 10.5, 5.5, 9.5, 3, 5.5 = 75; + 19.87 = 94.87
		List<String> expected = List.of("年度目标1 37 16.5 19.5 36", "年度目标2 6 2.5 2.5 5", "年度目标3 11 6 4.5 10.5",
				"年度目标4 6 3 2.5 5.5", "年度目标5 10 6 3.5 9.5", "年度目标6 4 1.5 1.5 3", "年度目标7 6 2.5 3 5.5");
		List<String> actual = new ArrayList<>();
		for (PerfGoalScore goal : card.goals()) {
			actual.add(goal.line().label() + " " + plain(goal.line().weight()) + " " + plain(goal.sections().get(0).entered()) + " "
					+ plain(goal.sections().get(1).entered()) + " " + plain(goal.line().entered()));
		}
		assertThat(actual).containsExactlyElementsOf(expected);
		assertThat(card.budget().counted()).isEqualByComparingTo("19.87");
	}

	@Test
	void totalsByTheRulesWorkedOutByHand() {
		Map<String, PerfScorecard> cards = cards();
		// 教育支出: 20 + 18 + 产出 (10 + 8 + 10) + 效益 (4 × 5 entered, undecided + 75 ÷ 80 × 6 = 5.63) = 91.63
		assertThat(cards.get("教育支出").total().computed()).isEqualByComparingTo("91.63");
		// 其他支出: 20 × 939.9 ÷ 1069.34 = 17.58; 18; 产出 10 + 10 + 10 (成本 met); 效益 5+6+6+6 entered + 70 ÷ 80 × 6 = 5.25
		//          → 17.58 + 18 + 30 + 28.25 = 93.83
		assertThat(cards.get("其他支出").total().computed()).isEqualByComparingTo("93.83");
		assertThat(cards.get("其他支出").budget().ruleRounded()).isEqualByComparingTo("17.58");
	}

	/** (table, seed line) → entered and rule score, from the hand-derived table. */
	@Test
	void rowsWhereTheRulesDisagreeMatchTheHandDerivedList() throws IOException {
		Map<String, String> expected = new LinkedHashMap<>();
		for (String[] row : tsv("seed003-score-differences.tsv")) {
			expected.put(row[0] + " L" + row[1], row[2] + " 填报 " + row[6] + " 规则 " + row[7]);
		}
		Map<String, String> actual = new LinkedHashMap<>();
		cards().forEach((table, card) -> {
			for (PerfIndicatorScore score : card.indicators()) {
				if (score.differs()) {
					actual.put(table + " L" + seedLine(score), score.indicator().getName() + " 填报 " + plain(score.entered()) + " 规则 "
							+ plain(score.rule()));
				}
			}
		});
		assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
		assertThat(actual).hasSize(29);
	}

	@Test
	void rowsTheRulesCannotCheckMatchTheHandDerivedList() throws IOException {
		TreeSet<String> expected = new TreeSet<>();
		for (String[] row : tsv("seed003-unchecked.tsv")) {
			expected.add(row[0] + " L" + row[1]);
		}
		TreeSet<String> actual = new TreeSet<>();
		cards().forEach((table, card) -> {
			for (PerfIndicatorScore score : card.indicators()) {
				if (score.outcome() == PerfOutcome.UNDECIDED) {
					actual.add(table + " L" + seedLine(score));
				}
			}
		});
		assertThat(actual).containsExactlyElementsOf(expected);
		assertThat(actual).hasSize(110);
	}

	@Test
	void everyOtherRowAgreesWithTheRules() {
		// 10 tables, 73 + 5 + 17 + 7 + 16 + 4 + 8 = 130 department rows and 74 + 8 + 8 + 9 + 20 + 9 + 18 + 9 + 8 = 163 project rows
		List<PerfIndicatorScore> all = cards().values().stream().flatMap(c -> c.indicators().stream()).toList();
		assertThat(all).hasSize(130 + 163);
		long agreeing = all.stream().filter(s -> !s.differs() && s.outcome() != PerfOutcome.UNDECIDED).count();
		assertThat(agreeing).isEqualTo(130 + 163 - 29 - 110);
	}

	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	/** The seed line the example row names in its trailing comment. */
	private static int seedLine(PerfIndicatorScore score) {
		INode node = NodeModelUtils.findActualNodeFor(score.indicator());
		String text = node.getRootNode().getText();
		int start = text.lastIndexOf('\n', node.getOffset()) + 1;
		int end = text.indexOf('\n', node.getEndOffset());
		Matcher m = SEED_LINE.matcher(text.substring(start, end < 0 ? text.length() : end));
		assertThat(m.find()).as("seed line comment of " + score.indicator().getName()).isTrue();
		return Integer.parseInt(m.group(1));
	}

	private static List<String[]> tsv(String name) throws IOException {
		try (InputStream in = PerfSeed003ScoringTest.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			List<String[]> rows = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t"));
				}
			}
			return rows;
		}
	}
}
