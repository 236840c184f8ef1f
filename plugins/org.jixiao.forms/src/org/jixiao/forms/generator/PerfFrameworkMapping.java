// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.dsl.scoping.PerfCategoryNames;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.model.Category;
import org.jixiao.model.Form;
import org.jixiao.model.Framework;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.SectionWeight;

/**
 * Draws a form written in one indicator framework (经典, 湖北2020) with a layout that expects another
 * (the national layouts expect 中央2021): each category is mapped by the frameworks' own synonym
 * tables — a 二级 of the same name, alias or title (服务对象满意度 under 效益 in 湖北2020 is the
 * 满意度 一级's in 中央2021), else the 二级 of the same role under the 一级 of that name (经典's
 * 产出.成本 is 中央2021's 成本.经济成本), else the first of the same role — on a copy of the form, so
 * the document is not changed. Every mapping that changes what is printed is reported; a category
 * the target framework has nothing for is printed as written and reported too.
 */
public final class PerfFrameworkMapping {

	/** The form to draw and how many of its indicators each category mapping moved. */
	public record Result(Form form, Map<Mapping, Integer> mappings) {
	}

	/**
	 * One category of a form's framework and what it is printed as in the layout's framework; {@code to}
	 * is null where that framework has nothing for it (the category is printed as written).
	 */
	public record Mapping(String from, String fromFramework, String to, String toFramework) {

		/** The report line, Chinese first: 指标类别“产出指标/成本指标”（框架 经典）按版式 … 印作 …. */
		public String message(String layout, int indicators) {
			if (to == null) {
				return "指标类别“" + from + "”（框架 " + fromFramework + "）在版式 " + layout + " 的框架 " + toFramework
						+ " 中没有对应，按原样印出（" + indicators + " 个指标）。 No counterpart in the layout's framework: printed as written.";
			}
			return "指标类别“" + from + "”（框架 " + fromFramework + "）按版式 " + layout + " 的框架 " + toFramework + " 印作“" + to
					+ "”（" + indicators + " 个指标）。 Category mapped to the layout's framework.";
		}
	}

	private PerfFrameworkMapping() {
	}

	public static Result map(Form form, PerfLayout layout) {
		String expected = layout.framework();
		if (expected == null) {
			return new Result(form, Map.of());
		}
		List<Indicator> indicators = indicators(form);
		Framework found = null;
		for (Indicator indicator : indicators) {
			Framework source = frameworkOf(indicator.getCategory());
			if (source != null && !expected.equals(source.getName())) {
				found = find(expected, indicator.getCategory(), form);
				break;
			}
		}
		Framework target = found;
		if (target == null) {
			return new Result(form, Map.of());
		}
		Form copy = EcoreUtil.copy(form);
		Map<Level2Category, Level2Category> mapped = new LinkedHashMap<>();
		Map<Level2Category, Integer> counts = new LinkedHashMap<>();
		for (Indicator indicator : indicators(copy)) {
			Level2Category from = indicator.getCategory();
			Framework source = frameworkOf(from);
			if (source == null || source == target) {
				continue;
			}
			Level2Category to = mapped.computeIfAbsent(from, c -> Objects.requireNonNullElse(level2(target, c), c));
			counts.merge(from, 1, Integer::sum);
			indicator.setCategory(to);
		}
		// a self-evaluation's 一级 weights follow their indicators' 一级
		copy.eAllContents().forEachRemaining(o -> {
			if (o instanceof SectionWeight section && section.getLevel1() != null && frameworkOf(section.getLevel1()) != target) {
				Level1Category one = level1(target, section.getLevel1());
				if (one != null) {
					section.setLevel1(one);
				}
			}
		});
		Map<Mapping, Integer> result = new LinkedHashMap<>();
		for (Map.Entry<Level2Category, Level2Category> e : mapped.entrySet()) {
			Level2Category from = e.getKey();
			Level2Category to = e.getValue();
			String fromFramework = frameworkOf(from).getName();
			if (to == from) {
				result.put(new Mapping(printed(from), fromFramework, null, target.getName()), counts.get(from));
			} else if (!printed(to).equals(printed(from))) {
				// only what changes on paper is reported: 产出.数量 stays 产出指标/数量指标
				result.put(new Mapping(printed(from), fromFramework, printed(to), target.getName()), counts.get(from));
			}
		}
		return new Result(copy, result);
	}

	/** 一级/二级 as the grid prints them: 产出指标/成本指标. */
	private static String printed(Level2Category category) {
		return title((Category) category.eContainer()) + "/" + title(category);
	}

	private static String title(Category category) {
		return category.getTitle() != null ? category.getTitle() : category.getName() + "指标";
	}

	private static Framework frameworkOf(Category category) {
		if (category == null || category.eIsProxy()) {
			return null;
		}
		EObject container = category.eContainer();
		while (container != null && !(container instanceof Framework)) {
			container = container.eContainer();
		}
		return (Framework) container;
	}

	private static List<Indicator> indicators(Form form) {
		List<Indicator> indicators = new ArrayList<>();
		form.eAllContents().forEachRemaining(o -> {
			if (o instanceof Indicator i) {
				indicators.add(i);
			}
		});
		return indicators;
	}

	/** The framework of that name: the form's own documents first, then the shipped ones beside the category's. */
	private static Framework find(String name, Level2Category category, Form form) {
		Set<Resource> seen = new HashSet<>();
		for (EObject anchor : List.of(form, category)) {
			Resource resource = anchor.eResource();
			if (resource == null) {
				continue;
			}
			List<Resource> resources = resource.getResourceSet() == null ? List.of(resource) : resource.getResourceSet().getResources();
			for (Resource r : List.copyOf(resources)) {
				if (!seen.add(r)) {
					continue;
				}
				for (EObject root : r.getContents()) {
					if (root instanceof PerfDocument document) {
						for (EObject element : document.getElements()) {
							if (element instanceof Framework f && name.equals(f.getName())) {
								return f;
							}
						}
					}
				}
			}
		}
		return null;
	}

	/** The 二级 of the target framework for a category of another one, or null. */
	static Level2Category level2(Framework target, Level2Category category) {
		Level1Category parent = (Level1Category) category.eContainer();
		Set<String> names = keys(category);
		Set<String> parentNames = keys(parent);
		Level2Category byName = null;
		for (Level1Category one : target.getLevel1s()) {
			for (Level2Category two : one.getLevel2s()) {
				if (shares(keys(two), names)) {
					if (shares(keys(one), parentNames)) {
						return two;
					}
					byName = byName == null ? two : byName;
				}
			}
		}
		if (byName != null) {
			return byName;
		}
		// 经典's 二级 成本 is a 一级 of 中央2021: its 二级 of the same role there
		for (Level1Category one : target.getLevel1s()) {
			if (shares(keys(one), names)) {
				Level2Category sameRole = sameRole(one.getLevel2s(), category);
				if (sameRole != null) {
					return sameRole;
				}
			}
		}
		List<Level2Category> all = new ArrayList<>();
		target.getLevel1s().forEach(one -> all.addAll(one.getLevel2s()));
		return sameRole(all, category);
	}

	/** The 一级 of the target framework with a name, alias or title of this one, else of its role. */
	static Level1Category level1(Framework target, Level1Category category) {
		for (Level1Category one : target.getLevel1s()) {
			if (shares(keys(one), keys(category))) {
				return one;
			}
		}
		if (category.eIsSet(PerfPackage.Literals.CATEGORY__ROLE)) {
			for (Level1Category one : target.getLevel1s()) {
				if (one.getRole() == category.getRole()) {
					return one;
				}
			}
		}
		return null;
	}

	private static Level2Category sameRole(List<Level2Category> candidates, Level2Category category) {
		if (!category.eIsSet(PerfPackage.Literals.CATEGORY__ROLE)) {
			return null;
		}
		for (Level2Category two : candidates) {
			if (two.getRole() == category.getRole()) {
				return two;
			}
		}
		return null;
	}

	/** A category's names, aliases and title, each also without or with the 指标 suffix. */
	private static Set<String> keys(Category category) {
		Set<String> keys = new HashSet<>();
		for (String name : PerfCategoryNames.of(category)) {
			keys.add(name);
			keys.add(name.endsWith("指标") ? name.substring(0, name.length() - 2) : name + "指标");
		}
		return keys;
	}

	private static boolean shares(Set<String> a, Set<String> b) {
		for (String key : a) {
			if (b.contains(key)) {
				return true;
			}
		}
		return false;
	}
}
