// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.selfeval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.jixiao.dsl.model.PerfMonitoringFollowers;
import org.jixiao.dsl.scoring.PerfScoringProfile;
import org.jixiao.dsl.scoring.PerfScoringProfiles;
import org.jixiao.dsl.serializer.PerfComments;
import org.jixiao.dsl.serializer.PerfWriter;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.DocumentElement;
import org.jixiao.model.GoalForm;
import org.jixiao.model.Indicator;
import org.jixiao.model.Monitoring;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.PerfFactory;
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
 * The self-evaluations are built as a model and written by {@link PerfWriter} in the declaration's
 * resource set (so that the declaration's frameworks are named), in the formatter's layout. Where a
 * monitoring form follows the declaration (found across the workspace, the latest month winning),
 * each actual starts as its full-year forecast, marked by a comment as a forecast to replace.
 */
public class PerfSelfEvaluationStarter {

	@Inject
	private PerfWriter writer;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private PerfMonitoringFollowers followers;

	/** With a shipped scoring profile by name ({@code wuhan2020}, {@code central}). */
	public PerfSelfEvaluationDraft start(Resource declaration, String profileName) {
		PerfScoringProfiles builtin = PerfScoringProfiles.builtin();
		PerfScoringProfile profile = builtin.get(profileName);
		if (profile == null) {
			throw new IllegalArgumentException(builtin.unknown(profileName, false));
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
		return start(declaration, profile, PerfSelfEvaluationLayouts.DEFAULT);
	}

	/** As {@link #start(Resource, PerfScoringProfile)}, the forms written for the given layouts. */
	public PerfSelfEvaluationDraft start(Resource declaration, PerfScoringProfile profile, PerfSelfEvaluationLayouts layouts) {
		if (declaration.getContents().isEmpty() || !(declaration.getContents().get(0) instanceof PerfDocument document)) {
			return new PerfSelfEvaluationDraft("", 0, List.of());
		}
		EcoreUtil.resolveAll(declaration);
		List<PerfSelfEvaluationDraft.Note> notes = new ArrayList<>();
		PerfDocument draft = PerfFactory.eINSTANCE.createPerfDocument();
		Map<Indicator, Monitoring> forecasts = new LinkedHashMap<>();
		for (DocumentElement element : document.getElements()) {
			if (!(element instanceof DepartmentDeclaration || element instanceof ProjectTable)) {
				continue;
			}
			Monitoring monitoring = followers.latest((GoalForm) element);
			PerfSelfEvaluationForms forms = new PerfSelfEvaluationForms(profile, layouts, notes, monitoring);
			if (element instanceof DepartmentDeclaration department) {
				draft.getElements().add(forms.department(department));
			} else if (element instanceof ProjectTable project) {
				draft.getElements().add(forms.project(project));
			}
			forms.forecasts().forEach(i -> forecasts.put(i, monitoring));
		}
		if (draft.getElements().isEmpty()) {
			return new PerfSelfEvaluationDraft("", 0, notes);
		}
		if (document.eIsSet(PerfPackage.Literals.PERF_DOCUMENT__FRAMEWORK) && !document.getFramework().eIsProxy()) {
			draft.setFramework(document.getFramework());
		}
		PerfComments comments = new PerfComments().before(draft, header(declaration, profile));
		for (PerfSelfEvaluationDraft.Note note : notes) {
			comments.before(draft, "注意（源文件第 " + note.line() + " 行）：" + note.message());
		}
		forecasts.forEach((indicator, monitoring) -> comments.before(indicator, forecastMark(monitoring)));
		ResourceSet resourceSet = declaration.getResourceSet() != null ? declaration.getResourceSet() : resourceSets.get();
		return new PerfSelfEvaluationDraft(writer.write(draft, comments, resourceSet), draft.getElements().size(), notes, forecasts.size());
	}

	/** The comment on an actual taken from the monitoring forecast: to be replaced, and from where. */
	static String forecastMark(Monitoring monitoring) {
		String source = monitoring.eResource() == null || monitoring.eResource().getURI() == null ? ""
				: "（" + monitoring.eResource().getURI().lastSegment() + "）";
		return "预计值：actual 暂取 " + monitoring.getMonth() + " 月监控表" + source + "的全年预计（forecast），请替换为实际完成值。";
	}

	private static String header(Resource declaration, PerfScoringProfile profile) {
		String source = declaration.getURI() == null ? "申报表" : declaration.getURI().lastSegment();
		return "自评表：由 " + source + " 按评分配置 " + profile.name() + "（" + profile.title() + "）生成。\n"
				+ "待填写：budget 的 executed（执行数，替换 ---）；各指标的 actual（实际完成值，替换 ---）；得分 score 可不填，\n"
				+ "不填时按评分规则计算，填了与规则不同时会提示理由；定性指标可写 level 达成/部分达成/未达成；\n"
				+ "项目绩效总目标写 actual（全年实际完成情况）与 score；有指标未达到目标或执行率偏低时写 deviation\n"
				+ "（偏差大或目标未完成原因分析），并写 improvement（改进措施及结果应用方案）。\n"
				+ "分值已按评分配置平均分到各指标，可以修改：一级指标与目标的分值须等于其下各指标分值之和。";
	}
}
