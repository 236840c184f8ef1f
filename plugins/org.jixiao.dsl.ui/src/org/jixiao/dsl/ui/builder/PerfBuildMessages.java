// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.builder;

import org.eclipse.osgi.util.NLS;

/** Texts of the builder's report: English in messages.properties (fallback), Chinese in messages_zh.properties. */
public final class PerfBuildMessages extends NLS {

	public static String generated;
	public static String nothingToGenerate;
	public static String notGenerated;
	public static String notGeneratedFile;
	public static String failedFile;
	public static String outdated;
	public static String separator;
	public static String listSeparator;
	public static String outdatedMarker;
	public static String outdatedLabel;

	static {
		NLS.initializeMessages("org.jixiao.dsl.ui.builder.messages", PerfBuildMessages.class);
	}

	private PerfBuildMessages() {
	}
}
