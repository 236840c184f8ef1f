package org.jixiao.forms.importer;

import java.util.List;

/**
 * What an import gives: the .perf document (formatted, parsing without errors) and the import
 * report. When the report has an error, nothing could be imported and {@code perfText} is empty.
 *
 * @param perfText the .perf document, formatted by the project's formatter
 * @param report   the notes, ordered by source position: content kept as comment or note, values to
 *                 check, export noise removed
 * @param forms    one line per imported form (kind, unit or name, layout), for a summary
 */
public record PerfImportResult(String perfText, List<PerfImportNote> report, List<String> forms) {

	public boolean hasErrors() {
		return report.stream().anyMatch(n -> n.severity() == PerfImportNote.Severity.ERROR);
	}

	/** Notes that need the analyst's attention (warnings and errors). */
	public List<PerfImportNote> warnings() {
		return report.stream().filter(n -> n.severity() != PerfImportNote.Severity.INFO).toList();
	}
}
