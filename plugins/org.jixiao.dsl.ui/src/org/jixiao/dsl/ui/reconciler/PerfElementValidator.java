// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.reconciler;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Xtext's resource validation narrowed to a span of the document: the syntax and linking problems
 * in the span, and every check whose target is one of its top-level elements or lies inside one,
 * with the same options, walk and conversion to issues as the whole-document validation. Checks
 * on the document itself (the document-level rules, {@link PerfQuickValidation}) do not run here.
 */
public class PerfElementValidator extends ResourceValidatorImpl {

	/**
	 * The issues of {@code elements} and the syntax and linking problems in {@code [start, end)} of
	 * the text. Throws Xtext's cancellation exception when {@code cancel} says so.
	 */
	public List<Issue> validate(XtextResource resource, List<EObject> elements, int start, int end,
			CancelIndicator cancel) {
		for (EObject element : elements) {
			// the linker left proxies everywhere; only these elements' references are resolved (and reported)
			EcoreUtil2.resolveAll(element, cancel);
		}
		getOperationCanceledManager().checkCanceled(cancel);
		List<Issue> result = new ArrayList<>();
		collectResourceDiagnostics(resource, cancel, issue -> {
			if (issue != null && issue.getOffset() != null && issue.getOffset() >= start && issue.getOffset() < end) {
				result.add(issue);
			}
		});
		for (EObject element : elements) {
			validate(resource, element, CheckMode.ALL, cancel, issue -> {
				if (issue != null) {
					result.add(issue);
				}
			});
		}
		getOperationCanceledManager().checkCanceled(cancel);
		return result;
	}
}
