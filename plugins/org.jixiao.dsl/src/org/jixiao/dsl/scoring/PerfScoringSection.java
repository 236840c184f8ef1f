// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.model.Level1Category;

/**
 * One part of a scoring profile: its points and the 一级 indicators that share them, by name
 * ({@code 产出+成本:50}: the 产出 and 成本 indicators share 50 points). Names are matched against a
 * framework's canonical names, titles and aliases, so one profile fits several frameworks.
 */
public record PerfScoringSection(String label, BigDecimal weight, List<String> level1Names) {

	public PerfScoringSection {
		level1Names = List.copyOf(level1Names);
	}

	/** Whether the 一级 category is one of this part's. */
	public boolean covers(Level1Category level1) {
		if (level1 == null) {
			return false;
		}
		for (String name : level1Names) {
			if (name.equals(level1.getName()) || name.equals(level1.getTitle()) || level1.getAliases().contains(name)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return String.join("+", level1Names) + ":" + weight.toPlainString();
	}
}
