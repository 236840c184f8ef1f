// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.jixiao.dsl.ui.PerfUiPlugin;
import org.jixiao.dsl.validation.PerfIssueCodes;

/** Defaults: forms/ as output folder, each form kind's default layout, the shipped profile. */
public class PerfPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(PerfUiPlugin.PLUGIN_ID);
		defaults.put(PerfPreferences.OUTPUT_FOLDER, PerfPreferences.DEFAULT_OUTPUT_FOLDER);
		defaults.put(PerfPreferences.LAYOUT, "");
		defaults.put(PerfPreferences.LAYOUTS_FOLDER, "");
		defaults.put(PerfPreferences.PROFILE, "");
		defaults.put(PerfPreferences.PROFILE_FILE, "");
		for (String code : PerfIssueCodes.DEFAULTS.keySet()) {
			defaults.put(PerfPreferences.SEVERITY_PREFIX + code, "");
		}
	}
}
