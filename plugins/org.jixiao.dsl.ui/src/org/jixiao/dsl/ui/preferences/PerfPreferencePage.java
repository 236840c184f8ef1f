// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.preferences;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.IWorkbenchPropertyPage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.jixiao.dsl.ui.PerfUiPlugin;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.dsl.validation.PerfProfile;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Window › Preferences › 绩效 Jixiao, and the same page as Project › Properties › 绩效 Jixiao: output
 * folder, the region's layouts folder and layout, the validation profile (a built-in one and the
 * region's file on top of it, workspace only) and the severity of each rule. As a property page it stores into the project
 * ({@code .settings/org.jixiao.dsl.ui.prefs}) when "use project-specific settings" is on, and removes
 * the project's settings when it is turned off. Saved values reach the builder, the command and the
 * open editors at once ({@link PerfSettingsWatch}).
 */
public class PerfPreferencePage extends FieldEditorPreferencePage
		implements IWorkbenchPreferencePage, IWorkbenchPropertyPage {

	public static final String ID = "org.jixiao.dsl.ui.preferences";
	public static final String PROPERTY_PAGE_ID = "org.jixiao.dsl.ui.properties";

	private IProject project;
	private ScopedPreferenceStore store;
	private Button projectSpecific;
	private Group severities;
	private Composite fieldParent;
	private DirectoryFieldEditor layoutsFolder;
	private PerfLayoutFieldEditor layout;
	private Label available;
	private final List<FieldEditor> fields = new ArrayList<>();
	private final List<FieldEditor> severityFields = new ArrayList<>();

	public PerfPreferencePage() {
		super(GRID);
		setDescription(PerfPreferenceMessages.pageDescription);
	}

	@Override
	public void init(IWorkbench workbench) {
		// workspace page: nothing to remember
	}

	// ------------------------------------------------------------------ property page

	@Override
	public void setElement(IAdaptable element) {
		project = element == null ? null : element.getAdapter(IProject.class);
		if (project != null) {
			setDescription(PerfPreferenceMessages.projectDescription);
			PerfSettingsWatch.watch(project);
		}
	}

	@Override
	public IAdaptable getElement() {
		return project;
	}

	/** The project of the property page, or {@code null} on the workspace page. */
	public IProject project() {
		return project;
	}

	@Override
	protected IPreferenceStore doGetPreferenceStore() {
		if (store == null) {
			store = project == null ? new ScopedPreferenceStore(InstanceScope.INSTANCE, PerfUiPlugin.PLUGIN_ID)
					: new ScopedPreferenceStore(new ProjectScope(project), PerfUiPlugin.PLUGIN_ID);
		}
		return store;
	}

	@Override
	protected Control createContents(Composite parent) {
		if (project == null) {
			return super.createContents(parent);
		}
		Composite page = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		page.setLayout(layout);
		projectSpecific = new Button(page, SWT.CHECK);
		projectSpecific.setText(PerfPreferenceMessages.useProjectSettings);
		projectSpecific.setSelection(PerfPreferences.projectSpecific(project));
		projectSpecific.addListener(SWT.Selection, e -> enableFields());
		new Label(page, SWT.SEPARATOR | SWT.HORIZONTAL).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Control fieldsArea = super.createContents(page);
		fieldsArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		enableFields();
		return page;
	}

	/** Whether "use project-specific settings" is on (property page only). */
	public boolean isProjectSpecific() {
		return projectSpecific != null && projectSpecific.getSelection();
	}

	/** Turns "use project-specific settings" on or off, as a click does (property page only). */
	public void setProjectSpecific(boolean on) {
		projectSpecific.setSelection(on);
		enableFields();
	}

	private void enableFields() {
		boolean enabled = project == null || isProjectSpecific();
		for (FieldEditor field : fields) {
			field.setEnabled(enabled, fieldParent);
		}
		for (FieldEditor field : severityFields) {
			field.setEnabled(enabled, severities);
		}
		if (available != null) {
			available.setEnabled(enabled);
		}
		severities.setEnabled(enabled);
	}

	// ------------------------------------------------------------------ fields

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		fieldParent = parent;
		add(new StringFieldEditor(PerfPreferences.OUTPUT_FOLDER, PerfPreferenceMessages.outputFolder, parent) {
			@Override
			protected boolean doCheckState() {
				return PerfPreferences.validOutputFolder(getStringValue());
			}
		});
		layoutsFolder = new DirectoryFieldEditor(PerfPreferences.LAYOUTS_FOLDER, PerfPreferenceMessages.layoutsFolder,
				parent) {
			@Override
			protected boolean doCheckState() {
				return true; // a missing folder is reported below the layouts, not by blocking OK
			}
		};
		layoutsFolder.setEmptyStringAllowed(true);
		layoutsFolder.setChangeButtonText(PerfPreferenceMessages.browse);
		add(layoutsFolder);
		layout = new PerfLayoutFieldEditor(PerfPreferences.LAYOUT, PerfPreferenceMessages.layout, parent);
		add(layout);
		available = new Label(parent, SWT.WRAP);
		if (project == null) {
			add(new ComboFieldEditor(PerfPreferences.PROFILE, PerfPreferenceMessages.profile,
					new String[][] { { PerfPreferenceMessages.profileDefault, "" },
							{ PerfPreferenceMessages.profileNational, PerfProfile.NATIONAL } },
					parent));
			FileFieldEditor profile = new FileFieldEditor(PerfPreferences.PROFILE_FILE, PerfPreferenceMessages.profileFile,
					true, parent);
			profile.setFileExtensions(new String[] { "*.properties", "*" });
			profile.setEmptyStringAllowed(true);
			profile.setChangeButtonText(PerfPreferenceMessages.browse);
			add(profile);
		}

		Group group = new Group(parent, SWT.NONE);
		severities = group;
		group.setText(PerfPreferenceMessages.severitiesGroup);
		PerfProfile defaults = chosenProfile();
		for (String code : PerfIssueCodes.DEFAULTS.keySet()) {
			String byProfile = defaults.overriddenSeverity(code).orElseGet(() -> defaults.defaultSeverity(code));
			ComboFieldEditor severity = new ComboFieldEditor(PerfPreferences.SEVERITY_PREFIX + code,
					PerfRuleLabels.label(code), severityChoices(byProfile), group);
			severityFields.add(severity);
			addField(severity);
		}
	}

	/** The severities "default" stands for: the shipped ones, or those of the built-in profile chosen when the page opens. */
	private static PerfProfile chosenProfile() {
		PerfProfile profile = new PerfProfile();
		try {
			String named = PerfPreferences.profile();
			if (!named.isEmpty()) {
				profile.use(PerfProfile.builtin(named));
			}
		} catch (IllegalArgumentException e) {
			// an unknown name: the builder reports it; the page shows the shipped severities
		}
		return profile;
	}

	private void add(FieldEditor field) {
		fields.add(field);
		addField(field);
	}

	@Override
	protected void initialize() {
		super.initialize();
		showLayouts(layoutsFolder.getStringValue());
	}

	@Override
	public void propertyChange(PropertyChangeEvent event) {
		super.propertyChange(event);
		if (event.getSource() == layoutsFolder && FieldEditor.VALUE.equals(event.getProperty())) {
			showLayouts(String.valueOf(event.getNewValue()));
		}
	}

	/** The layouts the chosen folder adds, or why it cannot be read; the layout choice follows. */
	private void showLayouts(String folder) {
		Path path = PerfPreferences.resolve(folder.trim(), project);
		PerfRegionLayouts layouts = PerfRegionLayouts.load(path);
		layout.offer(layouts.layouts());
		available.setText(availableText(layouts, path));
		available.getParent().layout(true, true);
	}

	/** The text under the layout choice: the folder's layouts, or the problem. */
	static String availableText(PerfRegionLayouts layouts, Path folder) {
		if (folder == null) {
			return PerfPreferenceMessages.layoutsBuiltinOnly;
		}
		if (layouts.problem() != null) {
			return layouts.problem();
		}
		if (layouts.own().isEmpty()) {
			return NLS.bind(PerfPreferenceMessages.layoutsNone, folder);
		}
		List<String> labels = layouts.own().stream().map(n -> PerfRegionLayouts.label(layouts.layouts().get(n))).toList();
		return NLS.bind(PerfPreferenceMessages.layoutsAvailable, labels.size(), String.join("、", labels));
	}

	/** The text under the layout choice as shown (for tests). */
	public String availableLayoutsText() {
		return available.getText();
	}

	/** The choices of the layout combo as shown (for tests). */
	public List<String> layoutChoices() {
		return layout.items();
	}

	/** The severity combos live in a group: give it the page's columns, as the page does for its own. */
	@Override
	protected void adjustGridLayout() {
		super.adjustGridLayout();
		int columns = ((GridLayout) getFieldEditorParent().getLayout()).numColumns;
		severities.setLayout(new GridLayout(columns, false));
		severities.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1));
		GridData availableData = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
		availableData.widthHint = 400;
		available.setLayoutData(availableData);
	}

	private static String[][] severityChoices(String defaultSeverity) {
		return new String[][] { { NLS.bind(PerfPreferenceMessages.severityDefault, severityLabel(defaultSeverity)), "" },
				{ PerfPreferenceMessages.severityError, "error" }, { PerfPreferenceMessages.severityWarning, "warning" },
				{ PerfPreferenceMessages.severityInfo, "info" }, { PerfPreferenceMessages.severityIgnore, "ignore" } };
	}

	private static String severityLabel(String severity) {
		return switch (severity == null ? "" : severity) {
		case "error" -> PerfPreferenceMessages.severityError;
		case "warning" -> PerfPreferenceMessages.severityWarning;
		case "info" -> PerfPreferenceMessages.severityInfo;
		case "ignore" -> PerfPreferenceMessages.severityIgnore;
		default -> severity;
		};
	}

	@Override
	protected void checkState() {
		super.checkState();
		if (!isValid()) {
			setErrorMessage(PerfPreferenceMessages.outputFolderInvalid);
		}
	}

	/**
	 * Saves at once (the builder and the open editors follow through {@link PerfSettingsWatch}). On
	 * the property page with project-specific settings off, the project's settings are removed.
	 */
	@Override
	public boolean performOk() {
		if (project != null && !isProjectSpecific()) {
			IEclipsePreferences node = PerfPreferences.node(project);
			try {
				node.clear();
				node.flush();
			} catch (BackingStoreException e) {
				setErrorMessage(NLS.bind(PerfPreferenceMessages.saveFailed, e.getMessage()));
				return false;
			}
			PerfSettingsWatch.changed(project);
			return true;
		}
		if (!super.performOk()) {
			return false;
		}
		if (project != null) {
			store.setValue(PerfPreferences.PROJECT_SPECIFIC, true);
		}
		try {
			store.save();
		} catch (IOException e) {
			setErrorMessage(NLS.bind(PerfPreferenceMessages.saveFailed, e.getMessage()));
			return false;
		}
		PerfSettingsWatch.changed(project);
		return true;
	}

	@Override
	protected void performDefaults() {
		if (project != null) {
			setProjectSpecific(false);
		}
		super.performDefaults();
	}

}
