// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.contentassist;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/** A proposal in the editor's list: label with its Chinese description, explanation beside the list. */
public final class PerfCompletionProposal implements ICompletionProposal {

	private final PerfProposal proposal;

	public PerfCompletionProposal(PerfProposal proposal) {
		this.proposal = proposal;
	}

	public PerfProposal proposal() {
		return proposal;
	}

	@Override
	public void apply(IDocument document) {
		try {
			document.replace(proposal.replaceOffset(), proposal.replaceLength(), proposal.replacement());
		} catch (BadLocationException e) {
			// the text changed under the list: nothing sensible to insert
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		if (proposal.selection() != null) {
			return new Point(proposal.replaceOffset() + proposal.selection().getOffset(), proposal.selection().getLength());
		}
		return new Point(proposal.cursorAfter(), 0);
	}

	@Override
	public String getAdditionalProposalInfo() {
		StringBuilder info = new StringBuilder();
		if (!proposal.description().isEmpty()) {
			info.append(proposal.description());
		}
		if (!proposal.documentation().isEmpty()) {
			if (!info.isEmpty()) {
				info.append('\n');
			}
			info.append(proposal.documentation());
		}
		return info.isEmpty() ? null : info.toString();
	}

	@Override
	public String getDisplayString() {
		return proposal.displayString();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
