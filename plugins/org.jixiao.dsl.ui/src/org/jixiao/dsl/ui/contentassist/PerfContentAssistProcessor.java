// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.contentassist;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.jixiao.dsl.ui.Messages;
import org.jixiao.dsl.ui.reconciler.PerfLiveResource;

/**
 * Content assist of the editor (Ctrl+Space, and after {@code .} or a space): the language's
 * proposals computed on the live resource.
 */
public final class PerfContentAssistProcessor implements IContentAssistProcessor {

	private static final char[] TRIGGERS = { '.', ' ' };

	private final Supplier<PerfLiveResource> live;
	private final PerfProposalComputer computer;
	private String error;

	public PerfContentAssistProcessor(Supplier<PerfLiveResource> live, PerfProposalComputer computer) {
		this.live = live;
		this.computer = computer;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		PerfLiveResource resource = live.get();
		if (resource == null) {
			return new ICompletionProposal[0];
		}
		List<PerfProposal> proposals = computer.proposals(resource, offset);
		error = proposals.isEmpty() ? Messages.ContentAssist_noProposals : null;
		return proposals.stream().map(PerfCompletionProposal::new).toArray(ICompletionProposal[]::new);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return TRIGGERS;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
