// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.linking;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.jixiao.dsl.scoping.PerfFrameworks;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.model.Framework;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.StageLink;

import com.google.inject.Inject;

/**
 * Unresolved references explained in the analysts' words. An unknown category names the categories
 * the framework has in its place (issue data, used by the quick fix); a 二级 under the wrong 一级
 * names the right 一级.
 */
public class PerfLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Inject
	private PerfFrameworks frameworks;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String name = context.getLinkText();
		if (type == PerfPackage.Literals.LEVEL2_CATEGORY) {
			return category(context, name.replaceAll("\\s+", ""));
		}
		if (type == PerfPackage.Literals.PROJECT_TABLE || type == PerfPackage.Literals.DEPARTMENT_DECLARATION) {
			return stageLink(context, name);
		}
		String message;
		if (type == PerfPackage.Literals.LEVEL1_CATEGORY) {
			message = "未知的一级指标“" + name + "”：应为所用指标框架中的一级指标，如 产出、效益、满意度。";
		} else if (type == PerfPackage.Literals.FRAMEWORK) {
			message = "未知的指标框架“" + name + "”：可用 经典、中央2021、湖北2020，或项目中自行声明的框架。";
		} else {
			message = "无法解析引用“" + name + "”。";
		}
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}

	/**
	 * A declaration a later form follows that is not among the files checked with it: a warning, not
	 * an error, since a self-evaluation checked alone (or before its declaration is in the folder) is
	 * still a complete form; only the cross-stage checks need the declaration.
	 */
	private static DiagnosticMessage stageLink(ILinkingDiagnosticContext context, String name) {
		String where = "请把申报表与本表放在同一文件夹或工作区中一起检查（如 jixiao validate 文件夹），或核对";
		String message;
		if (context.getReference() == PerfPackage.Literals.STAGE_LINK__PROJECT) {
			message = "找不到所依据的项目支出绩效目标表（项目代码“" + name + "”）：" + where + "项目代码；跨阶段检查未进行。";
		} else {
			Object year = context.getContext() instanceof StageLink link ? link.getYear() : null;
			message = "找不到所依据的部门整体支出绩效目标申报表（单位“" + name + "”，" + year + " 年度）：" + where
					+ "单位名称与年度；跨阶段检查未进行。";
		}
		return new DiagnosticMessage(message, Severity.WARNING, PerfIssueCodes.STAGE_LINK_UNRESOLVED);
	}

	/**
	 * An unknown 一级.二级 names what the framework has there — the 二级 of a known 一级, or the
	 * 一级 when the 一级 is unknown — and hands the references to the quick fix as issue data,
	 * so that Ctrl+1 always offers the framework's categories, not only near spellings.
	 */
	private DiagnosticMessage category(ILinkingDiagnosticContext context, String name) {
		String message = "未知的指标类别“" + name + "”：应写作“一级.二级”，如 产出.数量、效益.社会效益，且须为所用指标框架中的类别。";
		Framework framework = frameworks.frameworkOf(context.getContext());
		if (framework == null) {
			return new DiagnosticMessage(message, Severity.ERROR, PerfIssueCodes.UNKNOWN_CATEGORY);
		}
		String misplaced = PerfCategorySuggestions.misplaced(framework, name);
		if (misplaced != null) {
			String level1 = misplaced.substring(0, misplaced.indexOf('.'));
			return new DiagnosticMessage("二级指标“" + name.substring(name.indexOf('.') + 1) + "”不属于一级指标“"
					+ name.substring(0, name.indexOf('.')) + "”，而属于“" + level1 + "”：应写作“" + misplaced + "”。", Severity.ERROR,
					PerfIssueCodes.WRONG_LEVEL1, misplaced);
		}
		int dot = name.indexOf('.');
		if (dot < 0) {
			List<String> nearest = PerfCategorySuggestions.nearest(framework, name);
			if (!nearest.isEmpty()) {
				message += "最接近的是：" + String.join("、", nearest) + "。";
			}
			return new DiagnosticMessage(message, Severity.ERROR, PerfIssueCodes.UNKNOWN_CATEGORY, nearest.toArray(String[]::new));
		}
		String level1Written = name.substring(0, dot);
		String level2Written = name.substring(dot + 1);
		String notInFramework = "“" + name + "”不是指标框架“" + framework.getName() + "”中的类别；";
		Level1Category level1 = PerfCategorySuggestions.level1Named(framework, level1Written);
		if (level1 != null) {
			List<String> level2s = PerfCategorySuggestions.under(level1, level2Written);
			String names = level1.getLevel2s().stream().map(Level2Category::getName).collect(Collectors.joining("、"));
			return new DiagnosticMessage(notInFramework + level1.getName() + " 下可用：" + names + "。", Severity.ERROR,
					PerfIssueCodes.UNKNOWN_CATEGORY, level2s.toArray(String[]::new));
		}
		List<String> level1s = framework.getLevel1s().stream().map(Level1Category::getName).toList();
		List<String> pairs = PerfCategorySuggestions.withLevel2(framework, level2Written);
		message = notInFramework + "可用的一级指标：" + String.join("、", level1s) + "。";
		if (pairs.isEmpty()) {
			// the 二级 is unknown too: choose the 一级 first; the next check then lists its 二级
			pairs = level1s.stream().map(l -> l + "." + level2Written).toList();
		} else {
			message += "应写作" + pairs.stream().map(p -> "“" + p + "”").collect(Collectors.joining("或")) + "。";
		}
		return new DiagnosticMessage(message, Severity.ERROR, PerfIssueCodes.UNKNOWN_CATEGORY, pairs.toArray(String[]::new));
	}
}
