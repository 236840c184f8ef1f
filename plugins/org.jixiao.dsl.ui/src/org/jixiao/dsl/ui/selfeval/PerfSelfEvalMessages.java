// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.selfeval;

import org.eclipse.osgi.util.NLS;

/** Texts of Start self-evaluation: English in messages.properties (fallback), Chinese in messages_zh.properties. */
public final class PerfSelfEvalMessages extends NLS {

	public static String commandTitle;
	public static String noFile;
	public static String profileIntro;
	public static String profileLabel;
	public static String profileStart;
	public static String profileFile;
	public static String profileFileTitle;
	public static String profileFileInvalid;
	public static String profileFileUnreadable;
	public static String saveFirst;
	public static String overwrite;
	public static String notLocal;
	public static String unreadable;
	public static String sourceHasErrors;
	public static String errorLine;
	public static String cannotStart;
	public static String noDeclaration;
	public static String noteLine;
	public static String done;
	public static String doneWithNotes;
	public static String writeFailed;
	public static String openFailed;
	public static String unknownProfile;
	public static String nextYearTitle;
	public static String nextYearNoFile;
	public static String nextYearPrompt;
	public static String nextYearInvalid;
	public static String nextYearNoDeclaration;
	public static String nextYearSameYear;
	public static String nextYearOverwrite;
	public static String nextYearDone;
	public static String nextYearSaveFirst;
	public static String monitorTitle;
	public static String monitorNoFile;
	public static String monitorSaveFirst;
	public static String monitorPrompt;
	public static String monitorInvalid;
	public static String monitorNoDeclaration;
	public static String monitorOverwrite;
	public static String monitorDone;

	static {
		NLS.initializeMessages("org.jixiao.dsl.ui.selfeval.messages", PerfSelfEvalMessages.class);
	}

	private PerfSelfEvalMessages() {
	}
}
