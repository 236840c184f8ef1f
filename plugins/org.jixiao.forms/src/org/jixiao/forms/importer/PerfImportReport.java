// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.forms.importer.PerfImportNote.Severity;

/** Collects the notes of one import; repeated noise is summarised as one note per kind. */
final class PerfImportReport {

	private final String source;
	private final List<PerfImportNote> notes = new ArrayList<>();
	private final Map<String, int[]> noise = new LinkedHashMap<>();
	private final Map<String, PerfCell> noiseFirst = new LinkedHashMap<>();

	PerfImportReport(String source) {
		this.source = source;
	}

	String source() {
		return source;
	}

	void error(PerfCell cell, String message) {
		notes.add(PerfImportNote.at(Severity.ERROR, source, cell, message));
	}

	void warning(PerfCell cell, String message) {
		notes.add(PerfImportNote.at(Severity.WARNING, source, cell, message));
	}

	void info(PerfCell cell, String message) {
		notes.add(PerfImportNote.at(Severity.INFO, source, cell, message));
	}

	/** Export noise of one kind (bookmarks, HTML tags, repeated page headings): reported once with a count. */
	void noise(String kind, PerfCell cell) {
		repeated("已去除导出痕迹：" + kind, cell);
	}

	/** An information that recurs (rows rejoined, years carried over): reported once, at its first place, with a count. */
	void repeated(String message, PerfCell cell) {
		noise.computeIfAbsent(message, k -> new int[1])[0]++;
		noiseFirst.putIfAbsent(message, cell);
	}

	/** A mark for {@link #takeSince(int)}: the number of notes so far. */
	int mark() {
		return notes.size();
	}

	/** Takes the notes added since the mark out of the report (a workbook sheet that turned out to hold no form). */
	List<PerfImportNote> takeSince(int mark) {
		List<PerfImportNote> taken = new ArrayList<>(notes.subList(mark, notes.size()));
		notes.subList(mark, notes.size()).clear();
		return taken;
	}

	/** Puts notes taken out back. */
	void restore(List<PerfImportNote> taken) {
		notes.addAll(taken);
	}

	boolean hasErrors() {
		return notes.stream().anyMatch(n -> n.severity() == Severity.ERROR);
	}

	List<PerfImportNote> notes() {
		List<PerfImportNote> all = new ArrayList<>();
		for (Map.Entry<String, int[]> entry : noise.entrySet()) {
			int count = entry.getValue()[0];
			all.add(PerfImportNote.at(Severity.INFO, source, noiseFirst.get(entry.getKey()),
					entry.getKey() + (count > 1 ? "（共 " + count + " 处，此为第一处）" : "")));
		}
		all.addAll(notes);
		// sheets in the order they were first reported, positions ascending within a sheet
		List<String> sheets = new ArrayList<>();
		for (PerfImportNote note : all) {
			if (!sheets.contains(note.sheet())) {
				sheets.add(note.sheet());
			}
		}
		all.sort(java.util.Comparator.comparingInt((PerfImportNote n) -> sheets.indexOf(n.sheet()))
				.thenComparingInt(PerfImportNote::line).thenComparingInt(PerfImportNote::column));
		return all;
	}
}
