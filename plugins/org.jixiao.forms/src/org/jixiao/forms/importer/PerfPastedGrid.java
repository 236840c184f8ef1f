// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.forms.generator.PerfGridColumn;
import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.forms.layout.PerfLayoutBlock;

/**
 * An indicator grid copied on its own (no form title: the editor's "paste as .perf", a part of a
 * sheet) is read with the columns its own header row names. What a header means is learnt from
 * the layouts: 指标名称 and 三级指标 are names, 年初目标值（A） is the target … ; where layouts
 * disagree (指标值 is the measure in one layout and the target in the others) the majority wins.
 */
final class PerfPastedGrid {

	private static final List<String> PREFERRED = List.of("value", "name", "level1", "level2");

	private final Map<String, String> sources = new HashMap<>();

	PerfPastedGrid(List<PerfLayoutProfile> profiles) {
		Map<String, Map<String, Integer>> votes = new HashMap<>();
		for (PerfLayoutProfile profile : profiles) {
			for (PerfLayoutProfile.Grid grid : profile.grids) {
				for (PerfGridColumn column : grid.columns()) {
					String source = switch (column.source()) {
					case "level1w" -> "level1";
					case "level2w" -> "level2";
					default -> column.source();
					};
					if (source.equals("label") || source.equals("goal")) {
						continue;
					}
					String leaf = PerfCellText.key(column.headerPath().get(column.headerPath().size() - 1));
					votes.computeIfAbsent(leaf, k -> new HashMap<>()).merge(source, 1, Integer::sum);
				}
			}
		}
		for (Map.Entry<String, Map<String, Integer>> vote : votes.entrySet()) {
			String best = null;
			for (Map.Entry<String, Integer> candidate : vote.getValue().entrySet()) {
				if (best == null || candidate.getValue() > vote.getValue().get(best)
						|| candidate.getValue().equals(vote.getValue().get(best)) && rank(candidate.getKey()) < rank(best)) {
					best = candidate.getKey();
				}
			}
			sources.put(vote.getKey(), best);
		}
	}

	private static int rank(String source) {
		int index = PREFERRED.indexOf(source);
		return index < 0 ? PREFERRED.size() : index;
	}

	/** A one-grid layout with the columns the header row names, or null if no row of these looks like a header. */
	PerfLayoutProfile layoutFor(List<PerfRow> rows) {
		for (PerfRow row : rows) {
			List<PerfCell> filled = row.filled();
			long known = filled.stream().filter(c -> sources.containsKey(PerfCellText.key(c.text()))).count();
			if (known < 2 || known * 2 < filled.size()) {
				continue;
			}
			StringBuilder columns = new StringBuilder();
			for (PerfCell cell : filled) {
				String key = PerfCellText.key(cell.text());
				String source = sources.getOrDefault(key, "note");
				if (columns.length() > 0) {
					columns.append(", ");
				}
				columns.append(key.replace(",", "，").replace(":", "：")).append(':').append(source);
			}
			// the kind is never used: a pasted grid is written as goals of their own, outside any form
			PerfLayout layout = new PerfLayout("粘贴的指标表", PerfFormKind.PROJECT, "指标表", false, List.of(10),
					List.of(new PerfLayoutBlock("goals", Map.of("columns", columns.toString()), row.line())), "粘贴的表头", null);
			return new PerfLayoutProfile(layout);
		}
		return null;
	}
}
