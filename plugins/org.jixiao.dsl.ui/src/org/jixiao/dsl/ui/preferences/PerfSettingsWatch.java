// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.preferences;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;

/**
 * Which settings are watched: the workspace's, and each .perf project's own once the builder or the
 * severities have met it. A change is handed to the one handler the bundle's start installs (it re-checks
 * editors and rebuilds projects, which live above this package); before that, changes have no one to tell.
 */
public final class PerfSettingsWatch {

	private static final Set<IEclipsePreferences> WATCHED = Collections.newSetFromMap(new WeakHashMap<>());
	private static final IPreferenceChangeListener WORKSPACE = event -> changed(null);
	private static final Consumer<IProject> NO_ONE = project -> {
	};

	private static volatile Consumer<IProject> handler = NO_ONE;

	private PerfSettingsWatch() {
	}

	/** Starts watching the workspace's settings; {@code onChange} gets the project ({@code null}: the workspace). */
	public static void start(Consumer<IProject> onChange) {
		handler = onChange;
		watch(PerfPreferences.node(), WORKSPACE);
	}

	public static void stop() {
		PerfPreferences.node().removePreferenceChangeListener(WORKSPACE);
		synchronized (WATCHED) {
			WATCHED.remove(PerfPreferences.node());
		}
		handler = NO_ONE;
	}

	/** Listens to a project's own settings (called for every .perf project the builder meets). */
	public static void watch(IProject project) {
		if (project.isAccessible()) {
			watch(PerfPreferences.node(project), event -> changed(project));
		}
	}

	private static void watch(IEclipsePreferences node, IPreferenceChangeListener listener) {
		synchronized (WATCHED) {
			if (WATCHED.add(node)) {
				node.addPreferenceChangeListener(listener);
			}
		}
	}

	/** Something in the settings of the project ({@code null}: of the workspace) changed. */
	public static void changed(IProject project) {
		handler.accept(project);
	}
}
