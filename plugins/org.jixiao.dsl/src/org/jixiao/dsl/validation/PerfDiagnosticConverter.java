// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.RangeBasedDiagnostic;

/**
 * Xtext's conversion of findings into issues, with line and column looked up from the resource's
 * root node: Xtext walks from the finding's node up to the root twice per issue (start and end),
 * which cost validation more than some of the rules (docs/benchmarks.md). Line, column, offset and
 * length are computed by the same Xtext code on the same root node, so they are unchanged
 * (PerfValidationPipelineTest compares them with Xtext's on every example).
 */
public class PerfDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	protected IssueLocation getLocationData(Diagnostic diagnostic) {
		if (diagnostic instanceof RangeBasedDiagnostic ranged) {
			EObject causer = getCauser(diagnostic);
			ICompositeNode root = causer == null ? null : parsedRoot(causer.eResource());
			// Xtext itself requires a node for a ranged finding; the root is the one every node of the resource leads to.
			if (root != null) {
				return getLocationForNode(root, ranged.getOffset(), ranged.getLength());
			}
		}
		return super.getLocationData(diagnostic);
	}

	private static ICompositeNode parsedRoot(Resource resource) {
		if (resource instanceof XtextResource xtext) {
			IParseResult result = xtext.getParseResult();
			return result == null ? null : result.getRootNode();
		}
		return null;
	}
}
