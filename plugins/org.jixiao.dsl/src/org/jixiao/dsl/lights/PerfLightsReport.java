// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.lights;

import java.util.Map;

import org.jixiao.model.Goal;
import org.jixiao.model.Indicator;
import org.jixiao.model.Monitoring;

/**
 * The lights of one monitoring form: the budget execution, every indicator, every goal (worst of its
 * indicators), the form (worst of its goals) and 双监控 (budget and goals together). The maps keep the
 * written order.
 */
public record PerfLightsReport(Monitoring form, PerfExplainedLight budget, Map<Indicator, PerfExplainedLight> indicators,
		Map<Goal, PerfExplainedLight> goals, PerfExplainedLight overall, PerfExplainedLight combined) {
}
