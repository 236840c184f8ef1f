// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.wizard;

import org.eclipse.osgi.util.NLS;

/** Texts of the new-file and new-project wizards (Chinese in messages_zh.properties). */
public final class PerfWizardMessages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.dsl.ui.wizard.messages";

	public static String templateDepartment;
	public static String templateProject;
	public static String templateSelfEvaluation;

	public static String newFileTitle;
	public static String newFilePageTitle;
	public static String newFilePageDescription;
	public static String newFileTemplateGroup;
	public static String newFileKind;
	public static String newFileUnit;
	public static String newFileYear;
	public static String newFileOpenFailed;

	public static String newProjectTitle;
	public static String newProjectPageTitle;
	public static String newProjectPageDescription;
	public static String newProjectIncludeExamples;
	public static String newProjectExamplesFolder;
	public static String newProjectFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, PerfWizardMessages.class);
	}

	private PerfWizardMessages() {
	}
}
