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
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.jixiao.dsl.ide.PerfIdeSetup;

import com.google.inject.Injector;

/** Computes content-assist proposals at an offset through the IDE-neutral services, as editors do. */
public final class PerfContentAssist {

	private static Injector injector;
	private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
		Thread thread = new Thread(r, "perf-content-assist");
		thread.setDaemon(true);
		return thread;
	});

	private PerfContentAssist() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new PerfIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public static XtextResource parse(String text) {
		return PerfTestSupport.load(injector(), injector().getInstance(XtextResourceSet.class), "assist.perf", text);
	}

	public static List<ContentAssistEntry> proposals(String text, int offset) {
		return proposals(parse(text), text, offset);
	}

	public static List<ContentAssistEntry> proposals(XtextResource resource, String text, int offset) {
		ContentAssistContextFactory factory = injector().getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector().getInstance(IdeContentProposalAcceptor.class);
		injector().getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
		List<ContentAssistEntry> result = new ArrayList<>();
		acceptor.getEntries().forEach(result::add);
		return result;
	}
}
