// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * The declarations a stage link may name ({@code follows project "CODE"}, {@code follows department
 * "UNIT" year N}), nearest first: the link's own file, then its folder, then the rest of the
 * workspace, so that a year kept in a folder of its own finds its declaration there even where
 * another folder holds one of the same name. A department is named by its unit alone among the
 * declarations of the link's year: they are exported as unit and year ({@code PerfQualifiedNameProvider}).
 * One declaration seen both in its own file and in the index counts once. Names are looked up
 * directly (never by listing all, which linking should not do).
 */
final class PerfDeclarationScope implements IScope {

	private final IScope candidates;
	private final String year;
	private final URI own;

	/** {@code year} null for projects, named by their code alone. */
	PerfDeclarationScope(IScope candidates, EObject context, Integer year) {
		this.candidates = candidates;
		this.year = year == null ? null : String.valueOf(year);
		this.own = context.eResource() == null ? null : context.eResource().getURI();
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		List<IEObjectDescription> found = getElements(name);
		return found.isEmpty() ? null : found.get(0);
	}

	@Override
	public List<IEObjectDescription> getElements(QualifiedName name) {
		return nearestFirst(candidates.getElements(year == null ? name : name.append(year)));
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		List<IEObjectDescription> found = getElements(object);
		return found.isEmpty() ? null : found.get(0);
	}

	@Override
	public List<IEObjectDescription> getElements(EObject object) {
		return nearestFirst(candidates.getElements(object));
	}

	@Override
	public List<IEObjectDescription> getAllElements() {
		return nearestFirst(candidates.getAllElements());
	}

	private List<IEObjectDescription> nearestFirst(Iterable<IEObjectDescription> descriptions) {
		Map<URI, IEObjectDescription> unique = new LinkedHashMap<>();
		for (IEObjectDescription description : descriptions) {
			QualifiedName name = description.getName();
			if (year == null) {
				unique.putIfAbsent(description.getEObjectURI(), description);
			} else if (name.getSegmentCount() > 1 && year.equals(name.getLastSegment())) {
				unique.putIfAbsent(description.getEObjectURI(),
						EObjectDescription.create(name.skipLast(1), description.getEObjectOrProxy()));
			}
		}
		List<IEObjectDescription> result = new ArrayList<>(unique.values());
		result.sort(Comparator.comparingInt(d -> distance(d.getEObjectURI().trimFragment())));
		return result;
	}

	/** 0 for the same file, 1 for the same folder, 2 for anywhere else. */
	private int distance(URI other) {
		if (own == null) {
			return 2;
		}
		if (own.equals(other)) {
			return 0;
		}
		return own.trimSegments(1).equals(other.trimSegments(1)) ? 1 : 2;
	}
}
