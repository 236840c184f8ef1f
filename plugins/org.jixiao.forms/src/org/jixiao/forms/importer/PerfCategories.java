// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.dsl.scoping.PerfCategoryNames;
import org.jixiao.model.Category;
import org.jixiao.model.Framework;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;

/**
 * Recognises 一级/二级 cells (产出指标 (17分), 数量指标1（0.5分）, 服务对象⏎满意度指标, 环境效益) against
 * the indicator frameworks, which are data: a category is found by its name, an alias or its
 * printed title, so a region's own framework is recognised without code.
 */
final class PerfCategories {

	private static final Pattern WEIGHT = Pattern.compile("\\((\\d+(?:\\.\\d+)?)分\\)$");
	private static final Pattern WEIGHT_ONLY = Pattern.compile("^\\(\\d+(?:\\.\\d+)?分\\)$");
	private static final Pattern NUMBERING = Pattern.compile("\\d+$");

	/** A category cell taken apart: the label without numbering and the weight in (N分), if any. */
	record Cell(PerfCell cell, String label, String weight) {

		boolean weightOnly() {
			return label.isEmpty() && weight != null;
		}
	}

	/**
	 * 一级 names of older and national templates that no framework uses, and the framework name each
	 * stands for: 预期产出指标 / 项目完成指标 are outputs, 效果指标 / 项目效益指标 / 实施效果指标 effects,
	 * 预算(或投资规模)控制指标 costs. The importer places them there and says so (they are not aliases:
	 * the mapping is an inference the analyst checks).
	 */
	private static final List<Map.Entry<Pattern, String>> NEAR_NAMES = List.of(
			Map.entry(Pattern.compile("^(预期|项目)?(产出|完成)指标$"), "产出指标"),
			Map.entry(Pattern.compile("^(预期|项目|实施)?(效果|效益)指标$"), "效益指标"),
			Map.entry(Pattern.compile("^(预算|投资)(\\(或投资规模\\)|规模)?控制指标$"), "成本指标"));

	private final List<Framework> frameworks;
	private final Map<Framework, Map<String, List<Level1Category>>> level1 = new LinkedHashMap<>();
	private final Map<Framework, Map<String, List<Level2Category>>> level2 = new LinkedHashMap<>();

	PerfCategories(List<Framework> frameworks) {
		this.frameworks = List.copyOf(frameworks);
		for (Framework framework : frameworks) {
			Map<String, List<Level1Category>> ones = new HashMap<>();
			Map<String, List<Level2Category>> twos = new HashMap<>();
			for (Level1Category one : framework.getLevel1s()) {
				for (String key : keys(one)) {
					ones.computeIfAbsent(key, k -> new ArrayList<>()).add(one);
				}
				for (Level2Category two : one.getLevel2s()) {
					for (String key : keys(two)) {
						twos.computeIfAbsent(key, k -> new ArrayList<>()).add(two);
					}
				}
			}
			level1.put(framework, ones);
			level2.put(framework, twos);
		}
	}

	List<Framework> frameworks() {
		return frameworks;
	}

	private static List<String> keys(Category category) {
		List<String> keys = new ArrayList<>();
		List<String> names = new ArrayList<>();
		names.add(category.getName());
		names.addAll(category.getAliases());
		if (category.getTitle() != null) {
			names.add(category.getTitle());
		}
		for (String name : names) {
			if (name != null) {
				String key = PerfCellText.key(name);
				keys.add(key);
				keys.add(key.endsWith("指标") ? key.substring(0, key.length() - 2) : key + "指标");
			}
		}
		return keys;
	}

	/** The cell taken apart as a category cell would be: label and weight (whether it is one, {@link #isCategory} says). */
	static Cell parse(PerfCell cell) {
		String key = PerfCellText.key(cell.text());
		// a label in brackets as a broken merged cell prints it: (绩效指标 (60分)); but (2分) is a bare weight
		if (key.startsWith("(") && key.endsWith(")") && !WEIGHT_ONLY.matcher(key).matches()) {
			key = key.substring(1, key.length() - 1);
		}
		String weight = null;
		Matcher w = WEIGHT.matcher(key);
		if (w.find()) {
			weight = w.group(1);
			key = key.substring(0, w.start());
		}
		key = NUMBERING.matcher(key).replaceAll("");
		return new Cell(cell, key, weight);
	}

	boolean isCategory(Cell cell) {
		return !cell.label().isEmpty() && (isLevel1(cell.label()) || isLevel2(cell.label()));
	}

	boolean isLevel1(String label) {
		return level1.values().stream().anyMatch(m -> m.containsKey(label));
	}

	boolean isLevel2(String label) {
		return level2.values().stream().anyMatch(m -> m.containsKey(label));
	}

	/** The framework name a non-standard category label stands for (预期产出指标 → 产出指标), or null. */
	static String nearName(String label) {
		for (Map.Entry<Pattern, String> near : NEAR_NAMES) {
			if (near.getKey().matcher(label).matches()) {
				return near.getValue();
			}
		}
		return null;
	}

	Level1Category level1(Framework framework, String label) {
		List<Level1Category> found = level1.get(framework).get(label);
		return found == null || found.isEmpty() ? null : found.get(0);
	}

	/** The 二级 of a label in a framework, preferring one under the given 一级. */
	Level2Category level2(Framework framework, String label, Level1Category under) {
		List<Level2Category> found = level2.get(framework).get(label);
		if (found == null || found.isEmpty()) {
			return null;
		}
		for (Level2Category two : found) {
			if (two.eContainer() == under) {
				return two;
			}
		}
		return found.get(0);
	}
}
