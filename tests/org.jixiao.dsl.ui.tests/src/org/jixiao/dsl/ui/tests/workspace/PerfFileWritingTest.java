// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.dsl.ui.tests.workspace.PerfWorkspaceTestSupport.perfProject;
import static org.jixiao.dsl.ui.tests.workspace.PerfWorkspaceTestSupport.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.texteditor.IDocumentProviderExtension3;
import org.jixiao.dsl.ui.editor.PerfEditor;
import org.jixiao.dsl.ui.tests.PerfUiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How the workbench writes files. An analyst's original outside the workspace, linked in as
 * {@code ./jixiao workbench} does, is saved by the editor atomically in its place: through a
 * symbolic link to the real file, with its permissions, the document left as it is (no reload, the
 * caret where it was) and the workspace in step. Generated forms go through the workspace: they are
 * in forms/ without a refresh, with the permissions of any new file.
 */
class PerfFileWritingTest {

	private static final String ORIGINAL = PerfBuilderTest.TWO_MISTAKES;

	@RegisterExtension
	final PerfManualBuilds manualBuilds = new PerfManualBuilds();

	private IProject project;
	private Path folder;

	@BeforeEach
	void analystFolder() throws IOException {
		folder = Files.createTempDirectory("jixiao-analyst");
	}

	@AfterEach
	void cleanUp() throws Exception {
		PerfUiTestSupport.closeEditorsAndDelete(project);
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				if (!Files.isSymbolicLink(file)) {
					// the read-only test's file, and a folder left read-only by a failed test
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
				}
				Files.delete(file);
			}
		}
	}

	/** The analyst's folder: real/社区服务.perf (mode given) and 社区服务.perf, a relative link to it; linked into a project. */
	private IFile linkedOriginal(String name, String mode) throws IOException, CoreException {
		Path real = Files.createDirectories(folder.resolve("real")).resolve("社区服务.perf");
		Files.writeString(real, ORIGINAL, StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(real, PosixFilePermissions.fromString(mode));
		Path link = Files.createSymbolicLink(folder.resolve("社区服务.perf"), Path.of("real", "社区服务.perf"));
		project = perfProject(name);
		IFile file = project.getFile("社区服务.perf");
		file.createLink(IPath.fromOSString(link.toString()), IResource.NONE, null);
		return file;
	}

	private List<String> analystFiles() throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(f -> !f.equals(folder)).map(f -> folder.relativize(f).toString()).sorted().toList();
		}
	}

	private static String mode(Path file) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
	}

	@Test
	void linkedOriginalIsSavedAtomicallyInItsPlace() throws Exception {
		IFile file = linkedOriginal("linked-save", "rw-rw-r--");
		Path link = folder.resolve("社区服务.perf");
		Path real = folder.resolve("real").resolve("社区服务.perf");
		PerfEditor editor = PerfUiTestSupport.open(file);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		document.replace(ORIGINAL.indexOf("示例单位"), "示例单位".length(), "青菱街道");
		editor.selectAndReveal(ORIGINAL.indexOf("服务人次"), 0);
		int[] changes = { 0 };
		document.addDocumentListener(new IDocumentListener() {
			@Override
			public void documentAboutToBeChanged(DocumentEvent event) {
				// counted once changed
			}

			@Override
			public void documentChanged(DocumentEvent event) {
				changes[0]++;
			}
		});

		editor.doSave(new NullProgressMonitor());
		PerfUiTestSupport.drainEvents();

		String saved = ORIGINAL.replace("示例单位", "青菱街道");
		assertThat(Files.readString(real, StandardCharsets.UTF_8)).isEqualTo(saved);
		assertThat(Files.isSymbolicLink(link)).isTrue();
		assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real", "社区服务.perf"));
		assertThat(mode(real)).isEqualTo("rw-rw-r--");
		assertThat(analystFiles()).containsExactly("real", "real/社区服务.perf", "社区服务.perf");
		assertThat(editor.isDirty()).isFalse();
		assertThat(changes[0]).as("the document is not reloaded after the save").isZero();
		assertThat(((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset())
				.isEqualTo(ORIGINAL.indexOf("服务人次"));
		assertThat(file.isSynchronized(IResource.DEPTH_ZERO)).isTrue();
		assertThat(((IDocumentProviderExtension3) editor.getDocumentProvider()).isSynchronized(editor.getEditorInput()))
				.isTrue();

		// a second save works the same way, and the builder sees the saved text
		document.replace(document.get().indexOf("≥ 500"), "≥ 500".length(), "≥ 500 人次");
		editor.doSave(new NullProgressMonitor());
		PerfUiTestSupport.drainEvents();
		assertThat(Files.readString(real, StandardCharsets.UTF_8)).isEqualTo(saved.replace("≥ 500", "≥ 500 人次"));
		assertThat(editor.isDirty()).isFalse();
		assertThat(changes[0]).isEqualTo(1);
		assertThat(mode(real)).isEqualTo("rw-rw-r--");
		assertThat(analystFiles()).containsExactly("real", "real/社区服务.perf", "社区服务.perf");

		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		IFolder forms = project.getFolder("forms");
		assertThat(xlsx(forms)).containsExactly("青菱街道-2026-项目支出绩效目标表.xlsx");

		// someone else changes the file: the editor, with nothing unsaved, shows the new text
		String external = saved.replace("保障社区服务", "保障社区养老服务");
		Files.writeString(real, external, StandardCharsets.UTF_8);
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		assertThat(PerfUiTestSupport.waitUntil(() -> document.get().equals(external), 10_000)).isTrue();
	}

	@Test
	void readOnlyLinkedOriginalIsNotSavedAndStaysAsItWas() throws Exception {
		IFile file = linkedOriginal("linked-read-only", "r--r--r--");
		Path real = folder.resolve("real").resolve("社区服务.perf");
		PerfEditor editor = PerfUiTestSupport.open(file);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		document.replace(0, 0, "// 改动\n");

		// what the editor's save calls (the editor shows the message in a dialog)
		assertThatThrownBy(() -> editor.getDocumentProvider().saveDocument(new NullProgressMonitor(),
				editor.getEditorInput(), document, true)).isInstanceOf(CoreException.class)
				.hasMessageContaining("社区服务.perf").hasMessageContaining("文件是只读的，未改写");

		assertThat(Files.readString(real, StandardCharsets.UTF_8)).isEqualTo(ORIGINAL);
		assertThat(mode(real)).isEqualTo("r--r--r--");
		assertThat(analystFiles()).containsExactly("real", "real/社区服务.perf", "社区服务.perf");
		assertThat(editor.isDirty()).isTrue();
	}

	@Test
	void generatedFormsAreWrittenThroughTheWorkspaceWithTheUsersPermissions() throws Exception {
		project = perfProject("forms-written");
		PerfWorkspaceTestSupport.write(project.getFile("社区服务.perf"), ORIGINAL);

		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);

		IFolder forms = project.getFolder("forms");
		assertThat(xlsx(forms)).containsExactly(PerfBuilderTest.TWO_MISTAKES_FORM);
		IFile form = forms.getFile(PerfBuilderTest.TWO_MISTAKES_FORM);
		assertThat(forms.isSynchronized(IResource.DEPTH_INFINITE)).isTrue();
		assertThat(form.isDerived()).isTrue();
		Path plain = Files.createFile(folder.resolve("plain.xlsx"));
		assertThat(mode(form.getLocation().toFile().toPath())).isEqualTo(mode(plain));
	}
}
