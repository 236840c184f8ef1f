// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.jixiao.dsl.ui.contentassist.PerfCompletionProposal;
import org.jixiao.dsl.ui.editor.PerfEditor;
import org.jixiao.dsl.ide.outline.PerfOutlineNode;
import org.jixiao.dsl.ui.outline.PerfOutlinePage;
import org.jixiao.dsl.ui.reconciler.PerfProblemAnnotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editor on a real example (seed 东西湖区信访局, framework 中央2021) in an IDE workbench: what an
 * analyst sees and does — content assist, problems while typing, Ctrl+1, format, outline, hover.
 */
class PerfEditorServicesTest {

	private static final String EXAMPLE = "dongxihu-petition-bureau.perf";
	private static final long WAIT_MS = 30_000;

	private IProject project;
	private PerfEditor editor;
	private IDocument document;

	@BeforeEach
	void open() throws Exception {
		project = PerfUiTestSupport.project("editor-services");
		IFile file = PerfUiTestSupport.file(project, EXAMPLE, PerfUiTestSupport.example(EXAMPLE));
		editor = PerfUiTestSupport.open(file);
		document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		assertThat(PerfUiTestSupport.waitUntil(() -> editor.reconcileCount() > 0, WAIT_MS)).as("first reconcile").isTrue();
	}

	@AfterEach
	void close() throws Exception {
		PerfUiTestSupport.closeEditorsAndDelete(project);
	}

	private List<String> proposalsAt(int offset) {
		ICompletionProposal[] proposals = editor.configuration().getContentAssistant(editor.viewer())
				.getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE).computeCompletionProposals(editor.viewer(), offset);
		return Arrays.stream(proposals).map(p -> ((PerfCompletionProposal) p).proposal().replacement()).toList();
	}

	@Test
	void proposesThe二级CategoriesOf产出InTheFilesFramework() throws Exception {
		// a new indicator typed into the first goal; 中央2021 has 数量, 质量, 时效 under 产出 (成本 is a 一级 of its own)
		int at = document.get().indexOf("\t\tindicator 产出.数量 \"劝返上访人员数量\"");
		document.replace(at, 0, "\t\tindicator 产出.\n");
		int offset = at + "\t\tindicator 产出.".length();

		List<String> proposals = proposalsAt(offset);

		// each category once, under its own name; a proposal replaces the typed 产出. as well
		assertThat(proposals).contains("产出.数量", "产出.质量", "产出.时效")
				.noneMatch(p -> p.contains("成本") || p.contains("满意度") || p.contains("指标"));
		ICompletionProposal[] all = editor.configuration().getContentAssistant(editor.viewer())
				.getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE).computeCompletionProposals(editor.viewer(), offset);
		PerfCompletionProposal timeliness = Arrays.stream(all).map(PerfCompletionProposal.class::cast)
				.filter(p -> p.proposal().replacement().equals("产出.时效")).findFirst().orElseThrow();
		timeliness.apply(document);
		assertThat(document.get()).contains("\t\tindicator 产出.时效\n\t\tindicator 产出.数量 \"劝返上访人员数量\"");
	}

	@Test
	void proposesTheLibrarysIndicatorsWithAChineseDescription() throws Exception {
		int at = document.get().indexOf("\t\tindicator 产出.数量 \"劝返上访人员数量\"");
		document.replace(at, 0, "\t\tindicator 产出.时效 \n");
		int offset = at + "\t\tindicator 产出.时效 ".length();

		ICompletionProposal[] proposals = editor.configuration().getContentAssistant(editor.viewer())
				.getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE).computeCompletionProposals(editor.viewer(), offset);

		PerfCompletionProposal first = (PerfCompletionProposal) proposals[0];
		assertThat(first.getDisplayString()).contains("指标库 · 产出.时效");
		assertThat(first.getAdditionalProposalInfo()).contains("指标库");
		assertThat(first.proposal().replacement()).startsWith("\"");
	}

	private List<PerfProblemAnnotation> problems() {
		List<PerfProblemAnnotation> result = new ArrayList<>();
		IAnnotationModel model = editor.annotationModel();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof PerfProblemAnnotation problem) {
				result.add(problem);
			}
		}
		return result;
	}

	private PerfProblemAnnotation problemAt(int offset, String code) {
		return problems().stream().filter(p -> code.equals(p.issue().getCode()))
				.filter(p -> editor.annotationModel().getPosition(p).getOffset() == offset).findFirst().orElse(null);
	}

	@Test
	void aMistypedCategoryIsMarkedWhileTypingAndFixedWithCtrl1() throws Exception {
		int at = document.get().indexOf("产出.数量 \"劝返上访人员数量\"");
		document.replace(at, "产出.数量".length(), "产出.数亮");

		assertThat(PerfUiTestSupport.waitUntil(() -> problemAt(at, "perf.unknown-category") != null, WAIT_MS))
				.as("annotation on 产出.数亮").isTrue();
		PerfProblemAnnotation problem = problemAt(at, "perf.unknown-category");
		Position position = editor.annotationModel().getPosition(problem);
		assertThat(position.getLength()).isEqualTo("产出.数亮".length());
		assertThat(problem.getType()).isEqualTo(PerfProblemAnnotation.ERROR);
		assertThat(problem.getText()).contains("数亮");

		String hover = editor.configuration().getTextHover(editor.viewer(), IDocument.DEFAULT_CONTENT_TYPE)
				.getHoverInfo(editor.viewer(), new Region(at + 2, 0));
		assertThat(hover).contains(problem.getText());

		ICompletionProposal[] fixes = editor.configuration().getQuickAssistAssistant(editor.viewer()).getQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext(editor.viewer(), at + 1, -1));
		assertThat(fixes).isNotEmpty();
		assertThat(fixes[0].getDisplayString()).isEqualTo("改为类别“产出.数量”");
		fixes[0].apply(document);

		assertThat(document.get()).contains("\t\tindicator 产出.数量 \"劝返上访人员数量\" ≤ 3000 人");
		assertThat(PerfUiTestSupport.waitUntil(() -> problemAt(at, "perf.unknown-category") == null && editor.reconcileCount() > 1,
				WAIT_MS)).as("the problem is gone after the fix").isTrue();
	}

	@Test
	void ctrl1OnAnUnknown二级OffersEvery二级OfThe一级InTheFilesFramework() throws Exception {
		// 效率 is no 二级 of 产出 in 中央2021, nor near one: the light bulb used to offer nothing
		int at = document.get().indexOf("产出.数量 \"劝返上访人员数量\"");
		document.replace(at, "产出.数量".length(), "产出.效率");

		assertThat(PerfUiTestSupport.waitUntil(() -> problemAt(at, "perf.unknown-category") != null, WAIT_MS))
				.as("annotation on 产出.效率").isTrue();
		PerfProblemAnnotation problem = problemAt(at, "perf.unknown-category");
		assertThat(problem.getText()).isEqualTo("“产出.效率”不是指标框架“中央2021”中的类别；产出 下可用：数量、质量、时效。");
		var assistant = editor.configuration().getQuickAssistAssistant(editor.viewer());
		assertThat(assistant.canFix(problem)).as("light bulb").isTrue();

		ICompletionProposal[] fixes = assistant.getQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext(editor.viewer(), at + 3, -1));

		assertThat(fixes).extracting(ICompletionProposal::getDisplayString)
				.containsExactly("改为类别“产出.数量”", "改为类别“产出.质量”", "改为类别“产出.时效”");
		assertThat(fixes).extracting(ICompletionProposal::getAdditionalProposalInfo).containsOnly(problem.getText());
		fixes[1].apply(document);
		assertThat(document.get()).contains("\t\tindicator 产出.质量 \"劝返上访人员数量\" ≤ 3000 人");
		assertThat(PerfUiTestSupport.waitUntil(() -> problemAt(at, "perf.unknown-category") == null && editor.reconcileCount() > 1,
				WAIT_MS)).as("the problem is gone after the fix").isTrue();
	}

	@Test
	void hoverExplainsTheCategoryAndReadsTheValue() {
		String text = document.get();
		int category = text.indexOf("产出.数量 \"劝返上访人员数量\"");
		int value = text.indexOf("≤ 3000 人", category);
		var hover = editor.configuration().getTextHover(editor.viewer(), IDocument.DEFAULT_CONTENT_TYPE);

		assertThat(hover.getHoverInfo(editor.viewer(), new Region(category + 3, 0)))
				.contains("一级指标 产出指标：预期提供的公共产品和服务情况。").contains("二级指标 数量指标：预期提供的公共产品和服务的数量。");
		assertThat(hover.getHoverInfo(editor.viewer(), new Region(value + 3, 0))).contains("指标值：≤ 3000 人，反向");
	}

	@Test
	void outlineShowsTheFormItsGoalsAndIndicatorsAndFollowsTheCursor() throws Exception {
		PerfOutlinePage outline = (PerfOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		long before = editor.reconcileCount();
		document.replace(document.getLength(), 0, "\n");
		assertThat(PerfUiTestSupport.waitUntil(() -> editor.reconcileCount() > before, WAIT_MS)).isTrue();

		List<PerfOutlineNode> nodes = outline.nodes();
		assertThat(nodes).first().extracting(PerfOutlineNode::label).isEqualTo("部门整体支出绩效目标申报表 武汉市东西湖区信访局 2025年");
		PerfOutlineNode firstGoal = nodes.get(0).children().get(0);
		assertThat(firstGoal.label()).startsWith("长期目标 长期目标1 提高全区信访工作水平");
		assertThat(firstGoal.children()).first().extracting(PerfOutlineNode::label)
				.isEqualTo("产出.数量 劝返上访人员数量 ≤ 3000 人，反向");
		int indicator = document.get().indexOf("劝返上访人员数量");
		assertThat(PerfOutlineNode.innermost(nodes, indicator)).isEqualTo(firstGoal.children().get(0));
	}

	@Test
	void formatDocumentWritesTheCanonicalLayout() throws Exception {
		document.set("goal \"保障社区文体活动正常开展\" < indicator 产出.数量 \"社区开展文体和文化活动\" >= 12 次 >");

		editor.getAction(PerfEditor.FORMAT_ACTION).run();

		assertThat(document.get()).isEqualTo("""
				goal "保障社区文体活动正常开展" <
					indicator 产出.数量 "社区开展文体和文化活动" >= 12 次
				>
				""");
	}

	@Test
	void toggleCommentCommentsAndUncommentsTheSelectedLines() throws Exception {
		document.set("goal \"甲\" <\n\tindicator 产出.数量 \"a\" ≥ 1 次\n\tindicator 产出.数量 \"b\" ≥ 2 次\n>\n");
		int start = document.getLineOffset(1);
		editor.selectAndReveal(start, document.getLineOffset(3) - start);

		editor.getAction(PerfEditor.TOGGLE_COMMENT_ACTION).run();
		assertThat(document.get()).isEqualTo(
				"goal \"甲\" <\n\t// indicator 产出.数量 \"a\" ≥ 1 次\n\t// indicator 产出.数量 \"b\" ≥ 2 次\n>\n");

		editor.selectAndReveal(document.getLineOffset(1), document.getLineOffset(3) - document.getLineOffset(1));
		editor.getAction(PerfEditor.TOGGLE_COMMENT_ACTION).run();
		assertThat(document.get()).isEqualTo("goal \"甲\" <\n\tindicator 产出.数量 \"a\" ≥ 1 次\n\tindicator 产出.数量 \"b\" ≥ 2 次\n>\n");
	}
}
