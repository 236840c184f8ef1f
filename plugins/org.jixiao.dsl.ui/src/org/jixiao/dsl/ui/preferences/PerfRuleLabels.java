// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.preferences;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.Platform;

/**
 * What each configurable rule checks, in the words of docs/validation.md, for the severity list
 * of the preference page ({@code rules.properties}, Chinese in {@code rules_zh.properties}, keyed
 * by issue code).
 */
public final class PerfRuleLabels {

	private static final String BUNDLE = "org.jixiao.dsl.ui.preferences.rules";

	private PerfRuleLabels() {
	}

	public static String label(String code) {
		try {
			return bundle().getString(code);
		} catch (MissingResourceException e) {
			// a code without a label (a rule newer than the label file): the code itself is shown
			return code;
		}
	}

	static ResourceBundle bundle() {
		String nl = Platform.getNL();
		Locale locale = nl == null ? Locale.getDefault() : Locale.forLanguageTag(nl.replace('_', '-'));
		return ResourceBundle.getBundle(BUNDLE, locale, PerfRuleLabels.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}
}
