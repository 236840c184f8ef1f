// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.settings;

import org.jixiao.dsl.ui.PerfUiPlugin;
import org.osgi.framework.BundleContext;

/** The bundle's activator: the plug-in, listening to the settings from the bundle's start to its stop. */
public class PerfUiActivator extends PerfUiPlugin {

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		PerfSettingsChanges.install();
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		PerfSettingsChanges.uninstall();
		super.stop(context);
	}
}
