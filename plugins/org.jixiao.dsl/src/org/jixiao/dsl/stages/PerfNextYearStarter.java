// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.stages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.jixiao.dsl.model.PerfStages;
import org.jixiao.dsl.selfeval.PerfSelfEvaluationDraft;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.dsl.serializer.PerfComments;
import org.jixiao.dsl.serializer.PerfWriter;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.FundLine;
import org.jixiao.model.Funds;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalForm;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorChange;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.PerfFactory;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.SelfEvaluation;
import org.jixiao.model.Value;

import com.google.inject.Inject;

/**
 * Starts next year's declaration from this year's ({@code jixiao next-year}): every department
 * declaration and project table of a resource, as it holds after its adjustment (adjusted targets
 * and goal texts become the targets, dropped indicators are left out, the record itself is not
 * carried), filed for the new year, with 近两年指标值 carried for every continuing indicator: 上年
 * becomes 前年, and the self-evaluated actual — from a self-evaluation of the resource set that
 * follows the declaration — or else the 预期当年实现值 becomes 上年. The 预期当年实现值 and the review
 * boxes belong to the old year and are not carried. Written by {@link PerfWriter} in the
 * declaration's resource set, as {@code selfeval new} writes.
 */
public class PerfNextYearStarter {

	@Inject
	private PerfWriter writer;

	private int fromActual;
	private int fromExpected;
	private int missing;
	private List<PerfSelfEvaluationDraft.Note> notes;

	public synchronized PerfNextYearDraft start(Resource declaration, int year) {
		fromActual = 0;
		fromExpected = 0;
		missing = 0;
		notes = new ArrayList<>();
		if (declaration.getContents().isEmpty() || !(declaration.getContents().get(0) instanceof PerfDocument document)) {
			return new PerfNextYearDraft("", 0, 0, 0, 0, List.of());
		}
		EcoreUtil.resolveAll(declaration);
		List<SelfEvaluation> evaluations = selfEvaluations(declaration);
		PerfDocument draft = PerfFactory.eINSTANCE.createPerfDocument();
		for (EObject element : document.getElements()) {
			if (element instanceof DepartmentDeclaration || element instanceof ProjectTable) {
				GoalForm form = (GoalForm) element;
				draft.getElements().add(nextYear(form, year, following(form, evaluations)));
			}
		}
		if (draft.getElements().isEmpty()) {
			return new PerfNextYearDraft("", 0, 0, 0, 0, List.copyOf(notes));
		}
		if (document.eIsSet(PerfPackage.Literals.PERF_DOCUMENT__FRAMEWORK) && !document.getFramework().eIsProxy()) {
			draft.setFramework(document.getFramework());
		}
		String source = declaration.getURI() == null ? "申报表" : declaration.getURI().lastSegment();
		PerfComments comments = new PerfComments().before(draft, "下一年申报表：由 " + source + " 生成（" + year + " 年度）。\n"
				+ "已按目标调整后的内容写出（调整后目标值成为指标值，删除的指标不再列出）；近两年指标值：上年 → 前年，\n"
				+ "自评实际完成值（没有自评时为预期当年实现值）→ 上年。请按新年度更新目标值、预算数与文字，再送审。");
		return new PerfNextYearDraft(writer.write(draft, comments, declaration.getResourceSet()), draft.getElements().size(), fromActual,
				fromExpected, missing, List.copyOf(notes));
	}

	/**
	 * The file name of next year's declaration: the new year in place of the old one
	 * (qingling-2020-declaration.perf → qingling-2021-declaration.perf), else NAME-N.perf.
	 */
	public static String fileName(String name, int year) {
		String stem = name.endsWith(".perf") ? name.substring(0, name.length() - ".perf".length()) : name;
		String replaced = stem.replaceFirst("(?<!\\d)(19|20)\\d\\d(?!\\d)", String.valueOf(year));
		return (replaced.equals(stem) ? stem + "-" + year : replaced) + ".perf";
	}

	/** The year of the file's first declaration or project table that has one, or null. */
	public static Integer yearOf(Resource declaration) {
		if (declaration.getContents().isEmpty() || !(declaration.getContents().get(0) instanceof PerfDocument document)) {
			return null;
		}
		return document.getElements().stream().filter(e -> e instanceof DepartmentDeclaration || e instanceof ProjectTable)
				.map(e -> ((GoalForm) e).getYear()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
	}

	/** Every self-evaluation loaded beside the declaration (the command loads the declaration's folder). */
	private static List<SelfEvaluation> selfEvaluations(Resource declaration) {
		List<SelfEvaluation> result = new ArrayList<>();
		List<Resource> resources = declaration.getResourceSet() == null ? List.of(declaration)
				: List.copyOf(declaration.getResourceSet().getResources());
		for (Resource resource : resources) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PerfDocument document) {
				document.getElements().stream().filter(SelfEvaluation.class::isInstance).map(SelfEvaluation.class::cast).forEach(result::add);
			}
		}
		return result;
	}

	private static SelfEvaluation following(GoalForm declaration, List<SelfEvaluation> evaluations) {
		return evaluations.stream().filter(e -> PerfStages.declaration(e) == declaration).findFirst().orElse(null);
	}

	private GoalForm nextYear(GoalForm source, int year, SelfEvaluation evaluation) {
		GoalForm form = EcoreUtil.copy(source);
		Integer oldYear = form.getYear();
		form.setYear(year);
		// last year's review comments were answered on last year's form
		form.getOpinions().clear();
		if (form.getTitle() != null && oldYear != null) {
			form.setTitle(form.getTitle().replace(String.valueOf(oldYear), String.valueOf(year)));
		}
		if (form instanceof DepartmentDeclaration department) {
			department.setAdjustment(null);
			department.getReviews().clear();
			shiftFunds(department.getFunds(), year);
		} else if (form instanceof ProjectTable project) {
			if (project.getAdjustment() != null && project.getAdjustment().getBudget() != null) {
				project.setBudget(project.getAdjustment().getBudget());
			}
			project.setAdjustment(null);
			if (project.getProperty() == org.jixiao.model.ProjectProperty.NEW) {
				project.setProperty(org.jixiao.model.ProjectProperty.CONTINUING);
			}
		}

		// the indicators a later stage evaluates carry 近两年指标值; long-term goals are copied as they are
		List<Goal> evaluatedGoals = PerfStages.stageGoals(source);
		for (int g = 0; g < form.getGoals().size(); g++) {
			Goal goal = form.getGoals().get(g);
			Goal original = source.getGoals().get(g);
			if (goal.getAdjustedText() != null) {
				goal.setText(goal.getAdjustedText());
				goal.setAdjustedText(null);
			}
			boolean carried = evaluatedGoals.contains(original);
			for (int i = 0; i < goal.getIndicators().size(); i++) {
				Indicator indicator = goal.getIndicators().get(i);
				Indicator declared = original.getIndicators().get(i);
				if (carried && !PerfStages.dropped(declared)) {
					carry(indicator, evaluation == null ? null : PerfStages.counterpart(declared, evaluation.getGoals()), declared);
				} else {
					adopt(indicator);
				}
			}
			goal.getIndicators().removeIf(PerfStages::dropped);
		}
		return form;
	}

	/** The adjusted target becomes the target; the indicator is no longer marked added. */
	private static void adopt(Indicator indicator) {
		if (!PerfValues.isEmpty(indicator.getAdjusted())) {
			indicator.setValue(indicator.getAdjusted());
		}
		indicator.setAdjusted(null);
		if (indicator.getChange() == IndicatorChange.ADDED) {
			indicator.setChange(IndicatorChange.UNCHANGED);
		}
	}

	/** As {@link #adopt}, and 上年 → 前年, the actual (else the expected value) → 上年. */
	private void carry(Indicator indicator, Indicator evaluated, Indicator declared) {
		adopt(indicator);
		indicator.setTwoYearsAgo(indicator.getLastYear());
		Value actual = evaluated == null ? null : evaluated.getActual();
		if (!PerfValues.isEmpty(actual)) {
			Value copy = EcoreUtil.copy(actual);
			copy.setComparator(org.jixiao.model.Comparator.NONE);
			indicator.setLastYear(copy);
			fromActual++;
		} else if (!PerfValues.isEmpty(indicator.getExpected())) {
			indicator.setLastYear(indicator.getExpected());
			fromExpected++;
		} else {
			indicator.setLastYear(null);
			missing++;
			notes.add(new PerfSelfEvaluationDraft.Note(line(declared), 1,
					"“" + indicator.getName() + "”没有上年值：既无自评实际完成值，也无预期当年实现值（expected）。"));
		}
		indicator.setExpected(null);
	}

	private static int line(Indicator indicator) {
		INode node = NodeModelUtils.findActualNodeFor(indicator);
		return node == null ? 1 : node.getStartLine();
	}

	/** 近两年 of the funds table: the years move on by one; 上年 → 前年, this year's amount → 上年. */
	private static void shiftFunds(Funds funds, int year) {
		if (funds == null) {
			return;
		}
		if (funds.getTwoYearsAgoYear() != null || funds.getLastYearYear() != null) {
			funds.setTwoYearsAgoYear(year - 2);
			funds.setLastYearYear(year - 1);
		}
		for (FundLine line : funds.getLines()) {
			BigDecimal amount = line.getAmount();
			if (line.getLastYear() != null || line.getTwoYearsAgo() != null) {
				line.setTwoYearsAgo(line.getLastYear());
				line.setLastYear(amount);
			}
		}
	}
}
