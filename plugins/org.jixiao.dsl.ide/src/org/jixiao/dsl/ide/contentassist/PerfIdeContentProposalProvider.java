// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.contentassist;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.util.TextRegion;
import org.jixiao.dsl.lights.PerfDeviationCauses;
import org.jixiao.dsl.library.PerfIndicatorLibrary;
import org.jixiao.dsl.library.PerfIndicatorRanking;
import org.jixiao.dsl.library.PerfRankedEntry;
import org.jixiao.dsl.model.PerfGoals;
import org.jixiao.dsl.services.PerfGrammarAccess;
import org.jixiao.dsl.conversion.PerfUnitConverter;
import org.jixiao.dsl.serializer.PerfWriter;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.jixiao.dsl.model.PerfOpinions;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalForm;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;
import org.jixiao.model.LibraryEntry;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.Quantity;
import org.jixiao.model.Range;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * Content assist in the analyst's terms. After {@code indicator 产出.数量 } it proposes the library's
 * indicators of that category, ranked by the goal they are written for, each inserting name,
 * comparator, value and unit; after a number, common units; at a goal's name, the names of the
 * document's other goals (a self-evaluation repeats the declared goals); every keyword with a short
 * Chinese description. Everything else is proposed as Xtext does by default.
 */
public class PerfIdeContentProposalProvider extends IdeContentProposalProvider {

	/** Above keyword and cross-reference proposals, in ranking order. */
	private static final int LIBRARY_PRIORITY = 1000;

	/**
	 * The best entries of a category offered at once. A fixed number, not "as many as the acceptor still
	 * takes": Xtext computes the contexts of one request in parallel and fills the acceptor (capped at
	 * 100) in whatever order they finish, so a count taken from the acceptor made the list depend on
	 * thread timing. With this bound a request stays below the cap and every context contributes all of
	 * its proposals; typing a prefix filters within the category, so further entries are still reached.
	 */
	static final int LIBRARY_PROPOSALS = 40;

	@Inject
	private PerfGrammarAccess grammar;

	@Inject
	private PerfIndicatorLibrary library;

	@Inject
	private PerfIndicatorRanking ranking;

	/** Units above keywords (direction, basis …) that may also follow a number. */
	private static final int UNIT_PRIORITY = 600;

	/** Goal names above the placeholder Xtext proposes for a name. */
	private static final int GOAL_NAME_PRIORITY = 600;

	@Inject
	private PerfLibraryProposalText proposalText;

	@Inject
	private PerfUnitConverter units;

	@Inject
	private PerfWriter writer;

	@Inject
	private IValueConverterService converters;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (assignment == grammar.getIndicatorAccess().getNameAssignment_2()) {
			proposeLibraryIndicators(context, acceptor);
		} else if (assignment == grammar.getQuantityAccess().getUnitAssignment_2()
				|| assignment == grammar.getRangeAccess().getUnitAssignment_3()) {
			proposeUnits(context, acceptor);
		} else if ("causes".equals(assignment.getFeature())
				&& GrammarUtil.containingRule(assignment) == grammar.getIndicatorRule()) {
			proposeCauses(context, acceptor);
		} else if (assignment == grammar.getGoalAccess().getNameAssignment_2_1_0()) {
			// the word alternative of the name: always expected where a name may come, quoted names included
			proposeGoalNames(context, acceptor);
		} else if (GrammarUtil.containingRule(assignment) == grammar.getReviewOpinionRule()) {
			proposeOpinionTargets(assignment.getFeature(), context, acceptor);
		}
		super._createProposals(assignment, context, acceptor);
	}

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (filterKeyword(keyword, context)) {
			ContentAssistEntry entry = getProposalCreator().createProposal(keyword.getValue(), context,
					ContentAssistEntry.KIND_KEYWORD, e -> e.setDescription(PerfKeywordDescriptions.of(keyword.getValue())));
			if (entry != null) {
				acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry));
			}
		}
	}

	/**
	 * A category is proposed under its own name (产出.数量); its synonyms (产出指标.数量指标 …) only once
	 * the analyst has typed one that its own name does not start with, so the list shows each category
	 * once instead of every spelling the forms accept.
	 */
	@Override
	protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference, ContentAssistContext context) {
		return candidate -> {
			EObject object = candidate.getEObjectOrProxy();
			if (object.eIsProxy()) {
				object = EcoreUtil.resolve(object, context.getResource());
			}
			String own = object instanceof Level2Category level2 && level2.eContainer() instanceof Level1Category level1
					? level1.getName() + "." + level2.getName()
					: object instanceof Level1Category level1 ? level1.getName() : null;
			return own == null || own.equals(getQualifiedNameConverter().toString(candidate.getName()))
					|| !own.startsWith(context.getPrefix());
		};
	}

	/** The 偏差原因 of the standard lists, quoted, in list order (a monitoring form's {@code cause}). */
	private void proposeCauses(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		int priority = UNIT_PRIORITY;
		for (String cause : PerfDeviationCauses.all()) {
			ContentAssistEntry entry = getProposalCreator().createProposal("\"" + cause + "\"", context, ContentAssistEntry.KIND_VALUE,
					e -> e.setDescription("偏差原因（标准列表）"));
			if (entry != null) {
				acceptor.accept(entry, priority--);
			}
		}
	}

	/**
	 * In a review comment (审核意见): the two offices of the forms' 审核意见 boxes, and the goals and
	 * indicators of the form the comment is on, quoted as the comment refers to them.
	 */
	private void proposeOpinionTargets(String feature, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Set<String> texts = new LinkedHashSet<>();
		String description;
		if ("office".equals(feature)) {
			texts.addAll(PerfOpinions.OFFICES);
			description = "审核科室（审核意见栏）";
		} else {
			GoalForm form = EcoreUtil2.getContainerOfType(context.getCurrentModel(), GoalForm.class);
			if (form == null || !("goal".equals(feature) || "indicator".equals(feature))) {
				return;
			}
			for (Goal goal : form.getGoals()) {
				if ("goal".equals(feature)) {
					texts.add(PerfOpinions.goalReference(goal));
				} else {
					goal.getIndicators().forEach(i -> texts.add(i.getName()));
				}
			}
			description = "goal".equals(feature) ? "本表的目标" : "本表的指标";
		}
		int priority = GOAL_NAME_PRIORITY;
		for (String text : texts) {
			if (text == null || text.isEmpty()) {
				continue;
			}
			ContentAssistEntry entry = getProposalCreator().createProposal(converters.toString(text, "STRING"), context,
					ContentAssistEntry.KIND_VALUE, e -> e.setDescription(description));
			if (entry != null) {
				acceptor.accept(entry, priority--);
			}
		}
	}

	/** The common units in their order, then the other units this document already uses. */
	private void proposeUnits(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		List<String> common = PerfCommonUnits.UNITS;
		for (int i = 0; i < common.size(); i++) {
			acceptUnit(common.get(i), "常用单位", UNIT_PRIORITY + common.size() - i, context, acceptor);
		}
		Set<String> used = new TreeSet<>();
		if (context.getRootModel() != null) {
			context.getRootModel().eAllContents().forEachRemaining(o -> {
				String unit = o instanceof Quantity q ? q.getUnit() : o instanceof Range r ? r.getUnit() : null;
				if (unit != null && !unit.isEmpty() && !common.contains(unit)) {
					used.add(unit);
				}
			});
		}
		for (String unit : used) {
			acceptUnit(unit, "本文件用过的单位", UNIT_PRIORITY, context, acceptor);
		}
	}

	private void acceptUnit(String unit, String description, int priority, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		String text = units.toString(unit);
		ContentAssistEntry entry = getProposalCreator().createProposal(text, context, ContentAssistEntry.KIND_VALUE,
				e -> e.setDescription(description));
		if (entry != null) {
			acceptor.accept(entry, priority);
		}
	}

	/**
	 * The names of the document's goals that the goal being written does not already share with a
	 * sibling: a department's self-evaluation repeats the names of its declared goals (年度目标1 …),
	 * while two goals of one table must not have the same name.
	 */
	private void proposeGoalNames(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		EObject model = context.getCurrentModel();
		if (!(context.getRootModel() instanceof PerfDocument document) || model == null) {
			return;
		}
		EObject container = model instanceof Goal goal ? goal.eContainer() : model;
		Set<String> siblings = new LinkedHashSet<>();
		Set<String> names = new LinkedHashSet<>();
		for (Goal goal : PerfGoals.of(document)) {
			if (goal.getName() != null && goal != model) {
				(goal.eContainer() == container ? siblings : names).add(goal.getName());
			}
		}
		names.removeAll(siblings);
		for (String name : names) {
			// a name that is not a word is proposed as it is written: quoted (goal "目标（一）" "…")
			String written = writer.isWord(name) ? name : converters.toString(name, "STRING");
			ContentAssistEntry entry = getProposalCreator().createProposal(written, context, ContentAssistEntry.KIND_REFERENCE,
					e -> e.setDescription("已有目标的名称"));
			if (entry != null) {
				acceptor.accept(entry, GOAL_NAME_PRIORITY);
			}
		}
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
		int accepted = 0;
		for (int i = 0; i < ranked.size() && accepted < LIBRARY_PROPOSALS; i++) {
			ContentAssistEntry entry = toProposal(ranked.get(i), context);
			if (entry != null) {
				acceptor.accept(entry, LIBRARY_PRIORITY + ranked.size() - i);
				accepted++;
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
