// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

import java.math.BigDecimal;

/**
 * Value converters for the .perf datatype rules: numbers written with full-width digits are
 * read as ordinary numbers (the validator, not the parser, asks for the canonical form).
 */
public class PerfValueConverters extends DefaultTerminalConverters {

	@Inject
	private PerfUnitConverter unitConverter;

	@Inject
	private PerfStringConverter stringConverter;

	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return stringConverter;
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> Decimal() {
		return new PerfNumberConverter<>("数值", PerfValueConverters::decimal, BigDecimal::toPlainString);
	}

	/** The largest exponent a number is read with: far beyond what a cell holds (1E308), and its digits still few. */
	private static final int MAX_EXPONENT = 1000;

	/** A decimal; one whose exponent would take millions of digits to write out (1e999999999) is out of range. */
	private static BigDecimal decimal(String text) {
		BigDecimal number = new BigDecimal(text);
		if (Math.abs((long) number.scale()) > MAX_EXPONENT) {
			throw new ArithmeticException("exponent out of range: " + text);
		}
		return number;
	}

	@ValueConverter(rule = "Int")
	public IValueConverter<Integer> Int() {
		return new PerfNumberConverter<>("整数", Integer::valueOf, String::valueOf);
	}

	/**
	 * A name is written as a word only when it lexes as one ID that is no keyword (the ID converter
	 * checks with the lexer); otherwise the serializer takes the grammar's quoted alternative.
	 */
	@ValueConverter(rule = "Name")
	public IValueConverter<String> Name() {
		IValueConverter<String> id = ID();
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				return id.toValue(string, node);
			}

			@Override
			public String toString(String value) {
				return id.toString(value);
			}
		};
	}

	@ValueConverter(rule = "Unit")
	public IValueConverter<String> Unit() {
		return unitConverter;
	}
}
