// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.jixiao.dsl.ide.outline.PerfOutlineNode;
import org.jixiao.dsl.ui.PerfIssueMarkers;
import org.jixiao.dsl.ui.editor.PerfEditor;
import org.jixiao.dsl.ui.outline.PerfOutlinePage;
import org.jixiao.dsl.ui.reconciler.PerfProblemAnnotation;
import org.jixiao.dsl.ui.tests.PerfUiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Review comments (审核意见) in the workbench: an open comment is a problem of its own kind in the
 * Problems view (a marker type under the .perf problems) and in the editor (its own annotation type,
 * icon and colour), and every comment is a node of the outline under its form.
 */
class PerfReviewCommentsTest {

	private static final long WAIT_MS = 30_000;

	static final String WITH_COMMENTS = """
			project "P001" "社区服务项目" year 2026 <
			    goal 年度目标1 "提供社区服务" <
			        indicator 产出.数量 "服务人次" ≥ 500 人次
			        indicator 满意度.服务对象满意度 "服务对象满意度" ≥ 95%
			    >
			    opinion "监督绩效股" <
			        reviewer "王五"
			        date "2026-03-05"
			        indicator "服务人次"
			        text "服务人次应有测算依据"
			        status 待整改
			    >
			    opinion "财政部门业务股室" <
			        text "预算数已核"
			        status 已整改
			        answer "已附预算明细"
			    >
			>
			""";

	@RegisterExtension
	final PerfManualBuilds manualBuilds = new PerfManualBuilds();

	@Test
	void anOpenCommentIsAMarkerAndAnAnnotationOfItsOwnKindAndEveryCommentIsInTheOutline() throws Exception {
		IProject project = manualBuilds.project("review-comments");
		IFile file = PerfUiTestSupport.file(project, "社区服务项目.perf", WITH_COMMENTS);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);

		IMarker[] comments = file.findMarkers(PerfIssueMarkers.REVIEW_COMMENT_TYPE, false, IResource.DEPTH_ZERO);
		assertThat(comments).hasSize(1);
		assertThat(PerfIssueMarkers.code(comments[0])).isEqualTo("perf.opinion-open");
		assertThat(comments[0].getAttribute(IMarker.LINE_NUMBER, 0)).isEqualTo(6);
		assertThat(comments[0].getAttribute(IMarker.SEVERITY, -1)).isEqualTo(IMarker.SEVERITY_WARNING);
		// still a .perf problem: the builder replaces it, the Problems view lists it with the others
		assertThat(PerfWorkspaceTestSupport.describe(PerfWorkspaceTestSupport.markers(file))).contains("6 warning perf.opinion-open");

		PerfEditor editor = PerfUiTestSupport.open(file);
		assertThat(PerfUiTestSupport.waitUntil(() -> editor.reconcileCount() > 0, WAIT_MS)).isTrue();
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		List<PerfProblemAnnotation> problems = new ArrayList<>();
		for (Iterator<Annotation> it = editor.annotationModel().getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof PerfProblemAnnotation problem) {
				problems.add(problem);
			}
		}
		PerfProblemAnnotation open = problems.stream().filter(p -> "perf.opinion-open".equals(p.issue().getCode())).findFirst()
				.orElseThrow();
		assertThat(open.getType()).isEqualTo(PerfProblemAnnotation.REVIEW_COMMENT);
		assertThat(editor.annotationModel().getPosition(open).getOffset()).isEqualTo(document.get().indexOf("opinion \"监督绩效股\""));
		assertThat(problems).filteredOn(p -> !"perf.opinion-open".equals(p.issue().getCode()))
				.allSatisfy(p -> assertThat(p.getType()).isNotEqualTo(PerfProblemAnnotation.REVIEW_COMMENT));

		PerfOutlinePage outline = (PerfOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		long before = editor.reconcileCount();
		document.replace(document.getLength(), 0, "\n");
		assertThat(PerfUiTestSupport.waitUntil(() -> editor.reconcileCount() > before, WAIT_MS)).isTrue();
		List<PerfOutlineNode> form = outline.nodes().get(0).children();
		assertThat(form).extracting(PerfOutlineNode::kind).containsExactly(PerfOutlineNode.Kind.GOAL, PerfOutlineNode.Kind.OPINION,
				PerfOutlineNode.Kind.OPINION);
		assertThat(form.subList(1, 3)).extracting(PerfOutlineNode::label).containsExactly("审核意见 监督绩效股 待整改 服务人次应有测算依据",
				"审核意见 财政部门业务股室 已整改 预算数已核");

		PerfUiTestSupport.drainEvents();
		screenshot(editor.getSite().getShell(), Path.of("target", "screenshots", "review-comments.png"));
	}

	/** What the analyst sees, kept for a look (not compared: fonts differ between machines). */
	private static void screenshot(Shell shell, Path png) {
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			Files.createDirectories(png.getParent());
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(png.toString(), SWT.IMAGE_PNG);
		} catch (IOException | SWTException e) {
			System.err.println("no screenshot of the editor: " + e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
