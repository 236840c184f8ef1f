// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.fuzz;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A canonical text of a linked model, to compare the models of two texts: every set feature in
 * declaration order; a reference by its target's path when the target is inside the model, by URI
 * when it is elsewhere (a shipped framework), and by the words written for it when it could not be
 * resolved (the proxy's URI names a node index, which any change of layout moves).
 */
final class PerfFuzzModelText {

	private PerfFuzzModelText() {
	}

	static String of(EObject root) {
		StringBuilder out = new StringBuilder(4096);
		write(root, root, out);
		return out.toString();
	}

	private static void write(EObject root, EObject object, StringBuilder out) {
		out.append(object.eClass().getName()).append('{');
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || feature instanceof EReference ref && ref.isContainer()
					|| !object.eIsSet(feature)) {
				continue;
			}
			out.append(feature.getName()).append('=');
			Object value = object.eGet(feature, false);
			List<?> values = feature.isMany() ? (List<?>) value : java.util.Collections.singletonList(value);
			out.append('[');
			for (Object item : values) {
				if (feature instanceof EAttribute) {
					out.append(item);
				} else if (((EReference) feature).isContainment()) {
					write(root, (EObject) item, out);
				} else {
					reference(root, object, (EReference) feature, (EObject) item, out);
				}
				out.append(',');
			}
			out.append("] ");
		}
		out.append('}');
	}

	private static void reference(EObject root, EObject owner, EReference feature, EObject target, StringBuilder out) {
		if (target == null) {
			out.append("null");
		} else if (target.eIsProxy()) {
			out.append("unresolved:");
			for (INode node : NodeModelUtils.findNodesForFeature(owner, feature)) {
				for (ILeafNode leaf : node.getLeafNodes()) {
					if (!leaf.isHidden()) {
						out.append(leaf.getText());
					}
				}
				out.append('|');
			}
		} else if (EcoreUtil.isAncestor(root, target)) {
			out.append("→").append(EcoreUtil.getRelativeURIFragmentPath(root, target));
		} else {
			out.append("→").append(EcoreUtil.getURI(target));
		}
	}
}
