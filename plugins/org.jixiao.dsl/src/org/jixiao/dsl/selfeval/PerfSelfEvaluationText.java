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
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.jixiao.dsl.conversion.PerfWords;
import org.jixiao.dsl.scoring.PerfScoringProfile;
import org.jixiao.dsl.scoring.PerfScoringSection;
import org.jixiao.dsl.scoring.PerfWeights;
import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfSourceText;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.Direction;
import org.jixiao.model.FundLine;
import org.jixiao.model.FundSide;
import org.jixiao.model.Framework;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalKind;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.Value;

/**
 * Writes the .perf text of new self-evaluations (unformatted; the starter formats it): targets
 * carried over, the profile's points spread over the indicators, actual values left as ---.
 */
final class PerfSelfEvaluationText {

	private static final String INDENT = "    ";

	private final StringBuilder out = new StringBuilder();
	private final PerfScoringProfile profile;
	private final List<PerfSelfEvaluationDraft.Note> notes;

	PerfSelfEvaluationText(PerfScoringProfile profile, List<PerfSelfEvaluationDraft.Note> notes) {
		this.profile = profile;
		this.notes = notes;
	}

	StringBuilder out() {
		return out;
	}

	/** 部门整体绩效自评表 from a 部门整体支出绩效目标申报表: its annual goals, 预算执行 on the expense total. */
	void department(DepartmentDeclaration declaration) {
		List<Goal> goals = annualGoals(declaration);
		out.append("selfeval department ").append(quote(declaration.getUnit())).append(" year ").append(declaration.getYear())
				.append(" <\n");
		field("title", quote(declaration.getYear() + "年度" + declaration.getUnit() + "整体绩效自评表"));
		BigDecimal planned = expenseTotal(declaration);
		if (planned == null) {
			note(declaration, "申报表没有支出合计，预算数（A）写作 ---：请填写部门整体支出总额。");
		}
		field("budget", quote("部门整体支出总额") + " weight " + plain(profile.departmentBudgetWeight()) + " planned "
				+ (planned == null ? "---" : planned.toPlainString()) + " executed ---");
		Map<Indicator, BigDecimal> weights = weigh(declaration, goals, profile.departmentSections());
		for (Goal goal : goals) {
			goal(goal, weights, true);
		}
		out.append(">\n");
	}

	/** 项目支出绩效自评表 from a 项目支出绩效目标表: 预算执行 on its 预算数, its goals as 项目绩效总目标. */
	void project(ProjectTable project) {
		if (project.getYear() == null) {
			throw new PerfSelfEvaluationException(line(project), 1,
					"项目“" + project.getName() + "”没有年度（year），无法生成自评表：请在项目表上写 year。");
		}
		out.append("selfeval project ").append(quote(project.getName())).append(" year ").append(project.getYear()).append(" <\n");
		field("title", quote(project.getYear() + "年度" + project.getName() + "项目自评表"));
		if (project.getUnit() != null) {
			field("unit", quote(project.getUnit()));
		}
		if (project.getBudget() == null) {
			note(project, "项目表没有预算数，预算数（A）写作 ---：请填写年度财政资金总额。");
		}
		field("budget", quote("年度财政资金总额") + " weight " + plain(profile.budgetWeight()) + " planned "
				+ (project.getBudget() == null ? "---" : project.getBudget().toPlainString()) + " executed ---");
		if (profile.objectiveWeight().signum() > 0) {
			field("objective", "weight " + plain(profile.objectiveWeight()) + " " + quote(objective(project)) + " actual \"\"");
		}
		Map<Indicator, BigDecimal> weights = weigh(project, project.getGoals(), profile.sections());
		BigDecimal indicatorWeight = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		field("indicatorweight", plain(indicatorWeight));
		for (Goal goal : project.getGoals()) {
			goal(goal, weights, false);
		}
		out.append(">\n");
	}

	/** The annual goals; without any, every goal that is not long-term; without those, all. */
	private List<Goal> annualGoals(DepartmentDeclaration declaration) {
		List<Goal> annual = declaration.getGoals().stream().filter(g -> g.getKind() == GoalKind.ANNUAL).toList();
		if (!annual.isEmpty()) {
			return annual;
		}
		List<Goal> notLongTerm = declaration.getGoals().stream().filter(g -> g.getKind() != GoalKind.LONG_TERM).toList();
		if (!notLongTerm.isEmpty()) {
			return notLongTerm;
		}
		if (!declaration.getGoals().isEmpty()) {
			note(declaration, "申报表只有长期目标，自评表按长期目标的指标生成：年度自评通常只评年度目标，请核对。");
		}
		return declaration.getGoals();
	}

	/** 支出合计, else the sum of the expense lines. */
	private static BigDecimal expenseTotal(DepartmentDeclaration declaration) {
		if (declaration.getFunds() == null) {
			return null;
		}
		BigDecimal sum = null;
		for (FundLine line : declaration.getFunds().getLines()) {
			if (line.getSide() == FundSide.EXPENSE && line.getAmount() != null) {
				if (line.isTotal()) {
					return line.getAmount();
				}
				sum = sum == null ? line.getAmount() : sum.add(line.getAmount());
			}
		}
		return sum;
	}

	private static String objective(ProjectTable project) {
		List<String> texts = project.getGoals().stream().map(Goal::getText).filter(t -> t != null && !t.isBlank()).toList();
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
			for (Indicator indicator : goal.getIndicators()) {
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
		for (Map.Entry<PerfScoringSection, List<Indicator>> entry : bySection.entrySet()) {
			PerfScoringSection section = entry.getKey();
			List<Indicator> indicators = entry.getValue();
			if (indicators.isEmpty()) {
				note(form, "评分配置 " + profile.name() + " 的“" + String.join("+", section.level1Names()) + "”（" + plain(section.weight())
						+ " 分）在本表没有对应的指标，未分配：请补充指标或改用合适的评分配置。");
				continue;
			}
			List<BigDecimal> spread = PerfWeights.evenly(section.weight(), indicators.size());
			for (int i = 0; i < indicators.size(); i++) {
				weights.put(indicators.get(i), spread.get(i));
			}
		}
		return weights;
	}

	private void goal(Goal goal, Map<Indicator, BigDecimal> weights, boolean weighted) {
		StringBuilder header = new StringBuilder();
		if (goal.getKind() == GoalKind.ANNUAL) {
			header.append("annual ");
		} else if (goal.getKind() == GoalKind.LONG_TERM) {
			header.append("longterm ");
		}
		header.append("goal");
		String name = goal.getName() == null ? null : name(goal);
		if (name != null) {
			header.append(' ').append(name);
		}
		if (goal.getText() != null) {
			header.append(' ').append(quote(goal.getText()));
		} else if (name != null && name.startsWith("\"")) {
			header.append(" \"\"");
		}
		BigDecimal goalWeight = goal.getIndicators().stream().map(i -> weights.getOrDefault(i, BigDecimal.ZERO))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (weighted) {
			header.append(" weight ").append(plain(goalWeight));
		}
		out.append(INDENT).append(header).append(" <\n");
		Map<Level1Category, BigDecimal> sectionWeights = new LinkedHashMap<>();
		for (Indicator indicator : goal.getIndicators()) {
			Level1Category level1 = PerfIndicators.level1(indicator);
			BigDecimal weight = weights.getOrDefault(indicator, BigDecimal.ZERO);
			if (level1 != null && weight.signum() > 0) {
				sectionWeights.merge(level1, weight, BigDecimal::add);
			}
		}
		sectionWeights.entrySet().stream().sorted(Comparator.comparingInt(e -> frameworkOrder(e.getKey())))
				.forEach(e -> out.append(INDENT).append(INDENT).append("section ").append(e.getKey().getName()).append(" weight ")
						.append(plain(e.getValue())).append('\n'));
		for (Indicator indicator : goal.getIndicators()) {
			out.append(INDENT).append(INDENT).append(indicator(indicator, weights.getOrDefault(indicator, BigDecimal.ZERO))).append('\n');
		}
		out.append(INDENT).append(">\n");
	}

	/** The goal's name as the declaration writes it: a word, or quoted text (goal "目标（一）" "…"). */
	private static String name(Goal goal) {
		INode node = PerfSourceText.node(goal, PerfPackage.Literals.GOAL__NAME);
		boolean quoted = node != null ? PerfSourceText.text(node).startsWith("\"") : !PerfWords.isWord(goal.getName());
		return quoted ? quote(goal.getName()) : goal.getName();
	}

	private static int frameworkOrder(Level1Category level1) {
		return level1.eContainer() instanceof Framework framework ? framework.getLevel1s().indexOf(level1) : Integer.MAX_VALUE;
	}

	private static String indicator(Indicator indicator, BigDecimal weight) {
		StringBuilder line = new StringBuilder("indicator ").append(category(indicator)).append(' ')
				.append(quote(PerfIndicators.name(indicator))).append(' ').append(written(indicator.getValue()));
		if (indicator.getDirection() != null && indicator.getDirection() != Direction.UNSPECIFIED) {
			line.append(" direction ").append(indicator.getDirection().getLiteral());
		}
		return line.append(" weight ").append(plain(weight)).append(" actual ---").toString();
	}

	/** 一级.二级 by canonical names; the text as written when the category did not resolve. */
	private static String category(Indicator indicator) {
		Level2Category level2 = PerfIndicators.level2(indicator);
		if (level2 != null && level2.eContainer() instanceof Level1Category level1) {
			return level1.getName() + "." + level2.getName();
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(indicator, org.jixiao.model.PerfPackage.Literals.INDICATOR__CATEGORY);
		return nodes.isEmpty() ? "?" : written(nodes.get(0));
	}

	/** A target as the analyst wrote it (comments dropped, blanks collapsed); --- when there is none. */
	private static String written(Value value) {
		INode node = value == null ? null : NodeModelUtils.findActualNodeFor(value);
		return node == null ? "---" : written(node);
	}

	private static String written(INode node) {
		StringBuilder text = new StringBuilder();
		boolean started = false;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden() && (!started || leaf.getText().startsWith("//") || leaf.getText().startsWith("/*"))) {
				continue;
			}
			started = true;
			text.append(leaf.getText());
		}
		return text.toString().replaceAll("[\\s\\u3000]+", " ").strip();
	}

	private void field(String keyword, String rest) {
		out.append(INDENT).append(keyword).append(' ').append(rest).append('\n');
	}

	private void note(EObject where, String message) {
		notes.add(new PerfSelfEvaluationDraft.Note(line(where), 1, message));
	}

	static int line(EObject object) {
		INode node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? 1 : node.getStartLine();
	}

	static String quote(String text) {
		return "\"" + (text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"";
	}

	private static String plain(BigDecimal value) {
		return PerfWeights.plain(value).toPlainString();
	}
}
