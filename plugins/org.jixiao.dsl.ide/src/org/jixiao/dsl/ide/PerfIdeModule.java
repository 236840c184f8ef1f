// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IContentAssistParser;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.jixiao.dsl.ide.contentassist.PerfContentAssistContextFactory;
import org.jixiao.dsl.ide.contentassist.PerfContentAssistParser;
import org.jixiao.dsl.ide.contentassist.PerfIdeContentProposalProvider;
import org.jixiao.dsl.ide.contentassist.PerfIdeCrossrefProposalProvider;
import org.jixiao.dsl.ide.highlighting.PerfSemanticHighlightingCalculator;
import org.jixiao.dsl.ide.quickfix.PerfQuickfixProvider;

/** Guice bindings of the IDE-neutral services (content assist, quick fixes, highlighting; language server, editors). */
public class PerfIdeModule extends AbstractPerfIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return PerfIdeContentProposalProvider.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return PerfIdeCrossrefProposalProvider.class;
	}

	@Override
	public Class<? extends IContentAssistParser> bindIContentAssistParser() {
		return PerfContentAssistParser.class;
	}

	@Override
	public Class<? extends ContentAssistContextFactory> bindContentAssistContextFactory() {
		return PerfContentAssistContextFactory.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return PerfSemanticHighlightingCalculator.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return PerfQuickfixProvider.class;
	}
}
