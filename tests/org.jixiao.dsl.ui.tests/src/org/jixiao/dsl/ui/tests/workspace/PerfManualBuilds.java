// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.workspace;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Turns the workspace's automatic build off for each test, so that a test decides when the builder
 * runs, and restores the setting after the test's own clean-up.
 */
final class PerfManualBuilds implements BeforeEachCallback, AfterEachCallback {

	private boolean autoBuildBefore;

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		autoBuildBefore = PerfWorkspaceTestSupport.autoBuild(false);
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		PerfWorkspaceTestSupport.autoBuild(autoBuildBefore);
	}
}
