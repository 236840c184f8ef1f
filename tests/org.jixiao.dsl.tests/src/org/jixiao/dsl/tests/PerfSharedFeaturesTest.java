// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.jixiao.dsl.model.PerfGoals;
import org.jixiao.model.Achievement;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.DutyStatement;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalForm;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.ProjectForm;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.Qualitative;
import org.jixiao.model.Quantity;
import org.jixiao.model.Scored;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * What the forms share is read the same way on every form: goals, weight and score, the actual outcome,
 * the project's name; and each keyword fills the feature of its name.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfSharedFeaturesTest {

	@Inject
	private ParseHelper<PerfDocument> parseHelper;

	@Inject
	private ValidationTestHelper validation;

	private static final String TEXT = """
			department "青菱街道办事处" year 2020 <
			  code "001" staff 25 actual 22
			  annual goal 年度目标1 "完成年度任务" < indicator 产出.数量 "培训次数" ≥ 12 次 >
			>
			project "P001" "社区培训" year 2020 <
			  unit "青菱街道办事处" budget 10
			  goal "开展培训" < indicator 产出.数量 "培训次数" ≥ 12 次 >
			>
			selfeval project "社区培训" year 2020 <
			  date "2021年3月" total 91
			  budget weight 20 planned 10 executed 9 score 18
			  objective weight 20 "开展培训" actual "培训如期开展" score 18
			  goal 年度目标1 "开展培训" weight 60 actual "基本完成" score 55 <
			    indicator 产出.数量 "培训次数" ≥ 12 次 weight 60 actual 12 次 level 达成 score 55
			  >
			>
			duties "青菱街道办事处" year 2020 <
			  duty "党建基层组织工作" < target "党组织全覆盖" >
			>
			goal "单独的目标" < indicator 产出.数量 "培训次数" ≥ 12 次 >
			""";

	private PerfDocument parse() throws Exception {
		PerfDocument document = parseHelper.parse(TEXT);
		validation.assertNoErrors(document);
		return document;
	}

	@Test
	void everyGoalFormHasItsGoalsAndDutiesHaveNone() throws Exception {
		PerfDocument document = parse();
		assertThat(document.getElements()).filteredOn(GoalForm.class::isInstance).hasSize(3);
		assertThat(PerfGoals.of(document.getElements().get(3))).isEmpty();
		assertThat(PerfGoals.of(document.getElements().get(4))).containsExactly((Goal) document.getElements().get(4));
		List<String> texts = PerfGoals.of(document).stream().map(Goal::getText).toList();
		assertThat(texts).containsExactly("完成年度任务", "开展培训", "开展培训", "单独的目标");
	}

	@Test
	void goalObjectiveAndIndicatorHaveTheSameKindOfActual() throws Exception {
		ProjectSelfEvaluation evaluation = (ProjectSelfEvaluation) parse().getElements().get(2);
		Goal goal = evaluation.getGoals().get(0);
		assertThat(goal.getActual()).isInstanceOfSatisfying(Qualitative.class, q -> assertThat(q.getText()).isEqualTo("基本完成"));
		assertThat(evaluation.getObjective().getActual()).isInstanceOfSatisfying(Qualitative.class,
				q -> assertThat(q.getText()).isEqualTo("培训如期开展"));
		assertThat(goal.getIndicators().get(0).getActual()).isInstanceOfSatisfying(Quantity.class,
				q -> assertThat(q.getAmount()).isEqualByComparingTo("12"));
	}

	@Test
	void everyScoredRowHasWeightAndScore() throws Exception {
		ProjectSelfEvaluation evaluation = (ProjectSelfEvaluation) parse().getElements().get(2);
		Goal goal = evaluation.getGoals().get(0);
		List<Scored> rows = List.of(evaluation.getBudget(), evaluation.getObjective(), goal, goal.getIndicators().get(0));
		assertThat(rows).extracting(r -> r.getWeight().toPlainString()).containsExactly("20", "20", "60", "60");
		assertThat(rows).extracting(r -> r.getScore().toPlainString()).containsExactly("18", "18", "55", "55");
	}

	@Test
	void keywordsFillTheFeaturesOfTheirName() throws Exception {
		PerfDocument document = parse();
		DepartmentDeclaration department = (DepartmentDeclaration) document.getElements().get(0);
		assertThat(department.getCode()).isEqualTo("001");
		assertThat(department.getStaff()).isEqualTo(25);
		assertThat(department.getActualStaff()).isEqualTo(22);
		ProjectSelfEvaluation evaluation = (ProjectSelfEvaluation) document.getElements().get(2);
		assertThat(evaluation.getDate()).isEqualTo("2021年3月");
		assertThat(evaluation.getTotal()).isEqualByComparingTo("91");
		assertThat(evaluation.getGoals().get(0).getIndicators().get(0).getLevel()).isEqualTo(Achievement.ACHIEVED);
		assertThat(((DutyStatement) document.getElements().get(3)).getDuties().get(0).getTarget()).isEqualTo("党组织全覆盖");
		List<ProjectForm> projects = List.of((ProjectTable) document.getElements().get(1), evaluation);
		assertThat(projects).extracting(ProjectForm::getName).containsExactly("社区培训", "社区培训");
	}
}
