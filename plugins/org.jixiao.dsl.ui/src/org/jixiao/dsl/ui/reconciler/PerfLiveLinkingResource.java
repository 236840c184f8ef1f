// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.reconciler;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Triple;
import org.jixiao.dsl.resource.PerfResource;

/**
 * Xtext's lazily linked resource, without its cost of a resolved reference in a document with a
 * syntax error. On every reference it resolves, Xtext removes the reference's earlier "not found"
 * problem, and to find it builds that problem's message whenever the document has any problem at
 * all; our message names the nearest categories (edit distance over the framework), so one
 * unfinished line made resolving a 5,000-line document's 3,600 categories cost about 90 ms. The
 * problem can only be there if a linking problem sits on the reference's text: otherwise nothing is
 * built and nothing removed. Its bytes are read as every .perf file's are ({@link PerfResource}).
 */
public class PerfLiveLinkingResource extends PerfResource {

	@Override
	protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
		INode node = triple.getThird();
		if (node == null || hasLinkingProblemAt(getErrors(), node) || hasLinkingProblemAt(getWarnings(), node)) {
			super.removeDiagnostic(triple);
		}
	}

	private static boolean hasLinkingProblemAt(List<Diagnostic> diagnostics, INode node) {
		for (Diagnostic diagnostic : diagnostics) {
			if (diagnostic instanceof XtextLinkingDiagnostic linking && linking.getOffset() == node.getOffset()
					&& linking.getLength() == node.getLength()) {
				return true;
			}
		}
		return false;
	}
}
