// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.jixiao.dsl.validation.PerfDiagnostician;
import org.jixiao.dsl.validation.PerfValidator;
import org.jixiao.model.Indicator;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * The walk for the checks visits every object a check applies to and every object on the way to
 * one, and skips the rest (the values of indicators, the points of a spending plan).
 */
class PerfDiagnosticianTest {

	private static final PerfPackage P = PerfPackage.eINSTANCE;

	@Test
	void visitsCheckedClassesAndTheirContainersOnly() {
		Set<EClass> visited = PerfDiagnostician.visitedClasses(P, PerfDiagnostician.checkedTypes(PerfValidator.class));
		assertThat(visited).contains(P.getPerfDocument(), P.getProjectTable(), P.getGoal(), P.getIndicator(),
				P.getSelfEvaluation(), P.getBudgetExecution(), P.getFunds(), P.getFundLine(), P.getSectionWeight());
		assertThat(visited).doesNotContain(P.getQuantity(), P.getPercentage(), P.getQualitative(), P.getYesNo(),
				P.getMoney(), P.getPlanPoint());
	}

	@Test
	void checkedTypesComeFromTheComposedValidators() {
		List<Class<?>> types = PerfDiagnostician.checkedTypes(PerfValidator.class);
		assertThat(types).contains(Indicator.class, org.jixiao.model.PerfDocument.class, org.jixiao.model.Goal.class);
	}

	@Test
	void aCheckOnAValueMakesTheWayToItVisited() {
		Set<EClass> visited = PerfDiagnostician.visitedClasses(P, List.of(Quantity.class));
		assertThat(visited).contains(P.getQuantity(), P.getIndicator(), P.getGoal(), P.getProjectTable(), P.getPerfDocument());
		assertThat(visited).doesNotContain(P.getPercentage(), P.getPlanPoint());
	}
}
