// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.containers.DelegatingIAllContainerAdapter;
import org.eclipse.xtext.resource.containers.IAllContainersState;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescription;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;

/**
 * What the files of one run declare for each other — frameworks and indicator libraries, by name
 * and URI — without their documents: the global scope of a resource set reads it instead of the
 * documents loaded in the set, so that a run can check one file at a time and still see what the
 * others declare (every file in one container, as when all of them are loaded).
 */
final class PerfIndex {

	private static final String CONTAINER = "perf";

	private final List<IResourceDescription> descriptions = new ArrayList<>();
	private final Set<URI> uris = new LinkedHashSet<>();

	/**
	 * Adds what a document exports, and nothing else: its exported names by URI, not its objects,
	 * and not its references (which would be resolved, loading every file it uses, only to be kept unused).
	 */
	void add(IResourceDescription description) {
		List<SerializableEObjectDescription> exported = new ArrayList<>();
		for (IEObjectDescription object : description.getExportedObjects()) {
			SerializableEObjectDescription copy = new SerializableEObjectDescription();
			copy.setEObjectURI(object.getEObjectURI());
			copy.setEClass(object.getEClass());
			copy.setQualifiedName(object.getQualifiedName());
			HashMap<String, String> userData = new HashMap<>();
			for (String key : object.getUserDataKeys()) {
				userData.put(key, object.getUserData(key));
			}
			copy.setUserData(userData);
			exported.add(copy);
		}
		SerializableResourceDescription copy = new SerializableResourceDescription();
		copy.setURI(description.getURI());
		copy.setDescriptions(exported);
		copy.setReferences(List.of());
		copy.setImportedNames(List.of());
		descriptions.add(copy);
		uris.add(description.getURI());
	}

	/** Makes the index what the resource set's global scope sees. */
	void install(ResourceSet resourceSet) {
		// attaches itself to the resource set, where the descriptions provider looks first
		new Descriptions(Map.of(CONTAINER, new ResourceDescriptionsData(descriptions)), resourceSet);
		resourceSet.eAdapters().add(new DelegatingIAllContainerAdapter(new OneContainer(uris)));
	}

	/** The index as the container manager needs it: aware of its resource set. */
	private static final class Descriptions extends ChunkedResourceDescriptions
			implements IResourceDescriptions.IResourceSetAware {

		private static final long serialVersionUID = 1L;

		Descriptions(Map<String, ResourceDescriptionsData> data, ResourceSet resourceSet) {
			super(data, resourceSet);
		}
	}

	/** Every file of the run in one container, as the command line has always seen them. */
	private record OneContainer(Collection<URI> uris) implements IAllContainersState {

		@Override
		public boolean isEmpty(String handle) {
			return uris.isEmpty();
		}

		@Override
		public List<String> getVisibleContainerHandles(String handle) {
			return List.of(CONTAINER);
		}

		@Override
		public Collection<URI> getContainedURIs(String handle) {
			return uris;
		}

		@Override
		public String getContainerHandle(URI uri) {
			return CONTAINER;
		}
	}
}
