// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.selfeval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.jixiao.dsl.formatting2.PerfDocumentFormatter;
import org.jixiao.dsl.scoring.PerfScoringProfile;
import org.jixiao.dsl.scoring.PerfScoringProfiles;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.DocumentElement;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.ProjectTable;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Starts the self-evaluation of a declaration ({@code jixiao selfeval new}): for every 部门整体支出绩效目标申报表
 * and 项目支出绩效目标表 of a .perf resource, a self-evaluation with the goals and indicators carried
 * over with their targets, the scoring profile's points spread over the indicators, 预算数 taken from
 * the declaration, and every actual value (执行数, 实际完成值) left as --- for the analyst. UI-free:
 * the command line and the workbench's command both call {@link #start(Resource, PerfScoringProfile)}.
 * The text is formatted by the project's formatter and is checked to parse and link without errors
 * in the declaration's resource set before it is returned.
 */
public class PerfSelfEvaluationStarter {

	private static final AtomicInteger DRAFTS = new AtomicInteger();

	@Inject
	private PerfDocumentFormatter formatter;

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** With a shipped scoring profile by name ({@code wuhan2020}, {@code central}). */
	public PerfSelfEvaluationDraft start(Resource declaration, String profileName) {
		PerfScoringProfile profile = PerfScoringProfiles.builtin().get(profileName);
		if (profile == null) {
			throw new IllegalArgumentException("未知的评分配置“" + profileName + "”（可用：" + String.join("、", PerfScoringProfiles.BUILTIN) + "）。");
		}
		return start(declaration, profile);
	}

	/**
	 * The self-evaluations of every declaration and project table of the resource, as one formatted
	 * document; {@code forms} is 0 (and the text empty) when there is none.
	 *
	 * @throws PerfSelfEvaluationException when a form cannot start a self-evaluation (a project without year)
	 */
	public PerfSelfEvaluationDraft start(Resource declaration, PerfScoringProfile profile) {
		if (declaration.getContents().isEmpty() || !(declaration.getContents().get(0) instanceof PerfDocument document)) {
			return new PerfSelfEvaluationDraft("", 0, List.of());
		}
		EcoreUtil.resolveAll(declaration);
		List<PerfSelfEvaluationDraft.Note> notes = new ArrayList<>();
		int forms = 0;
		StringBuilder body = new StringBuilder();
		for (DocumentElement element : document.getElements()) {
			PerfSelfEvaluationText form = new PerfSelfEvaluationText(profile, notes);
			if (element instanceof DepartmentDeclaration department) {
				form.department(department);
			} else if (element instanceof ProjectTable project) {
				form.project(project);
			} else {
				continue;
			}
			body.append(forms == 0 ? "" : "\n").append(form.out());
			forms++;
		}
		if (forms == 0) {
			return new PerfSelfEvaluationDraft("", 0, notes);
		}
		StringBuilder out = new StringBuilder(header(declaration, profile));
		for (PerfSelfEvaluationDraft.Note note : notes) {
			out.append("// 注意（源文件第 ").append(note.line()).append(" 行）：").append(note.message()).append('\n');
		}
		String framework = framework(document);
		if (framework != null) {
			out.append("uses framework ").append(framework).append('\n');
		}
		out.append('\n').append(body);
		return new PerfSelfEvaluationDraft(checkedAndFormatted(declaration, out.toString()), forms, notes);
	}

	private static String header(Resource declaration, PerfScoringProfile profile) {
		String source = declaration.getURI() == null ? "申报表" : declaration.getURI().lastSegment();
		return "// 自评表：由 " + source + " 按评分配置 " + profile.name() + "（" + profile.title() + "）生成。\n"
				+ "// 待填写：budget 的 executed（执行数，替换 ---）；各指标的 actual（实际完成值，替换 ---）；得分 score 可不填，\n"
				+ "// 不填时按评分规则计算，填了与规则不同时会提示理由；定性指标可写 level 达成/部分达成/未达成；\n"
				+ "// 项目绩效总目标写 actual（全年实际完成情况）与 score；有指标未达到目标或执行率偏低时写 deviation\n"
				+ "// （偏差大或目标未完成原因分析），并写 improvement（改进措施及结果应用方案）。\n"
				+ "// 分值已按评分配置平均分到各指标，可以修改：一级指标与目标的分值须等于其下各指标分值之和。\n";
	}

	/** The framework the declaration names, as written, or null. */
	private static String framework(PerfDocument document) {
		if (!document.eIsSet(PerfPackage.Literals.PERF_DOCUMENT__FRAMEWORK)) {
			return null;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(document, PerfPackage.Literals.PERF_DOCUMENT__FRAMEWORK);
		if (!nodes.isEmpty()) {
			return NodeModelUtils.getTokenText(nodes.get(0));
		}
		return document.getFramework().eIsProxy() ? null : document.getFramework().getName();
	}

	/** Parses the text beside the declaration (so its frameworks resolve), refuses errors, formats it. */
	private String checkedAndFormatted(Resource declaration, String text) {
		ResourceSet resourceSet = declaration.getResourceSet() != null ? declaration.getResourceSet() : resourceSets.get();
		XtextResource draft = (XtextResource) resourceFactory
				.createResource(URI.createURI("synthetic:/selfeval-draft-" + DRAFTS.incrementAndGet() + ".perf"));
		resourceSet.getResources().add(draft);
		try {
			draft.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			EcoreUtil.resolveAll(draft);
			if (!draft.getErrors().isEmpty()) {
				Resource.Diagnostic error = draft.getErrors().get(0);
				throw new IllegalStateException("生成的自评表第 " + error.getLine() + " 行有错误：" + error.getMessage() + "\n" + text);
			}
			return formatter.format(draft);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		} finally {
			resourceSet.getResources().remove(draft);
		}
	}
}
