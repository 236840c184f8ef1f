// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import org.jixiao.dsl.model.PerfValues;
import org.jixiao.dsl.model.PerfNumbers;
import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfGoals;
import org.jixiao.dsl.model.PerfSourceText;
import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.validation.Check;
import org.jixiao.dsl.scoping.PerfFrameworks;
import org.jixiao.model.CategoryRole;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.DepartmentSelfEvaluation;
import org.jixiao.model.DocumentElement;
import org.jixiao.model.DutyStatement;
import org.jixiao.model.Form;
import org.jixiao.model.Framework;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalKind;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.ProjectTable;

import com.google.inject.Inject;

/** Goals with the indicators a reviewer expects, forms with their required fields. */
public class PerfCompletenessValidator extends PerfCheck {

	@Inject
	private PerfFrameworks frameworks;

	@Check
	public void goalHasOutputBenefitSatisfaction(Goal goal) {
		boolean any = false;
		boolean output = false;
		boolean benefit = false;
		boolean satisfaction = false;
		for (Indicator indicator : goal.getIndicators()) {
			if (PerfIndicators.level2(indicator) == null) {
				continue;
			}
			any = true;
			output |= PerfIndicators.hasRole(indicator, CategoryRole.OUTPUT);
			benefit |= PerfIndicators.hasRole(indicator, CategoryRole.BENEFIT);
			satisfaction |= PerfIndicators.hasRole(indicator, CategoryRole.SATISFACTION);
		}
		if (!any || output && benefit && satisfaction) {
			return;
		}
		String label = goalLabel(goal);
		// A region's framework without roles cannot say what is output or benefit: no finding then.
		Framework framework = frameworks.frameworkOf(goal);
		output |= !hasLevel1Role(framework, CategoryRole.OUTPUT);
		benefit |= !hasLevel1Role(framework, CategoryRole.BENEFIT);
		if (!output) {
			report(GOAL_MISSING_OUTPUT, label + "没有产出指标：每个目标应至少有一项产出指标（数量、质量、时效等）。", goal,
					PerfSourceText.keyword(goal, "goal"));
		}
		if (!benefit) {
			report(GOAL_MISSING_BENEFIT, label + "没有效益指标：每个目标应至少有一项效益指标（经济、社会、生态效益或可持续影响）。", goal,
					PerfSourceText.keyword(goal, "goal"));
		}
		if (!satisfaction) {
			Level2Category category = satisfactionCategory(goal);
			if (category == null) {
				return;
			}
			String reference = ((Level1Category) category.eContainer()).getName() + "." + category.getName();
			INode last = PerfSourceText.node(goal.getIndicators().get(goal.getIndicators().size() - 1));
			String target = "≥ " + PerfNumbers.plain(profile.satisfactionDefaultTarget()) + "%";
			String skeleton = "indicator " + reference + " \"服务对象满意度\" " + target;
			String[] data = last == null ? new String[0]
					: new String[] { String.valueOf(last.getEndOffset()), "\n" + indentOf(last) + skeleton };
			report(GOAL_MISSING_SATISFACTION, label + "没有满意度指标：宜设服务对象满意度指标，如 " + skeleton + "。", goal,
					PerfSourceText.keyword(goal, "goal"), data);
		}
	}

	private static boolean hasLevel1Role(Framework framework, CategoryRole role) {
		return framework != null && framework.getLevel1s().stream().anyMatch(l -> l.getRole() == role);
	}

	private Level2Category satisfactionCategory(Goal goal) {
		Framework framework = frameworks.frameworkOf(goal);
		if (framework == null) {
			return null;
		}
		for (Level1Category level1 : framework.getLevel1s()) {
			for (Level2Category level2 : level1.getLevel2s()) {
				if (level2.getRole() == CategoryRole.SATISFACTION) {
					return level2;
				}
			}
		}
		return null;
	}

	/** The blanks before the node on its line. */
	private static String indentOf(INode node) {
		String text = node.getRootNode().getText();
		int start = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
		int end = start;
		while (end < node.getOffset() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}

	static String goalLabel(Goal goal) {
		if (goal.getName() != null) {
			return "目标“" + goal.getName() + "”";
		}
		if (goal.getText() != null) {
			String text = goal.getText().replaceAll("\\s+", "");
			return "目标“" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "”";
		}
		return "该目标";
	}

	@Check
	public void indicatorNamesAreUnique(Goal goal) {
		if (goal.getIndicators().size() < 2) {
			return;
		}
		Set<String> seen = new HashSet<>();
		for (Indicator indicator : goal.getIndicators()) {
			String name = indicator.getName() == null ? null : indicator.getName().strip();
			if (name != null && !name.isEmpty() && !seen.add(name)) {
				report(DUPLICATE_INDICATOR, goalLabel(goal) + "中指标名称“" + name.strip() + "”重复：同一目标下的指标名称应各不相同。", indicator,
						PerfPackage.Literals.INDICATOR__NAME);
			}
		}
	}

	@Check
	public void horizonAfterFilingYear(Goal goal) {
		Form form = EcoreUtil2.getContainerOfType(goal, Form.class);
		if (goal.getKind() != GoalKind.LONG_TERM || goal.getHorizonYear() == null || form == null || form.getYear() == null) {
			return;
		}
		if (goal.getHorizonYear() < form.getYear()) {
			report(HORIZON_BEFORE_YEAR, "长期目标截至 " + goal.getHorizonYear() + " 年，早于填报年度 " + form.getYear() + " 年：截至年度应晚于填报年度。",
					goal, PerfPackage.Literals.GOAL__HORIZON_YEAR);
		}
	}

	/** Rows copied verbatim into many forms of one file (004: 13 project tables, one template). */
	@Check
	public void boilerplate(PerfDocument document) {
		int minForms = profile.boilerplateMinForms();
		if (document.getElements().size() < minForms) {
			return;
		}
		if (document.getElements().stream().filter(e -> !PerfGoals.of(e).isEmpty()).count() < minForms) {
			return;
		}
		// A row copied into n forms has its name in n forms: only rows whose name is that widespread
		// need the full comparison, which keeps the check cheap on large files with no template.
		NameCounts widespread = namesInAtLeast(document, minForms);
		if (widespread.isEmpty()) {
			return;
		}
		Map<Goal, List<Row>> rowsByGoal = new LinkedHashMap<>();
		Map<Row, Set<EObject>> formsByRow = new HashMap<>();
		for (EObject element : document.getElements()) {
			for (Goal goal : PerfGoals.of(element)) {
				List<Row> rows = new ArrayList<>();
				for (Indicator indicator : goal.getIndicators()) {
					Row row = widespread.contains(indicator.getName(), minForms)
							? new Row(indicator.getCategory(), indicator.getName(), PerfValues.key(indicator.getValue()))
							: null;
					rows.add(row);
					if (row != null) {
						formsByRow.computeIfAbsent(row, r -> new HashSet<>()).add(element);
					}
				}
				rowsByGoal.put(goal, rows);
			}
		}
		for (Map.Entry<Goal, List<Row>> entry : rowsByGoal.entrySet()) {
			Goal goal = entry.getKey();
			List<Row> rows = entry.getValue();
			Set<String> copied = new LinkedHashSet<>();
			int formCount = 0;
			for (int i = 0; i < rows.size(); i++) {
				int forms = rows.get(i) == null ? 1 : formsByRow.get(rows.get(i)).size();
				if (forms >= minForms) {
					copied.add(goal.getIndicators().get(i).getName());
					formCount = Math.max(formCount, forms);
				}
			}
			if (copied.size() >= profile.boilerplateMinRows() && !rows.isEmpty() && BigDecimal.valueOf(copied.size())
					.compareTo(profile.boilerplateMinShare().multiply(BigDecimal.valueOf(rows.size()))) >= 0) {
				report(BOILERPLATE, goalLabel(goal) + "有 " + copied.size() + " 项指标（" + String.join("、", copied) + "）与本文件中其他表格逐字相同（最多出现在 "
						+ formCount + " 张表中）：像是照抄的模板，请按本项目的实际内容填写。", goal, PerfSourceText.keyword(goal, "goal"));
			}
		}
	}

	/**
	 * Hash codes of the indicator names that occur in at least the given number of forms (top-level
	 * elements). Counted on the names' (cached) hash codes in a flat table rather than on the names in a
	 * HashMap, which cost more than the rest of the check: names that share a hash code are counted
	 * together, so the result may hold more names than recur, never fewer, and the caller's exact row
	 * comparison decides.
	 */
	private static NameCounts namesInAtLeast(PerfDocument document, int minForms) {
		List<DocumentElement> elements = document.getElements();
		int rows = 0;
		for (DocumentElement element : elements) {
			for (Goal goal : PerfGoals.of(element)) {
				rows += goal.getIndicators().size();
			}
		}
		NameCounts counts = new NameCounts(rows);
		for (int form = 0; form < elements.size(); form++) {
			for (Goal goal : PerfGoals.of(elements.get(form))) {
				for (Indicator indicator : goal.getIndicators()) {
					counts.countForm(java.util.Objects.hashCode(indicator.getName()), form, minForms);
				}
			}
		}
		return counts;
	}

	/** Open-addressing table from a name's hash code to the number of forms it occurs in. */
	private static final class NameCounts {
		private final int[] hashes;
		private final int[] forms;
		private final int[] lastForm;
		private final int mask;
		private final int shift;
		private boolean any;

		NameCounts(int names) {
			int size = Integer.highestOneBit(Math.max(2, names) * 2 - 1) << 1;
			hashes = new int[size];
			forms = new int[size];
			lastForm = new int[size];
			mask = size - 1;
			shift = Integer.numberOfLeadingZeros(mask);
		}

		/**
		 * Fibonacci hashing takes the product's high bits: the low bits of names' hash codes that differ
		 * in one character (项目1, 项目2 …) crowd into neighbouring slots and made long probe runs.
		 */
		private int slot(int hash) {
			int i = (hash * 0x9E3779B9) >>> shift;
			while (forms[i] != 0 && hashes[i] != hash) {
				i = (i + 1) & mask;
			}
			return i;
		}

		void countForm(int hash, int form, int minForms) {
			int i = slot(hash);
			if (forms[i] == 0) {
				hashes[i] = hash;
				forms[i] = 1;
				lastForm[i] = form;
			} else if (lastForm[i] != form) {
				lastForm[i] = form;
				forms[i]++;
			}
			if (forms[i] >= minForms) {
				any = true;
			}
		}

		boolean isEmpty() {
			return !any;
		}

		/** Whether the name may occur in the minimum number of forms (given at counting). */
		boolean contains(String name, int minForms) {
			return forms[slot(java.util.Objects.hashCode(name))] >= minForms;
		}
	}

	/** One indicator row as a reviewer compares them: category, name and target (hash computed once). */
	private record Row(Object category, String name, Object value, int hash) {
		Row(Object category, String name, Object value) {
			this(category, name, value, java.util.Objects.hash(System.identityHashCode(category), name, value));
		}

		@Override
		public int hashCode() {
			return hash;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Row row && hash == row.hash && category == row.category
					&& java.util.Objects.equals(name, row.name) && value.equals(row.value);
		}
	}

	@Check
	public void requiredFields(Form form) {
		List<String> missing = new ArrayList<>();
		// a project self-evaluation may name its unit as 项目实施单位 only, as the central form does
		if (blank(form.getUnit()) && !(form instanceof ProjectSelfEvaluation evaluation && !blank(evaluation.getImplementer()))) {
			missing.add(form instanceof ProjectTable ? "单位名称（unit）" : "单位名称");
		}
		if (form instanceof DepartmentDeclaration department && department.getGoals().isEmpty()) {
			missing.add("绩效目标（goal）");
		}
		if (form instanceof ProjectTable project) {
			require(missing, project.getCode(), "项目编码");
			require(missing, project.getName(), "项目名称");
			if (project.getBudget() == null) {
				missing.add("预算数（budget）");
			}
			require(missing, project.getPurpose(), "资金用途（purpose）");
			if (project.getGoals().isEmpty()) {
				missing.add("绩效目标（goal）");
			}
		}
		if (form instanceof ProjectSelfEvaluation project) {
			if (project.getBudget() == null) {
				missing.add("预算执行（budget … planned … executed …）");
			}
			// the central form's 年度总体目标 is the goals' content (goal "…" actual "…")
			if (project.getObjective() == null && project.getGoals().stream().allMatch(g -> blank(g.getText()))) {
				missing.add("总目标（objective，或目标内容 goal \"…\"）");
			}
			if (project.getTotal() == null) {
				missing.add("自评得分（total）");
			}
		}
		if (form instanceof DepartmentSelfEvaluation department) {
			if (department.getBudget() == null) {
				missing.add("预算执行（budget … planned … executed …）");
			}
			if (department.getTotal() == null) {
				missing.add("总分（total）");
			}
		}
		if (form instanceof DutyStatement duties && duties.getDuties().isEmpty()) {
			missing.add("职责（duty）");
		}
		if (missing.isEmpty()) {
			return;
		}
		INode first = firstKeyword(form);
		for (String field : missing) {
			report(REQUIRED_FIELD, kind(form) + "缺少必填栏目：" + field + "。", form, first);
		}
	}

	private static INode firstKeyword(Form form) {
		for (String keyword : List.of("department", "project", "selfeval", "duties")) {
			ILeafNode leaf = PerfSourceText.keyword(form, keyword);
			if (leaf != null) {
				return leaf;
			}
		}
		return PerfSourceText.node(form);
	}

	private static String kind(Form form) {
		if (form instanceof DepartmentDeclaration) {
			return "部门整体支出绩效目标申报表";
		}
		if (form instanceof ProjectTable) {
			return "项目支出绩效目标表";
		}
		if (form instanceof ProjectSelfEvaluation) {
			return "项目支出绩效自评表";
		}
		if (form instanceof DepartmentSelfEvaluation) {
			return "部门整体绩效自评表";
		}
		return "职责目标";
	}

	private static void require(List<String> missing, String value, String label) {
		if (blank(value)) {
			missing.add(label);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
