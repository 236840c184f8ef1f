// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.conversion;

import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Units are written bare (次, 个社区, 万元/人, 次/30天) or, when they contain other characters,
 * quoted ("m²"). A bare 万元 or 元 is money, so as a plain unit it must be quoted.
 */
public class PerfUnitConverter implements IValueConverter<String> {

	private static final String WORD = "[\\p{IsHan}A-Za-z_][\\p{IsHan}A-Za-z_0-9]*";
	private static final Pattern BARE = Pattern.compile(WORD + "(/[0-9]*" + WORD + ")*");

	@Inject
	private STRINGValueConverter strings;

	@Inject
	private IGrammarAccess grammar;

	private Set<String> keywords;

	@Override
	public String toValue(String string, INode node) throws ValueConverterException {
		if (string != null && string.startsWith("\"")) {
			return strings.toValue(string, node);
		}
		return string;
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		if (value == null || value.isEmpty()) {
			throw new ValueConverterException("单位不能为空。", null, null);
		}
		boolean bare = BARE.matcher(value).matches() && !value.equals("万元") && !value.equals("元") && partsLex(value);
		return bare ? value : strings.toString(value);
	}

	/** Every part is a word the lexer reads as such: no keyword (but 名, and 万元 元 beside a /), no part the lexer splits after
	 * 第, 前 or 至 (第2, 至12). */
	private boolean partsLex(String value) {
		if (keywords == null) {
			keywords = Set.copyOf(GrammarUtil.getAllKeywords(grammar.getGrammar()));
		}
		String[] parts = value.split("/", -1);
		for (int i = 0; i < parts.length; i++) {
			String part = i == 0 ? parts[i] : parts[i].replaceFirst("^[0-9]+", "");
			boolean money = part.equals("万元") || part.equals("元");
			boolean split = (part.startsWith("第") || part.startsWith("前") || part.startsWith("至")) && part.length() > 1
					&& Character.isDigit(part.charAt(1));
			if (split || keywords.contains(part) && !part.equals("名") && !(money && parts.length > 1)) {
				return false;
			}
		}
		return true;
	}
}
