// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/**
 * The Eclipse integration's plug-in: gives the preference store, dialog settings and images. The bundle's
 * activator is its subclass {@code org.jixiao.dsl.ui.settings.PerfUiActivator}, which also starts the settings
 * listener: that listener re-checks editors and rebuilds projects, so it lives above them, not here.
 */
public class PerfUiPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.jixiao.dsl.ui";

	private static PerfUiPlugin instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	/** The running plug-in, or {@code null} before it is started. */
	public static PerfUiPlugin getDefault() {
		return instance;
	}
}
