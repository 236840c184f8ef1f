// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.stages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfNumbers;
import org.jixiao.dsl.model.PerfStages;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.dsl.scoring.PerfScoring;
import org.jixiao.model.Adjustment;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.DepartmentSelfEvaluation;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalForm;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorChange;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.SelfEvaluation;
import org.jixiao.model.Value;

/**
 * What changed between two versions of a file ({@code jixiao diff OLD NEW}): its forms paired by
 * kind and identity (a project by its code, else its name; a department by its unit), then per form
 * the year, the budget, the adjustment, the goals (paired by name, else by position) and the
 * indicators, matched by category and name as the stages match them ({@link PerfStages#key}), with
 * their targets and the other values a later stage fills in.
 */
public final class PerfFormDiff {

	/** The values of an indicator compared, with their labels as the forms print them. */
	private static final Map<String, Function<Indicator, Value>> VALUES = new LinkedHashMap<>();

	static {
		VALUES.put("指标值", Indicator::getValue);
		VALUES.put("调整后目标值", Indicator::getAdjusted);
		VALUES.put("前年", Indicator::getTwoYearsAgo);
		VALUES.put("上年", Indicator::getLastYear);
		VALUES.put("预期当年实现值", Indicator::getExpected);
		VALUES.put("实际完成值", Indicator::getActual);
	}

	private final List<PerfChange> changes = new ArrayList<>();

	private PerfFormDiff() {
	}

	/** The differences, in the order of the new file's forms (forms only in the old file last). */
	public static List<PerfChange> compare(PerfDocument older, PerfDocument newer) {
		PerfFormDiff diff = new PerfFormDiff();
		Map<String, GoalForm> before = forms(older);
		Map<String, GoalForm> after = forms(newer);
		for (Map.Entry<String, GoalForm> entry : after.entrySet()) {
			GoalForm old = before.get(entry.getKey());
			if (old == null) {
				diff.add(title(entry.getValue()), "表格", "", PerfChange.Kind.ADDED, "", "整张表");
			} else {
				diff.form(old, entry.getValue());
			}
		}
		for (Map.Entry<String, GoalForm> entry : before.entrySet()) {
			if (!after.containsKey(entry.getKey())) {
				diff.add(title(entry.getValue()), "表格", "", PerfChange.Kind.REMOVED, "整张表", "");
			}
		}
		return List.copyOf(diff.changes);
	}

	/** The form's name as the terminal and the 对比表 show it: kind and identity. */
	public static String title(GoalForm form) {
		if (form instanceof ProjectTable project) {
			return "项目支出绩效目标表“" + project.getName() + "”" + (project.getCode() == null ? "" : "（" + project.getCode() + "）");
		}
		if (form instanceof DepartmentDeclaration department) {
			return "部门整体支出绩效目标申报表“" + department.getUnit() + "”";
		}
		if (form instanceof ProjectSelfEvaluation project) {
			return "项目支出绩效自评表“" + project.getName() + "”";
		}
		return "部门整体绩效自评表“" + form.getUnit() + "”";
	}

	private static Map<String, GoalForm> forms(PerfDocument document) {
		Map<String, GoalForm> result = new LinkedHashMap<>();
		for (EObject element : document.getElements()) {
			if (element instanceof GoalForm form) {
				result.putIfAbsent(identity(form), form);
			}
		}
		return result;
	}

	private static String identity(GoalForm form) {
		if (form instanceof ProjectTable project) {
			return "project/" + (project.getCode() != null ? project.getCode() : project.getName());
		}
		if (form instanceof ProjectSelfEvaluation project) {
			return "project-selfeval/" + project.getName();
		}
		String kind = form instanceof DepartmentSelfEvaluation ? "department-selfeval/" : "department/";
		return kind + form.getUnit();
	}

	private void form(GoalForm old, GoalForm now) {
		String form = title(now);
		text(form, "表头", "年度", string(old.getYear()), string(now.getYear()));
		text(form, "预算", "预算数（万元）", amount(budget(old)), amount(budget(now)));
		Adjustment a = PerfStages.adjustment(old);
		Adjustment b = PerfStages.adjustment(now);
		text(form, "目标调整", "调整记录", adjustment(a), adjustment(b));
		text(form, "目标调整", "调整后预算数（万元）", amount(a == null ? null : a.getBudget()), amount(b == null ? null : b.getBudget()));
		goals(form, old.getGoals(), now.getGoals());
		indicators(form, old.getGoals(), now.getGoals());
	}

	private static BigDecimal budget(GoalForm form) {
		if (form instanceof SelfEvaluation evaluation) {
			return evaluation.getBudget() == null ? null : evaluation.getBudget().getPlanned();
		}
		return PerfStages.declaredBudget(form);
	}

	private void goals(String form, List<Goal> old, List<Goal> now) {
		for (int i = 0; i < now.size(); i++) {
			Goal goal = now.get(i);
			Goal before = goalMatching(goal, old, i);
			String item = goalLabel(goal, i);
			if (before == null) {
				add(form, "目标", item, PerfChange.Kind.ADDED, "", blankIfNull(goal.getText()));
				continue;
			}
			text(form, "目标", item + " 内容", blankIfNull(before.getText()), blankIfNull(goal.getText()));
			text(form, "目标", item + " 调整后内容", blankIfNull(before.getAdjustedText()), blankIfNull(goal.getAdjustedText()));
		}
		for (int i = 0; i < old.size(); i++) {
			Goal goal = old.get(i);
			if (goalMatching(goal, now, i) == null) {
				add(form, "目标", goalLabel(goal, i), PerfChange.Kind.REMOVED, blankIfNull(goal.getText()), "");
			}
		}
	}

	/** The goal of the same name, else (goals without names) the one at the same position. */
	private static Goal goalMatching(Goal goal, List<Goal> others, int index) {
		if (goal.getName() != null) {
			return others.stream().filter(o -> goal.getName().equals(o.getName())).findFirst().orElse(null);
		}
		return index < others.size() && others.get(index).getName() == null ? others.get(index) : null;
	}

	private static String goalLabel(Goal goal, int index) {
		return goal.getName() != null ? "目标“" + goal.getName() + "”" : "第 " + (index + 1) + " 个目标";
	}

	private void indicators(String form, List<Goal> old, List<Goal> now) {
		for (Indicator indicator : PerfStages.all(now)) {
			Indicator before = PerfStages.counterpart(indicator, old);
			String item = label(indicator);
			if (before == null) {
				add(form, "指标", item, PerfChange.Kind.ADDED, "", show(indicator.getValue()));
				continue;
			}
			for (Map.Entry<String, Function<Indicator, Value>> value : VALUES.entrySet()) {
				Value was = value.getValue().apply(before);
				Value is = value.getValue().apply(indicator);
				if (!PerfValues.key(was).equals(PerfValues.key(is))) {
					text(form, "指标", item + " " + value.getKey(), show(was), show(is));
				}
			}
			text(form, "指标", item + " 调整标记", change(before.getChange()), change(indicator.getChange()));
		}
		for (Indicator indicator : PerfStages.all(old)) {
			if (PerfStages.counterpart(indicator, now) == null) {
				add(form, "指标", label(indicator), PerfChange.Kind.REMOVED, show(indicator.getValue()), "");
			}
		}
	}

	/** 数量指标“巡检次数”, after its goal's name where the goal has one (a form may list an indicator under two goals). */
	private static String label(Indicator indicator) {
		String goal = indicator.eContainer() instanceof Goal g && g.getName() != null ? g.getName() + " " : "";
		return goal + PerfIndicators.categoryTitle(indicator) + "“" + PerfIndicators.name(indicator) + "”";
	}

	private static String change(IndicatorChange change) {
		return switch (change) {
		case ADDED -> "调整中新增";
		case DROPPED -> "调整中删除";
		default -> "";
		};
	}

	private static String adjustment(Adjustment adjustment) {
		if (adjustment == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		if (adjustment.getDate() != null) {
			parts.add(adjustment.getDate());
		}
		if (adjustment.getDocument() != null) {
			parts.add(adjustment.getDocument());
		}
		if (adjustment.getReason() != null) {
			parts.add(adjustment.getReason());
		}
		return parts.isEmpty() ? "有" : String.join("，", parts);
	}

	/** A changed, added or removed text; nothing when both are the same. */
	private void text(String form, String part, String item, String before, String after) {
		if (before.equals(after)) {
			return;
		}
		PerfChange.Kind kind = before.isEmpty() ? PerfChange.Kind.ADDED : after.isEmpty() ? PerfChange.Kind.REMOVED : PerfChange.Kind.CHANGED;
		add(form, part, item, kind, before, after);
	}

	private void add(String form, String part, String item, PerfChange.Kind kind, String before, String after) {
		changes.add(new PerfChange(form, part, item, kind, before, after));
	}

	/** A value as written; values written alike (comparator spelling, blanks) show alike. */
	private static String show(Value value) {
		return PerfValues.isEmpty(value) ? "" : PerfScoring.show(value);
	}

	private static String amount(BigDecimal amount) {
		return amount == null ? "" : PerfNumbers.plain(amount);
	}

	private static String string(Object value) {
		return value == null ? "" : String.valueOf(value);
	}

	private static String blankIfNull(String text) {
		return Objects.requireNonNullElse(text, "");
	}
}
