// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.documentation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.jixiao.dsl.library.PerfIndicatorLibrary;
import org.jixiao.dsl.lights.PerfExplainedLight;
import org.jixiao.dsl.lights.PerfLights;
import org.jixiao.dsl.lights.PerfLightsProfiles;
import org.jixiao.dsl.lights.PerfLightsReport;
import org.jixiao.dsl.scoring.PerfIndicatorScore;
import org.jixiao.dsl.scoring.PerfOutcome;
import org.jixiao.dsl.scoring.PerfScoring;
import org.jixiao.dsl.model.PerfNumbers;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.dsl.validation.PerfProfile;
import org.jixiao.model.Category;
import org.jixiao.model.Comparator;
import org.jixiao.model.Direction;
import org.jixiao.model.Framework;
import org.jixiao.model.Goal;
import org.jixiao.model.Monitoring;
import org.jixiao.model.MonitoringBudget;
import org.jixiao.model.ProjectMonitoring;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;
import org.jixiao.model.LibraryEntry;
import org.jixiao.model.SelfEvaluation;
import org.eclipse.xtext.EcoreUtil2;

import com.google.inject.Inject;

/**
 * Hover text in the analysts' words: a category's meaning and guidance, an indicator's normalised
 * value and the library entry it matches, in a self-evaluation the scoring rules' score with
 * its reason beside the entered one, and a target's history across the stages (declared, adjusted,
 * self-evaluated). Used by every front end (language server, Eclipse editor).
 */
public class PerfDocumentationProvider implements IEObjectDocumentationProvider {

	@Inject
	private PerfIndicatorLibrary library;

	@Inject
	private PerfProfile profile;

	@Override
	public String getDocumentation(EObject object) {
		if (object instanceof Indicator indicator) {
			return indicator(indicator);
		}
		if (object instanceof Level2Category level2) {
			Level1Category level1 = (Level1Category) level2.eContainer();
			return category(level1) + "\n" + category(level2);
		}
		if (object instanceof Category category) {
			return category(category);
		}
		if (object instanceof MonitoringBudget spending && spending.eContainer() instanceof Monitoring form) {
			return "预警灯（预算执行）：" + lights().budget(spending, form.getMonth()).reason();
		}
		if (object instanceof Goal goal && goal.eContainer() instanceof Monitoring form) {
			return "预警灯（目标）：" + lights().report(form).goals().get(goal).reason();
		}
		if (object instanceof Monitoring form) {
			PerfLightsReport report = lights().report(form);
			return "预警灯（" + (form instanceof ProjectMonitoring ? "项目" : "部门") + "）：" + report.overall().reason() + "\n双监控："
					+ report.combined().reason() + "\n规则：" + lights().profile().title();
		}
		if (object instanceof Framework framework) {
			return "指标框架 " + framework.getName() + (framework.getTitle() == null ? "" : "：" + framework.getTitle())
					+ (framework.getGuidance() == null ? "" : "\n" + framework.getGuidance());
		}
		return null;
	}

	/** The lights of the shipped default profile (the rules the validator applies). */
	private static PerfLights lights() {
		return new PerfLights(PerfLightsProfiles.standard());
	}

	private static String category(Category category) {
		String title = category.getTitle() == null ? category.getName() : category.getTitle();
		String level = category instanceof Level1Category ? "一级指标" : "二级指标";
		return level + " " + title + (category.getGuidance() == null ? "" : "：" + category.getGuidance());
	}

	private String indicator(Indicator indicator) {
		StringBuilder text = new StringBuilder("指标值：").append(PerfValueReading.of(indicator.getValue()));
		if (EcoreUtil2.getContainerOfType(indicator, SelfEvaluation.class) != null) {
			text.append('\n').append(score(new PerfScoring(profile.scoreTolerance()).indicator(indicator)));
		}
		String history = PerfTargetHistory.of(indicator);
		if (history != null) {
			text.append('\n').append(history);
		}
		PerfExplainedLight light = lights().indicator(indicator);
		if (light != null) {
			text.append("\n预警灯：").append(light.reason());
		}
		library.entryFor(indicator).ifPresentOrElse(entry -> text.append('\n').append(entry(entry)),
				() -> text.append("\n指标库中没有同名指标。"));
		return text.toString();
	}

	/** 评分：the rules' score and why, beside the entered one. */
	private static String score(PerfIndicatorScore score) {
		StringBuilder text = new StringBuilder("评分：");
		if (score.weight() != null) {
			text.append("分值 ").append(PerfNumbers.plain(score.weight())).append("，");
		}
		text.append(score.entered() == null ? "未填得分" : "填报 " + PerfNumbers.plain(score.entered()) + " 分").append("，");
		if (score.rule() == null) {
			text.append("规则无法计分");
		} else if (score.outcome() == PerfOutcome.BAND && !score.differs() && score.entered() != null) {
			text.append("在规则的得分区间内");
		} else {
			text.append("按规则 ").append(PerfNumbers.plain(score.rule())).append(" 分");
			if (score.differs()) {
				text.append("（与填报不同）");
			}
		}
		return text.append("。\n").append(score.reason()).toString();
	}

	private static String entry(LibraryEntry entry) {
		StringBuilder text = new StringBuilder("指标库：").append(entry.getName()).append("（")
				.append(PerfValues.kindName(entry.getKind()));
		if (entry.getComparator() != Comparator.NONE) {
			text.append("，").append(entry.getComparator().getLiteral());
		}
		if (entry.getUnit() != null) {
			text.append("，单位 ").append(entry.getUnit());
		}
		if (entry.getDirection() != Direction.UNSPECIFIED) {
			text.append("，").append(entry.getDirection().getLiteral());
		}
		text.append("）");
		if (entry.getBasis() != null) {
			text.append("\n常用依据：").append(entry.getBasis());
		}
		if (entry.getGuidance() != null) {
			text.append("\n").append(entry.getGuidance());
		}
		return text.toString();
	}
}
