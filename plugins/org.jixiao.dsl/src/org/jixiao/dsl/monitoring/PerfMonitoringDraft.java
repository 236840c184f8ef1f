// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.monitoring;

import java.util.List;

/**
 * A new monitoring document, ready to be written: formatted .perf text with one monitoring form per
 * declaration and project table of the source.
 *
 * @param text  the document in canonical layout
 * @param forms how many monitoring forms it holds (0 when the source has no declaration or project table)
 * @param notes what the analyst should check, by source line
 */
public record PerfMonitoringDraft(String text, int forms, List<Note> notes) {

	public PerfMonitoringDraft {
		notes = List.copyOf(notes);
	}

	/** Something the analyst should check, at a line and column of the source file. */
	public record Note(int line, int column, String message) {
	}
}
