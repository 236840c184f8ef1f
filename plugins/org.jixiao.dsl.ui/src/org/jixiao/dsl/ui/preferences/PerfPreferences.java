// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.preferences;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.jixiao.dsl.ui.PerfUiPlugin;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.dsl.validation.PerfProfile;

/**
 * The preferences of the .perf tooling, read by the builder, the "generate forms" command and the
 * validation: output folder, region layouts folder and layout, profile file, and rule severities keyed
 * like a profile file ({@code severity.<issue code>}). Workspace-wide (Window › Preferences › 绩效
 * Jixiao, instance scope), or the project's own (Project › Properties › 绩效 Jixiao, project scope,
 * {@code .settings/org.jixiao.dsl.ui.prefs}) when the project says {@value #PROJECT_SPECIFIC}. A
 * project with its own settings uses all of them (each unset value is the shipped default, not the
 * workspace's), as Eclipse's "project-specific settings" do. The validation profile (a built-in one
 * and a file on top of it) is workspace-wide only: the language has one profile per injector.
 */
public final class PerfPreferences {

	/** Folder of the generated forms, relative to the project. */
	public static final String OUTPUT_FOLDER = "outputFolder";
	public static final String DEFAULT_OUTPUT_FOLDER = "forms";

	/** Layout for the forms whose file names none ({@code --layout} of the command line); empty: each kind's default. */
	public static final String LAYOUT = "layout";

	/** Folder of the region's own {@code *.layout} files (the command line's {@code --layouts DIR}); empty: none. */
	public static final String LAYOUTS_FOLDER = "layoutsFolder";

	/** In project scope: "true" when the project's own settings are used. */
	public static final String PROJECT_SPECIFIC = "projectSpecific";

	/** A built-in validation profile by name (the command line's {@code --profile national}); empty: the shipped defaults. */
	public static final String PROFILE = "validationProfile";

	/** A region's profile file (the command line's {@code --profile FILE}), on top of the named profile; empty: none. */
	public static final String PROFILE_FILE = "profileFile";

	/** Prefix of the severity preferences: the profile's own key, value error|warning|info|ignore or empty. */
	public static final String SEVERITY_PREFIX = PerfProfile.SEVERITY_PREFIX;

	private PerfPreferences() {
	}

	/** The workspace's output folder. */
	public static String outputFolder() {
		return outputFolder(null);
	}

	/** The output folder for a project (null: the workspace's), or forms when the value is not a folder inside the project. */
	public static String outputFolder(IProject project) {
		String folder = get(project, OUTPUT_FOLDER, DEFAULT_OUTPUT_FOLDER).trim();
		return validOutputFolder(folder) ? IPath.fromPortableString(folder).toPortableString() : DEFAULT_OUTPUT_FOLDER;
	}

	/** A project-relative folder: not empty, not absolute, no "." or "..", a valid resource name. */
	public static boolean validOutputFolder(String value) {
		String trimmed = value == null ? "" : value.trim();
		if (trimmed.isEmpty()) {
			return false;
		}
		IPath path = IPath.fromPortableString(trimmed);
		if (path.isAbsolute() || path.getDevice() != null || path.segmentCount() == 0) {
			return false;
		}
		for (String segment : path.segments()) {
			if (segment.equals("..") || segment.equals(".")) {
				return false;
			}
		}
		return ResourcesPlugin.getWorkspace().validatePath("/p/" + path.toPortableString(), IResource.FOLDER).isOK();
	}

	/** The workspace's layout, or {@code null} for each form kind's default. */
	public static String layout() {
		return layout(null);
	}

	/** The requested layout, or {@code null} for each form kind's default. */
	public static String layout(IProject project) {
		String layout = get(project, LAYOUT, "").trim();
		return layout.isEmpty() ? null : layout;
	}

	/** The layouts folder as written (absolute, or relative to the project for project settings). */
	public static String layoutsFolderSetting(IProject project) {
		return get(project, LAYOUTS_FOLDER, "").trim();
	}

	/**
	 * The layouts folder to read, or {@code null} when none is set. A relative path is resolved against
	 * the project's location (project settings are shared with the project, so a folder of the project
	 * is written relative to it).
	 */
	public static Path layoutsFolder(IProject project) {
		return resolve(layoutsFolderSetting(project), project);
	}

	static Path resolve(String folder, IProject project) {
		if (folder.isEmpty()) {
			return null;
		}
		Path path = Path.of(folder);
		if (!path.isAbsolute() && project != null && project.getLocation() != null) {
			path = project.getLocation().toFile().toPath().resolve(path);
		}
		return path.toAbsolutePath().normalize();
	}

	/** The built-in profile chosen (workspace-wide), or empty for the shipped defaults. */
	public static String profile() {
		return get(null, PROFILE, "").trim();
	}

	public static String profileFile() {
		return get(null, PROFILE_FILE, "").trim();
	}

	/** The workspace's severities (codes left at their default are absent). */
	public static Map<String, String> severities() {
		return severities(null);
	}

	/** The severities set for a project (its own, or the workspace's); codes left at their default are absent. */
	public static Map<String, String> severities(IProject project) {
		IEclipsePreferences node = nodeFor(project);
		Map<String, String> severities = new LinkedHashMap<>();
		for (String code : PerfIssueCodes.DEFAULTS.keySet()) {
			String value = node.get(SEVERITY_PREFIX + code, "").trim();
			if (!value.isEmpty()) {
				severities.put(code, value);
			}
		}
		return severities;
	}

	/** Where the workspace settings are stored (instance scope of the bundle). */
	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(PerfUiPlugin.PLUGIN_ID);
	}

	/** Where a project's own settings are stored (project scope: {@code .settings/org.jixiao.dsl.ui.prefs}). */
	public static IEclipsePreferences node(IProject project) {
		return new ProjectScope(project).getNode(PerfUiPlugin.PLUGIN_ID);
	}

	/** Whether the project uses its own settings. */
	public static boolean projectSpecific(IProject project) {
		return project != null && project.isAccessible() && node(project).getBoolean(PROJECT_SPECIFIC, false);
	}

	/** The node whose values apply to a project (null: the workspace). */
	static IEclipsePreferences nodeFor(IProject project) {
		return projectSpecific(project) ? node(project) : node();
	}

	/** A value of the node that applies, else the default of the initializer, else the fallback. */
	private static String get(IProject project, String key, String fallback) {
		String value = nodeFor(project).get(key, null);
		return value != null ? value : DefaultScope.INSTANCE.getNode(PerfUiPlugin.PLUGIN_ID).get(key, fallback);
	}
}
