package org.jixiao.dsl.ui.preferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.jixiao.dsl.ui.PerfUiInjector;
import org.jixiao.dsl.ui.PerfUiPlugin;
import org.jixiao.dsl.ui.builder.PerfBuilder;
import org.jixiao.dsl.ui.builder.PerfNature;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.dsl.validation.PerfProfile;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.forms.layout.PerfLayouts;

/**
 * Window › Preferences › 绩效 Jixiao: output folder, region layout, the region's validation profile
 * file and the severity of each rule. On OK the profile is applied at once (editor and builder) and
 * the .perf projects are built again when anything changed.
 */
public class PerfPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.jixiao.dsl.ui.preferences";

	private Map<String, String> before;
	private Group severities;

	public PerfPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, PerfUiPlugin.PLUGIN_ID));
		setDescription(PerfPreferenceMessages.pageDescription);
	}

	@Override
	public void init(IWorkbench workbench) {
		before = snapshot();
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		addField(new StringFieldEditor(PerfPreferences.OUTPUT_FOLDER, PerfPreferenceMessages.outputFolder, parent) {
			@Override
			protected boolean doCheckState() {
				return PerfPreferences.validOutputFolder(getStringValue());
			}
		});
		addField(new ComboFieldEditor(PerfPreferences.LAYOUT, PerfPreferenceMessages.layout, layoutChoices(), parent));
		FileFieldEditor profile = new FileFieldEditor(PerfPreferences.PROFILE_FILE, PerfPreferenceMessages.profileFile,
				true, parent);
		profile.setFileExtensions(new String[] { "*.properties", "*" });
		profile.setEmptyStringAllowed(true);
		addField(profile);

		Group group = new Group(parent, SWT.NONE);
		severities = group;
		group.setText(PerfPreferenceMessages.severitiesGroup);
		PerfProfile defaults = PerfUiInjector.getInstance(PerfProfile.class);
		for (String code : PerfIssueCodes.DEFAULTS.keySet()) {
			addField(new ComboFieldEditor(PerfPreferences.SEVERITY_PREFIX + code, PerfRuleLabels.label(code),
					severityChoices(defaults.defaultSeverity(code)), group));
		}
	}

	/** The severity combos live in a group: give it the page's columns, as the page does for its own. */
	@Override
	protected void adjustGridLayout() {
		super.adjustGridLayout();
		int columns = ((GridLayout) getFieldEditorParent().getLayout()).numColumns;
		severities.setLayout(new GridLayout(columns, false));
		severities.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1));
	}

	private static String[][] layoutChoices() {
		List<String[]> choices = new ArrayList<>();
		choices.add(new String[] { PerfPreferenceMessages.layoutDefault, "" });
		PerfLayouts layouts = PerfLayouts.builtin();
		for (String name : layouts.names()) {
			PerfLayout layout = layouts.get(name);
			choices.add(new String[] { name + "（" + layout.kind().label() + "）", name });
		}
		return choices.toArray(String[][]::new);
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

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		Map<String, String> after = snapshot();
		if (ok && !after.equals(before)) {
			before = after;
			PerfWorkbenchProfile.apply();
			rebuildPerfProjects();
		}
		return ok;
	}

	/** The values that change what the builder does. */
	private static Map<String, String> snapshot() {
		Map<String, String> values = new TreeMap<>(PerfPreferences.severities());
		values.put(PerfPreferences.OUTPUT_FOLDER, PerfPreferences.outputFolder());
		values.put(PerfPreferences.LAYOUT, String.valueOf(PerfPreferences.layout()));
		values.put(PerfPreferences.PROFILE_FILE, PerfPreferences.profileFile());
		return values;
	}

	/** Builds every open .perf project again (markers with the new severities, forms in the new folder). */
	public static void rebuildPerfProjects() {
		new WorkspaceJob("绩效：按新设置重新生成 / rebuilding with the new settings") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				IProject[] projects = ResourcesPlugin.getWorkspace().getRoot().getProjects();
				SubMonitor progress = SubMonitor.convert(monitor, projects.length);
				for (IProject project : projects) {
					if (project.isOpen() && project.hasNature(PerfNature.ID)) {
						project.build(IncrementalProjectBuilder.FULL_BUILD, PerfBuilder.ID, null, progress.split(1));
					} else {
						progress.split(1);
					}
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ResourcesPlugin.FAMILY_MANUAL_BUILD;
			}
		}.schedule();
	}
}
