package org.jixiao.dsl.scoping;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.jixiao.model.Framework;
import org.jixiao.model.PerfDocument;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The indicator frameworks shipped with Jixiao, declared as .perf data in this bundle. They are
 * parsed once into a private resource set and shared (read-only) by every document; frameworks
 * declared in a user's own files take precedence over them.
 */
@Singleton
public class PerfLibrary {

	/** Library files under {@code org/jixiao/dsl/library/}. */
	public static final List<String> FILES = List.of("classic.perf", "central2021.perf", "hubei2020.perf");

	/** The framework used by a document that declares none. */
	public static final String DEFAULT_FRAMEWORK = "经典";

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	private volatile List<Framework> frameworks;

	public List<Framework> getFrameworks() {
		List<Framework> result = frameworks;
		if (result == null) {
			synchronized (this) {
				result = frameworks;
				if (result == null) {
					result = Collections.unmodifiableList(load());
					frameworks = result;
				}
			}
		}
		return result;
	}

	private List<Framework> load() {
		XtextResourceSet resourceSet = resourceSetProvider.get();
		List<Framework> result = new ArrayList<>();
		for (String file : FILES) {
			URL url = PerfLibrary.class.getResource("/org/jixiao/dsl/library/" + file);
			if (url == null) {
				throw new IllegalStateException("指标框架库文件缺失: " + file);
			}
			Resource resource = resourceFactory.createResource(URI.createURI(url.toString()));
			resourceSet.getResources().add(resource);
			try (InputStream in = url.openStream()) {
				resource.load(in, resourceSet.getLoadOptions());
			} catch (IOException e) {
				throw new IllegalStateException("无法读取指标框架库文件: " + file, e);
			}
			if (!resource.getErrors().isEmpty()) {
				throw new IllegalStateException("指标框架库文件有语法错误: " + file + ": " + resource.getErrors().get(0));
			}
			for (var content : resource.getContents()) {
				if (content instanceof PerfDocument document) {
					document.getElements().stream().filter(Framework.class::isInstance).map(Framework.class::cast)
							.forEach(result::add);
				}
			}
		}
		return result;
	}
}
