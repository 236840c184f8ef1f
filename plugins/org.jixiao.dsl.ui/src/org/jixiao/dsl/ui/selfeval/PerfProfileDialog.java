// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.selfeval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.dsl.scoring.PerfScoringProfile;
import org.jixiao.dsl.scoring.PerfScoringProfileException;
import org.jixiao.dsl.scoring.PerfScoringProfiles;

/**
 * Chooses the scoring profile of a new self-evaluation: a shipped one (wuhan2020 first, the default)
 * or a region's own {@code *.scoring.properties} file (docs/selfeval.md, as {@code jixiao selfeval new}
 * accepts it). A file that cannot be used is refused in the dialog with the reason, its file
 * and line, and the choice stays as it was.
 */
public class PerfProfileDialog extends Dialog {

	private final String fileName;
	private final List<PerfScoringProfile> profiles = new ArrayList<>();
	private PerfScoringProfile chosen;
	private Combo combo;
	private Label problem;

	public PerfProfileDialog(Shell parent, String fileName) {
		super(parent);
		this.fileName = fileName;
		PerfScoringProfiles builtin = PerfScoringProfiles.builtin();
		builtin.names().stream().map(builtin::get).forEach(profiles::add);
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
		area.setLayout(new GridLayout(3, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(NLS.bind(PerfSelfEvalMessages.profileIntro, fileName));
		GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
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
		Button browse = new Button(area, SWT.PUSH);
		browse.setText(PerfSelfEvalMessages.profileFile);
		browse.addListener(SWT.Selection, e -> chooseFile());
		problem = new Label(area, SWT.WRAP);
		problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		problemData.widthHint = 480;
		problem.setLayoutData(problemData);
		return area;
	}

	private void chooseFile() {
		FileDialog files = new FileDialog(getShell(), SWT.OPEN);
		files.setText(PerfSelfEvalMessages.profileFileTitle);
		files.setFilterExtensions(new String[] { "*" + PerfScoringProfiles.EXTENSION, "*.properties", "*" });
		String path = files.open();
		if (path != null) {
			useFile(Path.of(path));
		}
	}

	/**
	 * Reads a region's scoring profile file and, if it can be used, adds it to the choices and chooses
	 * it; otherwise shows why (file, line) and keeps the choice. Returns the problem, or {@code null}.
	 */
	public String useFile(Path file) {
		String reason;
		try {
			PerfScoringProfile profile = PerfScoringProfiles.builtin().add(file);
			profiles.removeIf(p -> p.name().equals(profile.name()));
			profiles.add(profile);
			chosen = profile;
			combo.removeAll();
			for (PerfScoringProfile each : profiles) {
				combo.add(label(each));
			}
			combo.select(profiles.indexOf(profile));
			reason = null;
		} catch (PerfScoringProfileException e) {
			reason = NLS.bind(PerfSelfEvalMessages.profileFileInvalid, e.getMessage());
		} catch (IOException | RuntimeException e) {
			reason = NLS.bind(PerfSelfEvalMessages.profileFileUnreadable, file, e.getMessage());
		}
		problem.setText(reason == null ? "" : reason);
		problem.getParent().layout(true, true);
		getShell().layout(true, true);
		return reason;
	}

	/** The problem shown under the choice ("" when none). */
	public String problemText() {
		return problem.getText();
	}

	/** The choices as shown. */
	public List<String> choices() {
		return List.of(combo.getItems());
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
