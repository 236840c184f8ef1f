// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.internal;

import org.eclipse.xtext.util.Modules2;
import org.jixiao.dsl.PerfRuntimeModule;
import org.jixiao.dsl.ide.PerfIdeModule;
import org.jixiao.dsl.ide.PerfIdeSetup;
import org.jixiao.dsl.ui.preferences.PerfWorkbenchProfile;
import org.jixiao.dsl.validation.PerfProfile;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The one Guice injector of the language with its IDE-neutral services ({@code org.jixiao.dsl.ide})
 * and the workbench's own bindings ({@link PerfUiModule}),
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
					result = new PerfIdeSetup() {
						@Override
						public Injector createInjector() {
							return Guice.createInjector(
									Modules2.mixin(new PerfRuntimeModule(), new PerfIdeModule(), new PerfUiModule()));
						}
					}.createInjectorAndDoEMFRegistration();
					applyPreferences(result);
					injector = result;
				}
			}
		}
		return result;
	}

	/** The region's profile file of the preferences, from the first check on (the builder reports a bad one). */
	private static void applyPreferences(Injector created) {
		try {
			PerfWorkbenchProfile.applyTo(created.getInstance(PerfProfile.class));
		} catch (IllegalStateException e) {
			// no preferences service (a run without the platform): the shipped profile
		}
	}

	/**
	 * Applies the preferences to the language's profile again; on a bad profile file the shipped defaults
	 * are used and the Chinese reason is returned (shown as a problem of the project), otherwise {@code null}.
	 */
	public static String applyPreferences() {
		return PerfWorkbenchProfile.applyTo(getInstance(PerfProfile.class));
	}

	/** Shortcut for {@code get().getInstance(type)}. */
	public static <T> T getInstance(Class<T> type) {
		return get().getInstance(type);
	}
}
