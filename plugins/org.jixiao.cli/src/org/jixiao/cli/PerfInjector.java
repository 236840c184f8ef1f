// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import org.jixiao.dsl.PerfStandaloneSetup;

import com.google.inject.Injector;

/** The language injector of the command line, created once per process. */
final class PerfInjector {

	private static Injector injector;

	private PerfInjector() {
	}

	static synchronized Injector get() {
		if (injector == null) {
			injector = new PerfStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
