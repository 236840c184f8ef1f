// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.jixiao.dsl.services.PerfGrammarAccess;
import org.jixiao.model.PerfPackage;

import com.google.inject.Inject;

/**
 * Highlighting that the tokens alone cannot give: a category reference ({@code 产出.数量}, the
 * {@code section} of a weight, a library entry's category), a unit ({@code 次}, {@code 万元},
 * {@code %}) and a comparator ({@code ≥}, {@code <}, which the lexer cannot tell from the block
 * brackets). Every editor front end uses it.
 */
public class PerfSemanticHighlightingCalculator implements ISemanticHighlightingCalculator {

	public static final String CATEGORY = "perf.category";
	public static final String UNIT = "perf.unit";
	public static final String COMPARATOR = "perf.comparator";

	@Inject
	private PerfGrammarAccess grammar;

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		int count = 0;
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() || leaf.getLength() == 0) {
				continue;
			}
			if (++count % 1000 == 0 && cancel != null && cancel.isCanceled()) {
				return;
			}
			String style = styleOf(leaf);
			if (style != null) {
				acceptor.addPosition(leaf.getOffset(), leaf.getLength(), style);
			}
		}
	}

	private String styleOf(ILeafNode leaf) {
		EObject element = leaf.getGrammarElement();
		if (element == null) {
			return null;
		}
		AbstractRule rule = GrammarUtil.containingRule(element);
		if (rule == grammar.getComparatorRule()) {
			return COMPARATOR;
		}
		if (rule == grammar.getUnitRule() || rule == grammar.getUnitWordRule() || rule == grammar.getUnitPartRule()
				|| rule == grammar.getMoneyUnitRule() || isPercentSign(element)) {
			return UNIT;
		}
		for (INode node = leaf; node != null && node.getGrammarElement() != null; node = node.getParent()) {
			CrossReference reference = GrammarUtil.containingCrossReference(node.getGrammarElement());
			if (reference != null) {
				EClassifier type = reference.getType().getClassifier();
				return type == PerfPackage.Literals.LEVEL1_CATEGORY || type == PerfPackage.Literals.LEVEL2_CATEGORY ? CATEGORY
						: null;
			}
			// the name parts of a reference (产出, 数量 in 产出.数量) sit in Name inside QualifiedName inside the reference
			if (node.getGrammarElement() instanceof org.eclipse.xtext.RuleCall call
					&& (call.getRule() == grammar.getQualifiedNameRule() || call.getRule() == grammar.getNameRule())) {
				continue;
			}
			if (node != leaf) {
				break;
			}
		}
		return null;
	}

	private boolean isPercentSign(EObject element) {
		return element instanceof Keyword keyword && ("%".equals(keyword.getValue()) || "％".equals(keyword.getValue()));
	}
}
