// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.preferences;

import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.jixiao.dsl.validation.PerfRuleDescriptions;

/**
 * What each configurable rule checks, for the severity list of the preference page: the texts of
 * {@link PerfRuleDescriptions}, in the workbench's language.
 */
public final class PerfRuleLabels {

	private PerfRuleLabels() {
	}

	public static String label(String code) {
		String nl = Platform.getNL();
		Locale locale = nl == null ? Locale.getDefault() : Locale.forLanguageTag(nl.replace('_', '-'));
		return PerfRuleDescriptions.describe(code, locale);
	}
}
