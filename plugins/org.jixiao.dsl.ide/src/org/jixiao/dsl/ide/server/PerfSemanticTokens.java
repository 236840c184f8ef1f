// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.jixiao.dsl.ide.highlighting.PerfSemanticHighlightingCalculator;

/**
 * The workbench's semantic highlighting as LSP semantic tokens. Each Jixiao style becomes a
 * standard token type, so that an editor's colour theme colours it without configuration:
 * a category as a type, a unit as an enum member, a comparator as an operator.
 */
public final class PerfSemanticTokens {

	/** The legend, in the order of the token type numbers. */
	public static final List<String> TYPES = List.of(SemanticTokenTypes.Type, SemanticTokenTypes.EnumMember,
			SemanticTokenTypes.Operator);

	private static final Map<String, Integer> TYPE_OF_STYLE = Map.of(PerfSemanticHighlightingCalculator.CATEGORY, 0,
			PerfSemanticHighlightingCalculator.UNIT, 1, PerfSemanticHighlightingCalculator.COMPARATOR, 2);

	private record Token(int offset, int length, int type) {
	}

	private PerfSemanticTokens() {
	}

	/** The tokens of the document, encoded relative to each other as the protocol wants them. */
	public static SemanticTokens of(ISemanticHighlightingCalculator calculator, Document document,
			XtextResource resource, CancelIndicator cancel) {
		List<Token> tokens = new ArrayList<>();
		calculator.provideHighlightingFor(resource, (offset, length, styles) -> {
			for (String style : styles) {
				Integer type = TYPE_OF_STYLE.get(style);
				if (type != null && length > 0) {
					tokens.add(new Token(offset, length, type));
					return;
				}
			}
		}, cancel);
		tokens.sort(Comparator.comparingInt(Token::offset));
		PerfLinePositions positions = new PerfLinePositions(document.getContents());
		List<Integer> data = new ArrayList<>(tokens.size() * 5);
		int lastLine = 0;
		int lastCharacter = 0;
		int end = -1;
		for (Token token : tokens) {
			if (token.offset() < end) {
				continue; // tokens must not overlap
			}
			Position start = positions.position(token.offset());
			Position stop = positions.position(token.offset() + token.length());
			if (stop.getLine() != start.getLine()) {
				continue; // a token spans one line only
			}
			int deltaLine = start.getLine() - lastLine;
			data.add(deltaLine);
			data.add(deltaLine == 0 ? start.getCharacter() - lastCharacter : start.getCharacter());
			data.add(stop.getCharacter() - start.getCharacter());
			data.add(token.type());
			data.add(0);
			lastLine = start.getLine();
			lastCharacter = start.getCharacter();
			end = token.offset() + token.length();
		}
		return new SemanticTokens(data);
	}
}
