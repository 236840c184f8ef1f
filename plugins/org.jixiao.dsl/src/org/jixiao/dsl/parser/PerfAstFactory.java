// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.parser;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;
import org.jixiao.model.Comparator;
import org.jixiao.model.Rank;

/**
 * Keeps how a value was spelled where the grammar reads several spellings as one value, so that the
 * writer prints what the author wrote (docs/design.md, "Writing .perf text"): the comparator's
 * spelling ({@code comparatorSpelling}: the enum rule maps ≥, &gt;= and ≧ to one literal) and a rank
 * written 25名之前 rather than 前25名 ({@code afterNumber}).
 */
public class PerfAstFactory extends DefaultEcoreElementFactory {

	/** The feature, on every element with a comparator (values, library entries, grading bands), that keeps its spelling. */
	public static final String SPELLING = "comparatorSpelling";

	/** The keyword of a rank written after its number. */
	static final String AFTER_NUMBER = "名之前";

	@Override
	public void set(EObject object, String feature, Object value, String ruleName, INode node) throws ValueConverterException {
		super.set(object, feature, value, ruleName, node);
		if (object instanceof Rank rank && "orBetter".equals(feature) && AFTER_NUMBER.equals(ruleName)) {
			rank.setAfterNumber(true);
		}
		if (value instanceof Comparator && node != null) {
			EStructuralFeature spelling = object.eClass().getEStructuralFeature(SPELLING);
			if (spelling != null) {
				object.eSet(spelling, NodeModelUtils.getTokenText(node));
			}
		}
	}
}
