package org.jixiao.dsl.ui.preferences;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.jixiao.dsl.ui.PerfUiInjector;
import org.jixiao.dsl.validation.PerfProfile;

/**
 * Puts the preferences into the language's validation profile ({@link PerfProfile}, one per
 * injector, so the builder and the editor judge alike): the region's profile file if one is set,
 * then the severities chosen on the preference page on top of it.
 */
public final class PerfWorkbenchProfile {

	private PerfWorkbenchProfile() {
	}

	/**
	 * Applies the preferences; on a bad profile the shipped defaults are used and the Chinese reason
	 * is returned (shown as a problem of the project), otherwise {@code null}.
	 */
	public static synchronized String apply() {
		PerfProfile profile = PerfUiInjector.getInstance(PerfProfile.class);
		try {
			profile.use(settings());
			return null;
		} catch (IOException e) {
			profile.reset();
			return "无法读取校验配置文件 " + PerfPreferences.profileFile() + "：" + e.getMessage();
		} catch (IllegalArgumentException e) {
			profile.reset();
			return "校验配置有误（" + PerfPreferences.profileFile() + "）：" + e.getMessage();
		}
	}

	/** The profile file's settings with the page's severities on top. */
	static Properties settings() throws IOException {
		Properties settings = new Properties();
		String file = PerfPreferences.profileFile();
		if (!file.isEmpty()) {
			try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
				settings.load(reader);
			}
		}
		for (Map.Entry<String, String> severity : PerfPreferences.severities().entrySet()) {
			settings.setProperty(PerfProfile.SEVERITY_PREFIX + severity.getKey(), severity.getValue());
		}
		return settings;
	}
}
