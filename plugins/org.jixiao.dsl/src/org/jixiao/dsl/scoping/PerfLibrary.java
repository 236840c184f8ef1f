// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.scoping;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.jixiao.model.DocumentElement;
import org.jixiao.model.Framework;
import org.jixiao.model.IndicatorLibrary;
import org.jixiao.model.PerfDocument;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The data shipped with Jixiao as .perf files in this bundle: the indicator frameworks and the
 * indicator library. They are parsed once into a private resource set, fully linked, and shared
 * (read-only) by every document; what a user's own files declare takes precedence.
 */
@Singleton
public class PerfLibrary {

	/** Framework files under {@code org/jixiao/dsl/library/}. */
	public static final List<String> FILES = List.of("classic.perf", "central2021.perf", "hubei2020.perf");

	/** Indicator library files under {@code org/jixiao/dsl/library/}. */
	public static final List<String> INDICATOR_FILES = List.of("indicators-seeds.perf", "indicators-common.perf",
			"indicators-common-2021.perf");

	/** The framework used by a document that declares none. */
	public static final String DEFAULT_FRAMEWORK = "经典";

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	private XtextResourceSet resourceSet;
	private volatile List<Framework> frameworks;
	private volatile List<IndicatorLibrary> indicatorLibraries;

	public List<Framework> getFrameworks() {
		List<Framework> result = frameworks;
		if (result == null) {
			synchronized (this) {
				if (frameworks == null) {
					frameworks = List.copyOf(load(FILES, Framework.class));
				}
				result = frameworks;
			}
		}
		return result;
	}

	/** The shipped indicator libraries, their categories linked against the shipped frameworks. */
	public List<IndicatorLibrary> getIndicatorLibraries() {
		List<IndicatorLibrary> result = indicatorLibraries;
		if (result == null) {
			getFrameworks();
			synchronized (this) {
				if (indicatorLibraries == null) {
					List<IndicatorLibrary> loaded = load(INDICATOR_FILES, IndicatorLibrary.class);
					// Link everything now, under the lock: the objects are then read from many threads.
					EcoreUtil.resolveAll(resourceSet);
					indicatorLibraries = List.copyOf(loaded);
				}
				result = indicatorLibraries;
			}
		}
		return result;
	}

	private <T extends DocumentElement> List<T> load(List<String> files, Class<T> type) {
		if (resourceSet == null) {
			resourceSet = resourceSetProvider.get();
		}
		List<T> result = new ArrayList<>();
		for (String file : files) {
			URL url = PerfLibrary.class.getResource("/org/jixiao/dsl/library/" + file);
			if (url == null) {
				throw new IllegalStateException("随软件提供的数据文件缺失: " + file);
			}
			Resource resource = resourceFactory.createResource(URI.createURI(url.toString()));
			resourceSet.getResources().add(resource);
			try (InputStream in = url.openStream()) {
				resource.load(in, resourceSet.getLoadOptions());
			} catch (IOException e) {
				throw new IllegalStateException("无法读取随软件提供的数据文件: " + file, e);
			}
			if (!resource.getErrors().isEmpty()) {
				throw new IllegalStateException("随软件提供的数据文件有语法错误: " + file + ": " + resource.getErrors().get(0));
			}
			for (var content : resource.getContents()) {
				if (content instanceof PerfDocument document) {
					document.getElements().stream().filter(type::isInstance).map(type::cast).forEach(result::add);
				}
			}
		}
		return result;
	}
}
