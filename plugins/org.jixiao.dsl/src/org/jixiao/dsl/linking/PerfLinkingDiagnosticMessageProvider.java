package org.jixiao.dsl.linking;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.jixiao.model.PerfPackage;

/** Unresolved references explained in the analysts' words. */
public class PerfLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String name = context.getLinkText();
		String message;
		if (type == PerfPackage.Literals.LEVEL2_CATEGORY) {
			message = "未知的指标类别“" + name + "”：应写作“一级.二级”，如 产出.数量、效益.社会效益，且须为所用指标框架中的类别。";
		} else if (type == PerfPackage.Literals.LEVEL1_CATEGORY) {
			message = "未知的一级指标“" + name + "”：应为所用指标框架中的一级指标，如 产出、效益、满意度。";
		} else if (type == PerfPackage.Literals.FRAMEWORK) {
			message = "未知的指标框架“" + name + "”：可用 经典、中央2021、湖北2020，或项目中自行声明的框架。";
		} else {
			message = "无法解析引用“" + name + "”。";
		}
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}
}
