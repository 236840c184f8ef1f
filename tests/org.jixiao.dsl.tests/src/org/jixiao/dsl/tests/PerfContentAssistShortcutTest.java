// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.LeafNodeFinder;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.Modules2;
import org.eclipse.xtext.util.TextRegion;
import org.jixiao.dsl.PerfRuntimeModule;
import org.jixiao.dsl.ide.PerfIdeModule;
import org.jixiao.dsl.ide.contentassist.PerfContentAssistContextFactory;
import org.jixiao.dsl.ide.contentassist.antlr.PerfParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The content-assist shortcuts (closed elements before the cursor parsed as {@code goal<>}, leaf
 * lookup from the cursor's subtree) give exactly the proposals of Xtext's own content assist, which
 * parses the whole text before the cursor: compared at every token boundary of real examples, the
 * same proposals in the same order.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfIdeInjectorProvider.class)
class PerfContentAssistShortcutTest {

	/** Xtext's content assist as generated, without the shortcuts. */
	private static final Injector XTEXT = Guice.createInjector(Modules2.mixin(new PerfRuntimeModule(), new PerfIdeModule(),
			binder -> {
				binder.bind(ContentAssistContextFactory.class);
				binder.bind(IContentAssistParser.class).to(PerfParser.class);
			}));

	private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

	/** The language's own content assist (the IDE injector). */
	@Inject
	private Injector injector;

	@AfterAll
	static void stopPool() {
		POOL.shutdownNow();
	}

	@Test
	void theShortcutsAreBound() {
		assertThat(injector.getInstance(ContentAssistContextFactory.class))
				.isInstanceOf(PerfContentAssistContextFactory.class);
		assertThat(XTEXT.getInstance(ContentAssistContextFactory.class).getClass()).isEqualTo(ContentAssistContextFactory.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "dongxihu-petition-bureau.perf", "qingling-2020-declaration.perf",
			"xiguan-2022-projects.perf", "hongshan-2020-project-selfevals.perf" })
	void sameLeavesAsXtextsFinderAtEveryOffset(String example) throws Exception {
		String text = Files.readString(PerfTestSupport.seedExamplesDir().resolve(example));
		ICompositeNode root = parse(injector, text).getParseResult().getRootNode();
		for (int offset = 0; offset <= text.length(); offset++) {
			for (boolean leading : new boolean[] { true, false }) {
				ILeafNode expected = new LeafNodeFinder(offset, leading).searchIn(root);
				assertThat(PerfContentAssistContextFactory.leafAt(root, offset, leading)).as("offset %d leading %s", offset, leading)
						.isSameAs(expected);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "dongxihu-petition-bureau.perf", "xiguan-2022-projects.perf" })
	void sameProposalsAsXtextAtEveryTokenBoundary(String example) throws Exception {
		Path file = PerfTestSupport.seedExamplesDir().resolve(example);
		String text = Files.readString(file);
		XtextResource ours = parse(injector, text);
		XtextResource xtexts = parse(XTEXT, text);
		List<Integer> offsets = tokenBoundaries(ours.getParseResult().getRootNode());
		assertThat(offsets).hasSizeGreaterThan(200);
		for (int offset : offsets) {
			List<String> expected = proposals(XTEXT, xtexts, text, offset);
			List<String> actual = proposals(injector, ours, text, offset);
			assertThat(actual).as("offset %d", offset).isEqualTo(expected);
		}
	}

	@Test
	void anUnclosedElementBeforeTheCursorIsReadAsWritten() {
		// the goal before is not closed: its indicator list is still open where the cursor is
		String text = "goal \"甲\" <\n\tindicator 产出.数量 \"a\" ≥ 1 次\n\n\tindicator 产出.";
		List<String> ours = proposals(injector, parse(injector, text), text, text.length());
		assertThat(ours).isNotEmpty().isEqualTo(proposals(XTEXT, parse(XTEXT, text), text, text.length()));
	}

	private static List<Integer> tokenBoundaries(ICompositeNode root) {
		List<Integer> offsets = new ArrayList<>();
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (!leaf.isHidden()) {
				offsets.add(leaf.getOffset());
				offsets.add(leaf.getEndOffset());
				if (leaf.getLength() > 2) {
					offsets.add(leaf.getOffset() + 1);
				}
			}
		}
		return offsets.stream().distinct().sorted().toList();
	}

	private static XtextResource parse(Injector injector, String text) {
		PerfTestResources resources = injector.getInstance(PerfTestResources.class);
		return resources.load(resources.newResourceSet(), "assist.perf", text);
	}

	private static List<String> proposals(Injector injector, XtextResource resource, String text, int offset) {
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
		List<String> result = new ArrayList<>();
		acceptor.getEntries().forEach(e -> result.add(e.getPrefix() + "|" + e.getProposal() + "|" + e.getLabel() + "|" + e.getDescription()));
		return result;
	}
}
