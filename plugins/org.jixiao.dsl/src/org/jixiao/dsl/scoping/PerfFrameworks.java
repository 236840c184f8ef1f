// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.jixiao.model.Framework;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.PerfPackage;

import com.google.inject.Inject;

/** Finds the indicator framework that applies to a model element. */
public class PerfFrameworks {

	@Inject
	private IGlobalScopeProvider globalScopeProvider;

	@Inject
	private IResourceScopeCache cache;

	/**
	 * The framework named by the document's {@code uses framework}, or the default framework when
	 * the document names none or names one that does not exist (that error is reported once, on the
	 * {@code uses} line, instead of on every indicator).
	 */
	public Framework frameworkOf(EObject context) {
		// One framework per document: cached on the resource, dropped when the resource changes.
		if (context.eResource() == null) {
			return lookUp(context);
		}
		return cache.get("perf.framework", context.eResource(), () -> lookUp(context));
	}

	private Framework lookUp(EObject context) {
		PerfDocument document = EcoreUtil2.getContainerOfType(context, PerfDocument.class);
		if (document != null && document.eIsSet(PerfPackage.Literals.PERF_DOCUMENT__FRAMEWORK)) {
			Framework declared = document.getFramework();
			if (declared != null && !declared.eIsProxy()) {
				return declared;
			}
		}
		return byName(context, PerfLibrary.DEFAULT_FRAMEWORK);
	}

	/** The framework visible from the context under the given name, or null. */
	public Framework byName(EObject context, String name) {
		IEObjectDescription description = globalScopeProvider
				.getScope(context.eResource(), PerfPackage.Literals.PERF_DOCUMENT__FRAMEWORK, null)
				.getSingleElement(QualifiedName.create(name));
		if (description == null) {
			return null;
		}
		EObject framework = EcoreUtil.resolve(description.getEObjectOrProxy(), context);
		return framework instanceof Framework f && !f.eIsProxy() ? f : null;
	}
}
