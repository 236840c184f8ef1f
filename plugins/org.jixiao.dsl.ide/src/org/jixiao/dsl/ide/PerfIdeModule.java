package org.jixiao.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.jixiao.dsl.ide.contentassist.PerfIdeContentProposalProvider;
import org.jixiao.dsl.ide.quickfix.PerfQuickfixProvider;

/** Guice bindings of the IDE-neutral services (content assist, quick fixes; language server, editors). */
public class PerfIdeModule extends AbstractPerfIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return PerfIdeContentProposalProvider.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return PerfQuickfixProvider.class;
	}
}
