// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import org.eclipse.xtext.util.Modules2;
import org.jixiao.dsl.ide.PerfIdeModule;
import org.jixiao.dsl.ide.PerfIdeSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The injector of the IDE-neutral services (content assist, quick fixes) for tests, as
 * {@link PerfInjectorProvider} gives the runtime's: the workflow generates an injector provider for
 * the runtime only. One injector per run, registered globally for the duration of each test.
 */
public class PerfIdeInjectorProvider extends PerfInjectorProvider {

	@Override
	protected Injector internalCreateInjector() {
		return new PerfIdeSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules2.mixin(createRuntimeModule(), new PerfIdeModule()));
			}
		}.createInjectorAndDoEMFRegistration();
	}
}
