// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import java.util.Map;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;

import com.google.inject.Singleton;

/**
 * Every .perf issue code is a preference key (its id is the code) whose default is the severity
 * of the shipped profile, so an editor's preference page and the profile speak of the same keys.
 */
@Singleton
public class PerfConfigurableIssueCodesProvider extends ConfigurableIssueCodesProvider {

	// Created here rather than injected: the superclass constructor calls initialize().
	private static final PerfProfile SHIPPED = new PerfProfile();

	@Override
	protected void initialize(IAcceptor<PreferenceKey> acceptor) {
		super.initialize(acceptor);
		for (Map.Entry<String, String> entry : PerfIssueCodes.DEFAULTS.entrySet()) {
			acceptor.accept(create(entry.getKey(), SHIPPED.defaultSeverity(entry.getKey())));
		}
	}
}
