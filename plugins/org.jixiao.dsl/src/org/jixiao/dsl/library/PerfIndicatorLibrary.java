// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.library;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.jixiao.dsl.scoping.PerfLibrary;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorLibrary;
import org.jixiao.model.Level2Category;
import org.jixiao.model.LibraryEntry;
import org.jixiao.model.PerfPackage;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The indicator library (指标库) as seen from a document: the entries shipped with Jixiao, overridden
 * by the entries of any library declared in the document's project (same 二级 and name).
 */
@Singleton
public class PerfIndicatorLibrary {

	@Inject
	private PerfLibrary shipped;

	@Inject
	private ResourceDescriptionsProvider descriptionsProvider;

	@Inject
	private IResourceScopeCache cache;

	private volatile Map<String, LibraryEntry> shippedIndex;

	/** All entries visible from the context, project entries replacing shipped ones with the same key. */
	public List<LibraryEntry> entries(Resource context) {
		return entries(context == null ? null : context.getResourceSet());
	}

	/** All entries visible in a resource set (its files and the shipped library). */
	public List<LibraryEntry> entries(ResourceSet context) {
		return new ArrayList<>(index(context).values());
	}

	/** Entries for a 二级 category, matched by its canonical name so that every framework finds them. */
	public List<LibraryEntry> entries(Resource context, Level2Category category) {
		if (category == null || category.eIsProxy()) {
			return List.of();
		}
		return entries(context).stream().filter(e -> category.getName().equals(e.getCategory().getName())).toList();
	}

	/**
	 * The entry an indicator was written from, if the library has one. The lookup table is kept per
	 * document until it changes, since validation asks this for every indicator.
	 */
	public Optional<LibraryEntry> entryFor(Indicator indicator) {
		return entryFor(table(indicator.eResource()), indicator);
	}

	/** The lookup table of a document, kept until it changes: for callers that look up many indicators. */
	public Map<String, LibraryEntry> table(Resource resource) {
		return resource == null ? shippedIndex() : cache.get(PerfIndicatorLibrary.class, resource, () -> index(resource.getResourceSet()));
	}

	/** The entry an indicator was written from, looked up in a document's {@link #table(Resource) table}. */
	public static Optional<LibraryEntry> entryFor(Map<String, LibraryEntry> table, Indicator indicator) {
		if (indicator.getCategory() == null || indicator.getCategory().eIsProxy() || indicator.getName() == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(table.get(key(indicator.getCategory(), indicator.getName())));
	}

	/** Shipped entries by key, overridden by the project's; the shipped table alone is shared. */
	private Map<String, LibraryEntry> index(ResourceSet context) {
		List<IndicatorLibrary> project = projectLibraries(context);
		if (project.isEmpty()) {
			return shippedIndex();
		}
		Map<String, LibraryEntry> byKey = new LinkedHashMap<>(shippedIndex());
		for (IndicatorLibrary library : project) {
			library.getEntries().stream().filter(e -> e.getCategory() != null && !e.getCategory().eIsProxy())
					.forEach(e -> byKey.put(key(e), e));
		}
		return byKey;
	}

	private Map<String, LibraryEntry> shippedIndex() {
		Map<String, LibraryEntry> result = shippedIndex;
		if (result == null) {
			Map<String, LibraryEntry> byKey = new LinkedHashMap<>();
			for (IndicatorLibrary library : shipped.getIndicatorLibraries()) {
				library.getEntries().forEach(e -> byKey.put(key(e), e));
			}
			result = Collections.unmodifiableMap(byKey);
			shippedIndex = result;
		}
		return result;
	}

	private List<IndicatorLibrary> projectLibraries(ResourceSet context) {
		List<IndicatorLibrary> result = new ArrayList<>();
		if (context == null) {
			return result;
		}
		IResourceDescriptions index = descriptionsProvider.getResourceDescriptions(context);
		for (IEObjectDescription description : index.getExportedObjectsByType(PerfPackage.Literals.INDICATOR_LIBRARY)) {
			EObject library = context.getEObject(description.getEObjectURI(), true);
			if (library instanceof IndicatorLibrary indicatorLibrary) {
				result.add(indicatorLibrary);
			}
		}
		return result;
	}

	public static String key(LibraryEntry entry) {
		return key(entry.getCategory(), entry.getName());
	}

	private static String key(Level2Category category, String name) {
		return category.getName() + "/" + PerfIndicatorNames.normalise(name);
	}
}
