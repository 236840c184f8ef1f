// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.jixiao.model.Category;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;

/**
 * Category proposals described in the words of the forms: the 一级/二级 titles ("产出指标 › 数量指标")
 * as description and the framework's guidance as documentation, instead of Xtext's type name.
 */
public class PerfIdeCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry == null) {
			return null;
		}
		EObject object = candidate.getEObjectOrProxy();
		if (object.eIsProxy()) {
			object = EcoreUtil.resolve(object, context.getResource());
		}
		if (object instanceof Level2Category level2 && level2.eContainer() instanceof Level1Category level1) {
			entry.setDescription("二级指标：" + title(level1) + " › " + title(level2));
			entry.setDocumentation(guidance(level2) != null ? guidance(level2) : guidance(level1));
		} else if (object instanceof Level1Category level1) {
			entry.setDescription("一级指标：" + title(level1));
			entry.setDocumentation(guidance(level1));
		}
		return entry;
	}

	private static String title(Category category) {
		return category.getTitle() != null ? category.getTitle() : category.getName();
	}

	private static String guidance(Category category) {
		return category.getGuidance();
	}
}
