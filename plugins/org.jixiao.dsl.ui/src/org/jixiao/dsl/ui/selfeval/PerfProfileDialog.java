package org.jixiao.dsl.ui.selfeval;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.dsl.scoring.PerfScoringProfile;
import org.jixiao.dsl.scoring.PerfScoringProfiles;

/** Chooses the scoring profile of a new self-evaluation among the shipped ones (wuhan2020 first, the default). */
public class PerfProfileDialog extends Dialog {

	private final String fileName;
	private final List<PerfScoringProfile> profiles;
	private PerfScoringProfile chosen;
	private Combo combo;

	public PerfProfileDialog(Shell parent, String fileName) {
		super(parent);
		this.fileName = fileName;
		PerfScoringProfiles builtin = PerfScoringProfiles.builtin();
		this.profiles = builtin.names().stream().map(builtin::get).toList();
		this.chosen = builtin.get(PerfScoringProfiles.DEFAULT);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(PerfSelfEvalMessages.commandTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(NLS.bind(PerfSelfEvalMessages.profileIntro, fileName));
		GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		introData.widthHint = 480;
		intro.setLayoutData(introData);
		new Label(area, SWT.NONE).setText(PerfSelfEvalMessages.profileLabel);
		combo = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		for (PerfScoringProfile profile : profiles) {
			combo.add(label(profile));
		}
		combo.select(Math.max(0, profiles.indexOf(chosen)));
		combo.addListener(SWT.Selection, e -> chosen = profiles.get(combo.getSelectionIndex()));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, PerfSelfEvalMessages.profileStart, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** "wuhan2020 — 武汉市2020年…" */
	static String label(PerfScoringProfile profile) {
		return profile.title() == null || profile.title().isBlank() ? profile.name() : profile.name() + " — " + profile.title();
	}

	/** The profile chosen (after OK). */
	public PerfScoringProfile profile() {
		return chosen;
	}
}
