// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.parser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in Chinese. The parser's own wording is translated pattern by pattern; anything
 * unforeseen keeps the original text after a Chinese lead so nothing is lost.
 */
public class PerfSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	private record Rule(Pattern pattern, String template) {
	}

	private static final List<Rule> RULES = List.of(
			new Rule(Pattern.compile("mismatched input '(.*)' expecting (.*)", Pattern.DOTALL), "此处不应是“%s”，应为 %s。"),
			new Rule(Pattern.compile("missing EOF at '(.*)'", Pattern.DOTALL), "无法识别“%s”：此后不应再有内容。"),
			new Rule(Pattern.compile("missing (.*) at '(.*)'", Pattern.DOTALL), "缺少 %s（在“%s”之前）。"),
			new Rule(Pattern.compile("extraneous input '(.*)' expecting (.*)", Pattern.DOTALL), "多余的“%s”，此处应为 %s。"),
			new Rule(Pattern.compile("no viable alternative at input '(.*)'", Pattern.DOTALL), "无法识别“%s”。"),
			new Rule(Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at input '(.*)'", Pattern.DOTALL),
					"此处不应是“%s”。"),
			new Rule(Pattern.compile("mismatched character '(.*)' expecting (.*)", Pattern.DOTALL), "无法识别的字符“%s”，应为 %s。"),
			new Rule(Pattern.compile("no viable alternative at character '(.*)'", Pattern.DOTALL), "无法识别的字符“%s”。"),
			new Rule(Pattern.compile("mismatched input '(.*)'", Pattern.DOTALL), "此处不应是“%s”。"));

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(translate(original.getMessage()), original.getIssueCode(), original.getIssueData());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(translate(original.getMessage()), original.getIssueCode(), original.getIssueData());
	}

	static String translate(String message) {
		if (message == null) {
			return "语法错误。";
		}
		for (Rule rule : RULES) {
			Matcher matcher = rule.pattern().matcher(message);
			if (matcher.matches()) {
				Object[] groups = new Object[matcher.groupCount()];
				for (int i = 0; i < groups.length; i++) {
					groups[i] = tokens(matcher.group(i + 1));
				}
				return String.format(rule.template(), groups);
			}
		}
		return containsChinese(message) ? message : "语法错误：" + message;
	}

	private static String tokens(String text) {
		return text.replace("<EOF>", "文件结尾").replace("RULE_STRING", "带引号的文字").replace("RULE_NUMBER", "数字")
				.replace("RULE_ID", "名称").replace("RULE_NA", "---").replace("\\n", "换行");
	}

	private static boolean containsChinese(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}
}
