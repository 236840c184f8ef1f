package org.jixiao.dsl.ide;

import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.jixiao.dsl.ide.quickfix.PerfQuickfixProvider;

/** Guice bindings of the IDE-neutral services (language server, editors). */
public class PerfIdeModule extends AbstractPerfIdeModule {

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return PerfQuickfixProvider.class;
	}
}
