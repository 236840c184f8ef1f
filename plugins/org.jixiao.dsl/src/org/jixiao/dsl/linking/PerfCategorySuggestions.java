// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jixiao.dsl.scoping.PerfCategoryNames;
import org.jixiao.model.Framework;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;

/**
 * Categories to offer for a mistyped 一级.二级: a 二级 written under the wrong 一级 is found by
 * name and synonym; the 二级 of a known 一级 are ranked by edit distance over every written form;
 * the 一级 of the framework for an unknown one.
 */
public final class PerfCategorySuggestions {

	/** A canonical 一级.二级 reference and its distance from what was written. */
	public record Suggestion(String reference, int distance) {
	}

	private PerfCategorySuggestions() {
	}

	/**
	 * The canonical reference of the 二级 written under another 一级 of the framework
	 * ({@code 产出.社会效益} → {@code 效益.社会效益}), or null. A 一级 the framework does not have is
	 * not "another 一级": that is {@link #level1Named} returning null.
	 */
	public static String misplaced(Framework framework, String written) {
		String[] parts = written.split("\\.", 2);
		if (parts.length != 2 || level1Named(framework, parts[0]) == null) {
			return null;
		}
		for (Level1Category level1 : framework.getLevel1s()) {
			for (Level2Category level2 : level1.getLevel2s()) {
				if (PerfCategoryNames.of(level2).contains(parts[1]) && !PerfCategoryNames.of(level1).contains(parts[0])) {
					return reference(level1, level2);
				}
			}
		}
		return null;
	}

	/** The 一级 of the framework written under this name (canonical, alias or title), or null. */
	public static Level1Category level1Named(Framework framework, String written) {
		for (Level1Category level1 : framework.getLevel1s()) {
			if (PerfCategoryNames.of(level1).contains(written)) {
				return level1;
			}
		}
		return null;
	}

	/** Every 二级 of the 一级 as a canonical reference, the nearest to {@code level2Written} first, then in framework order. */
	public static List<String> under(Level1Category level1, String level2Written) {
		List<Suggestion> suggestions = new ArrayList<>();
		for (Level2Category level2 : level1.getLevel2s()) {
			int d = PerfCategoryNames.of(level2).stream().mapToInt(n -> distance(level2Written, n)).min().orElse(99);
			suggestions.add(new Suggestion(reference(level1, level2), d));
		}
		return suggestions.stream().sorted(Comparator.comparingInt(Suggestion::distance)).map(Suggestion::reference).toList();
	}

	/** The canonical references of the 二级 written under this name, under whichever 一级, in framework order. */
	public static List<String> withLevel2(Framework framework, String level2Written) {
		List<String> references = new ArrayList<>();
		for (Level1Category level1 : framework.getLevel1s()) {
			for (Level2Category level2 : level1.getLevel2s()) {
				if (PerfCategoryNames.of(level2).contains(level2Written)) {
					references.add(reference(level1, level2));
				}
			}
		}
		return references;
	}

	private static String reference(Level1Category level1, Level2Category level2) {
		return level1.getName() + "." + level2.getName();
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
				suggestions.add(new Suggestion(reference(level1, level2), d1 + d2));
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
