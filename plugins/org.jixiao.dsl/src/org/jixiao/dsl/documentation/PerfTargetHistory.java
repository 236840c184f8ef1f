// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.documentation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.jixiao.dsl.model.PerfStages;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.dsl.scoring.PerfScoring;
import org.jixiao.model.Adjustment;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.GoalForm;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorChange;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.SelfEvaluation;

/**
 * A target's history across the stages, for the hover: declared, adjusted (with the adjustment's
 * date), and the self-evaluated actual. From a self-evaluation the declaration is its
 * {@code follows} link; from a declaration, the self-evaluations following it among the documents
 * already loaded beside it (the hover loads nothing more).
 */
final class PerfTargetHistory {

	private PerfTargetHistory() {
	}

	/** The history line, or null when the indicator has no other stage and no adjustment. */
	static String of(Indicator indicator) {
		SelfEvaluation evaluation = EcoreUtil2.getContainerOfType(indicator, SelfEvaluation.class);
		if (evaluation != null) {
			GoalForm declaration = PerfStages.declaration(evaluation);
			Indicator declared = declaration == null ? null : PerfStages.counterpart(indicator, PerfStages.stageGoals(declaration));
			if (declared == null) {
				return null;
			}
			return declared(declared) + " → 自评：目标 " + PerfScoring.show(PerfStages.target(indicator)) + "，实际 "
					+ PerfScoring.show(indicator.getActual());
		}
		GoalForm declaration = EcoreUtil2.getContainerOfType(indicator, GoalForm.class);
		if (!(declaration instanceof ProjectTable || declaration instanceof DepartmentDeclaration)) {
			return null;
		}
		List<String> stages = new ArrayList<>();
		for (SelfEvaluation following : following(declaration)) {
			Indicator evaluated = PerfStages.counterpart(indicator, following.getGoals());
			if (evaluated != null) {
				stages.add("自评：实际 " + PerfScoring.show(evaluated.getActual()));
			}
		}
		if (stages.isEmpty() && PerfValues.isEmpty(indicator.getAdjusted()) && indicator.getChange() == IndicatorChange.UNCHANGED) {
			return null;
		}
		return declared(indicator) + (stages.isEmpty() ? "" : " → " + String.join(" → ", stages));
	}

	/** 历程：申报 … → 调整 …（日期） for a declaration's indicator. */
	private static String declared(Indicator indicator) {
		StringBuilder text = new StringBuilder("历程：");
		if (indicator.getChange() == IndicatorChange.ADDED) {
			text.append("目标调整中新增，目标 ").append(PerfScoring.show(indicator.getValue()));
		} else {
			text.append("申报 ").append(PerfScoring.show(indicator.getValue()));
		}
		Adjustment adjustment = PerfStages.adjustment(EcoreUtil2.getContainerOfType(indicator, GoalForm.class));
		String when = adjustment == null || adjustment.getDate() == null ? "" : "（" + adjustment.getDate() + "）";
		if (!PerfValues.isEmpty(indicator.getAdjusted())) {
			text.append(" → 调整为 ").append(PerfScoring.show(indicator.getAdjusted())).append(when);
		}
		if (indicator.getChange() == IndicatorChange.DROPPED) {
			text.append(" → 目标调整中删除").append(when);
		}
		return text.toString();
	}

	private static List<SelfEvaluation> following(GoalForm declaration) {
		List<SelfEvaluation> result = new ArrayList<>();
		Resource own = declaration.eResource();
		if (own == null || own.getResourceSet() == null) {
			return result;
		}
		for (Resource resource : List.copyOf(own.getResourceSet().getResources())) {
			if (!resource.isLoaded() || resource.getContents().isEmpty()) {
				continue;
			}
			for (EObject element : resource.getContents().get(0).eContents()) {
				if (element instanceof SelfEvaluation evaluation && PerfStages.declaration(evaluation) == declaration) {
					result.add(evaluation);
				}
			}
		}
		return result;
	}
}
