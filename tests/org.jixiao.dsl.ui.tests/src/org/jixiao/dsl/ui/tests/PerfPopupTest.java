// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.jixiao.dsl.ui.editor.PerfEditor;
import org.jixiao.dsl.ui.popup.PerfInformationControl;
import org.jixiao.dsl.ui.reconciler.PerfProblemAnnotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The explanation beside Ctrl+1 (and content assist) on a real screen (Xvfb): wrapped into lines and
 * inside the monitor, where the one long line used to run off its right edge.
 */
class PerfPopupTest {

	private static final String EXAMPLE = "qingling-2020-declaration.perf";
	private static final String EXPLANATION = "基本支出占比 42.88% 与计算值不符：3065.71 ÷ 7148.45 = 4";
	private static final long WAIT_MS = 30_000;

	private IProject project;

	@AfterEach
	void close() throws Exception {
		PerfUiTestSupport.closeEditorsAndDelete(project);
	}

	@Test
	void theControlWrapsAndStaysOnTheMonitorNearItsRightEdge() {
		Shell workbench = PerfUiTestSupport.page().getWorkbenchWindow().getShell();
		Rectangle monitor = workbench.getDisplay().getPrimaryMonitor().getClientArea();
		IInformationControl control = PerfInformationControl.creator().createInformationControl(workbench);
		try {
			String message = EXPLANATION + "2.89%（占比按 金额 ÷ 合计 计算，保留两位小数）";
			control.setSizeConstraints(monitor.width, monitor.height);
			control.setInformation(message);
			Point size = control.computeSizeHint();
			// as the assistant does it: the place first (right of a proposal list that ends near the
			// monitor's right edge), then the size
			int right = monitor.x + monitor.width;
			control.setLocation(new Point(right - 300, monitor.y + 100));
			control.setSize(size.x, size.y);
			control.setVisible(true);
			PerfUiTestSupport.drainEvents();

			Shell shell = shellOf(message);
			assertThat(shell).as("the pop-up's shell").isNotNull();
			Rectangle bounds = shell.getBounds();
			assertThat(monitor.contains(bounds.x, bounds.y)).isTrue();
			// moved left just enough to end at the monitor's edge, no further
			assertThat(bounds.x).isEqualTo(Math.min(right - 300, right - bounds.width));
			assertThat(bounds.y).isEqualTo(monitor.y + 100);
			assertThat(shell.getBounds().width).isLessThanOrEqualTo((int) Math.round(monitor.width * 0.4) + 40);
			StyledText text = styledText(shell);
			assertThat(text.getText()).contains("\n");
			assertThat(text.getText().replaceAll("\\s", "")).isEqualTo(message.replaceAll("\\s", ""));
		} finally {
			control.dispose();
		}
	}

	@Test
	void ctrl1OnASeedMistakeShowsItsExplanationOnTheScreen() throws Exception {
		project = PerfUiTestSupport.project("popup-quick-fix");
		IFile file = PerfUiTestSupport.file(project, EXAMPLE, PerfUiTestSupport.example(EXAMPLE));
		PerfEditor editor = PerfUiTestSupport.open(file);
		Shell workbench = editor.getSite().getShell();
		Rectangle monitor = workbench.getDisplay().getPrimaryMonitor().getClientArea();
		// a window as wide as the screen, as the analyst has it
		workbench.setBounds(monitor);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int at = document.get().indexOf("42.88% twoyearsago");
		assertThat(PerfUiTestSupport.waitUntil(() -> shareProblem(editor, at), WAIT_MS)).as("share problem found").isTrue();

		editor.selectAndReveal(at, 0);
		editor.setFocus();
		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ISourceViewer.QUICK_ASSIST);
		List<Shell> found = new ArrayList<>();
		assertThat(PerfUiTestSupport.waitUntil(() -> {
			found.clear();
			for (Shell shell : workbench.getDisplay().getShells()) {
				StyledText text = shell.isVisible() ? styledText(shell) : null;
				if (text != null && text.getText().replaceAll("\\s", "").contains(EXPLANATION.replaceAll("\\s", ""))) {
					found.add(shell);
				}
			}
			return !found.isEmpty();
		}, WAIT_MS)).as("the explanation pop-up appears").isTrue();

		Rectangle bounds = found.get(0).getBounds();
		// beside the list of fixes, not over it
		for (Shell shell : workbench.getDisplay().getShells()) {
			if (shell.isVisible() && shell != found.get(0) && shell != workbench && table(shell) != null) {
				// the platform lets the two borders touch (one pixel), nothing more
				Rectangle overlap = shell.getBounds().intersection(bounds);
				assertThat(Math.min(overlap.width, overlap.height)).as("list " + shell.getBounds() + ", explanation " + bounds)
						.isLessThanOrEqualTo(2);
			}
		}
		assertThat(bounds.x).isGreaterThanOrEqualTo(monitor.x);
		assertThat(bounds.x + bounds.width).as("right edge of " + bounds).isLessThanOrEqualTo(monitor.x + monitor.width);
		assertThat(bounds.y + bounds.height).isLessThanOrEqualTo(monitor.y + monitor.height);
		assertThat(styledText(found.get(0)).getText()).contains("\n");
	}

	private static boolean shareProblem(PerfEditor editor, int offset) {
		var model = editor.annotationModel();
		for (var it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof PerfProblemAnnotation problem && "perf.share-mismatch".equals(problem.issue().getCode())
					&& model.getPosition(problem).getOffset() <= offset
					&& offset <= model.getPosition(problem).getOffset() + model.getPosition(problem).getLength()) {
				return true;
			}
		}
		return false;
	}

	private static Shell shellOf(String message) {
		for (Shell shell : Display.getCurrent().getShells()) {
			StyledText text = styledText(shell);
			if (text != null && text.getText().replaceAll("\\s", "").equals(message.replaceAll("\\s", ""))) {
				return shell;
			}
		}
		return null;
	}

	private static Table table(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Table table) {
				return table;
			}
			if (child instanceof Composite composite && table(composite) != null) {
				return table(composite);
			}
		}
		return null;
	}

	private static StyledText styledText(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof StyledText text) {
				return text;
			}
			if (child instanceof Composite composite) {
				StyledText found = styledText(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
