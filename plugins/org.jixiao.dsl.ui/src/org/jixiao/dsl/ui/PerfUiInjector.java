package org.jixiao.dsl.ui;

import org.eclipse.xtext.parser.antlr.IPartialParsingHelper;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.Modules2;
import org.jixiao.dsl.PerfRuntimeModule;
import org.jixiao.dsl.ide.PerfIdeModule;
import org.jixiao.dsl.ide.PerfIdeSetup;
import org.jixiao.dsl.ui.reconciler.PerfLiveLinkingResource;
import org.jixiao.dsl.ui.reconciler.PerfPartialParsingHelper;
import org.jixiao.dsl.ui.reconciler.PerfTokenRegionProvider;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The one Guice injector of the language with its IDE-neutral services ({@code org.jixiao.dsl.ide}),
 * shared by the editor, the builder and the commands. Created on first use; creating it also
 * registers the language with EMF (resource factory for {@code .perf}). Bindings of its own make a
 * keystroke cheap to replay in a long document, with or without a syntax error: the partial reparse
 * works with the error elsewhere and knows the errors it keeps ({@link PerfPartialParsingHelper}), the
 * edit is widened to whole tokens by lexing from the token before it ({@link PerfTokenRegionProvider}),
 * and resolving references does not build "not found" messages to remove ({@link PerfLiveLinkingResource}).
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
							return Guice.createInjector(Modules2.mixin(new PerfRuntimeModule(), new PerfIdeModule(),
									binder -> {
										binder.bind(IPartialParsingHelper.class).to(PerfPartialParsingHelper.class);
										binder.bind(XtextResource.class).to(PerfLiveLinkingResource.class);
										binder.bind(TokenRegionProvider.class).to(PerfTokenRegionProvider.class);
									}));
						}
					}.createInjectorAndDoEMFRegistration();
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
