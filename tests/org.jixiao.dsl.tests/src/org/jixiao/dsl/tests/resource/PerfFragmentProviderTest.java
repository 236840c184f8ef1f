// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * The language's fragments are EMF's own: each object of each example gets the fragment a plain EMF
 * resource gives the same object in a copy of the tree, and the fragment leads back to the object.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfFragmentProviderTest {

	@Inject
	private PerfTestResources resources;

	static Stream<Path> examples() {
		return PerfTestSupport.exampleFiles().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void fragmentsAreEmfsAndResolve(Path example) {
		XtextResource resource = resources.loadFile(example);
		EcoreUtil.resolveAll(resource);
		Resource plain = new ResourceImpl(URI.createURI("memory:/plain.xmi"));
		plain.getContents().add(EcoreUtil.copy(resource.getContents().get(0)));

		int objects = 0;
		Iterator<EObject> copies = plain.getAllContents();
		for (Iterator<EObject> originals = resource.getAllContents(); originals.hasNext();) {
			EObject original = originals.next();
			EObject copy = copies.next();
			String fragment = resource.getURIFragment(original);
			assertThat(fragment).as("%s", original).isEqualTo(plain.getURIFragment(copy));
			assertThat(resource.getEObject(fragment)).isSameAs(original);
			objects++;
		}
		assertThat(copies.hasNext()).isFalse();
		assertThat(objects).isGreaterThan(10);
	}
}
