// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.dsl.ui.tests.workspace.PerfWorkspaceTestSupport.*;

import java.util.Iterator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.jixiao.dsl.ui.PerfUiPlugin;
import org.jixiao.dsl.ui.editor.PerfEditor;
import org.jixiao.dsl.ui.preferences.PerfPreferences;
import org.jixiao.dsl.ui.reconciler.PerfProblemAnnotation;
import org.jixiao.dsl.ui.tests.PerfUiTestSupport;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A severity changed in the preferences reaches an open editor and the Problems view without a save or a build. */
class PerfLiveSettingsTest {

	private static final long WAIT_MS = 30_000;

	private IProject project;
	@RegisterExtension
	final PerfManualBuilds manualBuilds = new PerfManualBuilds();

	@AfterEach
	void cleanUp() throws Exception {
		resetPreferences();
		PerfUiTestSupport.closeEditorsAndDelete(project);
	}

	@Test
	void aSeverityChangedInThePreferenceStoreChangesTheOpenEditorsAnnotationAndMarker() throws Exception {
		project = perfProject("live-severity");
		IFile file = project.getFile("社区服务.perf");
		write(file, PerfBuilderTest.TWO_MISTAKES);
		PerfEditor editor = PerfUiTestSupport.open(file);
		assertThat(PerfUiTestSupport.waitUntil(() -> WARNING.equals(typeOf(editor, PerfIssueCodes.MISSING_UNIT)), WAIT_MS))
				.as("missing unit is a warning by default").isTrue();

		// what the preference page's OK does: write the store
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, PerfUiPlugin.PLUGIN_ID);
		store.setValue(PerfPreferences.SEVERITY_PREFIX + PerfIssueCodes.MISSING_UNIT, "error");

		assertThat(PerfUiTestSupport.waitUntil(() -> ERROR.equals(typeOf(editor, PerfIssueCodes.MISSING_UNIT)), WAIT_MS))
				.as("the open editor shows it as an error, nothing saved or built").isTrue();
		settingsApplied();
		assertThat(describe(markers(file))).containsExactly("7 error perf.missing-unit", "12 warning perf.unachievable-100");

		store.setValue(PerfPreferences.SEVERITY_PREFIX + PerfIssueCodes.MISSING_UNIT, "ignore");
		assertThat(PerfUiTestSupport.waitUntil(() -> typeOf(editor, PerfIssueCodes.MISSING_UNIT) == null
				&& typeOf(editor, PerfIssueCodes.UNACHIEVABLE_100) != null, WAIT_MS)).as("ignored: gone from the editor").isTrue();
		settingsApplied();
		assertThat(describe(markers(file))).containsExactly("12 warning perf.unachievable-100");
	}

	@Test
	void aProjectsOwnSeverityReachesItsOpenEditor() throws Exception {
		project = perfProject("live-project-severity");
		IFile file = project.getFile("社区服务.perf");
		write(file, PerfBuilderTest.TWO_MISTAKES);
		PerfEditor editor = PerfUiTestSupport.open(file);
		assertThat(PerfUiTestSupport.waitUntil(() -> WARNING.equals(typeOf(editor, PerfIssueCodes.UNACHIEVABLE_100)), WAIT_MS))
				.isTrue();

		// what the property page's OK does: write the project's store
		ScopedPreferenceStore store = new ScopedPreferenceStore(new ProjectScope(project), PerfUiPlugin.PLUGIN_ID);
		store.setValue(PerfPreferences.SEVERITY_PREFIX + PerfIssueCodes.UNACHIEVABLE_100, "error");
		store.setValue(PerfPreferences.PROJECT_SPECIFIC, true);
		store.save();

		assertThat(PerfUiTestSupport.waitUntil(() -> ERROR.equals(typeOf(editor, PerfIssueCodes.UNACHIEVABLE_100)), WAIT_MS))
				.as("the project's own severity in its open editor").isTrue();
		settingsApplied();
		assertThat(describe(markers(file))).containsExactly("7 warning perf.missing-unit", "12 error perf.unachievable-100");
	}

	private static final String ERROR = PerfProblemAnnotation.ERROR;
	private static final String WARNING = PerfProblemAnnotation.WARNING;

	/** The annotation type of the editor's problem with this code, or null. */
	static String typeOf(PerfEditor editor, String code) {
		IAnnotationModel model = editor.annotationModel();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof PerfProblemAnnotation problem && !problem.isMarkedDeleted()
					&& code.equals(problem.issue().getCode())) {
				return problem.getType();
			}
		}
		return null;
	}
}
