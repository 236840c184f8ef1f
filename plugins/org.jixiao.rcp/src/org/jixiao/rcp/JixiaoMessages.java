// SPDX-License-Identifier: EPL-2.0
package org.jixiao.rcp;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the workbench shell (menus, window, messages). Chinese in {@code messages_zh.properties},
 * English fallback in {@code messages.properties}; the locale is the platform's ({@code -nl}, default
 * zh_CN in the product's config.ini).
 */
public final class JixiaoMessages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.rcp.messages";

	public static String windowTitle;

	public static String menuFile;
	public static String menuNew;
	public static String menuEdit;
	public static String menuWindow;
	public static String menuShowView;
	public static String menuHelp;

	public static String actionNewWizard;
	public static String actionClose;
	public static String actionCloseAll;
	public static String actionSave;
	public static String actionSaveAll;
	public static String actionImport;
	public static String actionExport;
	public static String actionQuit;
	public static String actionUndo;
	public static String actionRedo;
	public static String actionCut;
	public static String actionCopy;
	public static String actionPaste;
	public static String actionDelete;
	public static String actionSelectAll;
	public static String actionFind;
	public static String actionResetPerspective;
	public static String actionPreferences;
	public static String actionAbout;

	public static String workspaceInUseTitle;
	public static String workspaceInUse;
	public static String workspaceUnusable;
	public static String openFailedTitle;
	public static String fileNotFound;
	public static String openFailed;

	public static String logStarted;
	public static String logOpened;
	public static String logOpenFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, JixiaoMessages.class);
	}

	private JixiaoMessages() {
	}
}
