// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.preferences;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.jixiao.dsl.validation.PerfProfile;

/**
 * Puts the validation profile of the preferences (a built-in one such as {@code national}, and the
 * region's file on top of it, as {@code --profile national --profile FILE} does) into the language's validation profile
 * ({@link PerfProfile}, one per injector, so the builder and the editor judge alike). The severities
 * chosen in the preferences are not put here: {@link PerfWorkbenchSeverities} reads them per project
 * at each validation, on top of this profile.
 */
public final class PerfWorkbenchProfile {

	private PerfWorkbenchProfile() {
	}

	/**
	 * Applies the preferences to the profile; on a bad profile file the shipped defaults are used and the
	 * Chinese reason is returned (shown as a problem of the project), otherwise {@code null}.
	 */
	public static synchronized String applyTo(PerfProfile profile) {
		try {
			profile.use(layers());
			return null;
		} catch (IOException e) {
			profile.reset();
			return "无法读取校验配置文件 " + PerfPreferences.profileFile() + "：" + e.getMessage();
		} catch (IllegalArgumentException e) {
			profile.reset();
			String file = PerfPreferences.profileFile();
			return "校验配置有误" + (file.isEmpty() ? "" : "（" + file + "）") + "：" + e.getMessage();
		}
	}

	/** The chosen built-in profile, then the file's settings (each only when set). */
	static List<Properties> layers() throws IOException {
		List<Properties> layers = new ArrayList<>();
		String named = PerfPreferences.profile();
		if (!named.isEmpty()) {
			layers.add(PerfProfile.builtin(named));
		}
		layers.add(settings());
		return layers;
	}

	/** The profile file's settings (none when no file is set). */
	static Properties settings() throws IOException {
		Properties settings = new Properties();
		String file = PerfPreferences.profileFile();
		if (!file.isEmpty()) {
			try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
				settings.load(reader);
			}
		}
		return settings;
	}
}
