// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed text of a layout with placeholders, such as {@code 填报日期：{date}      总分：{total}}
 * or {@code {goal}（{weight}分）：{text}}, turned into a pattern that reads the placeholders back
 * from a row's text. Literal parts match with any spacing and either width of brackets and colons,
 * so the layout file is the one description of what a printed line looks like.
 */
final class PerfTemplate {

	/** Any spacing, full-width and no-break spaces included. */
	private static final String WS = "[\\s\\u3000\\u00A0]*";
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)\\}");
	private static final String NUMBER = "[0-9０-９]+(?:[.．][0-9０-９]+)?";
	/** Goal names as forms print them: 长期目标1, 年度目标 2, 目标3. */
	static final String GOAL = "[\\p{IsHan}]{0,4}目标[\\s\\u3000]*[0-9０-９]+";

	private final Pattern pattern;
	private final List<String> names = new ArrayList<>();
	private final int literalLength;

	private PerfTemplate(String template, boolean lenient) {
		StringBuilder regex = new StringBuilder("^" + WS);
		Matcher m = PLACEHOLDER.matcher(template);
		int last = 0;
		int literal = 0;
		while (m.find()) {
			if (lenient && last > 0) {
				// a later label and its value may be missing (a printed 等级：{grade} that older forms lack)
				regex.append("(?:");
			}
			literal += literal(template.substring(last, m.start()), regex);
			String name = m.group(1);
			names.add(name);
			regex.append(WS + "(").append(switch (name) {
			case "weight", "total", "indicatorWeight", "until", "year", "index", "staff", "actualStaff" -> NUMBER + "|";
			case "goal" -> GOAL;
			default -> ".*?";
			}).append(")" + WS);
			if (lenient && last > 0) {
				regex.append(")?");
			}
			last = m.end();
		}
		literal += literal(template.substring(last), regex);
		regex.append(WS + "$");
		this.pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
		this.literalLength = literal;
	}

	/** A template matched against a whole text. */
	static PerfTemplate of(String template) {
		return new PerfTemplate(template, false);
	}

	/**
	 * A printed note of several {@code 标签：{field}} parts, matched also when a later part is missing:
	 * a layout may print more than last year's form did.
	 */
	static PerfTemplate lenient(String template) {
		return new PerfTemplate(template, true);
	}

	/** The characters of the template that are not placeholders: a template without any matches everything. */
	int literalLength() {
		return literalLength;
	}

	private static int literal(String text, StringBuilder regex) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || c == '\u3000') {
				continue;
			}
			count++;
			regex.append(WS).append(switch (c) {
			case '（', '(' -> "[（(]";
			case '）', ')' -> "[）)]";
			case '：', ':' -> "[：:]";
			case '，', ',' -> "[，,]";
			case '%', '％' -> "[%％]";
			case '止', '至' -> "[止至]";
			default -> Pattern.quote(String.valueOf(c));
			});
		}
		return count;
	}

	/** The placeholders' texts if the text matches, else null. */
	Map<String, String> match(String text) {
		Matcher m = pattern.matcher(text);
		if (!m.matches()) {
			return null;
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			if (m.group(i + 1) != null) {
				values.put(names.get(i), PerfTextCells.strip(m.group(i + 1)));
			}
		}
		return values;
	}
}
