// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.dsl.scoping.PerfLibrary;
import org.jixiao.model.Comparator;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.Framework;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalKind;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.PerfFactory;
import org.jixiao.model.Percentage;

/** A large generated form for the import benchmark and the large-workbook test. */
public final class PerfLargeDeclaration {

	private PerfLargeDeclaration() {
	}

	/**
	 * A department declaration of N indicators (指标N完成率 ≥ 80…99%) in annual goals of 100, the
	 * categories in turn five at a time, built as a model (no text to parse).
	 */
	public static PerfDocument of(PerfLibrary library, int indicators) {
		Framework framework = library.getFrameworks().stream().filter(f -> f.getName().equals(PerfLibrary.DEFAULT_FRAMEWORK))
				.findFirst().orElseThrow();
		List<Level2Category> categories = new ArrayList<>();
		for (Level1Category level1 : framework.getLevel1s()) {
			categories.addAll(level1.getLevel2s());
		}
		PerfFactory create = PerfFactory.eINSTANCE;
		PerfDocument document = create.createPerfDocument();
		DepartmentDeclaration department = create.createDepartmentDeclaration();
		department.setUnit("基准测试单位");
		department.setYear(2025);
		department.setTitle("基准测试部门整体支出绩效目标申报表");
		document.getElements().add(department);
		Goal goal = null;
		for (int i = 0; i < indicators; i++) {
			if (i % 100 == 0) {
				goal = create.createGoal();
				goal.setKind(GoalKind.ANNUAL);
				goal.setName("年度目标" + (i / 100 + 1));
				goal.setText("第" + (i / 100 + 1) + "项年度目标");
				department.getGoals().add(goal);
			}
			Indicator indicator = create.createIndicator();
			indicator.setCategory(categories.get((i / 5) % categories.size()));
			indicator.setName("指标" + (i + 1) + "完成率");
			indicator.setMeasure("完成率");
			Percentage value = create.createPercentage();
			value.setComparator(Comparator.GE);
			value.setComparatorSpelling("≥");
			value.setAmount(BigDecimal.valueOf(80 + i % 20));
			indicator.setValue(value);
			goal.getIndicators().add(indicator);
		}
		return document;
	}
}
