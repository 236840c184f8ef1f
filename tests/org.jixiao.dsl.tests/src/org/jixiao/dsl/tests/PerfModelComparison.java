// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Compares two models feature by feature and names the first difference by its path: attributes by
 * value, contained objects recursively, and references by target: a target inside the compared
 * trees by its path there, any other (a shipped framework's category) by identity or URI, so that
 * references resolved to the same object count as equal.
 */
public final class PerfModelComparison {

	private PerfModelComparison() {
	}

	/** The first difference between the two models ("goals[0].indicators[2].comparatorSpelling: ≥ ≠ >="), or null. */
	public static String firstDifference(EObject expected, EObject actual) {
		return compare(expected, actual, expected, actual, "");
	}

	private static String compare(EObject rootA, EObject rootB, EObject a, EObject b, String path) {
		if (a == null || b == null) {
			return a == b ? null : path + ": " + describe(a) + " ≠ " + describe(b);
		}
		if (a.eClass() != b.eClass()) {
			return path + ": " + a.eClass().getName() + " ≠ " + b.eClass().getName();
		}
		for (EStructuralFeature feature : a.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature instanceof EReference ref && ref.isContainer()) {
				continue;
			}
			String at = (path.isEmpty() ? "" : path + ".") + feature.getName();
			if (feature.isUnsettable() && a.eIsSet(feature) != b.eIsSet(feature)) {
				return at + ": set " + a.eIsSet(feature) + " ≠ " + b.eIsSet(feature);
			}
			List<?> valuesA = values(a, feature);
			List<?> valuesB = values(b, feature);
			if (valuesA.size() != valuesB.size()) {
				return at + ": " + valuesA.size() + " values ≠ " + valuesB.size();
			}
			for (int i = 0; i < valuesA.size(); i++) {
				String item = feature.isMany() ? at + "[" + i + "]" : at;
				String difference = compare(rootA, rootB, feature, valuesA.get(i), valuesB.get(i), item);
				if (difference != null) {
					return difference;
				}
			}
		}
		return null;
	}

	private static String compare(EObject rootA, EObject rootB, EStructuralFeature feature, Object a, Object b, String path) {
		if (feature instanceof EAttribute) {
			return Objects.equals(a, b) ? null : path + ": " + a + " ≠ " + b;
		}
		EReference reference = (EReference) feature;
		if (reference.isContainment()) {
			return compare(rootA, rootB, (EObject) a, (EObject) b, path);
		}
		EObject targetA = (EObject) a;
		EObject targetB = (EObject) b;
		boolean insideA = targetA != null && EcoreUtil.isAncestor(rootA, targetA);
		boolean insideB = targetB != null && EcoreUtil.isAncestor(rootB, targetB);
		if (insideA || insideB) {
			String pathA = insideA ? EcoreUtil.getRelativeURIFragmentPath(rootA, targetA) : describe(targetA);
			String pathB = insideB ? EcoreUtil.getRelativeURIFragmentPath(rootB, targetB) : describe(targetB);
			return insideA == insideB && pathA.equals(pathB) ? null : path + ": → " + pathA + " ≠ → " + pathB;
		}
		if (targetA == targetB || targetA != null && targetB != null && !targetA.eIsProxy()
				&& EcoreUtil.getURI(targetA).equals(EcoreUtil.getURI(targetB))) {
			return null;
		}
		return path + ": → " + describe(targetA) + " ≠ → " + describe(targetB);
	}

	private static List<?> values(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature);
		if (feature.isMany()) {
			return (List<?>) value;
		}
		return value == null ? List.of() : List.of(value);
	}

	private static String describe(EObject object) {
		return object == null ? "null" : object.eIsProxy() ? "proxy " + EcoreUtil.getURI(object) : String.valueOf(EcoreUtil.getURI(object));
	}
}
