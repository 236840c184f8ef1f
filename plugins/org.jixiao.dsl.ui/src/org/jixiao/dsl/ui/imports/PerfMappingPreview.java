// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.imports;

import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jixiao.forms.importer.PerfColumnChoice;

/**
 * A grid's column mapping beside the .perf text it reads as: the wizard's report page and the paste
 * dialog show the same pair, so that a correction looks and works the same in both.
 */
final class PerfMappingPreview {

	private final SashForm beside;
	private final PerfColumnMappingTable mapping;
	private final Text preview;

	PerfMappingPreview(Composite parent, String previewLabel, Consumer<PerfColumnChoice> onChoice) {
		beside = new SashForm(parent, SWT.HORIZONTAL);
		mapping = new PerfColumnMappingTable(beside);
		mapping.onChoice(onChoice);
		Composite right = new Composite(beside, SWT.NONE);
		GridLayout rightLayout = new GridLayout(1, false);
		rightLayout.marginWidth = 0;
		rightLayout.marginHeight = 0;
		right.setLayout(rightLayout);
		new Label(right, SWT.NONE).setText(previewLabel);
		preview = new Text(right, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		preview.setFont(JFaceResources.getTextFont());
		preview.setTabs(4);
		preview.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		// the table's three columns need a little less room than the .perf lines
		beside.setWeights(45, 55);
	}

	void setLayoutData(GridData data) {
		beside.setLayoutData(data);
	}

	PerfColumnMappingTable mapping() {
		return mapping;
	}

	Text preview() {
		return preview;
	}
}
