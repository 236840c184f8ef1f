// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

/**
 * First page of the import wizard: the tables to import (those selected in the workspace already
 * chosen), the workspace folder to put the .perf files in, the fallback year.
 */
public class PerfImportFilesPage extends WizardPage {

	private static final java.util.Set<String> TABLE_EXTENSIONS = java.util.Set.of("xlsx", "xls", "txt");

	private final java.util.List<Path> files = new ArrayList<>();
	private final int yearDefault;
	private IPath folder;
	private Integer year;
	private List fileList;
	private Text folderText;
	private Button yearCheck;
	private Spinner yearSpinner;

	public PerfImportFilesPage(IStructuredSelection selection, int currentYear) {
		super("perfImportFiles");
		setTitle(PerfImportMessages.filesPageTitle);
		setDescription(PerfImportMessages.filesPageDescription);
		this.folder = initialFolder(selection);
		this.yearDefault = currentYear;
		files.addAll(initialFiles(selection));
	}

	/** Tables selected in the workspace (a workbook copied into the project): chosen already. */
	private static java.util.List<Path> initialFiles(IStructuredSelection selection) {
		java.util.List<Path> tables = new ArrayList<>();
		if (selection == null) {
			return tables;
		}
		for (Object element : selection) {
			IResource resource = Adapters.adapt(element, IResource.class);
			if (resource instanceof IFile file && file.getLocation() != null && file.getFileExtension() != null
					&& TABLE_EXTENSIONS.contains(file.getFileExtension().toLowerCase(java.util.Locale.ROOT))) {
				tables.add(file.getLocation().toPath());
			}
		}
		return tables;
	}

	/** The selected folder or project, or the folder of a selected file. */
	private static IPath initialFolder(IStructuredSelection selection) {
		if (selection == null) {
			return null;
		}
		for (Object element : selection) {
			IResource resource = Adapters.adapt(element, IResource.class);
			if (resource instanceof IFile file) {
				return file.getParent().getFullPath();
			}
			if (resource instanceof IContainer container && resource.getType() != IResource.ROOT) {
				return container.getFullPath();
			}
		}
		return null;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));

		Label filesLabel = new Label(page, SWT.NONE);
		filesLabel.setText(PerfImportMessages.filesLabel);
		filesLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		fileList = new List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 2);
		listData.heightHint = 120;
		fileList.setLayoutData(listData);
		Button add = new Button(page, SWT.PUSH);
		add.setText(PerfImportMessages.filesAdd);
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		add.addListener(SWT.Selection, e -> browseFiles());
		Button remove = new Button(page, SWT.PUSH);
		remove.setText(PerfImportMessages.filesRemove);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		remove.addListener(SWT.Selection, e -> {
			int[] selected = fileList.getSelectionIndices();
			for (int i = selected.length - 1; i >= 0; i--) {
				files.remove(selected[i]);
			}
			refresh();
		});

		new Label(page, SWT.NONE).setText(PerfImportMessages.folderLabel);
		folderText = new Text(page, SWT.BORDER);
		folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		folderText.setText(folder == null ? "" : folder.toString());
		folderText.addListener(SWT.Modify, e -> {
			String text = folderText.getText().trim();
			folder = text.isEmpty() ? null : IPath.fromPortableString(text).makeAbsolute();
			validate();
		});
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(PerfImportMessages.folderBrowse);
		browse.addListener(SWT.Selection, e -> browseFolder());

		yearCheck = new Button(page, SWT.CHECK);
		yearCheck.setText(PerfImportMessages.yearLabel);
		yearSpinner = new Spinner(page, SWT.BORDER);
		yearSpinner.setValues(year == null ? yearDefault : year, 2000, 2100, 0, 1, 10);
		yearSpinner.setEnabled(year != null);
		yearCheck.setSelection(year != null);
		yearCheck.addListener(SWT.Selection, e -> {
			yearSpinner.setEnabled(yearCheck.getSelection());
			year = yearCheck.getSelection() ? yearSpinner.getSelection() : null;
		});
		yearSpinner.addListener(SWT.Modify, e -> year = yearCheck.getSelection() ? yearSpinner.getSelection() : null);
		Label yearHint = new Label(page, SWT.WRAP);
		yearHint.setText(PerfImportMessages.yearHint);
		yearHint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		setControl(page);
		refresh();
	}

	private void browseFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(PerfImportMessages.filesDialog);
		dialog.setFilterExtensions(new String[] { "*.xlsx;*.xls;*.txt", "*.*" });
		dialog.setFilterNames(new String[] { PerfImportMessages.filesFilter, PerfImportMessages.filesFilterAll });
		if (dialog.open() == null) {
			return;
		}
		for (String name : dialog.getFileNames()) {
			Path file = Path.of(dialog.getFilterPath(), name);
			if (!files.contains(file)) {
				files.add(file);
			}
		}
		refresh();
	}

	private void browseFolder() {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IContainer initial = folder == null ? null : root.getContainerForLocation(root.getLocation().append(folder));
		ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), initial, true, PerfImportMessages.folderDialog);
		if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length > 0) {
			folderText.setText(((IPath) dialog.getResult()[0]).toString());
		}
	}

	/** The chosen files (also used by tests instead of the file dialog). */
	public void setFiles(java.util.List<Path> chosen) {
		files.clear();
		files.addAll(chosen);
		refresh();
	}

	public void setFolder(IContainer container) {
		folder = container.getFullPath();
		if (folderText != null && !folderText.isDisposed()) {
			folderText.setText(folder.toString());
		}
		validate();
	}

	public void setYear(Integer fallbackYear) {
		year = fallbackYear;
		if (yearCheck != null && !yearCheck.isDisposed()) {
			yearCheck.setSelection(year != null);
			yearSpinner.setEnabled(year != null);
			if (year != null) {
				yearSpinner.setSelection(year);
			}
		}
	}

	public java.util.List<Path> files() {
		return java.util.List.copyOf(files);
	}

	/** The target folder (created when the import is finished if it does not exist yet), or null. */
	public IContainer folder() {
		if (folder == null || folder.segmentCount() == 0) {
			return null;
		}
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		return folder.segmentCount() == 1 ? root.getProject(folder.segment(0)) : root.getFolder(folder);
	}

	public Integer year() {
		return year;
	}

	private void refresh() {
		if (fileList != null && !fileList.isDisposed()) {
			fileList.setItems(files.stream().map(Path::toString).toArray(String[]::new));
		}
		validate();
	}

	private void validate() {
		String problem = null;
		IContainer target = folder();
		if (files.isEmpty()) {
			problem = PerfImportMessages.errorNoFiles;
		} else if (target == null) {
			problem = PerfImportMessages.errorNoFolder;
		} else if (!target.getProject().isAccessible()) {
			problem = PerfImportMessages.errorNoProject;
		}
		setErrorMessage(files.isEmpty() ? null : problem);
		setMessage(files.isEmpty() ? problem : null);
		setPageComplete(problem == null);
	}
}
