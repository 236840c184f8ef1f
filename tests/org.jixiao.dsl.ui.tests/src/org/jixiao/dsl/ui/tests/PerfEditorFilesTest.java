// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.xtext.diagnostics.Severity;
import org.jixiao.dsl.resource.PerfResource;
import org.jixiao.dsl.ui.Messages;
import org.jixiao.dsl.ui.editor.PerfDocumentProvider;
import org.jixiao.dsl.ui.editor.PerfEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The editor and the files analysts have: a GB18030 file (Chinese Windows) opens with its Chinese and
 * is saved in GB18030; a CRLF file keeps CRLF through formatting and saving; a file over the size
 * limit of a .perf is not opened; a garbled file shows its first hundred syntax errors and one more.
 */
class PerfEditorFilesTest {

	private static final Charset GB18030 = Charset.forName("GB18030");
	private static final long WAIT_MS = 60_000;

	private IProject project;

	@AfterEach
	void closeAll() throws Exception {
		PerfUiTestSupport.closeEditorsAndDelete(project);
	}

	private IFile file(String name, byte[] bytes) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(bytes), true, null);
		return file;
	}

	private static byte[] onDisk(IFile file) throws Exception {
		return Files.readAllBytes(Path.of(file.getLocationURI()));
	}

	@Test
	void aGb18030FileOpensWithItsChineseAndIsSavedInGb18030() throws Exception {
		String text = PerfUiTestSupport.example("qingling-2020-declaration.perf");
		project = PerfUiTestSupport.project("editor-gb18030");
		IFile file = file("青菱.perf", text.getBytes(GB18030));

		PerfEditor editor = PerfUiTestSupport.open(file);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		assertThat(document.get()).isEqualTo(text).contains("青菱街办事处");

		document.replace(text.indexOf("青菱街办事处"), "青菱街办事处".length(), "青菱街道办事处");
		editor.doSave(new NullProgressMonitor());
		PerfUiTestSupport.drainEvents();

		assertThat(onDisk(file)).isEqualTo(text.replace("青菱街办事处", "青菱街道办事处").getBytes(GB18030));
		assertThat(file.getCharset()).isEqualTo("GB18030");
	}

	@Test
	void aCrlfFileKeepsCrlfThroughFormatAndSave() throws Exception {
		String untidy = "// 社区服务\r\ngoal \"保障社区文体活动正常开展\" < indicator 产出.数量 \"社区开展文体和文化活动\" >= 12 次 >\r\n";
		project = PerfUiTestSupport.project("editor-crlf");
		IFile file = file("社区.perf", untidy.getBytes(Charset.forName("UTF-8")));

		PerfEditor editor = PerfUiTestSupport.open(file);
		assertThat(PerfUiTestSupport.waitUntil(() -> editor.reconcileCount() > 0, WAIT_MS)).as("first reconcile").isTrue();
		editor.getAction(PerfEditor.FORMAT_ACTION).run();
		editor.doSave(new NullProgressMonitor());
		PerfUiTestSupport.drainEvents();

		assertThat(new String(onDisk(file), Charset.forName("UTF-8"))).isEqualTo("// 社区服务\r\n"
				+ "goal \"保障社区文体活动正常开展\" <\r\n\tindicator 产出.数量 \"社区开展文体和文化活动\" >= 12 次\r\n>\r\n");
	}

	@Test
	void aFileOverTheSizeLimitIsNotOpened() throws Exception {
		project = PerfUiTestSupport.project("editor-too-large");
		IFile file = project.getFile("全省.perf");
		byte[] comments = new byte[PerfResource.MAX_BYTES + 1];
		Arrays.fill(comments, (byte) '/');
		Files.write(Path.of(project.getLocationURI()).resolve("全省.perf"), comments);
		project.refreshLocal(IResource.DEPTH_ONE, null);
		String refusal = NLS.bind(Messages.Open_tooLarge, "全省.perf", 10);

		assertThatThrownBy(() -> PerfDocumentProvider.shared().connect(new FileEditorInput(file)))
				.isInstanceOf(CoreException.class).hasMessage(refusal);
		IEditorPart part = null;
		try {
			part = IDE.openEditor(PerfUiTestSupport.page(), file, true);
		} catch (PartInitException e) {
			assertThat(e.getMessage()).isEqualTo(refusal);
		}
		assertThat(part instanceof PerfEditor).as("a Jixiao editor opened on the file").isFalse();
	}

	@Test
	void aThousandSyntaxErrorsShowTheFirstHundredAndOneForTheRest() throws Exception {
		StringBuilder text = new StringBuilder("goal \"目标\" <\n");
		for (int i = 1; i <= 1000; i++) {
			text.append("\tindicator 产出.数量 \"次数").append(i).append("\" ≥ 次 12\n");
		}
		project = PerfUiTestSupport.project("editor-garbled");
		IFile file = file("乱.perf", text.append(">\n").toString().getBytes(Charset.forName("UTF-8")));

		PerfEditor editor = PerfUiTestSupport.open(file);
		assertThat(PerfUiTestSupport.waitUntil(() -> editor.shownResult() != null, WAIT_MS)).as("first reconcile").isTrue();

		assertThat(editor.shownResult().issues()).filteredOn(issue -> issue.getSeverity() == Severity.ERROR).hasSize(101)
				.last().satisfies(issue -> {
					assertThat(issue.getLineNumber()).isEqualTo(102);
					assertThat(issue.getMessage()).startsWith("此处起还有 900 处语法错误未列出");
				});
	}
}
