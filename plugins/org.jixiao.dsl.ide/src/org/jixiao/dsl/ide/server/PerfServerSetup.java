// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.server;

import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;
import org.jixiao.dsl.PerfRuntimeModule;
import org.jixiao.dsl.PerfStandaloneSetup;
import org.jixiao.dsl.ide.PerfIdeModule;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * The two injectors of {@code jixiao lsp}: the language's (runtime, IDE services, server
 * additions) and the server's (Xtext's ServerModule with Jixiao's server and the .perf language
 * registered directly, not through a service-loader lookup that depends on how the jars are packed).
 */
public final class PerfServerSetup {

	/** The file extension of the language. */
	public static final String EXTENSION = "perf";

	private final Injector language;
	private final Injector server;

	public PerfServerSetup() {
		language = new PerfStandaloneSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(
						Modules2.mixin(new PerfRuntimeModule(), new PerfIdeModule(), new PerfServerLanguageModule()));
			}
		}.createInjectorAndDoEMFRegistration();
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put(EXTENSION, language.getInstance(IResourceServiceProvider.class));
		server = Guice.createInjector(Modules.override(new ServerModule()).with(binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry);
			binder.bind(org.eclipse.lsp4j.services.LanguageServer.class).to(PerfLanguageServer.class);
		}));
	}

	/** The language's injector: its profile ({@code PerfProfile}) is the one the server validates with. */
	public Injector language() {
		return language;
	}

	/** A new language server; one per connection. */
	public PerfLanguageServer newServer() {
		return server.getInstance(PerfLanguageServer.class);
	}
}
