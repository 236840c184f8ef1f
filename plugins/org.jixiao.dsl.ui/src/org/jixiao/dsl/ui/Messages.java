// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui;

import org.eclipse.osgi.util.NLS;

/**
 * User-visible texts of the editor. {@code messages.properties} holds the English texts, the
 * fallback for every locale; {@code messages_zh.properties} the Chinese ones, used under any
 * Chinese locale (zh, zh_CN …). The workbench product starts with {@code -nl zh_CN}.
 */
public final class Messages extends NLS {

	public static String ContentAssist_noProposals;
	public static String ContentAssist_proposals;
	public static String Format_syntaxErrors;
	public static String Format_label;
	public static String ToggleComment_label;
	public static String Outline_empty;
	public static String QuickFix_apply;
	public static String QuickFix_failed;
	public static String Reconcile_job;
	public static String Popup_pressF2;
	public static String Save_failed;
	public static String Save_changedOnDisk;
	public static String Error_title;
	public static String Error_message;
	public static String Error_generate;
	public static String Error_build;
	public static String Error_import;
	public static String Error_save;
	public static String Open_tooLarge;
	public static String Encoding_toUtf8;
	public static String Encoding_toUtf8_unsaved;

	static {
		NLS.initializeMessages("org.jixiao.dsl.ui.messages", Messages.class);
	}

	private Messages() {
	}
}
