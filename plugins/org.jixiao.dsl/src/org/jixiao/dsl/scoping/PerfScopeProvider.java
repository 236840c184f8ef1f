// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.SimpleScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.jixiao.model.Framework;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.StageLink;

import com.google.inject.Inject;

/**
 * Resolves 一级.二级 category references (产出.数量) and section 一级 references against the
 * document's indicator framework, accepting every synonym the framework declares; a stage link's
 * declaration by its project code, or by its unit among the declarations of the link's year.
 */
public class PerfScopeProvider extends AbstractPerfScopeProvider {

	@Inject
	private PerfFrameworks frameworks;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == PerfPackage.Literals.INDICATOR__CATEGORY
				|| reference == PerfPackage.Literals.LIBRARY_ENTRY__CATEGORY) {
			Framework framework = frameworks.frameworkOf(context);
			return cached("level2", framework, context, () -> level2Scope(framework));
		}
		if (reference == PerfPackage.Literals.SECTION_WEIGHT__LEVEL1) {
			Framework framework = frameworks.frameworkOf(context);
			return cached("level1", framework, context, () -> level1Scope(framework));
		}
		if (reference == PerfPackage.Literals.STAGE_LINK__DEPARTMENT && context instanceof StageLink link) {
			return new PerfDeclarationScope(super.getScope(context, reference), context, link.getYear());
		}
		if (reference == PerfPackage.Literals.STAGE_LINK__PROJECT) {
			return new PerfDeclarationScope(super.getScope(context, reference), context, null);
		}
		return super.getScope(context, reference);
	}

	private IScope cached(String kind, Framework framework, EObject context, java.util.function.Supplier<IScope> scope) {
		if (framework == null) {
			return IScope.NULLSCOPE;
		}
		return cache.get(Tuples.create(kind, framework), context.eResource(), scope::get);
	}

	private static IScope level1Scope(Framework framework) {
		List<IEObjectDescription> result = new ArrayList<>();
		for (Level1Category level1 : framework.getLevel1s()) {
			for (String name : PerfCategoryNames.of(level1)) {
				result.add(EObjectDescription.create(QualifiedName.create(name), level1));
			}
		}
		return new SimpleScope(result);
	}

	/** Canonical 一级.二级 first, so that serialisation writes the canonical form. */
	private static IScope level2Scope(Framework framework) {
		List<IEObjectDescription> result = new ArrayList<>();
		for (Level1Category level1 : framework.getLevel1s()) {
			List<String> level1Names = PerfCategoryNames.of(level1);
			for (Level2Category level2 : level1.getLevel2s()) {
				for (String level2Name : PerfCategoryNames.of(level2)) {
					for (String level1Name : level1Names) {
						result.add(EObjectDescription.create(QualifiedName.create(level1Name, level2Name), level2));
					}
				}
			}
		}
		return new SimpleScope(result);
	}
}
