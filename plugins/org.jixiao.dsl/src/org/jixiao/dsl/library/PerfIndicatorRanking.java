// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jixiao.model.Goal;
import org.jixiao.model.Indicator;
import org.jixiao.model.LibraryEntry;

/**
 * Orders library entries by how well they fit a goal, with a score anyone can check by hand:
 * 10 points for each kind of work (tag) the goal's text speaks of, 1 point for each two-character
 * term the entry's name shares with the goal's text and its other indicators (at most 9, so that an
 * entry of the goal's kind of work always comes before one that only shares words). Equal scores keep
 * the library's order. No model, no network.
 */
public class PerfIndicatorRanking {

	static final int TAG_POINTS = 10;
	static final int MAX_TERM_POINTS = 9;

	/** The goal's own words: its text and the names of the indicators it already has. */
	public static String contextOf(Goal goal, Indicator except) {
		if (goal == null) {
			return "";
		}
		StringBuilder text = new StringBuilder(goal.getText() == null ? "" : goal.getText());
		for (Indicator indicator : goal.getIndicators()) {
			if (indicator != except && indicator.getName() != null) {
				text.append(' ').append(indicator.getName());
			}
		}
		return text.toString();
	}

	public List<PerfRankedEntry> rank(List<LibraryEntry> entries, String context) {
		List<String> contextTags = PerfWorkTags.tagsOf(context);
		Set<String> contextTerms = terms(context);
		List<PerfRankedEntry> ranked = new ArrayList<>(entries.size());
		for (LibraryEntry entry : entries) {
			ranked.add(score(entry, contextTags, contextTerms));
		}
		ranked.sort(Comparator.comparingInt(PerfRankedEntry::score).reversed());
		return ranked;
	}

	private static PerfRankedEntry score(LibraryEntry entry, List<String> contextTags, Set<String> contextTerms) {
		List<String> reasons = new ArrayList<>();
		int score = 0;
		List<String> tags = entry.getTags().stream().filter(contextTags::contains).toList();
		if (!tags.isEmpty()) {
			score += TAG_POINTS * tags.size();
			reasons.add("工作类型：" + String.join("、", tags));
		}
		List<String> shared = terms(entry.getName()).stream().filter(contextTerms::contains).limit(MAX_TERM_POINTS)
				.toList();
		if (!shared.isEmpty()) {
			score += shared.size();
			reasons.add("共有词语：" + String.join("、", shared));
		}
		return new PerfRankedEntry(entry, score, reasons);
	}

	/** Two-character terms of the Chinese text (Chinese is written without spaces between words). */
	static Set<String> terms(String text) {
		Set<String> result = new LinkedHashSet<>();
		if (text == null) {
			return result;
		}
		int[] chars = text.codePoints().toArray();
		for (int i = 0; i + 1 < chars.length; i++) {
			if (isHan(chars[i]) && isHan(chars[i + 1])) {
				result.add(new String(chars, i, 2));
			}
		}
		return result;
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}
}
