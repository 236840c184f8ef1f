// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.IssueSeverities;
import org.eclipse.xtext.validation.IssueSeveritiesProvider;
import org.eclipse.xtext.validation.SeverityConverter;

import com.google.inject.Inject;

/**
 * Severities from the preferences (the shipped profile's values by default), except where a
 * user profile in use sets one: the profile given on the command line wins. A host with its own
 * settings (the workbench) names the severities its user chose, which win over both.
 */
public class PerfIssueSeveritiesProvider extends IssueSeveritiesProvider {

	@Inject
	private ConfigurableIssueCodesProvider issueCodes;

	@Inject
	private SeverityConverter converter;

	@Inject
	private PerfProfile profile;

	@Override
	public IssueSeverities getIssueSeverities(Resource context) {
		IPreferenceValues preferences = getValuesProvider().getPreferenceValues(context);
		Map<String, String> chosen = chosenSeverities(context);
		IPreferenceValues values = key -> {
			String severity = chosen.get(key.getId());
			return severity != null ? severity
					: profile.overriddenSeverity(key.getId()).orElseGet(() -> preferences.getPreference(key));
		};
		return new IssueSeverities(values, issueCodes.getConfigurableIssueCodes(), converter);
	}

	/** Issue code → severity the user chose for the resource's context; none on the command line. */
	protected Map<String, String> chosenSeverities(Resource context) {
		return Map.of();
	}
}
