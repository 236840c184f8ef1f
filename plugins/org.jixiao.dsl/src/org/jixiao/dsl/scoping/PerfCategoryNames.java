// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jixiao.model.Category;

/**
 * The names under which a category may be written: its canonical name first, then its aliases
 * and its printed title (数量指标 for 数量). Only names that can be written bare are offered.
 */
public final class PerfCategoryNames {

	private static final Pattern WRITABLE = Pattern.compile("[\\p{IsHan}A-Za-z_][\\p{IsHan}A-Za-z_0-9]*");

	private PerfCategoryNames() {
	}

	public static List<String> of(Category category) {
		Set<String> names = new LinkedHashSet<>();
		if (category.getName() != null) {
			names.add(category.getName());
		}
		names.addAll(category.getAliases());
		if (category.getTitle() != null) {
			names.add(category.getTitle());
		}
		List<String> result = new ArrayList<>();
		for (String name : names) {
			if (WRITABLE.matcher(name).matches()) {
				result.add(name);
			}
		}
		return result;
	}
}
