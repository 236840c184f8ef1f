// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.SimpleScope;
import org.jixiao.model.PerfPackage;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/** Adds the shipped frameworks behind those the workspace declares, which shadow them by name. */
public class PerfGlobalScopeProvider extends DefaultGlobalScopeProvider {

	@Inject
	private PerfLibrary library;

	@Override
	protected IScope getScope(Resource resource, boolean ignoreCase, EClass type,
			Predicate<IEObjectDescription> filter) {
		IScope workspace = super.getScope(resource, ignoreCase, type, filter);
		if (!PerfPackage.Literals.FRAMEWORK.isSuperTypeOf(type)) {
			return workspace;
		}
		List<IEObjectDescription> shipped = library.getFrameworks().stream()
				.map(f -> EObjectDescription.create(QualifiedName.create(f.getName()), f))
				.filter(d -> filter == null || filter.apply(d)).map(IEObjectDescription.class::cast).toList();
		return new SimpleScope(new SimpleScope(IScope.NULLSCOPE, shipped, ignoreCase), workspace.getAllElements(),
				ignoreCase);
	}
}
