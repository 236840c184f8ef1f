// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.preferences;

import org.eclipse.osgi.util.NLS;

/** Texts of the preference page (Chinese in messages_zh.properties). */
public final class PerfPreferenceMessages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.dsl.ui.preferences.messages";

	public static String pageDescription;
	public static String outputFolder;
	public static String outputFolderInvalid;
	public static String layout;
	public static String layoutDefault;
	public static String profile;
	public static String profileDefault;
	public static String profileNational;
	public static String profileFile;
	public static String projectDescription;
	public static String useProjectSettings;
	public static String layoutsFolder;
	public static String browse;
	public static String layoutMissing;
	public static String layoutsBuiltinOnly;
	public static String layoutsNone;
	public static String layoutsAvailable;
	public static String layoutFamily;
	public static String saveFailed;
	public static String severitiesGroup;
	public static String severityDefault;
	public static String severityError;
	public static String severityWarning;
	public static String severityInfo;
	public static String severityIgnore;

	static {
		NLS.initializeMessages(BUNDLE_NAME, PerfPreferenceMessages.class);
	}

	private PerfPreferenceMessages() {
	}
}
