// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.jixiao.dsl.ui.preferences.PerfSettingsChanges;
import org.osgi.framework.BundleContext;

/** Bundle activator of the Eclipse integration: gives the preference store, dialog settings and images. */
public class PerfUiPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.jixiao.dsl.ui";

	private static PerfUiPlugin instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		PerfSettingsChanges.install();
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		PerfSettingsChanges.uninstall();
		instance = null;
		super.stop(context);
	}

	/** The running plug-in, or {@code null} before it is started. */
	public static PerfUiPlugin getDefault() {
		return instance;
	}
}
