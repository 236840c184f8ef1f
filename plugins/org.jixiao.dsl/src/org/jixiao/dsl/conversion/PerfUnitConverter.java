// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.conversion;

import java.util.regex.Pattern;

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
		boolean bare = BARE.matcher(value).matches() && !value.equals("万元") && !value.equals("元");
		return bare ? value : strings.toString(value);
	}
}
