// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.jixiao.dsl.ui.editor.PerfEditor;
import org.jixiao.dsl.ui.imports.PerfColumnMappingTable;
import org.jixiao.dsl.ui.imports.PerfImportMessages;
import org.jixiao.dsl.ui.imports.PerfImportWizard;
import org.jixiao.dsl.ui.imports.PerfPasteDialog;
import org.jixiao.dsl.ui.imports.PerfPasteHandler;
import org.jixiao.dsl.ui.tests.PerfUiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The column mapping of a form of another province (浮梁县林业局, 江西, read by its header): the import
 * wizard and Paste as .perf list its columns, a corrected column changes what is written, and
 * 取消 in the paste dialog inserts nothing.
 */
class PerfColumnMappingTest {

	/** The grid's columns as the table shows them: letter, header as printed, what the column is read as. */
	private static final List<List<String>> COLUMNS = List.of(List.of("A", "一级指标", "一级指标"),
			List.of("B", "二级指标", "二级指标"), List.of("C", "三级指标", "三级指标名称"), List.of("D", "计算符号", "比较符"),
			List.of("E", "目标值", "指标值"), List.of("F", "度量单位", "计量单位"), List.of("G", "指标值说明", "指标解释"));
	/** Row 13 of the form: 质量指标 | 工资发放准确性(%) | ≥ | 95 | % | 该指标值数据合理. */
	private static final String ROW_13 = "\"工资发放准确性(%)\"";

	private IProject project;
	private WizardDialog wizardDialog;

	@AfterEach
	void cleanUp() throws Exception {
		if (wizardDialog != null) {
			wizardDialog.close();
		}
		PerfUiTestSupport.closeEditorsAndDelete(project);
	}

	@Test
	void theWizardShowsTheColumnsAndACorrectedColumnChangesTheWrittenFile() throws Exception {
		project = PerfUiTestSupport.project("import-columns");
		IFolder folder = project.getFolder("imported");
		PerfImportWizard wizard = new PerfImportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		wizardDialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		wizardDialog.create();
		wizard.filesPage().setFiles(List.of(PerfEntriesTestSupport.resource(PerfEntriesTestSupport.OTHER_PROVINCE)));
		wizard.filesPage().setFolder(folder);
		wizard.filesPage().setYear(2026); // the page's text prints no year

		wizardDialog.showPage(wizard.reportPage());

		PerfColumnMappingTable columns = wizard.reportPage().columns();
		assertThat(columns.grids()).isEqualTo(1);
		assertThat(columns.position(0)).isEqualTo(NLS.bind(PerfImportMessages.mappingPositionLine, PerfEntriesTestSupport.OTHER_PROVINCE, 8));
		assertThat(columns.rows(0)).containsSequence(COLUMNS);
		assertThat(targetOf(wizard.reportPage().preview(), ROW_13)).contains("≥").contains("95");

		// the 计算符号 column left unread: the target of row 13 keeps its value, without the comparator
		// (the importer keeps the cell it no longer reads in the row's note, never dropping it silently)
		choose(columns, 3, PerfImportMessages.mappingIgnore);

		assertThat(columns.rows(0).get(3)).isEqualTo(List.of("D", "计算符号", PerfImportMessages.mappingIgnore));
		assertThat(targetOf(wizard.reportPage().preview(), ROW_13)).doesNotContain("≥").contains("95");
		assertThat(wizard.canFinish()).isTrue();
		assertThat(wizard.performFinish()).isTrue();
		IFile written = folder.getFile("jiangxi-fuliang-2026-forestry.perf");
		String text = PerfEntriesTestSupport.contents(written);
		assertThat(targetOf(text, ROW_13)).doesNotContain("≥").contains("95");
		assertThat(PerfEntriesTestSupport.count(text, "indicator ")).isEqualTo(13);
		assertThat(PerfEntriesTestSupport.errors(written)).isEmpty();
	}

	@Test
	void pasteShowsTheColumnsAndInsertsWhatTheCorrectedMappingReads() throws Exception {
		project = PerfUiTestSupport.project("paste-columns");
		PerfEditor editor = PerfUiTestSupport.open(PerfUiTestSupport.file(project, "林业局.perf", ""));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		PerfEntriesTestSupport.putOnClipboard(PerfEntriesTestSupport.text(PerfEntriesTestSupport.OTHER_PROVINCE));
		AtomicReference<List<List<String>>> shown = new AtomicReference<>();
		AtomicReference<String> before = new AtomicReference<>();
		AtomicReference<String> after = new AtomicReference<>();
		AtomicReference<String> summary = new AtomicReference<>();

		var watch = PerfEntriesTestSupport.onPasteDialog(dialog -> {
			shown.set(dialog.columns().rows(0));
			before.set(dialog.preview());
			choose(dialog.columns(), 3, PerfImportMessages.mappingIgnore);
			after.set(dialog.preview());
			summary.set(dialog.summary());
			press(dialog, PerfImportMessages.pasteInsert);
		});
		editor.getSite().getService(IHandlerService.class).executeCommand(PerfPasteHandler.COMMAND_ID, null);
		watch.stop();

		assertThat(shown.get()).as("the dialog was shown").isNotNull().containsSequence(COLUMNS);
		assertThat(targetOf(before.get(), ROW_13)).contains("≥");
		assertThat(targetOf(after.get(), ROW_13)).doesNotContain("≥").contains("95");
		String counts = NLS.bind(PerfImportMessages.pasteSummary, new Object[] { 1, 13, "" });
		assertThat(summary.get()).startsWith(counts.substring(0, counts.lastIndexOf("13") + 2));
		String pasted = document.get();
		assertThat(pasted).isEqualTo(after.get());
		assertThat(targetOf(pasted, ROW_13)).doesNotContain("≥").contains("95");
		assertThat(PerfEntriesTestSupport.count(pasted, "indicator ")).isEqualTo(13);

		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);

		assertThat(document.get()).as("one undoable edit").isEmpty();
	}

	@Test
	void cancelInThePasteDialogInsertsNothing() throws Exception {
		project = PerfUiTestSupport.project("paste-columns-cancel");
		String original = "// 浮梁县林业局\n";
		PerfEditor editor = PerfUiTestSupport.open(PerfUiTestSupport.file(project, "林业局.perf", original));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		editor.selectAndReveal(document.getLength(), 0);
		PerfEntriesTestSupport.putOnClipboard(PerfEntriesTestSupport.text(PerfEntriesTestSupport.OTHER_PROVINCE));
		AtomicReference<String> preview = new AtomicReference<>();

		var watch = PerfEntriesTestSupport.onPasteDialog(dialog -> {
			preview.set(dialog.preview());
			press(dialog, IDialogConstants.CANCEL_LABEL);
		});
		editor.getSite().getService(IHandlerService.class).executeCommand(PerfPasteHandler.COMMAND_ID, null);
		watch.stop();

		assertThat(preview.get()).as("the dialog was shown with the forms to insert").contains(ROW_13);
		assertThat(document.get()).isEqualTo(original);
		assertThat(editor.isDirty()).isFalse();
	}

	/** The target of the row as written: what stands between its name and its note (comparator, value, unit). */
	private static String targetOf(String perf, String name) {
		return perf.lines().filter(line -> line.contains(name)).findFirst().map(line -> {
			String rest = line.substring(line.indexOf(name) + name.length());
			return rest.contains(" note ") ? rest.substring(0, rest.indexOf(" note ")) : rest;
		}).orElse("(no row " + name + ")");
	}

	/** Chooses in a row's drop-down as the analyst does: the item with this text, then the selection event. */
	static void choose(PerfColumnMappingTable table, int row, String item) {
		Combo combo = table.combo(0, row);
		int index = Arrays.asList(combo.getItems()).indexOf(item);
		assertThat(index).as("%s among %s", item, Arrays.toString(combo.getItems())).isNotNegative();
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	/** Presses the dialog's button with this text. */
	private static void press(PerfPasteDialog dialog, String label) {
		PerfEntriesTestSupport.button(dialog.getShell(), label).notifyListeners(SWT.Selection, new Event());
	}
}
