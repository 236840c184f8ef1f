// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.wizard;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/**
 * Folder and file name as in Eclipse's new-file page, plus the form to start from: kind, unit and
 * year. The file name follows the kind and year until the analyst types one of their own.
 */
public class PerfNewFilePage extends WizardNewFileCreationPage {

	private final LocalDate today;
	private PerfTemplate template = PerfTemplate.DEPARTMENT;
	private String unit = "";
	private int year;
	private boolean nameTyped;
	private String suggested;
	private Combo kindCombo;
	private Text unitText;
	private Spinner yearSpinner;

	public PerfNewFilePage(IStructuredSelection selection, LocalDate today) {
		super("perfNewFile", selection);
		this.today = today;
		this.year = template.defaultYear(today);
		setTitle(PerfWizardMessages.newFilePageTitle);
		setDescription(PerfWizardMessages.newFilePageDescription);
		setFileExtension("perf");
		suggestName();
	}

	/** Replaces the "advanced" link controls with the form choice (new .perf files are never links). */
	@Override
	protected void createAdvancedControls(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(PerfWizardMessages.newFileTemplateGroup);
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		new Label(group, SWT.NONE).setText(PerfWizardMessages.newFileKind);
		kindCombo = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (PerfTemplate each : PerfTemplate.values()) {
			kindCombo.add(each.label());
		}
		kindCombo.select(template.ordinal());
		kindCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		kindCombo.addListener(SWT.Selection, e -> setTemplate(PerfTemplate.values()[kindCombo.getSelectionIndex()]));

		new Label(group, SWT.NONE).setText(PerfWizardMessages.newFileUnit);
		unitText = new Text(group, SWT.BORDER);
		unitText.setText(unit);
		unitText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		unitText.addListener(SWT.Modify, e -> unit = unitText.getText());

		new Label(group, SWT.NONE).setText(PerfWizardMessages.newFileYear);
		yearSpinner = new Spinner(group, SWT.BORDER);
		yearSpinner.setValues(year, 2000, 2100, 0, 1, 10);
		yearSpinner.addListener(SWT.Modify, e -> {
			year = yearSpinner.getSelection();
			suggestName();
		});
	}

	@Override
	protected void createLinkTarget() {
		// no link: the file is created in the workspace
	}

	@Override
	protected IStatus validateLinkedResource() {
		return Status.OK_STATUS;
	}

	@Override
	public void handleEvent(org.eclipse.swt.widgets.Event event) {
		super.handleEvent(event);
		// a name other than the suggestion was typed: keep it
		String name = getFileName();
		if (name != null && !name.isEmpty() && suggested != null && !name.equals(suggested)) {
			nameTyped = true;
		}
	}

	/** Chooses the form kind (and its usual year); also used by tests. */
	public void setTemplate(PerfTemplate template) {
		this.template = template;
		this.year = template.defaultYear(today);
		if (kindCombo != null && !kindCombo.isDisposed()) {
			kindCombo.select(template.ordinal());
			yearSpinner.setSelection(year);
		}
		suggestName();
	}

	public void setUnit(String unit) {
		this.unit = unit;
		if (unitText != null && !unitText.isDisposed()) {
			unitText.setText(unit);
		}
	}

	public PerfTemplate template() {
		return template;
	}

	public int year() {
		return year;
	}

	private void suggestName() {
		if (!nameTyped) {
			suggested = template.defaultFileName(year);
			setFileName(suggested);
		}
	}

	@Override
	protected InputStream getInitialContents() {
		return new ByteArrayInputStream(template.render(unit, year, today).getBytes(StandardCharsets.UTF_8));
	}
}
