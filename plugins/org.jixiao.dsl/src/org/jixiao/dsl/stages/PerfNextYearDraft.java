// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.stages;

import java.util.List;

import org.jixiao.dsl.selfeval.PerfSelfEvaluationDraft;

/**
 * Next year's declarations as written text, with how many forms it holds and where each continuing
 * indicator's 上年 came from: the self-evaluated actual ({@code fromActual}), the expected value
 * ({@code fromExpected}), or nowhere ({@code missing}, named in the notes with the line of the indicator).
 */
public record PerfNextYearDraft(String text, int forms, int fromActual, int fromExpected, int missing, List<PerfSelfEvaluationDraft.Note> notes) {
}
