// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.fuzz;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.jixiao.dsl.scoring.PerfBudgetScore;
import org.jixiao.dsl.scoring.PerfIndicatorScore;
import org.jixiao.dsl.scoring.PerfScorecard;
import org.jixiao.dsl.scoring.PerfScoring;
import org.jixiao.model.DocumentElement;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.SelfEvaluation;

import com.google.inject.Injector;

/**
 * The scoring engine on any self-evaluation that parses: no exception, and every score the rules
 * give lies between 0 and the row's points (an indicator's, the budget execution's), with a reason.
 */
public final class PerfScoringFuzz implements PerfFuzzTarget {

	private static PerfScoringFuzz fuzzing;

	private final Injector injector;
	private final PerfScoring scoring = new PerfScoring();

	public PerfScoringFuzz(Injector injector) {
		this.injector = injector;
	}

	@Override
	public void run(byte[] input) throws Exception {
		XtextResource resource = PerfFuzzSupport.load(injector, "fuzz.perf", input);
		PerfDocument document = PerfFuzzSupport.document(resource);
		if (document == null) {
			return;
		}
		EcoreUtil.resolveAll(resource.getResourceSet());
		for (DocumentElement element : document.getElements()) {
			if (element instanceof SelfEvaluation evaluation) {
				check(scoring.evaluate(evaluation));
			}
		}
	}

	private static void check(PerfScorecard card) {
		for (PerfIndicatorScore score : card.indicators()) {
			PerfFuzzFinding.check(score.reason() != null && !score.reason().isBlank(), "indicator score without reason");
			within(score.rule(), score.weight(), "indicator score " + score.rule() + " of " + score.weight() + " points: "
					+ score.reason());
		}
		PerfBudgetScore budget = card.budget();
		if (budget != null) {
			PerfFuzzFinding.check(budget.reason() != null && !budget.reason().isBlank(), "budget score without reason");
			within(budget.ruleRounded(), budget.weight(), "budget score " + budget.rule() + " of " + budget.weight()
					+ " points: " + budget.reason());
		}
		PerfFuzzFinding.check(card.total() != null && card.weightSum() != null, "scorecard without total or weight sum");
		PerfScoring.grade(card.total().computed());
	}

	/** A rule's score lies in 0..weight where both are known and the weight is not negative. */
	private static void within(BigDecimal score, BigDecimal weight, String what) {
		if (score == null || weight == null || weight.signum() < 0) {
			return;
		}
		PerfFuzzFinding.check(score.signum() >= 0 && score.compareTo(weight) <= 0, what);
	}

	/** Jazzer's entry points. */
	public static void fuzzerInitialize() {
		fuzzing = new PerfScoringFuzz(PerfFuzzSupport.standaloneInjector());
	}

	public static void fuzzerTestOneInput(byte[] input) throws Exception {
		fuzzing.run(input);
	}
}
