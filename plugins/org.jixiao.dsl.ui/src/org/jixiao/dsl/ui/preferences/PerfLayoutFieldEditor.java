// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jixiao.forms.layout.PerfLayouts;

/**
 * The region layout: "each kind's default" or one of the layouts available, which change with the
 * layouts folder chosen above it (hence not JFace's ComboFieldEditor, whose choices are fixed). A
 * value that is no longer offered is kept and shown as such, so that choosing another folder by
 * mistake does not lose it.
 */
final class PerfLayoutFieldEditor extends FieldEditor {

	private Combo combo;
	private final List<String> values = new ArrayList<>();
	private String value = "";

	PerfLayoutFieldEditor(String name, String label, Composite parent) {
		init(name, label);
		createControl(parent);
	}

	/**
	 * Offers the layouts of this set (the shipped ones and the folder's), then their families: a
	 * family picks its layout of each form kind, as {@code ./jixiao generate --layout FAMILY} does.
	 */
	void offer(PerfLayouts layouts) {
		values.clear();
		values.add("");
		values.addAll(layouts.names());
		values.addAll(layouts.families());
		if (combo == null || combo.isDisposed()) {
			return;
		}
		combo.removeAll();
		combo.add(PerfPreferenceMessages.layoutDefault);
		for (String name : layouts.names()) {
			combo.add(PerfRegionLayouts.label(layouts.get(name)));
		}
		for (String family : layouts.families()) {
			combo.add(PerfRegionLayouts.familyLabel(layouts, family));
		}
		select();
	}

	List<String> items() {
		return combo == null ? List.of() : List.of(combo.getItems());
	}

	private void select() {
		if (combo == null || combo.isDisposed()) {
			return;
		}
		int index = values.indexOf(value);
		if (index < 0) {
			values.add(value);
			combo.add(value + PerfPreferenceMessages.layoutMissing);
			index = values.size() - 1;
		}
		combo.select(index);
	}

	@Override
	protected void adjustForNumColumns(int numColumns) {
		((GridData) combo.getLayoutData()).horizontalSpan = numColumns - 1;
	}

	@Override
	protected void doFillIntoGrid(Composite parent, int numColumns) {
		Label label = getLabelControl(parent);
		label.setLayoutData(new GridData());
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, numColumns - 1, 1);
		combo.setLayoutData(data);
		combo.setFont(parent.getFont());
		combo.addListener(SWT.Selection, e -> {
			String old = value;
			int index = combo.getSelectionIndex();
			value = index < 0 || index >= values.size() ? "" : values.get(index);
			setPresentsDefaultValue(false);
			fireValueChanged(VALUE, old, value);
		});
	}

	@Override
	protected void doLoad() {
		value = getPreferenceStore().getString(getPreferenceName()).trim();
		select();
	}

	@Override
	protected void doLoadDefault() {
		value = getPreferenceStore().getDefaultString(getPreferenceName()).trim();
		select();
	}

	@Override
	protected void doStore() {
		getPreferenceStore().setValue(getPreferenceName(), value);
	}

	@Override
	public int getNumberOfControls() {
		return 2;
	}

	@Override
	public void setEnabled(boolean enabled, Composite parent) {
		super.setEnabled(enabled, parent);
		combo.setEnabled(enabled);
	}
}
