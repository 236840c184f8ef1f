// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;
import org.jixiao.model.PerfPackage;

import com.google.inject.Inject;

/**
 * EMF's walk over a document for the checks, without visiting the objects that no check of
 * {@link PerfValidator} applies to and that contain none it applies to: the values of indicators,
 * the points of a spending plan. They are more than half of a project file's objects, and each visit
 * cost Xtext's check dispatch although nothing ran (docs/benchmarks.md). Which classes are visited
 * follows from the {@link Check} methods' parameter types and the metamodel's containment, so a new
 * check on any class is visited without a change here.
 */
public class PerfDiagnostician extends CancelableDiagnostician {

	/** The classes of the language whose objects must be visited: checked ones and those containing them. */
	private static final Set<EClass> VISITED = visitedClasses(PerfPackage.eINSTANCE, checkedTypes(PerfValidator.class));

	@Inject
	public PerfDiagnostician(EValidator.Registry registry) {
		super(registry);
	}

	@Override
	protected boolean doValidateContents(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		checkCanceled(context);
		boolean result = true;
		for (Iterator<EObject> children = object.eContents().iterator(); children.hasNext()
				&& (result || diagnostics != null);) {
			EObject child = children.next();
			if (isVisited(child.eClass())) {
				result &= validate(child, diagnostics, context);
			}
		}
		return result;
	}

	/** Objects of other languages are always visited: their checks are not known here. */
	private static boolean isVisited(EClass type) {
		return type.getEPackage() != PerfPackage.eINSTANCE || VISITED.contains(type);
	}

	/** The parameter types of the check methods of a validator and of the validators it composes. */
	public static List<Class<?>> checkedTypes(Class<?> validator) {
		List<Class<?>> types = new ArrayList<>();
		ComposedChecks composed = validator.getAnnotation(ComposedChecks.class);
		if (composed != null) {
			for (Class<?> part : composed.validators()) {
				types.addAll(checkedTypes(part));
			}
		}
		for (Class<?> type = validator; type != null; type = type.getSuperclass()) {
			for (Method method : type.getDeclaredMethods()) {
				if (method.isAnnotationPresent(Check.class) && method.getParameterCount() == 1) {
					types.add(method.getParameterTypes()[0]);
				}
			}
		}
		return types;
	}

	/**
	 * The classes of a package that a check applies to, and (repeatedly) those with a containment
	 * reference that can hold an object of such a class.
	 */
	public static Set<EClass> visitedClasses(EPackage ePackage, List<Class<?>> checkedTypes) {
		List<EClass> classes = new ArrayList<>();
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			if (classifier instanceof EClass type) {
				classes.add(type);
			}
		}
		Set<EClass> visited = new HashSet<>();
		for (EClass type : classes) {
			if (checkedTypes.stream().anyMatch(checked -> checked.isAssignableFrom(type.getInstanceClass()))) {
				visited.add(type);
			}
		}
		for (boolean grown = true; grown;) {
			grown = false;
			for (EClass type : classes) {
				if (!visited.contains(type) && containsAnyOf(type, visited)) {
					visited.add(type);
					grown = true;
				}
			}
		}
		return Set.copyOf(visited);
	}

	private static boolean containsAnyOf(EClass type, Set<EClass> visited) {
		for (EReference reference : type.getEAllContainments()) {
			EClass held = reference.getEReferenceType();
			// a reference typed with a class can hold any of its subclasses
			if (visited.stream().anyMatch(held::isSuperTypeOf)) {
				return true;
			}
		}
		return false;
	}
}
