// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.workspace;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.jixiao.dsl.ui.tests.PerfUiTestSupport;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Turns the workspace's automatic build off for each test, so that a test decides when the builder
 * runs, and restores the setting after the test's own clean-up. Projects made through
 * {@link #project(String)} are closed in the editors and deleted after each test, before the setting
 * is restored.
 */
final class PerfManualBuilds implements BeforeEachCallback, AfterEachCallback {

	private boolean autoBuildBefore;
	private final List<IProject> projects = new ArrayList<>();

	/** A new Jixiao project of this test, deleted after it. */
	IProject project(String name) throws Exception {
		IProject project = PerfWorkspaceTestSupport.perfProject(name);
		projects.add(project);
		return project;
	}

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		autoBuildBefore = PerfWorkspaceTestSupport.autoBuild(false);
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		try {
			for (IProject project : projects) {
				PerfUiTestSupport.closeEditorsAndDelete(project);
			}
		} finally {
			projects.clear();
			PerfWorkspaceTestSupport.autoBuild(autoBuildBefore);
		}
	}
}
