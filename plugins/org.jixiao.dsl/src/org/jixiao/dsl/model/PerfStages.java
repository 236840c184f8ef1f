// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.model.Adjustment;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.FundLine;
import org.jixiao.model.FundSide;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalForm;
import org.jixiao.model.GoalKind;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorChange;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.SelfEvaluation;
import org.jixiao.model.StageLink;
import org.jixiao.model.Value;

/**
 * A target through its year: the declaration a later form follows, the target that holds after an
 * approved adjustment, and indicators matched across stages by category and name.
 */
public final class PerfStages {

	private PerfStages() {
	}

	/** The target that holds: the adjusted one (调整后目标值) where written, else the declared one. */
	public static Value target(Indicator indicator) {
		return PerfValues.isEmpty(indicator.getAdjusted()) ? indicator.getValue() : indicator.getAdjusted();
	}

	/** The declaration the form follows ({@code follows …}), or null when it names none or it is not found. */
	public static GoalForm declaration(SelfEvaluation evaluation) {
		return declaration(evaluation.getLink());
	}

	public static GoalForm declaration(StageLink link) {
		if (link == null) {
			return null;
		}
		GoalForm declaration = link.getProject() != null ? link.getProject() : link.getDepartment();
		return declaration == null || declaration.eIsProxy() ? null : declaration;
	}

	public static Adjustment adjustment(GoalForm declaration) {
		if (declaration instanceof ProjectTable project) {
			return project.getAdjustment();
		}
		return declaration instanceof DepartmentDeclaration department ? department.getAdjustment() : null;
	}

	/**
	 * The goals a later stage carries: a project's goals; a department's annual goals (without any,
	 * those not long-term; without those, all), as its self-evaluation evaluates the year.
	 */
	public static List<Goal> stageGoals(GoalForm declaration) {
		if (!(declaration instanceof DepartmentDeclaration)) {
			return declaration.getGoals();
		}
		List<Goal> annual = declaration.getGoals().stream().filter(g -> g.getKind() == GoalKind.ANNUAL).toList();
		if (!annual.isEmpty()) {
			return annual;
		}
		List<Goal> notLongTerm = declaration.getGoals().stream().filter(g -> g.getKind() != GoalKind.LONG_TERM).toList();
		return notLongTerm.isEmpty() ? declaration.getGoals() : notLongTerm;
	}

	/** The indicators of the goals by {@link #key}, the first of a key winning, in written order. */
	public static Map<String, Indicator> indicators(List<Goal> goals) {
		Map<String, Indicator> result = new LinkedHashMap<>();
		for (Goal goal : goals) {
			for (Indicator indicator : goal.getIndicators()) {
				result.putIfAbsent(key(indicator), indicator);
			}
		}
		return result;
	}

	/** Category (一级.二级, canonical) and name without blanks: how an indicator is found in another stage. */
	public static String key(Indicator indicator) {
		Level2Category level2 = PerfIndicators.level2(indicator);
		Level1Category level1 = PerfIndicators.level1(indicator);
		String category = level2 == null || level1 == null ? "?" : level1.getName() + "." + level2.getName();
		return category + "/" + name(indicator);
	}

	/** The framework the indicator's category belongs to, or null. */
	private static Object framework(Indicator indicator) {
		Level1Category level1 = PerfIndicators.level1(indicator);
		return level1 == null ? null : level1.eContainer();
	}

	/** The indicator's name without blanks. */
	public static String name(Indicator indicator) {
		return PerfSourceText.compact(PerfIndicators.name(indicator));
	}

	/**
	 * The indicator of the other stage: by category and name, else — where the other stage uses another
	 * framework, which may file it under another category — by name alone when one indicator of
	 * another framework has that name; null if none.
	 */
	public static Indicator match(Indicator indicator, Map<String, Indicator> others) {
		Indicator same = others.get(key(indicator));
		if (same != null) {
			return same;
		}
		String name = name(indicator);
		Object framework = framework(indicator);
		List<Indicator> named = others.values().stream().filter(o -> name(o).equals(name) && framework(o) != framework).toList();
		return named.size() == 1 ? named.get(0) : null;
	}

	/**
	 * The indicator's counterpart among the other stage's goals: in the goal of the same name (else
	 * the same text, else the same position when both have as many goals) first, as a form may list an
	 * indicator under two goals; else anywhere ({@link #match}). Null if none.
	 */
	public static Indicator counterpart(Indicator indicator, List<Goal> others) {
		if (indicator.eContainer() instanceof Goal own) {
			Goal same = sameGoal(own, others);
			if (same != null) {
				Indicator inGoal = match(indicator, indicators(List.of(same)));
				if (inGoal != null) {
					return inGoal;
				}
			}
		}
		return match(indicator, indicators(others));
	}

	private static Goal sameGoal(Goal goal, List<Goal> others) {
		if (goal.getName() != null) {
			for (Goal other : others) {
				if (goal.getName().equals(other.getName())) {
					return other;
				}
			}
		}
		if (goal.getText() != null) {
			for (Goal other : others) {
				if (goal.getText().equals(other.getText()) || goal.getText().equals(other.getAdjustedText())) {
					return other;
				}
			}
		}
		List<Goal> siblings = goal.eContainer() instanceof GoalForm form ? form.getGoals() : List.of();
		int index = siblings.indexOf(goal);
		return index >= 0 && siblings.size() == others.size() ? others.get(index) : null;
	}

	/** Every indicator of the goals, in written order. */
	public static List<Indicator> all(List<Goal> goals) {
		return goals.stream().flatMap(g -> g.getIndicators().stream()).toList();
	}

	public static boolean dropped(Indicator indicator) {
		return indicator.getChange() == IndicatorChange.DROPPED;
	}

	/** The declared budget (万元): a project's 预算数, a department's 支出合计 (else the sum of its expense lines). */
	public static BigDecimal declaredBudget(GoalForm declaration) {
		if (declaration instanceof ProjectTable project) {
			return project.getBudget();
		}
		if (!(declaration instanceof DepartmentDeclaration department) || department.getFunds() == null) {
			return null;
		}
		BigDecimal sum = null;
		for (FundLine line : department.getFunds().getLines()) {
			if (line.getSide() == FundSide.EXPENSE && line.getAmount() != null) {
				if (line.isTotal()) {
					return line.getAmount();
				}
				sum = sum == null ? line.getAmount() : sum.add(line.getAmount());
			}
		}
		return sum;
	}

	/** The budget that holds: the adjusted one where the adjustment names it, else the declared one. */
	public static BigDecimal budget(GoalForm declaration) {
		Adjustment adjustment = adjustment(declaration);
		return adjustment != null && adjustment.getBudget() != null ? adjustment.getBudget() : declaredBudget(declaration);
	}
}
