// SPDX-License-Identifier: EPL-2.0
package org.jixiao.rcp;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Jixiao perspective: projects on the left, the .perf editor in the middle, its outline on
 * the right, problems (and generation progress) below the editor.
 */
public class JixiaoPerspective implements IPerspectiveFactory {

	public static final String ID = "org.jixiao.rcp.perspective";

	/** Wizards of the .perf tooling (org.jixiao.dsl.ui); listed only if installed. */
	static final String NEW_FILE_WIZARD = "org.jixiao.dsl.ui.wizard.newFile";
	static final String NEW_PROJECT_WIZARD = "org.jixiao.dsl.ui.wizard.newProject";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder("org.jixiao.rcp.left", IPageLayout.LEFT, 0.22f, editorArea);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);

		IFolderLayout right = layout.createFolder("org.jixiao.rcp.right", IPageLayout.RIGHT, 0.74f, editorArea);
		right.addView(IPageLayout.ID_OUTLINE);

		IFolderLayout bottom = layout.createFolder("org.jixiao.rcp.bottom", IPageLayout.BOTTOM, 0.72f, editorArea);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);

		for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
				IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROGRESS_VIEW }) {
			layout.addShowViewShortcut(view);
		}
		layout.addNewWizardShortcut(NEW_PROJECT_WIZARD);
		layout.addNewWizardShortcut(NEW_FILE_WIZARD);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
	}
}
