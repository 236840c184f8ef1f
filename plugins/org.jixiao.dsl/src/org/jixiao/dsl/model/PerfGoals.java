// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalForm;
import org.jixiao.model.PerfDocument;

/**
 * The goals of a file's top-level parts: a form's goals, a goal written on its own, none for the rest
 * (frameworks, libraries, duty statements). Goals never nest deeper.
 */
public final class PerfGoals {

	private PerfGoals() {
	}

	public static List<Goal> of(EObject element) {
		if (element instanceof GoalForm form) {
			return form.getGoals();
		}
		return element instanceof Goal goal ? List.of(goal) : List.of();
	}

	/** Every goal of the file, in written order. */
	public static List<Goal> of(PerfDocument document) {
		List<Goal> goals = new ArrayList<>();
		for (EObject element : document.getElements()) {
			goals.addAll(of(element));
		}
		return goals;
	}
}
