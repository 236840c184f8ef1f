// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.highlighting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Colours code (outside comments and strings) with the language's lexer, and lays the semantic
 * styles of the last reconcile (categories, units, comparators) over the tokens they cover.
 */
public final class PerfTokenScanner implements ITokenScanner {

	private final PerfTokenClasses classes;
	private final List<PerfTokenClasses.Token> tokens = new ArrayList<>();
	private int index;
	private int end;
	private int position;
	private PerfTokenClasses.Token current;

	public PerfTokenScanner(PerfTokenClasses classes) {
		this.classes = classes;
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		tokens.clear();
		index = 0;
		position = offset;
		end = offset + length;
		try {
			List<PerfTokenClasses.Token> lexical = classes.lexical(document.get(offset, length), offset);
			Position[] semantic = semanticPositions(document);
			for (PerfTokenClasses.Token token : lexical) {
				tokens.add(withSemanticStyle(token, semantic));
			}
		} catch (BadLocationException e) {
			// the range is outside the document: nothing to colour
		}
	}

	private static Position[] semanticPositions(IDocument document) {
		try {
			return document.containsPositionCategory(PerfStylePosition.CATEGORY)
					? document.getPositions(PerfStylePosition.CATEGORY) : new Position[0];
		} catch (BadPositionCategoryException e) {
			// the category was removed after the check (the document was reset): no styles yet
			return new Position[0];
		}
	}

	/** The token with the semantic style of a position covering it, found by binary search. */
	private static PerfTokenClasses.Token withSemanticStyle(PerfTokenClasses.Token token, Position[] semantic) {
		int low = 0;
		int high = semantic.length - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			Position p = semantic[mid];
			if (p.getOffset() + p.getLength() <= token.offset()) {
				low = mid + 1;
			} else if (p.getOffset() >= token.offset() + token.length()) {
				high = mid - 1;
			} else {
				if (p instanceof PerfStylePosition style && !p.isDeleted() && p.getOffset() <= token.offset()
						&& p.getOffset() + p.getLength() >= token.offset() + token.length()) {
					return new PerfTokenClasses.Token(token.offset(), token.length(), style.styleClass());
				}
				return token;
			}
		}
		return token;
	}

	@Override
	public IToken nextToken() {
		if (position >= end) {
			current = null;
			return Token.EOF;
		}
		if (index < tokens.size()) {
			PerfTokenClasses.Token next = tokens.get(index);
			if (next.offset() > position) {
				// the gap before the next token (white space)
				current = new PerfTokenClasses.Token(position, next.offset() - position, PerfTokenClasses.DEFAULT);
				position = next.offset();
				return Token.WHITESPACE;
			}
			index++;
			int length = Math.min(next.length(), end - next.offset());
			current = new PerfTokenClasses.Token(next.offset(), length, next.styleClass());
			position = next.offset() + length;
			return new Token(PerfStyles.of(next.styleClass()));
		}
		current = new PerfTokenClasses.Token(position, end - position, PerfTokenClasses.DEFAULT);
		position = end;
		return Token.WHITESPACE;
	}

	@Override
	public int getTokenOffset() {
		return current == null ? end : current.offset();
	}

	@Override
	public int getTokenLength() {
		return current == null ? 0 : current.length();
	}
}
