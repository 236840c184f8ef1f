// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.wizard;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

/** Name and location as in Eclipse's new-project page, plus whether to include the examples. */
public class PerfNewProjectPage extends WizardNewProjectCreationPage {

	private boolean includeExamples;
	private Button examplesButton;

	public PerfNewProjectPage() {
		super("perfNewProject");
		setTitle(PerfWizardMessages.newProjectPageTitle);
		setDescription(PerfWizardMessages.newProjectPageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		Composite control = (Composite) getControl();
		examplesButton = new Button(control, SWT.CHECK);
		examplesButton.setText(PerfWizardMessages.newProjectIncludeExamples);
		examplesButton.setSelection(includeExamples);
		examplesButton.addListener(SWT.Selection, e -> includeExamples = examplesButton.getSelection());
	}

	public boolean includeExamples() {
		return includeExamples;
	}

	public void setIncludeExamples(boolean include) {
		includeExamples = include;
		if (examplesButton != null && !examplesButton.isDisposed()) {
			examplesButton.setSelection(include);
		}
	}
}
