// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.resource;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IFragmentProvider;

/**
 * EMF's own path fragments ({@code //@elements.3/@goals.0/@indicators.5}), built without EMF's
 * global segment pool: every reported issue carries the URI of its object, and interning each path
 * cost validation more than some of the rules (docs/benchmarks.md). The text is the same as EMF's,
 * so fragments resolve as before; anything unusual (objects outside their resource's tree, ID
 * attributes) is left to EMF.
 */
public class PerfFragmentProvider implements IFragmentProvider {

	@Override
	public String getFragment(EObject object, Fallback fallback) {
		Resource resource = object.eResource();
		if (resource == null || object.eClass().getEIDAttribute() != null) {
			return fallback.getFragment(object);
		}
		List<String> segments = new ArrayList<>();
		EObject child = object;
		for (EObject container = child.eContainer(); container != null; child = container, container = container.eContainer()) {
			if (container.eClass().getEIDAttribute() != null) {
				return fallback.getFragment(object);
			}
			segments.add(((InternalEObject) container).eURIFragmentSegment(child.eContainingFeature(), child));
		}
		List<EObject> roots = resource.getContents();
		int index = roots.size() == 1 && roots.get(0) == child ? 0 : roots.indexOf(child);
		if (index < 0) {
			return fallback.getFragment(object);
		}
		StringBuilder fragment = new StringBuilder("/");
		if (roots.size() > 1) {
			fragment.append(index);
		}
		for (int i = segments.size() - 1; i >= 0; i--) {
			fragment.append('/').append(segments.get(i));
		}
		return fragment.toString();
	}

	@Override
	public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
		return fallback.getEObject(fragment);
	}
}
