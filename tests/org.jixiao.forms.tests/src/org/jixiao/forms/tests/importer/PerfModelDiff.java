// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.jixiao.model.Category;
import org.jixiao.model.Form;
import org.jixiao.model.Framework;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;

/**
 * The semantic differences between two forms: every attribute and contained object of the
 * metamodel is compared (so a new field is compared without changing this class), numbers by
 * value (100.0 equals 100), categories and frameworks by their canonical names. Comments and
 * layout of the text are not part of the model and do not count, nor are transient features: they
 * keep how the text spells a value (the comparator's spelling, ≥ or >=), not what it means.
 */
public final class PerfModelDiff {

	private PerfModelDiff() {
	}

	/** One difference: the path of the feature (goals[1].indicators[0].value) and both sides. */
	public record Difference(String path, String expected, String actual) {

		@Override
		public String toString() {
			return path + ": " + expected + " ≠ " + actual;
		}
	}

	public static List<Difference> of(Form expected, Form actual) {
		List<Difference> differences = new ArrayList<>();
		compare(expected, actual, "", differences);
		return differences;
	}

	private static void compare(EObject a, EObject b, String path, List<Difference> out) {
		if (a.eClass() != b.eClass()) {
			out.add(new Difference(path, a.eClass().getName(), b.eClass().getName()));
			return;
		}
		for (EStructuralFeature feature : a.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient()) {
				continue;
			}
			String at = path.isEmpty() ? feature.getName() : path + "." + feature.getName();
			Object x = a.eGet(feature);
			Object y = b.eGet(feature);
			if (feature instanceof EAttribute) {
				if (!same(x, y)) {
					out.add(new Difference(at, String.valueOf(x), String.valueOf(y)));
				}
			} else if (((EReference) feature).isContainment()) {
				if (feature.isMany()) {
					List<?> xs = (List<?>) x;
					List<?> ys = (List<?>) y;
					if (xs.size() != ys.size()) {
						out.add(new Difference(at + ".size", Integer.toString(xs.size()), Integer.toString(ys.size())));
					}
					for (int i = 0; i < Math.min(xs.size(), ys.size()); i++) {
						compare((EObject) xs.get(i), (EObject) ys.get(i), at + "[" + i + "]", out);
					}
				} else if (x == null || y == null) {
					if (x != y) {
						out.add(new Difference(at, String.valueOf(x == null ? null : ((EObject) x).eClass().getName()),
								String.valueOf(y == null ? null : ((EObject) y).eClass().getName())));
					}
				} else {
					compare((EObject) x, (EObject) y, at, out);
				}
			} else if (!feature.isMany() && !Objects.equals(name((EObject) x), name((EObject) y))) {
				out.add(new Difference(at, name((EObject) x), name((EObject) y)));
			}
		}
	}

	private static boolean same(Object x, Object y) {
		if (x instanceof BigDecimal p && y instanceof BigDecimal q) {
			return p.compareTo(q) == 0;
		}
		if (x instanceof List<?> p && y instanceof List<?> q) {
			return p.equals(q);
		}
		return Objects.equals(x, y);
	}

	private static String name(EObject object) {
		if (object instanceof Level2Category two) {
			return ((Level1Category) two.eContainer()).getName() + "." + two.getName();
		}
		if (object instanceof Category category) {
			return category.getName();
		}
		if (object instanceof Framework framework) {
			return framework.getName();
		}
		return object == null ? null : object.toString();
	}
}
