// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.workbook;

import org.eclipse.osgi.util.NLS;

/** Texts of opening workbooks: English in messages.properties (fallback), Chinese in messages_zh.properties. */
public final class PerfWorkbookMessages extends NLS {

	public static String noProgramTitle;
	public static String noProgram;
	public static String ok;

	static {
		NLS.initializeMessages("org.jixiao.dsl.ui.workbook.messages", PerfWorkbookMessages.class);
	}

	private PerfWorkbookMessages() {
	}
}
