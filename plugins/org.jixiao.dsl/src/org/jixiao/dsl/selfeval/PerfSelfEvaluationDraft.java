// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.selfeval;

import java.util.List;

/**
 * A new self-evaluation document, ready to be written: formatted .perf text with one self-evaluation
 * per declaration and project table of the source, and what the analyst should know about it.
 *
 * @param text  the document in canonical layout; parses and links without errors
 * @param forms how many self-evaluations it holds (0 when the source has no declaration or project table)
 * @param notes where the profile did not fit the source (points that found no indicators …), by source line
 * @param forecasts how many actual values start as a monitoring form's full-year forecast (marked in the text)
 */
public record PerfSelfEvaluationDraft(String text, int forms, List<Note> notes, int forecasts) {

	public PerfSelfEvaluationDraft {
		notes = List.copyOf(notes);
	}

	/** A draft without forecasts. */
	public PerfSelfEvaluationDraft(String text, int forms, List<Note> notes) {
		this(text, forms, notes, 0);
	}

	/** Something the analyst should check, at a line and column of the source file. */
	public record Note(int line, int column, String message) {
	}
}
