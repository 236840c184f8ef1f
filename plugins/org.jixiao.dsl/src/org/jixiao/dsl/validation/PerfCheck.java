// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import org.jixiao.dsl.model.PerfSourceText;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.jixiao.model.PerfPackage;

import com.google.inject.Inject;

/**
 * Base of the checks composed into {@link PerfValidator}: severities come from the issue code
 * (profile and preferences), issues are placed on the exact written text.
 */
public abstract class PerfCheck extends AbstractDeclarativeValidator {

	@Inject
	protected PerfProfile profile;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(PerfPackage.eINSTANCE);
	}

	/** Composed checks run through {@link PerfValidator}; they do not register themselves. */
	@Override
	public void register(EValidatorRegistrar registrar) {
	}

	/**
	 * A value computed once per validation run (one Diagnostician pass over a document) and shared by
	 * every check of that run: cheaper than a resource-scoped cache looked up for each indicator.
	 */
	@SuppressWarnings("unchecked")
	protected <T> T perRun(Object key, Supplier<T> compute) {
		Map<Object, Object> context = getContext();
		if (context == null) {
			return compute.get();
		}
		Object value = context.get(key);
		if (value == null) {
			value = compute.get();
			context.put(key, value);
		}
		return (T) value;
	}

	/** An issue on the written text of a feature (or of the whole object when it has no node). */
	protected void report(String code, String message, EObject object, EStructuralFeature feature, String... data) {
		INode node = feature == null ? null : PerfSourceText.node(object, feature);
		if (node == null) {
			node = PerfSourceText.node(object);
		}
		report(code, message, object, node, data);
	}

	/** An issue on the whole written text of an object. */
	protected void reportOn(String code, String message, EObject object, String... data) {
		report(code, message, object, PerfSourceText.node(object), data);
	}

	/** An issue on the written text of a node. */
	protected void report(String code, String message, EObject object, INode node, String... data) {
		if (node == null) {
			addIssue(message, object, null, code, data);
		} else {
			addIssue(message, object, node.getOffset(), node.getLength(), code, data);
		}
	}
}
