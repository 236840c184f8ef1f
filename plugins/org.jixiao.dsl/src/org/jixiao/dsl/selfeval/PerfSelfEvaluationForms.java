// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.selfeval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.scoring.PerfScoringProfile;
import org.jixiao.dsl.scoring.PerfScoringSection;
import org.jixiao.dsl.scoring.PerfWeights;
import org.jixiao.dsl.model.PerfStages;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.model.BudgetExecution;
import org.jixiao.model.BudgetSource;
import org.jixiao.model.BudgetSourceKind;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.DepartmentSelfEvaluation;
import org.jixiao.model.Direction;
import org.jixiao.model.Framework;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalKind;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Monitoring;
import org.jixiao.model.NoValue;
import org.jixiao.model.OverallObjective;
import org.jixiao.model.PerfFactory;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.SectionWeight;
import org.jixiao.model.StageLink;

/**
 * Builds the model of new self-evaluations (the starter writes it): targets carried over as they
 * hold after the declaration's adjustment (adjusted targets and goal texts, dropped indicators left
 * out, the adjusted budget as 预算数（A）), the declaration named ({@code follows …}), the
 * profile's points spread over the indicators, actual values left as ---.
 */
final class PerfSelfEvaluationForms {

	private static final PerfFactory CREATE = PerfFactory.eINSTANCE;

	private final PerfScoringProfile profile;
	private final PerfSelfEvaluationLayouts layouts;
	private final List<PerfSelfEvaluationDraft.Note> notes;
	/** The latest monitoring form of the declaration, whose forecasts start the actual values; null if none. */
	private final Monitoring monitoring;
	/** The new indicators whose actual is a monitoring forecast, to be marked as such. */
	private final List<Indicator> forecasts = new ArrayList<>();

	PerfSelfEvaluationForms(PerfScoringProfile profile, PerfSelfEvaluationLayouts layouts, List<PerfSelfEvaluationDraft.Note> notes,
			Monitoring monitoring) {
		this.profile = profile;
		this.layouts = layouts;
		this.notes = notes;
		this.monitoring = monitoring;
	}

	/** The new indicators whose actual value is the monitoring form's full-year forecast, in written order. */
	List<Indicator> forecasts() {
		return forecasts;
	}

	/** 部门整体绩效自评表 from a 部门整体支出绩效目标申报表: its annual goals, 预算执行 on the expense total. */
	DepartmentSelfEvaluation department(DepartmentDeclaration declaration) {
		List<Goal> goals = annualGoals(declaration);
		DepartmentSelfEvaluation evaluation = CREATE.createDepartmentSelfEvaluation();
		evaluation.setUnit(declaration.getUnit());
		evaluation.setYear(declaration.getYear());
		evaluation.setTitle(declaration.getYear() + "年度" + declaration.getUnit() + "整体绩效自评表");
		evaluation.setLayout(layouts.department());
		StageLink link = CREATE.createStageLink();
		link.setDepartment(declaration);
		link.setYear(declaration.getYear());
		evaluation.setLink(link);
		BigDecimal planned = PerfStages.budget(declaration);
		if (planned == null) {
			note(declaration, "申报表没有支出合计，预算数（A）写作 ---：请填写部门整体支出总额。");
		}
		evaluation.setBudget(budget("部门整体支出总额", profile.departmentBudgetWeight(), planned));
		Map<Indicator, BigDecimal> weights = weigh(declaration, goals, profile.departmentSections());
		for (Goal goal : goals) {
			evaluation.getGoals().add(goal(goal, weights, true));
		}
		return evaluation;
	}

	/** 项目支出绩效自评表 from a 项目支出绩效目标表: 预算执行 on its 预算数, its goals as 项目绩效总目标. */
	ProjectSelfEvaluation project(ProjectTable project) {
		if (project.getYear() == null) {
			throw new PerfSelfEvaluationException(line(project), 1,
					"项目“" + project.getName() + "”没有年度（year），无法生成自评表：请在项目表上写 year。");
		}
		ProjectSelfEvaluation evaluation = CREATE.createProjectSelfEvaluation();
		evaluation.setName(project.getName());
		evaluation.setYear(project.getYear());
		evaluation.setTitle(project.getYear() + "年度" + project.getName() + "项目自评表");
		evaluation.setUnit(project.getUnit());
		if (project.getCode() != null && !project.getCode().isBlank()) {
			StageLink link = CREATE.createStageLink();
			link.setProject(project);
			evaluation.setLink(link);
		} else {
			note(project, "项目表没有项目代码（code），自评表无法写 follows project：跨阶段检查不会进行。");
		}
		if (project.getBudget() == null) {
			note(project, "项目表没有预算数，预算数（A）写作 ---：请填写年度财政资金总额。");
		}
		evaluation.setLayout(layouts.project());
		if (layouts.budgetSources()) {
			// 年初预算数 is the declared budget, split by source as declared; 全年预算数 starts equal to it
			BudgetExecution budget = budget("年度资金总额", profile.budgetWeight(), PerfStages.budget(project));
			budget.setInitial(project.getBudget());
			source(budget, BudgetSourceKind.FISCAL, project.getFiscalFunds());
			source(budget, BudgetSourceKind.CARRYOVER, null);
			source(budget, BudgetSourceKind.OTHER, project.getOtherFunds());
			evaluation.setBudget(budget);
		} else {
			evaluation.setBudget(budget("年度财政资金总额", profile.budgetWeight(), PerfStages.budget(project)));
		}
		if (profile.objectiveWeight().signum() > 0) {
			OverallObjective objective = CREATE.createOverallObjective();
			objective.setWeight(plain(profile.objectiveWeight()));
			objective.setTarget(objective(project));
			objective.setActual(PerfValues.text(""));
			evaluation.setObjective(objective);
		}
		Map<Indicator, BigDecimal> weights = weigh(project, project.getGoals(), profile.sections());
		evaluation.setIndicatorWeight(plain(weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
		for (Goal goal : project.getGoals()) {
			evaluation.getGoals().add(goal(goal, weights, false));
		}
		return evaluation;
	}

	/** 预算执行: the planned amount carried over (--- when there is none), 执行数 left to the analyst. */
	private static BudgetExecution budget(String label, BigDecimal weight, BigDecimal planned) {
		BudgetExecution budget = CREATE.createBudgetExecution();
		budget.setLabel(label);
		budget.setWeight(plain(weight));
		budget.setPlanned(planned);
		return budget;
	}

	/** A source of funds with its declared amount as 年初预算数 and 全年预算数 (a line to fill when not declared). */
	private static void source(BudgetExecution budget, BudgetSourceKind kind, BigDecimal declared) {
		BudgetSource source = CREATE.createBudgetSource();
		source.setKind(kind);
		source.setInitial(declared);
		source.setPlanned(declared);
		budget.getSources().add(source);
	}

	/** The goals the year is evaluated on ({@link PerfStages#stageGoals}); only long-term ones get a note. */
	private List<Goal> annualGoals(DepartmentDeclaration declaration) {
		List<Goal> goals = PerfStages.stageGoals(declaration);
		if (!goals.isEmpty() && goals.stream().allMatch(g -> g.getKind() == GoalKind.LONG_TERM)) {
			note(declaration, "申报表只有长期目标，自评表按长期目标的指标生成：年度自评通常只评年度目标，请核对。");
		}
		return goals;
	}

	/** The indicators a later stage carries: all but those the adjustment dropped. */
	private static List<Indicator> carried(Goal goal) {
		return goal.getIndicators().stream().filter(i -> !PerfStages.dropped(i)).toList();
	}

	private static String objective(ProjectTable project) {
		List<String> texts = project.getGoals().stream().map(g -> g.getAdjustedText() != null ? g.getAdjustedText() : g.getText()).filter(t -> t != null && !t.isBlank()).toList();
		if (!texts.isEmpty()) {
			return String.join("\n", texts);
		}
		return project.getPurpose() == null ? "" : project.getPurpose();
	}

	/**
	 * Each profile part's points spread evenly over the indicators of its 一级 (across all goals, in
	 * document order); indicators no part covers get 0.
	 */
	private Map<Indicator, BigDecimal> weigh(EObject form, List<Goal> goals, List<PerfScoringSection> sections) {
		Map<Indicator, BigDecimal> weights = new IdentityHashMap<>();
		Map<PerfScoringSection, List<Indicator>> bySection = new LinkedHashMap<>();
		sections.forEach(s -> bySection.put(s, new ArrayList<>()));
		for (Goal goal : goals) {
			for (Indicator indicator : carried(goal)) {
				Level1Category level1 = PerfIndicators.level1(indicator);
				PerfScoringSection section = sections.stream().filter(s -> s.covers(level1)).findFirst().orElse(null);
				if (section == null) {
					weights.put(indicator, BigDecimal.ZERO);
					note(indicator, "指标“" + PerfIndicators.name(indicator) + "”的一级指标“" + (level1 == null ? "?" : PerfIndicators.title(level1))
							+ "”不属于评分配置 " + profile.name() + " 的任何部分，分值记 0。");
				} else {
					bySection.get(section).add(indicator);
				}
			}
		}
		// a part without indicators gives its points to its fallback part (central rules: 满意度 → 效益)
		Map<PerfScoringSection, BigDecimal> points = new LinkedHashMap<>();
		sections.forEach(s -> points.put(s, s.weight()));
		for (PerfScoringSection section : sections) {
			if (!bySection.get(section).isEmpty()) {
				continue;
			}
			PerfScoringSection fallback = profile.fallbackFor(section, sections);
			String what = "评分配置 " + profile.name() + " 的“" + String.join("+", section.level1Names()) + "”（"
					+ plain(section.weight()).toPlainString() + " 分）在本表没有对应的指标";
			if (fallback != null && !bySection.get(fallback).isEmpty()) {
				points.merge(fallback, section.weight(), BigDecimal::add);
				points.put(section, BigDecimal.ZERO);
				note(form, what + "，按评分配置计入“" + String.join("+", fallback.level1Names()) + "”。");
			} else {
				note(form, what + "，未分配：请补充指标或改用合适的评分配置。");
			}
		}
		for (Map.Entry<PerfScoringSection, List<Indicator>> entry : bySection.entrySet()) {
			PerfScoringSection section = entry.getKey();
			List<Indicator> indicators = entry.getValue();
			if (indicators.isEmpty()) {
				continue;
			}
			List<BigDecimal> spread = PerfWeights.evenly(points.get(section), indicators.size());
			for (int i = 0; i < indicators.size(); i++) {
				weights.put(indicators.get(i), spread.get(i));
			}
		}
		return weights;
	}

	private Goal goal(Goal source, Map<Indicator, BigDecimal> weights, boolean weighted) {
		Goal goal = CREATE.createGoal();
		goal.setKind(source.getKind());
		goal.setName(source.getName());
		goal.setText(source.getAdjustedText() != null ? source.getAdjustedText() : source.getText());
		if (weighted) {
			goal.setWeight(plain(carried(source).stream().map(i -> weights.getOrDefault(i, BigDecimal.ZERO))
					.reduce(BigDecimal.ZERO, BigDecimal::add)));
		}
		Map<Level1Category, BigDecimal> sectionWeights = new LinkedHashMap<>();
		for (Indicator indicator : carried(source)) {
			Level1Category level1 = PerfIndicators.level1(indicator);
			BigDecimal weight = weights.getOrDefault(indicator, BigDecimal.ZERO);
			if (level1 != null && weight.signum() > 0) {
				sectionWeights.merge(level1, weight, BigDecimal::add);
			}
		}
		sectionWeights.entrySet().stream().sorted(Comparator.comparingInt(e -> frameworkOrder(e.getKey()))).forEach(e -> {
			SectionWeight section = CREATE.createSectionWeight();
			section.setLevel1(e.getKey());
			section.setWeight(plain(e.getValue()));
			goal.getSections().add(section);
		});
		for (Indicator indicator : carried(source)) {
			Indicator carried = indicator(indicator, weights.getOrDefault(indicator, BigDecimal.ZERO));
			startFromForecast(carried, indicator);
			goal.getIndicators().add(carried);
		}
		return goal;
	}

	private static int frameworkOrder(Level1Category level1) {
		return level1.eContainer() instanceof Framework framework ? framework.getLevel1s().indexOf(level1) : Integer.MAX_VALUE;
	}

	/**
	 * The target carried over as written (the comparator in its spelling) with its 评（扣）分标准, 调整后目标值
	 * and core flag; 实际完成值 left as ---.
	 */
	private static Indicator indicator(Indicator source, BigDecimal weight) {
		Indicator indicator = CREATE.createIndicator();
		indicator.setCategory(source.getCategory());
		indicator.setName(PerfIndicators.name(source));
		indicator.setValue(source.getValue() == null ? missing() : EcoreUtil.copy(source.getValue()));
		// the scoring standard, the adjusted target and the core flag hold for the self-evaluation as declared
		indicator.setCriterion(source.getCriterion());
		indicator.setAdjusted(source.getAdjusted() == null ? null : EcoreUtil.copy(source.getAdjusted()));
		if (source.getDirection() != null && source.getDirection() != Direction.UNSPECIFIED) {
			indicator.setDirection(source.getDirection());
		}
		indicator.setCore(source.isCore());
		indicator.setWeight(plain(weight));
		indicator.setActual(missing());
		return indicator;
	}

	/**
	 * The monitoring form's full-year forecast (全年预计) of the indicator as the starting actual, where
	 * the monitoring has one (not ---): the analyst replaces it with the actual value.
	 */
	private void startFromForecast(Indicator carried, Indicator declared) {
		if (monitoring == null) {
			return;
		}
		Indicator monitored = PerfStages.counterpart(declared, monitoring.getGoals());
		if (monitored != null && !PerfValues.isEmpty(monitored.getForecast())) {
			carried.setActual(EcoreUtil.copy(monitored.getForecast()));
			forecasts.add(carried);
		}
	}

	private static NoValue missing() {
		NoValue none = CREATE.createNoValue();
		none.setText("---");
		return none;
	}

	private void note(EObject where, String message) {
		notes.add(new PerfSelfEvaluationDraft.Note(line(where), 1, message));
	}

	static int line(EObject object) {
		INode node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? 1 : node.getStartLine();
	}

	private static BigDecimal plain(BigDecimal value) {
		return PerfWeights.plain(value);
	}
}
