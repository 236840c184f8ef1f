// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.conversion;

import org.eclipse.xtext.conversion.impl.STRINGValueConverter;

/**
 * Writes text literals as analysts write them: quotes and backslashes escaped, line breaks and
 * every other character kept (Xtext's default would write a line break as \n). Reading is Xtext's.
 */
public class PerfStringConverter extends STRINGValueConverter {

	@Override
	protected String toEscapedString(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
