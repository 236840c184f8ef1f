// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoring;

import java.math.BigDecimal;

/**
 * One line of a scorecard (a part, a goal, a 一级 section, the total): its points, the sum as
 * the form counts it (entered scores, the rules' where none is entered) and the sum by the rules
 * (entered scores where the rules cannot decide).
 *
 * @param pending rows in this line with neither an entered score nor one from the rules, or no actual value
 */
public record PerfScoreLine(String label, BigDecimal weight, BigDecimal entered, BigDecimal computed, int pending) {
}
