// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.conversion;

import java.util.function.Function;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** Reads a NUMBER token (ASCII or full-width digits) into a number type. */
public class PerfNumberConverter<T> implements IValueConverter<T> {

	private final String kind;
	private final Function<String, T> parser;
	private final Function<T, String> printer;

	public PerfNumberConverter(String kind, Function<String, T> parser, Function<T, String> printer) {
		this.kind = kind;
		this.parser = parser;
		this.printer = printer;
	}

	@Override
	public T toValue(String string, INode node) throws ValueConverterException {
		if (string == null || string.isEmpty()) {
			throw new ValueConverterException("缺少" + kind + "。", node, null);
		}
		String ascii = toAsciiDigits(string);
		try {
			return parser.apply(ascii);
		} catch (NumberFormatException e) {
			// without the cause: the parser would show its English text (For input string: …) instead of this one
			String why = ascii.chars().allMatch(Character::isDigit) ? "超出" + kind + "的范围" : "不是有效的" + kind;
			throw new ValueConverterException("“" + string + "”" + why + "。", node, null);
		} catch (ArithmeticException e) {
			// a parser's own bound, such as an exponent too large to write out
			throw new ValueConverterException("“" + string + "”超出" + kind + "的范围。", node, null);
		}
	}

	@Override
	public String toString(T value) throws ValueConverterException {
		if (value == null) {
			throw new ValueConverterException("缺少" + kind + "。", null, null);
		}
		return printer.apply(value);
	}

	/** Maps full-width digits and the full-width full stop to their ASCII forms. */
	public static String toAsciiDigits(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uFF10' && c <= '\uFF19') {
				result.append((char) ('0' + (c - '\uFF10')));
			} else {
				result.append(c);
			}
		}
		return result.toString();
	}

	/** True when the text contains a full-width digit. */
	public static boolean hasFullWidthDigits(String text) {
		return text.chars().anyMatch(c -> c >= '\uFF10' && c <= '\uFF19');
	}
}
