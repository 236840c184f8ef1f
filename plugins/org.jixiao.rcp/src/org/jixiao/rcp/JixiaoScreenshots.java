// SPDX-License-Identifier: EPL-2.0
package org.jixiao.rcp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.Logger;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Documentation screenshots, driven by system properties (docs/screenshots.sh): with the example
 * open, it saves the window as it is, then places the caret after the text {@value #ASSIST_AT} names and opens content assist, saves
 * the screen, then places the caret on the text {@value #QUICK_FIX_AT} names and opens quick fix,
 * saves again, and closes the workbench. With {@value #REPLACE} it first puts an error into the text
 * and saves (the out-of-date form and the status line's report), and at the end opens that form as
 * a double-click does. With {@value #IMPORT_TABLE} it ends with the import wizard's column mapping and
 * the paste dialog on that table. It uses the editor's own operations (the same as Ctrl+Space and Ctrl+1), so
 * the pictures show what an analyst sees. Not active unless {@value #DIRECTORY} is set.
 */
final class JixiaoScreenshots {

	private static final Logger LOG = Logger.getLogger(JixiaoScreenshots.class);

	static final String DIRECTORY = "jixiao.screenshots";
	static final String ASSIST_AT = "jixiao.screenshots.assistAfter";
	static final String QUICK_FIX_AT = "jixiao.screenshots.quickFixAt";
	static final String REPLACE = "jixiao.screenshots.replace";
	static final String IMPORT_TABLE = "jixiao.screenshots.importTable";
	private static final String IMPORT_WIZARD = "org.jixiao.dsl.ui.imports.wizard";
	private static final String PASTE_COMMAND = "org.jixiao.dsl.ui.imports.paste";
	private static final String UI_BUNDLE = "org.jixiao.dsl.ui";
	private static final String PREFERENCE_PAGE = "org.jixiao.dsl.ui.preferences";
	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	private static final String OUTDATED_MARKER = "org.jixiao.dsl.ui.outdatedForm";
	/** Time for the build after a save. */
	private static final int BUILD_MS = 5000;
	/** Time for the reconciler and the builder to finish before the first picture. */
	private static final int SETTLE_MS = Integer.getInteger("jixiao.screenshots.settleMillis", 6000);
	private static final int POPUP_MS = 2000;
	/** Size of the pictures: the documentation shows them at this size. */
	private static final int WIDTH = 1360;
	private static final int HEIGHT = 820;

	private final IWorkbenchWindow window;
	private final Display display;
	private final Path directory;

	JixiaoScreenshots(IWorkbenchWindow window) {
		this.window = window;
		this.display = window.getShell().getDisplay();
		this.directory = Path.of(System.getProperty(DIRECTORY));
	}

	void start() {
		Shell shell = window.getShell();
		Rectangle screen = display.getPrimaryMonitor().getClientArea();
		shell.setBounds(screen.x, screen.y, Math.min(screen.width, WIDTH), Math.min(screen.height, HEIGHT));
		display.timerExec(SETTLE_MS, () -> {
			if (System.getProperty(REPLACE) != null) {
				outdatedForm();
			} else {
				save("workbench.png");
				contentAssist();
			}
		});
	}

	/**
	 * Replaces text in the example ({@value #REPLACE} = "from=>to", to introduce an error), saves,
	 * lets the build run and shows the now out-of-date form in the Project Explorer with the status
	 * line's report; the usual pictures follow, then opening that form.
	 */
	private void outdatedForm() {
		ITextEditor editor = activeTextEditor();
		String[] replace = System.getProperty(REPLACE).split("=>", 2);
		IDocument document = editor == null ? null : editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int offset = document == null || replace.length != 2 ? -1 : document.get().indexOf(replace[0]);
		if (offset < 0) {
			finish("replace: no editor or text not found: " + System.getProperty(REPLACE));
			return;
		}
		try {
			document.replace(offset, replace[0].length(), replace[1]);
		} catch (org.eclipse.jface.text.BadLocationException e) {
			finish("replace: " + e.getMessage());
			return;
		}
		editor.doSave(null);
		display.timerExec(BUILD_MS, () -> {
			IFile form = outdatedFormOf(editor);
			IViewPart explorer = window.getActivePage().findView(PROJECT_EXPLORER);
			if (form != null && explorer instanceof ISetSelectionTarget target) {
				target.selectReveal(new StructuredSelection(form));
			}
			editor.setFocus(); // the status line shows the editor's messages, where the analyst saved
			display.timerExec(1000, () -> {
				save("workbench-outdated-form.png");
				save("workbench.png");
				contentAssist();
			});
		});
	}

	/** A form of the editor's project marked out of date, or null. */
	private static IFile outdatedFormOf(ITextEditor editor) {
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		if (file == null) {
			return null;
		}
		try {
			IMarker[] markers = file.getProject().findMarkers(OUTDATED_MARKER, false, IResource.DEPTH_INFINITE);
			return markers.length > 0 && markers[0].getResource() instanceof IFile form ? form : null;
		} catch (CoreException e) {
			LOG.warn(e.getMessage(), e);
			return null;
		}
	}

	/** Opens the out-of-date form as a double-click in the Project Explorer does, and saves what the analyst sees then. */
	private void openWorkbook() {
		ITextEditor editor = activeTextEditor();
		IFile form = editor == null ? null : outdatedFormOf(editor);
		if (form == null) {
			finish("open workbook: no out-of-date form");
			return;
		}
		try {
			IDE.openEditor(window.getActivePage(), form, true);
		} catch (org.eclipse.ui.PartInitException e) {
			System.out.println("jixiao: open workbook: " + e.getMessage());
		}
		display.timerExec(POPUP_MS, () -> {
			save("workbench-open-workbook.png");
			closePopups();
			finish(null);
		});
	}

	private void contentAssist() {
		ITextEditor editor = activeTextEditor();
		String text = System.getProperty(ASSIST_AT);
		if (editor == null || text == null || !moveCaret(editor, text, true)) {
			finish("content assist: no editor or text not found: " + text);
			return;
		}
		operate(editor, ISourceViewer.CONTENTASSIST_PROPOSALS);
		display.timerExec(POPUP_MS, () -> {
				save("workbench-content-assist.png");
			closePopups();
			display.timerExec(500, this::quickFix);
		});
	}

	private void quickFix() {
		ITextEditor editor = activeTextEditor();
		String text = System.getProperty(QUICK_FIX_AT);
		if (editor == null || text == null || !moveCaret(editor, text, false)) {
			finish("quick fix: no editor or text not found: " + text);
			return;
		}
		operate(editor, ISourceViewer.QUICK_ASSIST);
		display.timerExec(POPUP_MS, () -> {
			save("workbench-quick-fix.png");
			closePopups();
			if (System.getProperty(REPLACE) != null) {
				display.timerExec(500, this::openWorkbook);
			} else if (System.getProperty(IMPORT_TABLE) != null) {
				display.timerExec(500, this::importColumns);
			} else {
				finish(null);
			}
		});
	}

	/**
	 * The import wizard on a form of another province ({@value #IMPORT_TABLE}, copied into the example's
	 * project and selected, as an analyst does with last year's table): its report page with the column
	 * mapping and the preview; then Paste as .perf of the same table into the example, whose dialog shows
	 * the mapping before anything is inserted. Nothing is written: both are cancelled.
	 */
	private void importColumns() {
		ITextEditor editor = activeTextEditor();
		IFile example = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
		Path table = Path.of(System.getProperty(IMPORT_TABLE));
		var descriptor = window.getWorkbench().getImportWizardRegistry().findWizard(IMPORT_WIZARD);
		if (example == null || descriptor == null || !Files.isRegularFile(table)) {
			finish("import: no example, no wizard or no table " + table);
			return;
		}
		IWorkbenchWizard wizard;
		IFile copy = example.getProject().getFile(table.getFileName().toString());
		try {
			if (!copy.exists()) {
				copy.create(Files.newInputStream(table), true, null);
			}
			wizard = descriptor.createWizard();
		} catch (CoreException | java.io.IOException e) {
			finish("import: " + e.getMessage());
			return;
		}
		wizard.init(window.getWorkbench(), new StructuredSelection(copy));
		WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dialog.showPage(wizard.getStartingPage().getNextPage());
		display.timerExec(POPUP_MS, () -> {
			saveShell(dialog.getShell(), "workbench-import-columns.png");
			dialog.close();
			display.timerExec(500, () -> pasteColumns(editor, table));
		});
	}

	private void pasteColumns(ITextEditor editor, Path table) {
		String text;
		try {
			text = Files.readString(table);
		} catch (java.io.IOException e) {
			finish("paste: " + e.getMessage());
			return;
		}
		Clipboard clipboard = new Clipboard(display);
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		editor.setFocus();
		editor.selectAndReveal(document.getLength(), 0);
		// the command waits in its dialog; the timer, run by the dialog's event loop, saves and cancels it
		display.timerExec(POPUP_MS, () -> {
			for (Shell shell : display.getShells()) {
				if (shell != window.getShell() && !shell.isDisposed() && shell.isVisible()) {
					saveShell(shell, "workbench-paste-columns.png");
					shell.close();
				}
			}
		});
		try {
			editor.getSite().getService(IHandlerService.class).executeCommand(PASTE_COMMAND, null);
		} catch (org.eclipse.core.commands.ExecutionException | org.eclipse.core.commands.common.NotDefinedException
				| org.eclipse.core.commands.NotEnabledException | org.eclipse.core.commands.NotHandledException e) {
			System.out.println("jixiao: paste: " + e.getMessage());
		}
		display.timerExec(500, this::layoutPreference);
	}

	/**
	 * Window › Preferences › 绩效 Jixiao with a layout family chosen for generation (in this run's own
	 * workspace): the choice of a layout or family that the workbench's generation uses.
	 */
	private void layoutPreference() {
		org.eclipse.core.runtime.preferences.IEclipsePreferences node = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
				.getNode(UI_BUNDLE);
		node.put("layout", "national");
		var dialog = org.eclipse.ui.dialogs.PreferencesUtil.createPreferenceDialogOn(window.getShell(), PREFERENCE_PAGE,
				new String[] { PREFERENCE_PAGE }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		display.timerExec(POPUP_MS, () -> {
			saveShell(dialog.getShell(), "workbench-preferences-layout.png");
			dialog.close();
			finish(null);
		});
	}

	private ITextEditor activeTextEditor() {
		IEditorPart part = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		return part == null ? null : part.getAdapter(ITextEditor.class);
	}

	/** Caret after (or at the start of) the first occurrence of the text; false if absent. */
	private static boolean moveCaret(ITextEditor editor, String text, boolean after) {
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int offset = document.get().indexOf(text);
		if (offset < 0) {
			return false;
		}
		editor.setFocus();
		editor.selectAndReveal(after ? offset + text.length() : offset, 0);
		return true;
	}

	private static void operate(ITextEditor editor, int operation) {
		ITextOperationTarget target = editor.getAdapter(ITextOperationTarget.class);
		if (target != null && target.canDoOperation(operation)) {
			target.doOperation(operation);
		}
	}

	/**
	 * Draws the main window and the pop-ups over it into one image ({@link Shell#print}: what the
	 * widgets paint, independent of the X server's own buffers) and saves it as PNG.
	 */
	private void save(String name) {
		Shell main = window.getShell();
		List<Shell> popups = new ArrayList<>();
		Rectangle area = main.getBounds();
		for (Shell shell : display.getShells()) {
			if (shell != main && !shell.isDisposed() && shell.isVisible()) {
				popups.add(shell);
				area = area.union(shell.getBounds());
			}
		}
		area = area.intersection(display.getBounds());
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(image);
		try {
			gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
			gc.fillRectangle(0, 0, area.width, area.height);
			draw(gc, main, area);
			for (Shell popup : popups) {
				draw(gc, popup, area);
			}
			write(image, name);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** One shell (a dialog) alone, as PNG. */
	private void saveShell(Shell shell, String name) {
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(image);
		try {
			gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
			gc.fillRectangle(0, 0, bounds.width, bounds.height);
			draw(gc, shell, bounds);
			write(image, name);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private void write(Image image, String name) {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		try {
			Files.createDirectories(directory);
			Path file = directory.resolve(name);
			loader.save(file.toString(), SWT.IMAGE_PNG);
			System.out.println("jixiao: screenshot " + file);
		} catch (java.io.IOException e) {
			System.out.println("jixiao: screenshot failed: " + e.getMessage());
		}
	}

	/** What the shell's widgets paint, at the shell's place in the picture. */
	private void draw(GC gc, Shell shell, Rectangle area) {
		Rectangle bounds = shell.getBounds();
		Image part = new Image(display, bounds.width, bounds.height);
		GC partGc = new GC(part);
		try {
			shell.print(partGc);
		} finally {
			partGc.dispose();
		}
		gc.drawImage(part, bounds.x - area.x, bounds.y - area.y);
		part.dispose();
	}

	/** Proposal and quick-fix pop-ups are shells of their own. */
	private void closePopups() {
		for (Shell shell : display.getShells()) {
			if (shell != window.getShell() && !shell.isDisposed() && shell.isVisible()) {
				shell.close();
			}
		}
	}

	private void finish(String problem) {
		if (problem != null) {
			System.out.println("jixiao: screenshots stopped: " + problem);
		}
		System.out.flush();
		window.getWorkbench().close();
	}
}
