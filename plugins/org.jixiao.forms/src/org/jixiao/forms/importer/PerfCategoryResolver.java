// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jixiao.forms.importer.PerfImportedForm.Text;
import org.jixiao.model.Framework;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;

/**
 * Places every indicator under its 一级.二级 once the document's framework is known. A merged
 * category cell appears once and is implied for the rows below it, so categories carry down the
 * goal; a cell is a 二级 when it can only be one or stands in the 二级 column, otherwise a 一级
 * (whose only 二级, if it has one, is implied).
 */
final class PerfCategoryResolver {

	private final PerfCategories categories;
	private final PerfImportReport report;

	PerfCategoryResolver(PerfCategories categories, PerfImportReport report) {
		this.categories = categories;
		this.report = report;
	}

	/**
	 * The framework under which most category cells of the forms are known; on a tie the one the
	 * forms' layouts name, then 经典 (the default), then the library's order.
	 */
	Framework choose(List<PerfImportedForm> forms, String defaultName) {
		Map<String, Integer> preferred = new HashMap<>();
		for (PerfImportedForm form : forms) {
			if (form.layout.framework() != null) {
				preferred.merge(form.layout.framework(), 1, Integer::sum);
			}
		}
		Framework best = null;
		long bestScore = -1;
		int bestPreference = -1;
		for (Framework framework : categories.frameworks()) {
			long score = 0;
			for (PerfImportedForm form : forms) {
				for (PerfImportedGoal goal : form.goals) {
					for (PerfImportedIndicator indicator : goal.indicators) {
						for (PerfImportedIndicator.CategoryCell cell : indicator.categories) {
							String label = cell.cell().label();
							if (!label.isEmpty() && (categories.level1(framework, label) != null
									|| categories.level2(framework, label, null) != null)) {
								score++;
							}
						}
					}
				}
			}
			int preference = preferred.getOrDefault(framework.getName(), 0) * 2 + (framework.getName().equals(defaultName) ? 1 : 0);
			if (score > bestScore || score == bestScore && preference > bestPreference) {
				best = framework;
				bestScore = score;
				bestPreference = preference;
			}
		}
		return best;
	}

	void resolve(PerfImportedForm form, Framework framework) {
		// non-standard names placed by their meaning, each said once per form (where it first occurs)
		Set<String> mappedSaid = new HashSet<>();
		for (PerfImportedGoal goal : form.goals) {
			Level1Category one = null;
			Level2Category two = null;
			for (PerfImportedIndicator indicator : goal.indicators) {
				Level1Category rowOne = null;
				boolean shiftedLevel1 = false;
				List<PerfCategories.Cell> mapped = new ArrayList<>();
				for (PerfImportedIndicator.CategoryCell original : indicator.categories) {
					PerfImportedIndicator.CategoryCell cc = original;
					String near = categories.level1(framework, cc.cell().label()) == null
							&& categories.level2(framework, cc.cell().label(), null) == null ? PerfCategories.nearName(cc.cell().label()) : null;
					if (near != null && (categories.level1(framework, near) != null || categories.level2(framework, near, null) != null)) {
						mapped.add(cc.cell());
						PerfCategories.Cell as = new PerfCategories.Cell(cc.cell().cell(), near, cc.cell().weight());
						cc = new PerfImportedIndicator.CategoryCell(as, cc.level2Column(), cc.shifted());
					}
					PerfCategories.Cell cell = cc.cell();
					if (cell.weightOnly()) {
						if (one != null) {
							goal.sections.putIfAbsent(one.getName(), new Text(cell.weight(), cell.cell()));
						}
						continue;
					}
					Level1Category asOne = categories.level1(framework, cell.label());
					Level2Category asTwo = categories.level2(framework, cell.label(), rowOne != null ? rowOne : one);
					boolean level2 = asTwo != null
							&& (asOne == null || cc.level2Column() || rowOne != null && asTwo.eContainer() == rowOne);
					if (level2) {
						if (rowOne != null && asTwo.eContainer() != rowOne) {
							indicator.categoryNote = "二级指标“" + cell.cell().text() + "”不属于一级指标“" + rowOne.getTitle() + "”，按框架归入“"
									+ ((Level1Category) asTwo.eContainer()).getTitle() + "”";
						}
						one = (Level1Category) asTwo.eContainer();
						two = asTwo;
						if (cell.weight() != null && !indicator.cells.containsKey("weight")) {
							indicator.cells.put("weight", new PerfCell(cell.weight(), cell.cell().line(), cell.cell().column(),
									cell.cell().sheet()));
						}
					} else if (asOne != null) {
						if (asOne != one) {
							one = asOne;
							two = null;
						}
						rowOne = asOne;
						shiftedLevel1 |= cc.shifted();
						if (cell.weight() != null) {
							goal.sections.putIfAbsent(asOne.getName(), new Text(cell.weight(), cell.cell()));
						}
					} else {
						note(indicator, "“" + cell.cell().text() + "”不是框架“" + framework.getName() + "”中的指标类别");
					}
				}
				if (two == null && one != null) {
					two = one.getLevel2s().isEmpty() ? null : one.getLevel2s().get(0);
					if (two != null && one.getLevel2s().size() > 1) {
						note(indicator, "二级指标空缺，记为一级指标“" + one.getTitle() + "”下的“" + two.getTitle() + "”，请核对");
					}
				}
				if (two == null) {
					Level1Category first = framework.getLevel1s().get(0);
					one = first;
					two = first.getLevel2s().get(0);
					note(indicator, "未找到一级、二级指标，暂记为“" + first.getTitle() + "”下的“" + two.getTitle() + "”，请核对");
				}
				for (PerfCategories.Cell cell : mapped) {
					// a 一级 name is said with the 一级 the row went to, a 二级 name with its 一级 and 二级
					String near = PerfCategories.nearName(cell.label());
					String placed = categories.level1(framework, near) != null ? one.getTitle()
							: ((Level1Category) two.eContainer()).getTitle() + "”下的“" + two.getTitle();
					if (mappedSaid.add(cell.label() + "→" + placed)) {
						note(indicator, "指标类别“" + cell.cell().text().strip() + "”不是框架“" + framework.getName() + "”中的名称，按含义归入“"
								+ placed + "”，请核对");
					}
				}
				if (shiftedLevel1) {
					// a merged 一级 cell printed beside the wrong row: it may belong to the row below
					note(indicator, "一级指标单元格不在其栏目中（导出时错位），本行归入“" + one.getTitle() + "”下的“" + two.getTitle() + "”，请核对");
				}
				indicator.category = two;
				if (indicator.categoryNote != null) {
					report.warning(indicator.row.first(), indicator.categoryNote);
				}
			}
		}
	}

	private static void note(PerfImportedIndicator indicator, String message) {
		indicator.categoryNote = indicator.categoryNote == null ? message : indicator.categoryNote + "；" + message;
	}
}
