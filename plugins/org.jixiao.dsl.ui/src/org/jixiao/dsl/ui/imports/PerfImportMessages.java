// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.imports;

import org.eclipse.osgi.util.NLS;

/** Texts of the import wizard and of Paste as .perf: English in messages.properties (fallback), Chinese in messages_zh.properties. */
public final class PerfImportMessages extends NLS {

	public static String wizardTitle;
	public static String filesPageTitle;
	public static String filesPageDescription;
	public static String filesLabel;
	public static String filesAdd;
	public static String filesRemove;
	public static String filesDialog;
	public static String filesFilter;
	public static String filesFilterAll;
	public static String folderLabel;
	public static String folderBrowse;
	public static String folderDialog;
	public static String yearLabel;
	public static String yearHint;
	public static String errorNoFiles;
	public static String errorNoFolder;
	public static String errorNoProject;
	public static String importing;
	public static String writing;
	public static String reportPageTitle;
	public static String reportPageDescription;
	public static String columnFile;
	public static String columnSeverity;
	public static String columnPosition;
	public static String columnMessage;
	public static String reportTarget;
	public static String reportNotImported;
	public static String reportSummary;
	public static String reportNothing;
	public static String reportSomeFailed;
	public static String severityError;
	public static String severityWarning;
	public static String severityInfo;
	public static String positionLine;
	public static String positionCell;
	public static String importFailed;
	public static String writeFailed;
	public static String openFailed;
	public static String pasteTitle;
	public static String pasteEmpty;
	public static String pasteErrors;
	public static String pasteDone;
	public static String pasteOtherFramework;
	public static String columnsLabel;
	public static String columnsHint;
	public static String mappingLetter;
	public static String mappingHeader;
	public static String mappingField;
	public static String mappingIgnore;
	public static String mappingUnknown;
	public static String mappingPositionLine;
	public static String mappingPositionSheet;
	public static String mappingBuiltin;
	public static String mappingNothing;
	public static String previewLabel;
	public static String previewNothing;
	public static String pasteColumnsIntro;
	public static String pasteInsert;
	public static String pastePreview;
	public static String pasteSummary;
	public static String pasteSummaryErrors;

	static {
		NLS.initializeMessages("org.jixiao.dsl.ui.imports.messages", PerfImportMessages.class);
	}

	private PerfImportMessages() {
	}
}
