// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.jixiao.dsl.ui.editor.PerfEditor;

/** Workspace projects with example files, editors opened on them, and waiting on the UI thread. */
public final class PerfUiTestSupport {

	private PerfUiTestSupport() {
	}

	/** The repository's examples folder, found from the working directory upwards. */
	public static Path examplesDir() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolve("examples");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
	}

	/**
	 * The transcriptions of the seed forms ({@code tests/org.jixiao.dsl.tests/seed-examples/}): the
	 * shipped examples with notes giving each value's seed line, whose findings stay at fixed lines.
	 */
	public static Path seedExamplesDir() {
		return examplesDir().resolveSibling("tests").resolve("org.jixiao.dsl.tests").resolve("seed-examples");
	}

	/** The text of a seed transcription. */
	public static String example(String name) throws IOException {
		return Files.readString(seedExamplesDir().resolve(name), StandardCharsets.UTF_8);
	}

	/** A new, open workspace project (deleted first if a previous test left one). */
	public static IProject project(String name) throws CoreException {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IProject project = root.getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		project.setDefaultCharset("UTF-8", null);
		return project;
	}

	/** A test's clean-up: closes every editor without saving and deletes the project, if there is one. */
	public static void closeEditorsAndDelete(IProject project) throws CoreException {
		page().closeAllEditors(false);
		if (project != null) {
			project.delete(true, true, null);
		}
	}

	public static IFile file(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Opens the file with the editor the workbench chooses for it (by content type). */
	public static PerfEditor open(IFile file) throws PartInitException {
		return (PerfEditor) IDE.openEditor(page(), file, true);
	}

	/** Runs the UI event loop until the condition holds or the time is up; returns the condition's last value. */
	public static boolean waitUntil(BooleanSupplier condition, long timeoutMillis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (System.currentTimeMillis() < end) {
			if (condition.getAsBoolean()) {
				return true;
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
		return condition.getAsBoolean();
	}

	/** Processes the pending UI events. */
	public static void drainEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep going
		}
	}

	/**
	 * What the analyst sees, kept under target/screenshots/ for a look at a dialog: what its widgets paint
	 * ({@link Shell#print}) once the event loop has painted them (taken at once, the picture is what was
	 * on the screen before the dialog opened). Not compared (fonts differ between machines); a shell that
	 * cannot be drawn leaves no picture.
	 */
	public static void screenshot(Shell shell, Path png) {
		// a shell just opened is painted by the next turns of the event loop
		waitUntil(() -> false, 1_000);
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(image);
		try {
			Files.createDirectories(png.getParent());
			shell.print(gc);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(png.toString(), SWT.IMAGE_PNG);
		} catch (IOException | SWTException e) {
			System.err.println("no screenshot " + png + ": " + e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
