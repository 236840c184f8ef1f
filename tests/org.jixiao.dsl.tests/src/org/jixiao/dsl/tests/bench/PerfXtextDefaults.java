// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.bench;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.resource.DefaultFragmentProvider;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.util.Modules2;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.jixiao.dsl.PerfRuntimeModule;
import org.jixiao.dsl.PerfStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * For benchmarks only: the language's injector with Xtext's default in place of some of the
 * language's overrides of Xtext services, so that an override and the default it replaces are
 * measured in the same run (docs/benchmarks.md, "Xtext 替换的得失 / What the Xtext overrides pay").
 * A variant is a comma-separated list of names ({@code shipped}: none replaced); a name that is not
 * a runtime override (the editor's) is left to the caller's module.
 */
public final class PerfXtextDefaults {

	private PerfXtextDefaults() {
	}

	/** The names of a variant: {@code shipped} is none. */
	public static List<String> names(String variant) {
		return variant == null || variant.isEmpty() || variant.equals("shipped") ? List.of()
				: Arrays.asList(variant.split(","));
	}

	/** Bindings of Xtext's defaults for the named runtime overrides, to mix in after the language's module. */
	public static Module runtime(List<String> names) {
		return binder -> {
			for (String name : names) {
				switch (name) {
				case "diagnostician" -> binder.bind(Diagnostician.class).to(CancelableDiagnostician.class);
				case "validator" -> binder.bind(IResourceValidator.class).to(ResourceValidatorImpl.class);
				case "converter" -> binder.bind(IDiagnosticConverter.class).to(DiagnosticConverterImpl.class);
				case "fragments" -> binder.bind(IFragmentProvider.class).to(DefaultFragmentProvider.class);
				default -> {
					// an editor override: bound by the editor benchmark
				}
				}
			}
		};
	}

	/** The command line's injector ({@link PerfStandaloneSetup}) with the named overrides replaced. */
	public static Injector standalone(List<String> names) {
		return new PerfStandaloneSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules2.mixin(new PerfRuntimeModule(), runtime(names)));
			}
		}.createInjectorAndDoEMFRegistration();
	}
}
