// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.contentassist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.jixiao.dsl.ui.reconciler.PerfLiveResource;

import com.google.inject.Injector;

/**
 * Content-assist proposals at an offset from the language's IDE-neutral content assist (the one the
 * language server uses), turned into replacements of the editor's text. No SWT.
 */
public final class PerfProposalComputer {

	private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
		Thread thread = new Thread(r, "perf-content-assist");
		thread.setDaemon(true);
		return thread;
	});

	private final Injector injector;

	public PerfProposalComputer(Injector injector) {
		this.injector = injector;
	}

	/** Proposals at {@code offset} of the live document. */
	public List<PerfProposal> proposals(PerfLiveResource live, int offset) {
		return live.read(resource -> proposals(resource, offset));
	}

	/** Proposals at {@code offset} of a parsed resource whose text is the document's. */
	public List<PerfProposal> proposals(XtextResource resource, int offset) {
		String text = resource.getParseResult().getRootNode().getText();
		if (offset < 0 || offset > text.length()) {
			return PerfProposal.none();
		}
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
		List<PerfProposal> result = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			PerfProposal proposal = toProposal(entry, offset);
			if (seen.add(proposal.replacement() + '\u0000' + proposal.replaceOffset())) {
				result.add(proposal);
			}
		}
		return result;
	}

	/** The entry replaces its prefix (the text typed before the offset) with its proposal. */
	static PerfProposal toProposal(ContentAssistEntry entry, int offset) {
		String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
		int start = offset - prefix.length();
		String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
		TextRegion selection = null;
		if (!entry.getEditPositions().isEmpty()) {
			var first = entry.getEditPositions().get(0);
			selection = new TextRegion(first.getOffset() - start, first.getLength());
		}
		return new PerfProposal(entry.getProposal(), start, prefix.length(), label,
				entry.getDescription() == null ? "" : entry.getDescription(),
				entry.getDocumentation() == null ? "" : entry.getDocumentation(), entry.getKind(), selection);
	}
}
