package org.jixiao.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.jixiao.dsl.ide.contentassist.PerfIdeContentProposalProvider;

/** Guice bindings of the IDE-neutral services (content assist, quick fixes, language server). */
public class PerfIdeModule extends AbstractPerfIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return PerfIdeContentProposalProvider.class;
	}
}
