package org.jixiao.dsl.ui.preferences;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.jixiao.dsl.ui.PerfUiPlugin;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.dsl.validation.PerfProfile;

/**
 * The workspace preferences of the .perf tooling (Window › Preferences › 绩效 Jixiao), read by the
 * builder and the "generate forms" command: output folder, region layout, profile file, and rule
 * severities keyed like a profile file ({@code severity.<issue code>}).
 */
public final class PerfPreferences {

	/** Folder of the generated forms, relative to the project. */
	public static final String OUTPUT_FOLDER = "outputFolder";
	public static final String DEFAULT_OUTPUT_FOLDER = "forms";

	/** Layout for the forms whose file names none ({@code --layout} of the command line); empty: each kind's default. */
	public static final String LAYOUT = "layout";

	/** A region's profile file (the command line's {@code --profile}); empty: the shipped profile. */
	public static final String PROFILE_FILE = "profileFile";

	/** Prefix of the severity preferences: the profile's own key, value error|warning|info|ignore or empty. */
	public static final String SEVERITY_PREFIX = PerfProfile.SEVERITY_PREFIX;

	private PerfPreferences() {
	}

	/** The output folder, or forms when the preference is not a folder inside the project. */
	public static String outputFolder() {
		String folder = get(OUTPUT_FOLDER, DEFAULT_OUTPUT_FOLDER).trim();
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

	/** The requested layout, or {@code null} for each form kind's default. */
	public static String layout() {
		String layout = get(LAYOUT, "").trim();
		return layout.isEmpty() ? null : layout;
	}

	public static String profileFile() {
		return get(PROFILE_FILE, "").trim();
	}

	/** The severities set on the preference page (codes left at their default are absent). */
	public static Map<String, String> severities() {
		Map<String, String> severities = new LinkedHashMap<>();
		for (String code : PerfIssueCodes.DEFAULTS.keySet()) {
			String value = get(SEVERITY_PREFIX + code, "").trim();
			if (!value.isEmpty()) {
				severities.put(code, value);
			}
		}
		return severities;
	}

	/** Where the page stores them (instance scope of the bundle). */
	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(PerfUiPlugin.PLUGIN_ID);
	}

	private static String get(String key, String fallback) {
		return Platform.getPreferencesService().getString(PerfUiPlugin.PLUGIN_ID, key, fallback, null);
	}
}
