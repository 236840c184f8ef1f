// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.forms.importer.PerfColumnChoice;
import org.jixiao.forms.importer.PerfColumnVocabulary;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --column [工作表!|第N行:]列=栏目}: a correction of the column mapping the import report
 * shows. {@code D=指标值} reads column D of every grid read by its header as the target;
 * {@code 指标表!D=指标值} only on the sheet 指标表, {@code 第6行:D=指标值} only for the header on
 * line (row) 6. The field is named by its Chinese label as the report prints it (指标值, 比较符,
 * 计量单位, 分值, 不读 …) or by its field name (target, comparator, ignore …).
 */
final class PerfColumnOption implements ITypeConverter<PerfColumnChoice> {

	private static final Pattern CHOICE = Pattern.compile("^(?:(?<sheet>[^!=]+)!|第\\s*(?<line>[0-9]+)\\s*行[:：])?\\s*(?<column>[A-Za-z]{1,2})\\s*[=＝]\\s*(?<field>.+)$");

	@Override
	public PerfColumnChoice convert(String value) {
		Matcher m = CHOICE.matcher(value.strip());
		if (!m.matches()) {
			throw new TypeConversionException("应写作“列=栏目”，如 D=指标值、指标表!D=指标值、第6行:D=指标值。"
					+ " Expected COLUMN=FIELD, e.g. D=指标值.");
		}
		String field = PerfColumnVocabulary.fieldNamed(m.group("field"));
		if (field == null) {
			throw new TypeConversionException("不认识的栏目“" + m.group("field").strip() + "”，可用：" + String.join("、",
					PerfColumnVocabulary.fields().stream().map(f -> PerfColumnVocabulary.label(f).replaceFirst("（.*$", "")).distinct().toList())
					+ "。 Unknown field.");
		}
		String letters = m.group("column").toUpperCase();
		int index = 0;
		for (char c : letters.toCharArray()) {
			index = index * 26 + (c - 'A' + 1);
		}
		int line = m.group("line") == null ? 0 : Integer.parseInt(m.group("line"));
		return new PerfColumnChoice(m.group("sheet"), line, index - 1, field);
	}
}
