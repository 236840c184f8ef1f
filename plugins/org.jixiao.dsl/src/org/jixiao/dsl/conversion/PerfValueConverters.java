// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

import com.google.inject.Inject;

import java.math.BigDecimal;

/**
 * Value converters for the .perf datatype rules: numbers written with full-width digits are
 * read as ordinary numbers (the validator, not the parser, asks for the canonical form).
 */
public class PerfValueConverters extends DefaultTerminalConverters {

	@Inject
	private PerfUnitConverter unitConverter;

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> Decimal() {
		return new PerfNumberConverter<>("数值", BigDecimal::new, BigDecimal::toPlainString);
	}

	@ValueConverter(rule = "Int")
	public IValueConverter<Integer> Int() {
		return new PerfNumberConverter<>("整数", Integer::valueOf, String::valueOf);
	}

	@ValueConverter(rule = "Unit")
	public IValueConverter<String> Unit() {
		return unitConverter;
	}
}
