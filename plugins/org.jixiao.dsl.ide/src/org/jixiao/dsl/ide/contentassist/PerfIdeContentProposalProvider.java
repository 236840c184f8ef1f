package org.jixiao.dsl.ide.contentassist;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.util.TextRegion;
import org.jixiao.dsl.library.PerfIndicatorLibrary;
import org.jixiao.dsl.library.PerfIndicatorRanking;
import org.jixiao.dsl.library.PerfRankedEntry;
import org.jixiao.dsl.services.PerfGrammarAccess;
import org.jixiao.model.Goal;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level1Category;
import org.jixiao.model.LibraryEntry;

import com.google.inject.Inject;

/**
 * Content assist that writes whole indicators: after {@code indicator 产出.数量 } it proposes the
 * library's indicators of that category, ranked by the goal they are written for, each inserting
 * name, comparator, value and unit. Everything else is proposed as Xtext does by default.
 */
public class PerfIdeContentProposalProvider extends IdeContentProposalProvider {

	/** Above keyword and cross-reference proposals, in ranking order. */
	private static final int LIBRARY_PRIORITY = 1000;

	@Inject
	private PerfGrammarAccess grammar;

	@Inject
	private PerfIndicatorLibrary library;

	@Inject
	private PerfIndicatorRanking ranking;

	@Inject
	private PerfLibraryProposalText proposalText;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (assignment == grammar.getIndicatorAccess().getNameAssignment_2()) {
			proposeLibraryIndicators(context, acceptor);
		}
		super._createProposals(assignment, context, acceptor);
	}

	private void proposeLibraryIndicators(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		EObject model = context.getCurrentModel();
		if (!(model instanceof Indicator indicator) || indicator.getCategory() == null
				|| indicator.getCategory().eIsProxy()) {
			return;
		}
		List<LibraryEntry> entries = library.entries(indicator.eResource(), indicator.getCategory());
		String goalText = PerfIndicatorRanking.contextOf(EcoreUtil2.getContainerOfType(indicator, Goal.class), indicator);
		List<PerfRankedEntry> ranked = ranking.rank(entries, goalText);
		for (int i = 0; i < ranked.size() && acceptor.canAcceptMoreProposals(); i++) {
			ContentAssistEntry entry = toProposal(ranked.get(i), context);
			if (entry != null) {
				acceptor.accept(entry, LIBRARY_PRIORITY + ranked.size() - i);
			}
		}
	}

	private ContentAssistEntry toProposal(PerfRankedEntry ranked, ContentAssistContext context) {
		LibraryEntry libraryEntry = ranked.entry();
		PerfLibraryProposalText.Text text = proposalText.of(libraryEntry);
		if (!getProposalCreator().isValidProposal(text.text(), context.getPrefix(), context)) {
			return null;
		}
		ContentAssistEntry entry = new ContentAssistEntry();
		entry.setPrefix(context.getPrefix());
		entry.setProposal(text.text());
		entry.setLabel(libraryEntry.getName());
		entry.setKind(ContentAssistEntry.KIND_VALUE);
		entry.setSource(libraryEntry);
		Level1Category level1 = (Level1Category) libraryEntry.getCategory().eContainer();
		entry.setDescription("指标库 · " + level1.getName() + "." + libraryEntry.getCategory().getName());
		String why = ranked.reasons().isEmpty() ? "" : "（推荐理由：" + ranked.explanation() + "）";
		entry.setDocumentation((libraryEntry.getGuidance() == null ? "" : libraryEntry.getGuidance()) + why);
		int start = context.getReplaceRegion().getOffset();
		entry.getEditPositions().add(new TextRegion(start + text.value().getOffset(), text.value().getLength()));
		return entry;
	}
}
