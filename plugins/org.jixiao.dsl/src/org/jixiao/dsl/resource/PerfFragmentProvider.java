package org.jixiao.dsl.resource;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
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
			segments.add(segment((InternalEObject) container, child));
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

	/**
	 * EMF's segment ({@code @goals.0}); for an object in a long containment list (a file's 500 forms)
	 * its position is taken from the positions last indexed for that list, confirmed by looking at that
	 * position, instead of EMF's search from the start for every issue.
	 */
	private String segment(InternalEObject container, EObject child) {
		EStructuralFeature feature = child.eContainingFeature();
		if (feature instanceof EReference && feature.isMany() && container.eGet(feature, false) instanceof List<?> list
				&& list.size() > 16) {
			return "@" + feature.getName() + "." + position(list, child);
		}
		return container.eURIFragmentSegment(feature, child);
	}

	/**
	 * The list last indexed and its objects' positions, replaced together. Each resource has its own
	 * provider (not a singleton), so only that resource's objects are held.
	 */
	private volatile Positions positions;

	private record Positions(List<?> list, Map<Object, Integer> index) {
	}

	private int position(List<?> list, EObject child) {
		Positions known = positions;
		if (known != null && known.list() == list) {
			Integer position = known.index().get(child);
			if (position != null && position < list.size() && list.get(position) == child) {
				return position;
			}
		}
		Map<Object, Integer> index = new IdentityHashMap<>(list.size() * 2);
		for (int i = 0; i < list.size(); i++) {
			index.put(list.get(i), i);
		}
		positions = new Positions(list, index);
		Integer position = index.get(child);
		return position == null ? -1 : position;
	}

	@Override
	public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
		return fallback.getEObject(fragment);
	}
}
