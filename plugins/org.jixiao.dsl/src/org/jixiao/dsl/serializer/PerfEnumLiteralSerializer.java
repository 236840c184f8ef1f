// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.serializer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.serializer.diagnostic.ISerializationDiagnostic.Acceptor;
import org.eclipse.xtext.serializer.tokens.EnumLiteralSerializer;
import org.jixiao.dsl.parser.PerfAstFactory;
import org.jixiao.model.Comparator;

/**
 * Writes a comparator as its {@code comparatorSpelling} when that spells the comparator's value
 * (&gt;= stays &gt;=, ≧ stays ≧); otherwise, as for every other enum, the grammar's first spelling.
 */
public class PerfEnumLiteralSerializer extends EnumLiteralSerializer {

	@Override
	public String serializeAssignedEnumLiteral(EObject context, RuleCall ruleCall, Object value, INode node, Acceptor errors) {
		if (value instanceof Comparator comparator && ruleCall.getRule() instanceof EnumRule rule) {
			String spelling = spelling(context);
			if (spelling != null && spells(rule, comparator, spelling)) {
				return spelling;
			}
		}
		return super.serializeAssignedEnumLiteral(context, ruleCall, value, node, errors);
	}

	private static String spelling(EObject context) {
		EStructuralFeature feature = context.eClass().getEStructuralFeature(PerfAstFactory.SPELLING);
		return feature == null ? null : (String) context.eGet(feature);
	}

	/** Whether the rule has {@code spelling} as a keyword of {@code comparator}'s literal. */
	static boolean spells(EnumRule rule, Comparator comparator, String spelling) {
		for (EnumLiteralDeclaration literal : EcoreUtil2.getAllContentsOfType(rule, EnumLiteralDeclaration.class)) {
			if (literal.getEnumLiteral().getName().equals(comparator.getName()) && literal.getLiteral().getValue().equals(spelling)) {
				return true;
			}
		}
		return false;
	}
}
