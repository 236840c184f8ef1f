// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.formatting2;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.SinglelineDocCommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure1;
import org.jixiao.model.DocumentElement;
import org.jixiao.model.GradingBand;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.Range;
import org.jixiao.model.Rank;

/**
 * Canonical layout of .perf text: one blank line between forms; every block {@code < … >} opens
 * at the end of its header line, indents its content and closes on a line of its own; inside a
 * block each field ({@code title}, {@code funds}, {@code indicator} …) starts a line; tokens on a
 * line are separated by one space, except where the forms glue them ({@code 90%}, {@code 3月底},
 * {@code 1-2}, {@code 第25名}, {@code 25名之前}, {@code "a", "b"}). A blank line the author left between lines is kept (one at most).
 * Comments stay where they are, and their text is never changed.
 */
public class PerfFormatter extends AbstractJavaFormatter {

	/** Model objects that start a line of their own inside a block. */
	private static final Set<EClass> LINE_OBJECTS = Set.of(PerfPackage.Literals.GOAL, PerfPackage.Literals.INDICATOR,
			PerfPackage.Literals.SECTION_WEIGHT, PerfPackage.Literals.FUNDS, PerfPackage.Literals.FUND_LINE,
			PerfPackage.Literals.PUBLIC_EXPENSES, PerfPackage.Literals.REVIEW, PerfPackage.Literals.BUDGET_EXECUTION,
			PerfPackage.Literals.BUDGET_SOURCE,
			PerfPackage.Literals.OVERALL_OBJECTIVE, PerfPackage.Literals.DUTY, PerfPackage.Literals.GRADING_BAND,
			PerfPackage.Literals.MEASURE_SECTION, PerfPackage.Literals.LEVEL1_CATEGORY,
			PerfPackage.Literals.LEVEL2_CATEGORY, PerfPackage.Literals.LIBRARY_ENTRY,
			PerfPackage.Literals.ADJUSTMENT, PerfPackage.Literals.STAGE_LINK, PerfPackage.Literals.MONITORING_BUDGET,
			PerfPackage.Literals.FORECAST_BALANCE, PerfPackage.Literals.REVIEW_OPINION);

	/** Keywords written right after the preceding token. */
	private static final Set<String> GLUED_TO_PREVIOUS = Set.of("%", "％", ",", "月底");

	/** The words of a rank written before its number (第25名, 前25名); 名 and 名之前 follow it. */
	private static final Set<String> RANK_BEFORE_NUMBER = Set.of("第", "前");

	private static final Procedure1<IHiddenRegionFormatter> LINE_BREAK = it -> it.setNewLines(1, 1, 2);

	protected void format(PerfDocument document, IFormattableDocument doc) {
		separateTokens(document, doc);
		List<DocumentElement> elements = document.getElements();
		for (int i = 0; i < elements.size(); i++) {
			boolean first = i == 0 && !document.eIsSet(PerfPackage.Literals.PERF_DOCUMENT__FRAMEWORK);
			doc.prepend(elements.get(i), first ? this::noSpace : it -> it.setNewLines(2, 2, 2));
		}
		formatBlocks(document, doc);
		document.eAllContents().forEachRemaining(object -> {
			if (LINE_OBJECTS.contains(object.eClass()) && object.eContainer() != document && !continuesBandRow(object)) {
				doc.prepend(object, LINE_BREAK);
			}
			formatBlocks(object, doc);
		});
		IHiddenRegion end = regionForEObject(document).getNextHiddenRegion();
		if (end != null) {
			doc.set(end, this::newLine);
		}
	}

	/**
	 * An indented line comment is indented as the line it stands on, its text kept: Xtext's own
	 * replacer would turn the first character after {@code //} into a space when Java counts it as
	 * white space ({@code //\u001Eg} became {@code // g}), and change what the analyst wrote.
	 */
	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		ITextReplacer replacer = super.createCommentReplacer(comment);
		if (replacer instanceof SinglelineDocCommentReplacer) {
			return new SinglelineDocCommentReplacer(comment, "//") {
				@Override
				public ITextReplacerContext createReplacements(ITextReplacerContext context) {
					return context;
				}
			};
		}
		return replacer;
	}

	/**
	 * The end of the document, when comments stand there (or the document holds only comments): the
	 * line break that ends the file goes after the last comment. Xtext gives a hidden region's setting
	 * to its first blank holding a line break, here one between comments, so a last comment without a
	 * line break kept none, while a blank line between comments was dropped; formatting the result
	 * again then added the line break (not idempotent). Before and between these comments Xtext's
	 * rule stays: each comment on a line of its own, or after the last token; no blank lines.
	 */
	@Override
	public ITextReplacer createHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		if (region.getNextSemanticRegion() != null || !region.containsComment()) {
			return super.createHiddenRegionReplacer(region, formatting);
		}
		return new HiddenRegionReplacer(region, formatting) {
			@Override
			protected WhitespaceReplacer findWhitespaceThatSeparatesSemanticRegions(List<ITextReplacer> replacers) {
				return (WhitespaceReplacer) replacers.get(replacers.size() - 1);
			}
		};
	}

	/** One space between all tokens, glued where the forms write them together. */
	private void separateTokens(PerfDocument document, IFormattableDocument doc) {
		for (ISemanticRegion region : allSemanticRegions(document)) {
			IHiddenRegion next = region.getNextHiddenRegion();
			if (next != null && next.getNextSemanticRegion() != null && !next.containsComment()) {
				doc.set(next, it -> {
					it.oneSpace();
					it.lowPriority();
				});
			}
			String keyword = keyword(region);
			if (keyword == null) {
				continue;
			}
			if (GLUED_TO_PREVIOUS.contains(keyword)) {
				doc.prepend(region, it -> {
					it.noSpace();
					it.highPriority();
				});
			}
			if (region.getSemanticElement() instanceof Range) {
				doc.surround(region, it -> {
					it.noSpace();
					it.highPriority();
				});
			}
			if (region.getSemanticElement() instanceof Rank) {
				// 第25名, 前25名, 25名之前: the number is glued to the words around it, as the forms print ranks
				if (RANK_BEFORE_NUMBER.contains(keyword)) {
					doc.append(region, it -> {
						it.noSpace();
						it.highPriority();
					});
				} else {
					doc.prepend(region, it -> {
						it.noSpace();
						it.highPriority();
					});
				}
			}
		}
	}

	/** Grading bands of one duty are written on one line: 优 ≥ 90% 良 ≥ 80% … */
	private static boolean continuesBandRow(EObject object) {
		if (!(object instanceof GradingBand band)) {
			return false;
		}
		List<?> siblings = (List<?>) band.eContainer().eGet(band.eContainingFeature());
		int index = siblings.indexOf(band);
		return index > 0 && siblings.get(index - 1) instanceof GradingBand;
	}

	/** Multi-line blocks for every {@code < … >} the object owns; the spending plan stays on one line. */
	private void formatBlocks(EObject owner, IFormattableDocument doc) {
		Deque<ISemanticRegion> open = new ArrayDeque<>();
		for (ISemanticRegion region : regionFor(owner).keywords("<", ">")) {
			if (!isBlockBracket(region)) {
				continue;
			}
			if ("<".equals(region.getText())) {
				open.push(region);
			} else if (!open.isEmpty()) {
				formatBlock(owner, open.pop(), region, doc);
			}
		}
	}

	private void formatBlock(EObject owner, ISemanticRegion open, ISemanticRegion close, IFormattableDocument doc) {
		doc.prepend(open, this::oneSpace);
		if (owner instanceof ProjectTable && "plan".equals(keyword(open.getPreviousSemanticRegion()))) {
			return;
		}
		if (open.getNextSemanticRegion() == close) {
			// an empty block (goal < >): one line break, set once, or the two settings below conflict
			doc.prepend(close, this::newLine);
			return;
		}
		doc.append(open, LINE_BREAK);
		doc.interior(open, close, this::indent);
		doc.prepend(close, this::newLine);
		Group blockGroup = (Group) open.getGrammarElement().eContainer();
		for (ISemanticRegion region : regionFor(owner).keywords(fieldKeywords(blockGroup))) {
			if (region.getEndOffset() > open.getOffset() && region.getOffset() < close.getOffset()) {
				doc.prepend(region, LINE_BREAK);
			}
		}
	}

	/** Keywords that begin an optional field group directly inside the block's group (title, filer …). */
	private static Keyword[] fieldKeywords(Group blockGroup) {
		return blockGroup.getElements().stream().filter(Group.class::isInstance).map(g -> ((Group) g).getElements().get(0))
				.filter(Keyword.class::isInstance).map(Keyword.class::cast).toArray(Keyword[]::new);
	}

	private static boolean isBlockBracket(ISemanticRegion region) {
		return region.getGrammarElement() instanceof Keyword keyword
				&& GrammarUtil.containingRule(keyword) instanceof ParserRule
				&& keyword.eContainer() instanceof Group;
	}

	private static String keyword(ISemanticRegion region) {
		return region != null && region.getGrammarElement() instanceof Keyword keyword ? keyword.getValue() : null;
	}
}
