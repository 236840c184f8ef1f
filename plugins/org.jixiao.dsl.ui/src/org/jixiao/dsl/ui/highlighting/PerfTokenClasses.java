// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.highlighting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.resource.XtextResource;
import org.jixiao.dsl.ide.highlighting.PerfSemanticHighlightingCalculator;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.name.Names;

/**
 * Lexical classes of the text, from the language's own lexer (the one the parser uses): keywords
 * (also the Chinese ones: 正向, 名, 万元 …), punctuation, numbers, strings and comments; and the
 * semantic classes the language computes on the parsed document (categories, units, comparators).
 * No SWT: the editor maps each class to colours.
 */
public final class PerfTokenClasses {

	public static final String KEYWORD = HighlightingStyles.KEYWORD_ID;
	public static final String PUNCTUATION = HighlightingStyles.PUNCTUATION_ID;
	public static final String NUMBER = HighlightingStyles.NUMBER_ID;
	public static final String STRING = HighlightingStyles.STRING_ID;
	public static final String COMMENT = HighlightingStyles.COMMENT_ID;
	public static final String DEFAULT = HighlightingStyles.DEFAULT_ID;
	public static final String CATEGORY = PerfSemanticHighlightingCalculator.CATEGORY;
	public static final String UNIT = PerfSemanticHighlightingCalculator.UNIT;
	public static final String COMPARATOR = PerfSemanticHighlightingCalculator.COMPARATOR;

	/** A classified range of the text. */
	public record Token(int offset, int length, String styleClass) {
	}

	private final Provider<Lexer> lexers;
	private final String[] classes;
	private final PerfSemanticHighlightingCalculator semantic;

	public PerfTokenClasses(Injector injector) {
		lexers = injector.getProvider(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		Map<Integer, String> names = injector.getInstance(ITokenDefProvider.class).getTokenDefMap();
		int max = names.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
		classes = new String[max + 1];
		names.forEach((type, name) -> classes[type] = classOf(name));
		semantic = injector.getInstance(PerfSemanticHighlightingCalculator.class);
	}

	/** The class of a token name of the generated lexer ("'goal'", "RULE_NUMBER" …). */
	static String classOf(String tokenName) {
		if (tokenName.length() > 2 && tokenName.startsWith("'") && tokenName.endsWith("'")) {
			String literal = tokenName.substring(1, tokenName.length() - 1);
			return literal.codePoints().anyMatch(Character::isLetter) ? KEYWORD : PUNCTUATION;
		}
		return switch (tokenName) {
		case "RULE_STRING" -> STRING;
		case "RULE_NUMBER", "RULE_NA" -> NUMBER;
		case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> COMMENT;
		default -> DEFAULT;
		};
	}

	/** The lexical classes of {@code text}, offsets shifted by {@code base}; whitespace is left out. */
	public List<Token> lexical(String text, int base) {
		Lexer lexer = lexers.get();
		lexer.setCharStream(new ANTLRStringStream(text));
		List<Token> result = new ArrayList<>();
		for (org.antlr.runtime.Token token = lexer.nextToken(); token.getType() != org.antlr.runtime.Token.EOF;
				token = lexer.nextToken()) {
			String tokenText = token.getText();
			if (tokenText == null || tokenText.isEmpty() || tokenText.isBlank()) {
				continue;
			}
			int type = token.getType();
			String styleClass = type >= 0 && type < classes.length && classes[type] != null ? classes[type] : DEFAULT;
			result.add(new Token(base + ((CommonToken) token).getStartIndex(), tokenText.length(), styleClass));
		}
		return result;
	}

	/** The semantic classes of a parsed document (categories, units, comparators), in document order. */
	public List<Token> semantic(XtextResource resource) {
		List<Token> result = new ArrayList<>();
		semantic.provideHighlightingFor(resource, (offset, length, ids) -> {
			if (ids.length > 0) {
				result.add(new Token(offset, length, ids[0]));
			}
		}, null);
		return result;
	}
}
