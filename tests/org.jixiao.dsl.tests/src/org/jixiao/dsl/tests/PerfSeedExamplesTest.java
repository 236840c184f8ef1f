// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.model.Comparator;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.DepartmentSelfEvaluation;
import org.jixiao.model.DocumentElement;
import org.jixiao.model.DutyStatement;
import org.jixiao.model.FundLine;
import org.jixiao.model.FundSide;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalKind;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Money;
import org.jixiao.model.MoneyUnit;
import org.jixiao.model.NoValue;
import org.jixiao.model.Percentage;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.Qualitative;
import org.jixiao.model.Quantity;
import org.jixiao.model.Range;
import org.jixiao.model.Value;
import org.jixiao.model.YesNo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The examples reproduce the seed forms value for value. Counts and values below were counted
 * and read from the seed texts (seeds/), not from the transcriptions (seed-examples/).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfSeedExamplesTest {

	@Inject
	private PerfTestResources resources;

	private List<DocumentElement> elements(String example) {
		XtextResource resource = resources.loadSeedExample(example);
		assertThat(resources.errors(resource)).isEmpty();
		return PerfTestSupport.document(resource).getElements();
	}

	private <T> T only(String example, Class<T> type) {
		List<DocumentElement> elements = elements(example);
		assertThat(elements).hasSize(1).first().isInstanceOf(type);
		return type.cast(elements.get(0));
	}

	private <T> List<T> all(String example, Class<T> type) {
		List<DocumentElement> elements = elements(example);
		assertThat(elements).allMatch(type::isInstance);
		return elements.stream().map(type::cast).toList();
	}

	private static List<Integer> indicatorCounts(List<Goal> goals) {
		return goals.stream().map(g -> g.getIndicators().size()).toList();
	}

	private static Indicator indicator(Goal goal, String name) {
		return goal.getIndicators().stream().filter(i -> name.equals(i.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no indicator " + name + " in " + goal.getName()));
	}

	private static Goal goal(List<Goal> goals, String name) {
		return goals.stream().filter(g -> name.equals(g.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no goal " + name));
	}

	private static String category(Indicator indicator) {
		return ((Level1Category) indicator.getCategory().eContainer()).getName() + "." + indicator.getCategory().getName();
	}

	private static void assertQuantity(Value value, Comparator comparator, String amount, String unit) {
		assertThat(value).isInstanceOf(Quantity.class);
		Quantity quantity = (Quantity) value;
		assertThat(quantity.getComparator()).isEqualTo(comparator);
		assertThat(quantity.getAmount()).isEqualByComparingTo(amount);
		assertThat(quantity.getUnit()).isEqualTo(unit);
	}

	private static void assertPercentage(Value value, Comparator comparator, String amount) {
		assertThat(value).isInstanceOf(Percentage.class);
		assertThat(value.getComparator()).isEqualTo(comparator);
		assertThat(((Percentage) value).getAmount()).isEqualByComparingTo(amount);
	}

	private static FundLine fund(DepartmentDeclaration declaration, FundSide side, String label) {
		return declaration.getFunds().getLines().stream()
				.filter(l -> l.getSide() == side && label.equals(l.getLabel()) && !l.isTotal()).findFirst().orElseThrow();
	}

	private static BigDecimal scoreSum(Stream<Goal> goals) {
		return goals.flatMap(g -> g.getIndicators().stream()).map(Indicator::getScore).reduce(BigDecimal.ZERO,
				BigDecimal::add);
	}

	@Test
	void seed000QinglingDeclaration() {
		DepartmentDeclaration d = only("qingling-2020-declaration.perf", DepartmentDeclaration.class);
		assertThat(d.getUnit()).isEqualTo("武汉市洪山区人民政府青菱街办事处");
		assertThat(d.getYear()).isEqualTo(2020);
		assertThat(d.getFiler()).isEqualTo("马兰萍");
		assertThat(d.getPhone()).isEqualTo("88938605");
		assertThat(d.getFunds().getTwoYearsAgoYear()).isEqualTo(2018);
		assertThat(d.getFunds().getLastYearYear()).isEqualTo(2019);
		FundLine basic = fund(d, FundSide.EXPENSE, "基本支出");
		assertThat(basic.getAmount()).isEqualByComparingTo("3065.71");
		assertThat(basic.getShare()).isEqualByComparingTo("42.88");
		assertThat(basic.getTwoYearsAgo()).isEqualByComparingTo("808.17");
		assertThat(basic.getLastYear()).isEqualByComparingTo("1047.87");
		assertThat(fund(d, FundSide.INCOME, "其他资金").getAmount()).isNull();

		assertThat(d.getGoals()).extracting(Goal::getKind).containsExactly(GoalKind.LONG_TERM, GoalKind.LONG_TERM,
				GoalKind.LONG_TERM, GoalKind.ANNUAL, GoalKind.ANNUAL, GoalKind.ANNUAL);
		assertThat(indicatorCounts(d.getGoals())).containsExactly(13, 7, 6, 13, 7, 6);
		Goal longTerm1 = goal(d.getGoals(), "长期目标1");
		Indicator rank = indicator(longTerm1, "全市二类街道城市综合管理排名达到预期目标");
		assertThat(rank.getMeasure()).isEqualTo("名次");
		assertQuantity(rank.getValue(), Comparator.NONE, "25", null);
		assertQuantity(indicator(longTerm1, "就业综合指数").getValue(), Comparator.GE, "85", "分");
		Indicator qualitative = indicator(goal(d.getGoals(), "年度目标1"), "改革项目对社会的示范带动效应");
		assertThat(category(qualitative)).isEqualTo("效益.生态效益");
		assertThat(((Qualitative) qualitative.getValue()).getText()).isEqualTo("明显提升");
		assertThat(d.getRemarks()).contains("“绩效标准”：设定绩效指标值时的依据或参考标准");
	}

	@Test
	void seed002ZhurongDeclaration() {
		DepartmentDeclaration d = only("zhurong-2020-declaration.perf", DepartmentDeclaration.class);
		assertThat(d.getStaff()).isEqualTo(23);
		assertThat(d.getActualStaff()).isEqualTo(29);
		assertThat(d.getHead()).isEqualTo("尹晖");
		assertThat(d.getUnit()).isEqualTo("衡阳市南岳区祝融街道办事处");
		assertThat(d.getFilingUnit()).isEqualTo("南岳区祝融街道办事处");
		assertThat(d.getContact()).isEqualTo("旷文倩");
		assertThat(d.getPhone()).isEqualTo("18216015913");
		assertThat(d.getPublicExpenses().getTotal()).isEqualByComparingTo("8");
		assertThat(d.getPublicExpenses().getVehicles()).isEqualByComparingTo("7");
		assertThat(d.getPublicExpenses().getAbroad()).isEqualByComparingTo("0");
		assertThat(d.getPublicExpenses().getReception()).isEqualByComparingTo("1");
		assertThat(fund(d, FundSide.EXPENSE, "项目支出").getAmount()).isEqualByComparingTo("438.8");
		assertThat(d.getReviews()).hasSize(2);

		assertThat(indicatorCounts(d.getGoals())).containsExactly(12, 12, 8, 12);
		Indicator cost = indicator(d.getGoals().get(0), "应返还开发商土地出让收入");
		assertThat(category(cost)).isEqualTo("产出.成本");
		assertThat(((Money) cost.getValue()).getUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
		assertThat(((Money) cost.getValue()).getAmount()).isEqualByComparingTo("296.8725");
		assertQuantity(indicator(d.getGoals().get(1), "全年对每个社区工作人员补助标准").getValue(), Comparator.LE, "6",
				"万元/人");
		Qualitative allYear = (Qualitative) indicator(d.getGoals().get(2), "社区退休人员补贴发放时间").getValue();
		assertThat(allYear.getComparator()).isEqualTo(Comparator.EQ);
		assertThat(allYear.getText()).isEqualTo("全年");
		assertThat(((YesNo) indicator(d.getGoals().get(2), "是否持续发放补贴").getValue()).isYes()).isTrue();
		assertPercentage(indicator(d.getGoals().get(2), "社区退休人员满意度").getValue(), Comparator.GE, "100");
	}

	@Test
	void seed001ApprovalBureau() {
		DepartmentDeclaration d = only("dongxihu-approval-bureau.perf", DepartmentDeclaration.class);
		assertThat(d.getUnit()).isEqualTo("武汉市东西湖区行政审批局");
		assertThat(indicatorCounts(d.getGoals())).containsExactly(8, 11, 9, 7, 9, 6, 8, 12, 12, 8, 12, 8);
		assertThat(d.getGoals().subList(0, 6)).allSatisfy(g -> {
			assertThat(g.getKind()).isEqualTo(GoalKind.LONG_TERM);
			assertThat(g.getHorizonYear()).isEqualTo(2028);
		});
		Indicator repair = indicator(goal(d.getGoals(), "长期目标4"), "故障修复响应时间");
		assertThat(category(repair)).isEqualTo("产出.时效");
		assertQuantity(repair.getValue(), Comparator.GE, "24", "小时");
		assertThat(repair.getBasis()).isEqualTo("计划数据");
		Indicator saving = indicator(goal(d.getGoals(), "年度目标3"), "集中采购项目节支率");
		assertPercentage(saving.getValue(), Comparator.GE, "5");
		assertThat(saving.getBasis()).isEqualTo("计划标准");
		assertPercentage(saving.getTwoYearsAgo(), Comparator.NONE, "8");
		assertPercentage(saving.getLastYear(), Comparator.NONE, "5");
		Indicator contract = indicator(goal(d.getGoals(), "长期目标1"), "按合同执行");
		assertThat(category(contract)).isEqualTo("成本.经济成本");
		assertThat(((Qualitative) contract.getValue()).getText()).isEqualTo("不超合同金额");
	}

	@Test
	void seed001PartyCommitteeOffice() {
		DepartmentDeclaration d = only("dongxihu-party-committee-office.perf", DepartmentDeclaration.class);
		assertThat(d.getUnit()).isEqualTo("中国共产党武汉市东西湖区委员会办公室");
		assertThat(indicatorCounts(d.getGoals())).containsExactly(15, 10, 15, 10);
		Indicator secret = indicator(goal(d.getGoals(), "年度目标1"), "涉密项目");
		assertQuantity(secret.getValue(), Comparator.LE, "60", null);
		assertThat(secret.getBasis()).isEqualTo("计划数据");
		assertQuantity(secret.getTwoYearsAgo(), Comparator.NONE, "58.87", null);
		assertQuantity(secret.getLastYear(), Comparator.NONE, "35.78", null);
		Indicator training = indicator(goal(d.getGoals(), "年度目标2"), "党员培训");
		assertQuantity(training.getValue(), Comparator.GE, "33", "人次");
		assertQuantity(training.getTwoYearsAgo(), Comparator.NONE, "32", "人次");
		Range range = (Range) indicator(goal(d.getGoals(), "长期目标1"), "响应时效").getValue();
		assertThat(range.getFrom()).isEqualByComparingTo("1");
		assertThat(range.getTo()).isEqualByComparingTo("12");
		assertThat(range.getUnit()).isEqualTo("月");
	}

	@Test
	void seed003DepartmentSelfEvaluationReconciles() {
		DepartmentSelfEvaluation e = only("hongshan-2020-department-selfeval.perf", DepartmentSelfEvaluation.class);
		assertThat(e.getTotal()).isEqualByComparingTo("94.87");
		assertThat(e.getBudget().getPlanned()).isEqualByComparingTo("20640.80");
		assertThat(e.getBudget().getExecuted()).isEqualByComparingTo("20511.36");
		assertThat(e.getBudget().getRate()).isEqualByComparingTo("99.37");
		assertThat(e.getBudget().getScore()).isEqualByComparingTo("19.87");
		assertThat(indicatorCounts(e.getGoals())).containsExactly(73, 5, 17, 7, 16, 4, 8);
		assertThat(e.getGoals()).extracting(Goal::getWeight).usingElementComparator(BigDecimal::compareTo)
				.containsExactly(new BigDecimal(37), new BigDecimal(6), new BigDecimal(11), new BigDecimal(6),
						new BigDecimal(10), new BigDecimal(4), new BigDecimal(6));
		assertThat(e.getGoals().get(0).getSections()).extracting(s -> s.getLevel1().getName() + s.getWeight())
				.containsExactly("产出17", "效益20");
		// The seed's entered scores add up to its stated total: 75.0 from the indicators + 19.87.
		assertThat(scoreSum(e.getGoals().stream())).isEqualByComparingTo("75.0");
		assertThat(scoreSum(e.getGoals().stream()).add(e.getBudget().getScore())).isEqualByComparingTo("94.87");
		Indicator renovation = indicator(e.getGoals().get(0), "办公大楼装修面积");
		assertQuantity(renovation.getValue(), Comparator.NONE, "1712", "平方");
		assertThat(((NoValue) renovation.getActual()).getText()).isEqualTo("---");
		assertThat(renovation.getScore()).isEqualByComparingTo("0.4");
		assertThat(e.getDeviation()).isNotBlank();
		assertThat(e.getImprovement()).isNotBlank();
	}

	@Test
	void seed003ProjectSelfEvaluationsReconcile() {
		List<ProjectSelfEvaluation> tables = all("hongshan-2020-project-selfevals.perf", ProjectSelfEvaluation.class);
		assertThat(tables).extracting(ProjectSelfEvaluation::getName).containsExactly("一般公共服务支出", "教育支出",
				"科学技术支出", "文化旅游体育与传媒支出", "社会保障和就业支出", "卫生健康支出", "城乡社区支出", "农林水支出", "其他支出");
		assertThat(tables).extracting(t -> t.getGoals().stream().mapToInt(g -> g.getIndicators().size()).sum())
				.containsExactly(74, 8, 8, 9, 20, 9, 18, 9, 8);
		List<String> totals = List.of("95", "91", "91.5", "92", "93", "92", "93", "95", "91.4");
		for (int i = 0; i < tables.size(); i++) {
			ProjectSelfEvaluation t = tables.get(i);
			assertThat(t.getTotal()).as(t.getName()).isEqualByComparingTo(totals.get(i));
			BigDecimal parts = t.getBudget().getScore().add(t.getObjective().getScore())
					.add(scoreSum(t.getGoals().stream()));
			assertThat(parts).as(t.getName() + ": 预算执行 + 总目标 + 指标得分").isEqualByComparingTo(totals.get(i));
		}
		ProjectSelfEvaluation general = tables.get(0);
		assertThat(general.getBudget().getPlanned()).isEqualByComparingTo("4591.73");
		Indicator domestic = indicator(general.getGoals().get(0), "招商引资完成率（内资）");
		assertPercentage(domestic.getValue(), Comparator.NONE, "80");
		assertPercentage(domestic.getActual(), Comparator.LE, "80");
		assertThat(domestic.getScore()).isEqualByComparingTo("0.5");
	}

	@Test
	void seed004NarrativeDuties() {
		DutyStatement s = only("xiguan-2022-duties.perf", DutyStatement.class);
		assertThat(s.getDuties()).hasSize(12);
		assertThat(s.getDuties()).extracting(d -> d.getIndicators().size()).containsExactly(3, 3, 3, 3, 3, 3, 3, 4, 3,
				3, 3, 3);
		assertThat(s.getDuties()).allSatisfy(d -> assertThat(d.getBands()).hasSize(4));
		assertThat(s.getDuties().get(0).getTitle()).isEqualTo("党建基层组织工作");
		assertThat(s.getDuties().get(0).getIndicators()).containsExactly("加强基层党组织建设完成率", "加强党建工作完成率",
				"完善各项制度完成率");
		assertThat(s.getDuties().get(0).getBands()).extracting(b -> b.getGrade().getLiteral() + b.getThreshold())
				.containsExactly("优90", "良80", "中70", "差60");
		assertThat(s.getDuties().get(5).getTitle()).isEqualTo("社会稳定工作");
		assertThat(s.getDuties().get(5).getBands()).extracting(b -> b.getGrade().getLiteral() + b.getThreshold())
				.containsExactly("优100", "良90", "中80", "差70");
		assertThat(s.getMeasures()).hasSize(3);
	}

	@Test
	void seed004ProjectTables() {
		List<ProjectTable> projects = all("xiguan-2022-projects.perf", ProjectTable.class);
		assertThat(projects).hasSize(13);
		assertThat(projects).allSatisfy(p -> {
			assertThat(p.getGoals()).hasSize(1);
			assertThat(p.getGoals().get(0).getIndicators()).hasSize(9);
		});
		ProjectTable insurance = projects.get(0);
		assertThat(insurance.getCode()).isEqualTo("13030322P00397010008F");
		assertThat(insurance.getName()).isEqualTo("车辆保险费");
		assertThat(insurance.getBudget()).isEqualByComparingTo("0.40");
		assertThat(insurance.getFiscalFunds()).isEqualByComparingTo("0.40");
		assertThat(insurance.getPlan()).extracting(p -> p.getMonth() + "月底" + p.getCumulative().toPlainString() + "%")
				.containsExactly("3月底25%", "6月底50%", "10月底75%", "12月底100%");
		Indicator vehicles = indicator(insurance.getGoals().get(0), "支付车辆保险费车辆数");
		assertThat(vehicles.getDescription()).isEqualTo("保险支付车辆数");
		assertQuantity(vehicles.getValue(), Comparator.NONE, "1", "台");
		assertThat(vehicles.getBasis()).isEqualTo("保险单");
		Indicator accuracy = indicator(projects.get(1).getGoals().get(0), "工资及保险发放准确率");
		assertQuantity(accuracy.getValue(), Comparator.NONE, "17", "人");
		assertThat(accuracy.getBasis()).isEqualTo("工资发放单");
		Indicator budgetCap = indicator(projects.get(2).getGoals().get(0), "项目控制预算数");
		assertThat(category(budgetCap)).isEqualTo("产出.成本");
		assertThat(((YesNo) budgetCap.getValue()).isYes()).isTrue();
		assertThat(projects.get(6).getBudget()).isEqualByComparingTo("205.00");
	}
}
