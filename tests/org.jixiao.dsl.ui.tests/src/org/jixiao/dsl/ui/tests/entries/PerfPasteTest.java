// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.entries;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.ui.handlers.IHandlerService;
import org.jixiao.dsl.ui.internal.PerfUiInjector;
import org.jixiao.dsl.ui.editor.PerfEditor;
import org.jixiao.dsl.ui.imports.PerfPaste;
import org.jixiao.dsl.ui.imports.PerfPasteHandler;
import org.jixiao.dsl.ui.tests.PerfUiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 粘贴为 .perf: the seed's indicator grid on the clipboard goes into the open document as one undoable edit. */
class PerfPasteTest {

	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		PerfUiTestSupport.closeEditorsAndDelete(project);
	}

	@Test
	void pasteCommandInsertsTheClipboardsTableAtTheCursorAndUndoRestoresTheText() throws Exception {
		project = PerfUiTestSupport.project("paste");
		String original = PerfUiTestSupport.example("xiguan-2022-projects.perf");
		IFile file = PerfUiTestSupport.file(project, "xiguan-2022-projects.perf", original);
		PerfEditor editor = PerfUiTestSupport.open(file);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		editor.selectAndReveal(document.getLength(), 0);
		PerfEntriesTestSupport.putOnClipboard(PerfEntriesTestSupport.text(PerfEntriesTestSupport.GRID));
		// read by the seed's own layout: pasted as it is, without the column dialog
		var dialog = PerfEntriesTestSupport.onPasteDialog(shown -> shown.close());

		editor.getSite().getService(IHandlerService.class).executeCommand(PerfPasteHandler.COMMAND_ID, null);

		dialog.stop();
		assertThat(dialog.seen()).as("no column dialog for a grid read by a built-in layout").isNull();
		String pasted = document.get();
		assertThat(pasted).startsWith(original);
		String added = pasted.substring(original.length());
		// the grid's three rows (seed 004 lines 149-170), values as written, under one goal of their own
		assertThat(added).startsWith("goal <");
		assertThat(added).contains("indicator 产出.数量 \"支付车辆保险费车辆数\"").contains("1 台");
		assertThat(added).contains("indicator 产出.质量 \"车辆正常运行率\"").contains("indicator 产出.时效 \"按计划完成工作\"");
		assertThat(PerfEntriesTestSupport.count(added, "indicator ")).isEqualTo(3);
		assertThat(PerfEntriesTestSupport.count(added, "≥ 95%")).isEqualTo(2);

		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);

		assertThat(document.get()).isEqualTo(original);
	}

	@Test
	void anotherFrameworkIsSaidAndTextThatIsNoTableInsertsNothing() throws Exception {
		PerfPaste paste = new PerfPaste(PerfUiInjector.get());
		String grid = PerfEntriesTestSupport.text(PerfEntriesTestSupport.GRID);

		PerfPaste.Plan other = paste.plan(grid, "uses framework 中央2021\n\n", 0);
		assertThat(other.insert()).isTrue();
		assertThat(other.result().framework()).isEqualTo("经典");
		assertThat(other.notice()).contains("经典").contains("中央2021");

		PerfPaste.Plan same = paste.plan(grid, "// 目标\n", 3);
		assertThat(same.notice()).isNull();
		// the cursor stands after text on line 1: the goals go on the next line, never into the comment
		assertThat(same.offset()).isEqualTo("// 目标\n".length());

		PerfPaste.Plan empty = paste.plan(grid, "", 0);
		assertThat(empty.text()).isEqualTo(empty.result().perfText());

		PerfPaste.Plan prose = paste.plan("请把去年的表格发给我。\n谢谢", "goal < >\n", 0);
		assertThat(prose.insert()).isFalse();
		assertThat(prose.result().hasErrors()).isTrue();
		assertThat(prose.result().report()).anySatisfy(n -> assertThat(n.message()).contains("没有识别出任何绩效表格"));
	}
}
