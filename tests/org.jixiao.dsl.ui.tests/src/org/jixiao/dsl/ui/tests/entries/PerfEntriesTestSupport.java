// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.entries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.ui.imports.PerfPasteDialog;
import org.jixiao.dsl.ui.internal.PerfUiInjector;

/**
 * The test material in resources/ (pieces of seed 004, a form of another province), the clipboard and
 * the dialogs, and validation of written .perf files.
 */
final class PerfEntriesTestSupport {

	static final String TABLE = "xiguan-2022-vehicle-insurance.txt";
	static final String GRID = "xiguan-2022-vehicle-insurance-grid.txt";
	/** A form of another province, read by its header (resources/README.md gives its source). */
	static final String OTHER_PROVINCE = "jiangxi-fuliang-2026-forestry.txt";
	/** How long a test waits for a dialog to open. */
	private static final long DIALOG_WAIT_MILLIS = 30_000;

	private PerfEntriesTestSupport() {
	}

	/** resources/NAME of this test bundle, found from the working directory upwards. */
	static Path resource(String name) {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			for (Path candidate : List.of(dir.resolve("resources").resolve(name),
					dir.resolve("tests/org.jixiao.dsl.ui.tests/resources").resolve(name))) {
				if (Files.isRegularFile(candidate)) {
					return candidate;
				}
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("resources/" + name + " not found above " + Path.of("").toAbsolutePath());
	}

	static String text(String name) throws IOException {
		return Files.readString(resource(name), StandardCharsets.UTF_8);
	}

	static String contents(IFile file) throws Exception {
		try (var in = file.getContents()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The errors of a file, parsed and validated with the language's own services. */
	static List<Issue> errors(IFile file) throws IOException {
		XtextResourceSet resourceSet = PerfUiInjector.getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("perf",
				PerfUiInjector.getInstance(IResourceFactory.class));
		Resource resource = resourceSet.createResource(URI.createFileURI(file.getLocation().toOSString()));
		resource.load(Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return PerfUiInjector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)
				.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
	}

	static void putOnClipboard(String text) {
		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/** Watches for a dialog; {@link #stop()} ends the watch once the command that opens it returned. */
	static final class DialogWatch<T extends Window> {

		private final AtomicReference<T> seen = new AtomicReference<>();
		private final AtomicReference<Throwable> failure = new AtomicReference<>();
		private volatile boolean stopped;

		/** The dialog that opened, or null. */
		T seen() {
			return seen.get();
		}

		/** Ends the watch; a failure of the action on the dialog fails the test here. */
		void stop() {
			stopped = true;
			if (failure.get() != null) {
				throw new AssertionError("on the dialog: " + failure.get().getMessage(), failure.get());
			}
		}
	}

	/** {@link #onDialog} for the paste dialog. */
	static DialogWatch<PerfPasteDialog> onPasteDialog(Consumer<PerfPasteDialog> action) {
		return onDialog(PerfPasteDialog.class, action);
	}

	/**
	 * Runs {@code action} on the first open dialog of this type as soon as it is open: the command
	 * waits in the dialog's event loop, which runs the timer that finds it. The action must close the
	 * dialog (a button). Stop the watch when the command returned, so that it never acts on a later
	 * dialog and a failed check in the action fails the test.
	 */
	static <T extends Window> DialogWatch<T> onDialog(Class<T> type, Consumer<T> action) {
		Display display = Display.getCurrent();
		DialogWatch<T> watch = new DialogWatch<>();
		long end = System.currentTimeMillis() + DIALOG_WAIT_MILLIS;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			if (watch.stopped) {
				return;
			}
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && type.isInstance(shell.getData())) {
					T dialog = type.cast(shell.getData());
					watch.seen.set(dialog);
					try {
						action.accept(dialog);
					} catch (RuntimeException | AssertionError e) {
						// a failed check must not leave the modal dialog open (the test would wait forever)
						watch.failure.set(e);
						dialog.close();
					}
					return;
				}
			}
			if (System.currentTimeMillis() < end) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
		return watch;
	}

	/** The button with this text in a shell. */
	static Button button(Composite parent, String text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && text.equals(button.getText())) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = button(composite, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** How often {@code part} occurs in {@code text}. */
	static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			n++;
		}
		return n;
	}
}
