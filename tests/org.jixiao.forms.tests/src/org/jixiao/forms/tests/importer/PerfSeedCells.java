// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.dsl.tests.PerfTestSupport;

/**
 * A seed text split into rows of cells by the export's own two rules, for tests to read their
 * expectations from the seed independently of the importer (no layouts, no categories):
 * <ul>
 * <li>row per line (seeds 000, 003): a line is a row, tabs separate its cells;</li>
 * <li>cell per line (seeds 001, 002, 004): a line with a tab starts a cell after each tab, a line
 * without tab continues the cell before it, a line that is empty or only spaces ends the row.</li>
 * </ul>
 * HTML tags and {@code [bookmark: …]} marks are removed, cells trimmed.
 */
public final class PerfSeedCells {

	private static final Pattern NOISE = Pattern.compile("<[^>]*>|\\[bookmark:[^\\]]*\\]");

	/** A row: its first line (1-based) and its cells. */
	public record Row(int line, List<String> cells) {

		public List<String> filled() {
			return cells.stream().filter(c -> !c.isEmpty()).toList();
		}

		public String last(int fromEnd) {
			List<String> filled = filled();
			return filled.get(filled.size() - 1 - fromEnd);
		}
	}

	private PerfSeedCells() {
	}

	public static List<String> lines(String seedPrefix) {
		try {
			return Files.readAllLines(PerfTestSupport.seed(seedPrefix), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String clean(String cell) {
		return NOISE.matcher(cell).replaceAll("").replace('\u3000', ' ').strip();
	}

	public static List<Row> rowPerLine(List<String> lines) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			List<String> cells = new ArrayList<>();
			for (String cell : lines.get(i).split("\t", -1)) {
				cells.add(clean(cell));
			}
			rows.add(new Row(i + 1, cells));
		}
		return rows;
	}

	public static List<Row> cellPerLine(List<String> lines) {
		List<Row> rows = new ArrayList<>();
		List<String> cells = null;
		int first = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.indexOf('\t') < 0 && line.isBlank()) {
				if (cells != null) {
					rows.add(new Row(first, cells));
					cells = null;
				}
				continue;
			}
			if (cells == null) {
				cells = new ArrayList<>();
				first = i + 1;
			}
			String[] parts = line.split("\t", -1);
			if (parts.length == 1 || !parts[0].isBlank()) {
				if (cells.isEmpty()) {
					cells.add(clean(parts[0]));
				} else {
					cells.set(cells.size() - 1, cells.get(cells.size() - 1) + clean(parts[0]));
				}
			}
			for (int p = 1; p < parts.length; p++) {
				cells.add(clean(parts[p]));
			}
		}
		if (cells != null) {
			rows.add(new Row(first, cells));
		}
		return rows;
	}
}
