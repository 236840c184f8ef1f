// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.List;

import org.jixiao.model.PerfDocument;

/**
 * What an import gives: the .perf document (formatted, parsing without errors) and the import
 * report. When the report has an error, nothing could be imported and {@code perfText} is empty.
 *
 * @param perfText  the .perf document, formatted by the project's formatter
 * @param report    the notes, ordered by source position: content kept as comment or note, values to
 *                  check, export noise removed
 * @param forms     one line per imported form (kind, unit or name, layout, goals and indicators), for a summary
 * @param framework the indicator framework the document uses (经典, 中央2021 …), or null after an error
 * @param document  the model {@code perfText} was written from, or null after an error
 * @param rows      every indicator row read, as printed (for checks and summaries)
 * @param unplacedRows rows that looked like indicators but could not be placed (each a warning): the
 *                  import is then incomplete and the command line exits non-zero
 * @param mappings  how the columns of each grid read by its header were taken, to show and correct
 *                  ({@link PerfTableImporter#withColumnChoices}); empty for forms read by a built-in layout
 */
public record PerfImportResult(String perfText, List<PerfImportNote> report, List<String> forms, String framework,
		PerfDocument document, List<PerfImportedRow> rows, int unplacedRows, List<PerfColumnMapping> mappings) {

	/** A result without model: an import that failed before anything was built. */
	public PerfImportResult(String perfText, List<PerfImportNote> report, List<String> forms, String framework) {
		this(perfText, report, forms, framework, null, List.of(), 0, List.of());
	}

	/** A result of forms read by their layouts only (no column mapping). */
	public PerfImportResult(String perfText, List<PerfImportNote> report, List<String> forms, String framework,
			PerfDocument document, List<PerfImportedRow> rows, int unplacedRows) {
		this(perfText, report, forms, framework, document, rows, unplacedRows, List.of());
	}

	public boolean hasErrors() {
		return report.stream().anyMatch(n -> n.severity() == PerfImportNote.Severity.ERROR);
	}

	/** Notes that need the analyst's attention (warnings and errors). */
	public List<PerfImportNote> warnings() {
		return report.stream().filter(n -> n.severity() != PerfImportNote.Severity.INFO).toList();
	}

	/**
	 * The document without its opening comment and {@code uses framework} line: the forms and goals
	 * to insert into a document that is already open (paste). The caller adds or checks the
	 * document's {@code uses framework} against {@link #framework()}.
	 */
	public String elements() {
		List<String> lines = perfText.lines().toList();
		int start = 0;
		while (start < lines.size() && (lines.get(start).isBlank() || lines.get(start).startsWith("// 由 jixiao import")
				|| lines.get(start).startsWith("uses framework "))) {
			start++;
		}
		return String.join("\n", lines.subList(start, lines.size())) + (start < lines.size() ? "\n" : "");
	}
}
