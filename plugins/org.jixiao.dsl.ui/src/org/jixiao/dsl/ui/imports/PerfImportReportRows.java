// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.imports;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;

/**
 * The import report as the wizard's report page and the paste command show it: per file one line
 * saying what happens to it (the .perf file it becomes, or that it is not imported), then its notes
 * with their position (line and column of a text table, sheet and cell of a workbook).
 */
public final class PerfImportReportRows {

	/** One row of the report table. */
	public record Row(String file, String severity, String position, String message) {

		/** The row as one line of text (dialogs, clipboard of the report). */
		public String line() {
			return file + (position.isEmpty() ? "" : "（" + position + "）") + " " + severity + "：" + message;
		}
	}

	private PerfImportReportRows() {
	}

	public static List<Row> of(PerfImportPlan plan) {
		List<Row> rows = new ArrayList<>();
		for (PerfImportPlan.Entry entry : plan.entries()) {
			rows.addAll(of(entry));
		}
		return rows;
	}

	/** The rows of one file: what happens to it, then its notes. */
	public static List<Row> of(PerfImportPlan.Entry entry) {
		List<Row> rows = new ArrayList<>();
		String file = entry.source().getFileName().toString();
		String outcome = entry.importable()
				? NLS.bind(PerfImportMessages.reportTarget, entry.target().getFullPath().toString(), entry.result().forms().size())
				: PerfImportMessages.reportNotImported;
		rows.add(new Row(file, "", "", outcome));
		rows.addAll(notes(entry.result()));
		return rows;
	}

	/** The notes of one result, in source order. */
	public static List<Row> notes(PerfImportResult result) {
		List<Row> rows = new ArrayList<>();
		for (PerfImportNote note : result.report()) {
			rows.add(new Row(note.source(), severity(note.severity()), position(note), note.message()));
		}
		return rows;
	}

	static String severity(PerfImportNote.Severity severity) {
		return switch (severity) {
		case ERROR -> PerfImportMessages.severityError;
		case WARNING -> PerfImportMessages.severityWarning;
		case INFO -> PerfImportMessages.severityInfo;
		};
	}

	/** 第 12 行第 2 列, or 工作表“车辆保险费”单元格 D12. */
	static String position(PerfImportNote note) {
		if (note.sheet() != null) {
			return NLS.bind(PerfImportMessages.positionCell, note.sheet(), columnLetters(note.column()) + note.line());
		}
		return NLS.bind(PerfImportMessages.positionLine, note.line(), note.column());
	}

	/** 1 → A, 27 → AA, as spreadsheet programs name columns. */
	static String columnLetters(int column) {
		StringBuilder letters = new StringBuilder();
		for (int n = Math.max(column, 1); n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}
}
