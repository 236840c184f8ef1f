package org.jixiao.dsl.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jixiao.dsl.scoping.PerfCategoryNames;
import org.jixiao.model.Framework;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;

/**
 * Nearest categories for a mistyped 一级.二级: a 二级 written under the wrong 一级 is found by
 * name and synonym; otherwise candidates are ranked by edit distance over every written form.
 */
public final class PerfCategorySuggestions {

	/** A canonical 一级.二级 reference and its distance from what was written. */
	public record Suggestion(String reference, int distance) {
	}

	private PerfCategorySuggestions() {
	}

	/** The canonical reference of the 二级 named {@code level2Name} when it sits under another 一级, or null. */
	public static String misplaced(Framework framework, String written) {
		String[] parts = written.split("\\.", 2);
		if (parts.length != 2) {
			return null;
		}
		for (Level1Category level1 : framework.getLevel1s()) {
			for (Level2Category level2 : level1.getLevel2s()) {
				if (PerfCategoryNames.of(level2).contains(parts[1]) && !PerfCategoryNames.of(level1).contains(parts[0])) {
					return level1.getName() + "." + level2.getName();
				}
			}
		}
		return null;
	}

	/** Up to three nearest canonical references, nearest first. */
	public static List<String> nearest(Framework framework, String written) {
		String[] parts = written.split("\\.", 2);
		String level1Written = parts.length == 2 ? parts[0] : "";
		String level2Written = parts.length == 2 ? parts[1] : parts[0];
		List<Suggestion> suggestions = new ArrayList<>();
		for (Level1Category level1 : framework.getLevel1s()) {
			int d1 = parts.length == 2 ? PerfCategoryNames.of(level1).stream().mapToInt(n -> distance(level1Written, n)).min().orElse(99) : 0;
			for (Level2Category level2 : level1.getLevel2s()) {
				int d2 = PerfCategoryNames.of(level2).stream().mapToInt(n -> distance(level2Written, n)).min().orElse(99);
				suggestions.add(new Suggestion(level1.getName() + "." + level2.getName(), d1 + d2));
			}
		}
		int limit = Math.max(1, written.length() / 3);
		return suggestions.stream().filter(s -> s.distance() <= limit)
				.sorted(Comparator.comparingInt(Suggestion::distance)).limit(3).map(Suggestion::reference).toList();
	}

	/** Levenshtein distance over characters. */
	public static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
