// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfSourceText;
import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.validation.Check;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.SectionWeight;

/**
 * Categories written with a synonym (环境效益, 数量指标) are accepted by scoping; this asks for
 * the framework's canonical name so that files read alike. Unknown categories and a 二级 under
 * the wrong 一级 are linking errors, see PerfLinkingDiagnosticMessageProvider.
 */
public class PerfCategoryValidator extends PerfCheck {

	@Check
	public void canonicalCategory(Indicator indicator) {
		Level2Category level2 = PerfIndicators.level2(indicator);
		Level1Category level1 = PerfIndicators.level1(indicator);
		if (level2 == null || level1 == null) {
			return;
		}
		INode node = PerfSourceText.node(indicator, PerfPackage.Literals.INDICATOR__CATEGORY);
		String canonical = level1.getName() + "." + level2.getName();
		if (node == null || PerfSourceText.sameIgnoringBlanks(node, canonical)) {
			return;
		}
		String written = PerfSourceText.compact(PerfSourceText.exactText(node));
		if (!written.isEmpty() && !written.equals(canonical)) {
			report(CATEGORY_SYNONYM, "类别“" + written + "”是同义写法：规范写法为“" + canonical + "”（" + PerfIndicators.title(level1) + " → "
					+ PerfIndicators.title(level2) + "）。", indicator, node, canonical);
		}
	}

	@Check
	public void canonicalSection(SectionWeight section) {
		Level1Category level1 = section.getLevel1();
		if (level1 == null || level1.eIsProxy()) {
			return;
		}
		String written = PerfSourceText.text(section, PerfPackage.Literals.SECTION_WEIGHT__LEVEL1).trim();
		if (!written.isEmpty() && !written.equals(level1.getName())) {
			report(CATEGORY_SYNONYM, "一级指标“" + written + "”是同义写法：规范写法为“" + level1.getName() + "”。", section,
					PerfPackage.Literals.SECTION_WEIGHT__LEVEL1, level1.getName());
		}
	}
}
