// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What each issue code checks, in the words of docs/validation.md ({@code rules.properties}, Chinese
 * in {@code rules_zh.properties}, keyed by issue code): the preference page's list of rules and the
 * review workbook's rule sheets read the same texts.
 */
public final class PerfRuleDescriptions {

	/** The bundle's base name. */
	public static final String BUNDLE = "org.jixiao.dsl.validation.rules";

	private PerfRuleDescriptions() {
	}

	/** The description of a code in a language (Chinese, or the English fallback); the code itself when it has none. */
	public static String describe(String code, Locale locale) {
		try {
			return bundle(locale).getString(code);
		} catch (MissingResourceException e) {
			// a code without a description (a rule newer than the file): the code itself is shown
			return code;
		}
	}

	/** The texts in a language, without falling back to the JVM's default locale. */
	public static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle(BUNDLE, locale, PerfRuleDescriptions.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}
}
