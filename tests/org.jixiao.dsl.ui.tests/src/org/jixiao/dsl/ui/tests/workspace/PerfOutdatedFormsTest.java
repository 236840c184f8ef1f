// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.dsl.ui.tests.workspace.PerfWorkspaceTestSupport.*;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.IDecorationContext;
import org.eclipse.jface.viewers.ILabelDecorator;
import org.eclipse.jface.viewers.ILabelProviderListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IDecoratorManager;
import org.eclipse.ui.PlatformUI;
import org.jixiao.dsl.ui.builder.PerfBuildMessages;
import org.jixiao.dsl.ui.builder.PerfOutdatedFormDecorator;
import org.jixiao.dsl.ui.builder.PerfOutdatedForms;
import org.jixiao.dsl.ui.editor.PerfEditor;
import org.jixiao.dsl.ui.tests.PerfUiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Saving a file with errors: its forms are not generated, so the ones in forms/ are from an earlier
 * version — they stay, marked out of date (a warning in the Problems view, "[已过期]" in the
 * Project Explorer), and the status line says what was and was not generated. Correcting the file
 * and saving generates them again, removes the mark and says so.
 */
class PerfOutdatedFormsTest {

	private static final long WAIT_MS = 30_000;
	private static final String FILE = "社区服务.perf";
	/** 产出.品质 is no category of the framework: a linking error. */
	private static final String BROKEN = PerfBuilderTest.TWO_MISTAKES.replace("产出.质量 \"服务合格率\" ≥ 95%",
			"产出.品质 \"服务合格率\" ≥ 90%");

	private IProject project;
	@RegisterExtension
	final PerfManualBuilds manualBuilds = new PerfManualBuilds();

	@Test
	void aSaveWithErrorsMarksTheOldFormAndTheStatusLineSaysSoAndTheCorrectionClearsIt() throws Exception {
		project = manualBuilds.project("outdated-forms");
		IFile file = project.getFile(FILE);
		write(file, PerfBuilderTest.TWO_MISTAKES);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		IFile form = project.getFolder("forms").getFile(PerfBuilderTest.TWO_MISTAKES_FORM);
		byte[] good = Files.readAllBytes(form.getLocation().toFile().toPath());
		assertThat(outdatedMarkers(form)).isEmpty();

		// the analyst breaks a category and saves
		PerfEditor editor = PerfUiTestSupport.open(file);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		document.set(BROKEN);
		editor.doSave(null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);

		String errorStatus = NLS.bind(PerfBuildMessages.notGenerated, NLS.bind(PerfBuildMessages.notGeneratedFile, FILE, 1))
				+ PerfBuildMessages.separator + NLS.bind(PerfBuildMessages.outdated, 1, "forms");
		assertThat(PerfUiTestSupport.waitUntil(() -> statusLineShows(errorStatus), WAIT_MS))
				.as("status line: " + errorStatus + "; shown: " + statusTexts()).isTrue();
		assertThat(Files.readAllBytes(form.getLocation().toFile().toPath())).as("the old form stays").isEqualTo(good);
		List<IMarker> marks = outdatedMarkers(form);
		assertThat(marks).hasSize(1);
		assertThat(marks.get(0).getAttribute(IMarker.MESSAGE, "")).isEqualTo(NLS.bind(PerfBuildMessages.outdatedMarker, FILE, 1));
		assertThat(marks.get(0).getAttribute(IMarker.SEVERITY, -1)).isEqualTo(IMarker.SEVERITY_WARNING);
		assertThat(marks.get(0).getAttribute(PerfOutdatedForms.SOURCE, "")).isEqualTo(file.getFullPath().toPortableString());
		assertThat(marks.get(0).isSubtypeOf(IMarker.PROBLEM)).as("listed in the Problems view").isTrue();
		assertThat(decoration(form)).isEqualTo("prefix " + PerfBuildMessages.outdatedLabel + " +overlay");
		assertThat(explorerLabels(form, label -> label.equals(PerfBuildMessages.outdatedLabel + form.getName())))
				.as("label in the Project Explorer").isTrue();

		// corrected and saved: generated again, the mark is gone, the status line says what was generated
		List<String> relabelled = new CopyOnWriteArrayList<>();
		ILabelDecorator workbenchDecorator = PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator();
		ILabelProviderListener relabel = event -> {
			if (event.getElements() == null || Arrays.asList(event.getElements()).contains(form)) {
				relabelled.add(String.valueOf(workbenchDecorator.decorateText(form.getName(), form)));
			}
		};
		workbenchDecorator.addListener(relabel);
		document.set(PerfBuilderTest.TWO_MISTAKES.replace("≥ 95%\n        indicator 产出.时效", "≥ 96%\n        indicator 产出.时效"));
		editor.doSave(null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);

		String generated = NLS.bind(PerfBuildMessages.generated, 1, "forms");
		assertThat(PerfUiTestSupport.waitUntil(() -> statusLineShows(generated), WAIT_MS))
				.as("status line: " + generated + "; shown: " + statusTexts()).isTrue();
		assertThat(statusTexts()).doesNotContain(errorStatus);
		assertThat(outdatedMarkers(form)).isEmpty();
		assertThat(decoration(form)).isEmpty();
		// the decorator tells the viewers when the mark goes; a viewer asking then gets the plain name
		PerfUiTestSupport.waitUntil(() -> relabelled.contains(form.getName()), WAIT_MS);
		workbenchDecorator.removeListener(relabel);
		assertThat(relabelled).as("label in the Project Explorer after the mark went: " + relabelled).contains(form.getName());
		assertThat(cellTexts(form)).contains("≥96%");
	}

	@Test
	void formsOfAFileWhoseErrorComesFromAnotherFileAreMarkedAndGeneratedAgainWhenItIsGone() throws Exception {
		// 我区 is declared in 框架.perf; 社区服务.perf uses it
		project = manualBuilds.project("outdated-framework");
		IFile framework = project.getFile("框架.perf");
		String declared = "framework 我区 \"我区指标框架\" <\n"
				+ "    level1 产出 \"产出指标\" role output < level2 数量 \"数量指标\" role quantity"
				+ " level2 质量 \"质量指标\" role quality level2 时效 \"时效指标\" role timeliness level2 成本 \"成本指标\" role cost >\n"
				+ "    level1 效益 \"效益指标\" role benefit < level2 社会效益 \"社会效益指标\" role social >\n"
				+ "    level1 满意度 \"满意度指标\" role satisfaction < level2 服务对象满意度 \"服务对象满意度指标\" role satisfaction >\n"
				+ ">\n";
		write(framework, declared);
		IFile file = project.getFile(FILE);
		write(file, "uses framework 我区\n" + PerfBuilderTest.TWO_MISTAKES);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		IFile form = project.getFolder("forms").getFile(PerfBuilderTest.TWO_MISTAKES_FORM);
		assertThat(markersOfType(file, IMarker.SEVERITY_ERROR)).isEmpty();
		assertThat(form.exists()).isTrue();

		// 时效 leaves the framework: 社区服务.perf has an error without being saved
		write(framework, declared.replace(" level2 时效 \"时效指标\" role timeliness", ""));
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		assertThat(markersOfType(file, IMarker.SEVERITY_ERROR)).hasSize(1);
		assertThat(outdatedMarkers(form)).extracting(m -> m.getAttribute(IMarker.MESSAGE, ""))
				.containsExactly(NLS.bind(PerfBuildMessages.outdatedMarker, FILE, 1));
		long stamp = form.getModificationStamp();

		// back in: the form is generated again although 社区服务.perf itself was not saved
		write(framework, declared);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		assertThat(outdatedMarkers(form)).isEmpty();
		assertThat(form.getModificationStamp()).isNotEqualTo(stamp);
	}

	private static List<IMarker> outdatedMarkers(IFile form) throws Exception {
		return Arrays.asList(form.findMarkers(PerfOutdatedForms.MARKER_TYPE, true, IResource.DEPTH_ZERO));
	}

	private static List<IMarker> markersOfType(IFile file, int severity) throws Exception {
		return markers(file).stream().filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == severity).toList();
	}

	/**
	 * The form's label as the workbench's decorators make it for the Project Explorer (they decorate
	 * in the background: the label is the plain name until the decoration is ready).
	 */
	private static boolean explorerLabels(IFile form, Predicate<String> expected) {
		IDecoratorManager manager = PlatformUI.getWorkbench().getDecoratorManager();
		assertThat(manager.getEnabled(PerfOutdatedFormDecorator.ID)).as("decorator enabled").isTrue();
		ILabelDecorator decorator = manager.getLabelDecorator();
		List<String> labels = new CopyOnWriteArrayList<>();
		// as a viewer does: ask again when the decorators say the label changed
		ILabelProviderListener listener = event -> labels.add(String.valueOf(decorator.decorateText(form.getName(), form)));
		decorator.addListener(listener);
		try {
			return PerfUiTestSupport.waitUntil(() -> {
				labels.add(String.valueOf(decorator.decorateText(form.getName(), form)));
				return labels.stream().anyMatch(expected);
			}, WAIT_MS);
		} finally {
			decorator.removeListener(listener);
		}
	}

	/** What the decorator adds to the form's label: prefix or suffix, and whether an overlay. */
	private static String decoration(IFile form) {
		PerfOutdatedFormDecorator decorator = new PerfOutdatedFormDecorator();
		StringBuilder added = new StringBuilder();
		decorator.decorate(form, new IDecoration() {
			@Override
			public void addPrefix(String prefix) {
				added.append("prefix ").append(prefix);
			}

			@Override
			public void addSuffix(String suffix) {
				added.append("suffix ").append(suffix);
			}

			@Override
			public void addOverlay(ImageDescriptor overlay) {
				added.append(" +overlay");
			}

			@Override
			public void addOverlay(ImageDescriptor overlay, int quadrant) {
				added.append(" +overlay");
			}

			@Override
			public void setForegroundColor(org.eclipse.swt.graphics.Color color) {
			}

			@Override
			public void setBackgroundColor(org.eclipse.swt.graphics.Color color) {
			}

			@Override
			public void setFont(org.eclipse.swt.graphics.Font font) {
			}

			@Override
			public IDecorationContext getDecorationContext() {
				return null;
			}
		});
		decorator.dispose();
		return added.toString();
	}

	/** Whether the window's status line shows the text (its message label, as the analyst reads it). */
	private static boolean statusLineShows(String text) {
		return statusTexts().contains(text);
	}

	private static List<String> statusTexts() {
		List<String> texts = new ArrayList<>();
		collect(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), texts);
		return texts;
	}

	private static void collect(Control control, List<String> texts) {
		if (control instanceof CLabel label && label.isVisible() && label.getText() != null && !label.getText().isEmpty()) {
			texts.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, texts);
			}
		}
	}
}
