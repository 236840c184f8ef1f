// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Computes content-assist proposals at an offset through the IDE-neutral services, as editors do;
 * injected into tests that run with {@link PerfIdeInjectorProvider}.
 */
public class PerfContentAssist {

	private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
		Thread thread = new Thread(r, "perf-content-assist");
		thread.setDaemon(true);
		return thread;
	});

	@Inject
	private PerfTestResources resources;

	@Inject
	private Provider<ContentAssistContextFactory> contextFactories;

	@Inject
	private Provider<IdeContentProposalAcceptor> acceptors;

	@Inject
	private IdeContentProposalProvider proposalProvider;

	public XtextResource parse(String text) {
		return resources.load(resources.newResourceSet(), "assist.perf", text);
	}

	public List<ContentAssistEntry> proposals(String text, int offset) {
		return proposals(parse(text), text, offset);
	}

	public List<ContentAssistEntry> proposals(XtextResource resource, String text, int offset) {
		ContentAssistContextFactory factory = contextFactories.get();
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = acceptors.get();
		proposalProvider.createProposals(List.of(contexts), acceptor);
		List<ContentAssistEntry> result = new ArrayList<>();
		acceptor.getEntries().forEach(result::add);
		return result;
	}
}
