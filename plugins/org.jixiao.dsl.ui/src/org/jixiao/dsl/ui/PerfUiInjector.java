package org.jixiao.dsl.ui;

import org.jixiao.dsl.ide.PerfIdeSetup;

import com.google.inject.Injector;

/**
 * The one Guice injector of the language with its IDE-neutral services ({@code org.jixiao.dsl.ide}),
 * shared by the editor, the builder and the commands. Created on first use; creating it also
 * registers the language with EMF (resource factory for {@code .perf}).
 */
public final class PerfUiInjector {

	private static volatile Injector injector;

	private PerfUiInjector() {
	}

	public static Injector get() {
		Injector result = injector;
		if (result == null) {
			synchronized (PerfUiInjector.class) {
				result = injector;
				if (result == null) {
					result = new PerfIdeSetup().createInjectorAndDoEMFRegistration();
					injector = result;
				}
			}
		}
		return result;
	}

	/** Shortcut for {@code get().getInstance(type)}. */
	public static <T> T getInstance(Class<T> type) {
		return get().getInstance(type);
	}
}
