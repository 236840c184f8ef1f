// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The review rules of the .perf language, one class per concern; issue codes and default
 * severities are in {@link PerfIssueCodes}, thresholds in the profile ({@link PerfProfile}).
 */
@ComposedChecks(validators = { PerfCategoryValidator.class, PerfValueValidator.class, PerfDirectionValidator.class,
		PerfCompletenessValidator.class, PerfArithmeticValidator.class, PerfSelfEvaluationValidator.class,
		PerfLibraryValidator.class, PerfTextLimitsValidator.class, PerfNationalStandardValidator.class,
		PerfAdjustmentValidator.class, PerfStageValidator.class, PerfMonitoringValidator.class,
		PerfOpinionValidator.class })
public class PerfValidator extends AbstractPerfValidator {
}
