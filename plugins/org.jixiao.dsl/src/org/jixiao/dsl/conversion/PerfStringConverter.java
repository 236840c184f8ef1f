// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.conversion;

import org.eclipse.xtext.conversion.impl.STRINGValueConverter;

/**
 * Writes text literals as analysts write them: quotes and backslashes escaped, line breaks, tabs and
 * every other printable character kept (Xtext's default would write a line break as \n). Other
 * control characters are written as {@code \\uXXXX}: a text taken from a workbook cell may hold
 * any (an .xls string, an .xlsx {@code _x0000_}), and a zero character written as it is made the
 * file unreadable (“not text”); escaped, the file reads back with the same text and the checks
 * report the character where it stands. Reading is Xtext's, which reads these escapes.
 */
public class PerfStringConverter extends STRINGValueConverter {

	@Override
	protected String toEscapedString(String value) {
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' || c == '"') {
				out.append('\\').append(c);
			} else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
				out.append(String.format("\\u%04X", (int) c));
			} else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}
}
