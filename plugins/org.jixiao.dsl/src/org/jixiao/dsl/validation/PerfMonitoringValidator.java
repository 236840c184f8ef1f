// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.jixiao.dsl.lights.PerfDeviationCauses;
import org.jixiao.dsl.lights.PerfExplainedLight;
import org.jixiao.dsl.lights.PerfLight;
import org.jixiao.dsl.lights.PerfLights;
import org.jixiao.dsl.lights.PerfLightsProfiles;
import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfNumbers;
import org.jixiao.dsl.model.PerfSourceText;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.model.Indicator;
import org.jixiao.model.Likelihood;
import org.jixiao.model.Monitoring;
import org.jixiao.model.MonitoringBudget;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.Qualitative;
import org.jixiao.model.Value;

/**
 * The monitoring form (绩效运行监控表): its period, its budget arithmetic, current values comparable to
 * their targets, 偏差原因 from the standard lists, and a cause for every light that needs one (by the
 * shipped default lights profile; {@code jixiao monitor lights --profile} applies another).
 */
public class PerfMonitoringValidator extends PerfCheck {

	private static final PerfLights LIGHTS = new PerfLights(PerfLightsProfiles.standard());

	@Check
	public void month(Monitoring form) {
		if (form.getMonth() != null && (form.getMonth() < 1 || form.getMonth() > 12)) {
			report(MONITORING_MONTH, "监控期应为 1–X月，X 为 1 到 12，却写作 " + form.getMonth() + "。", form,
					PerfPackage.Literals.MONITORING__MONTH);
		}
	}

	@Check
	public void indicator(Indicator indicator) {
		Monitoring form = EcoreUtil2.getContainerOfType(indicator, Monitoring.class);
		if (form == null) {
			outside(indicator);
			return;
		}
		Value target = indicator.getAdjusted() != null ? indicator.getAdjusted() : indicator.getValue();
		comparable(indicator, target, indicator.getCurrent(), PerfPackage.Literals.INDICATOR__CURRENT, "1–X月执行情况（current）");
		comparable(indicator, target, indicator.getForecast(), PerfPackage.Literals.INDICATOR__FORECAST, "全年预计完成情况（forecast）");
		for (int i = 0; i < indicator.getCauses().size(); i++) {
			String cause = indicator.getCauses().get(i);
			if (!PerfDeviationCauses.isStandard(cause)) {
				java.util.List<INode> nodes = NodeModelUtils.findNodesForFeature(indicator, PerfPackage.Literals.INDICATOR__CAUSES);
				INode node = i < nodes.size() ? nodes.get(i) : null;
				report(DEVIATION_CAUSE, "偏差原因“" + cause + "”不在标准列表中：请选用 " + String.join("、", PerfDeviationCauses.all())
						+ " 之一，具体情况写在原因说明（deviation）中。", indicator, node == null ? PerfSourceText.node(indicator) : node);
			}
		}
		if (form.getMonth() == null || form.getMonth() < 1 || form.getMonth() > 12) {
			return;
		}
		PerfExplainedLight light = LIGHTS.indicator(indicator, form.getMonth());
		if (LIGHTS.lacksCause(indicator, light)) {
			EStructuralFeature at = indicator.getCurrent() != null ? PerfPackage.Literals.INDICATOR__CURRENT
					: PerfPackage.Literals.INDICATOR__LEVEL;
			report(LIGHT_WITHOUT_CAUSE, "指标“" + PerfIndicators.name(indicator) + "”亮" + light.light().word() + "灯（" + light.reason()
					+ "），却没有偏差原因（cause）：请从标准列表中选择偏差原因，并写原因说明（deviation）。", indicator, at,
					causeInsertion(indicator));
		}
	}

	/** Issue data for the quick fix: offset, length 0 and the text to insert (a placeholder the analyst replaces). */
	private static String[] causeInsertion(Indicator indicator) {
		EStructuralFeature after = indicator.getLikelihood() != Likelihood.UNSPECIFIED ? PerfPackage.Literals.INDICATOR__LIKELIHOOD
				: indicator.getForecast() != null ? PerfPackage.Literals.INDICATOR__FORECAST
						: indicator.getCurrent() != null ? PerfPackage.Literals.INDICATOR__CURRENT : PerfPackage.Literals.INDICATOR__LEVEL;
		INode node = PerfSourceText.node(indicator, after);
		if (node == null) {
			return new String[0];
		}
		String causes = String.join("/", PerfDeviationCauses.lists().values().iterator().next());
		String text = " cause \"【请选择：" + causes + "】\"" + (indicator.getDeviation() == null ? " deviation \"【请填写：原因说明】\"" : "");
		return new String[] { String.valueOf(node.getEndOffset()), "0", text };
	}

	private void comparable(Indicator indicator, Value target, Value value, EStructuralFeature feature, String label) {
		if (PerfValues.isEmpty(target) || PerfValues.isEmpty(value) || target instanceof Qualitative) {
			return;
		}
		if (!PerfLights.comparable(target, value)) {
			report(MONITORING_INCOMPARABLE, "指标“" + PerfIndicators.name(indicator) + "”的" + label + "“" + PerfSourceText.text(value)
					+ "”与年度指标值“" + PerfSourceText.text(target) + "”不可比：应为同类的值、同一单位（" + PerfValues.kindName(PerfValues.kind(target))
					+ (PerfValues.unit(target) == null ? "" : "，单位 " + PerfValues.unit(target)) + "）。", indicator, feature);
		}
	}

	private void outside(Indicator indicator) {
		EStructuralFeature[] features = { PerfPackage.Literals.INDICATOR__CURRENT, PerfPackage.Literals.INDICATOR__FORECAST,
				PerfPackage.Literals.INDICATOR__LIKELIHOOD, PerfPackage.Literals.INDICATOR__CAUSES };
		String[] keywords = { "current", "forecast", "likelihood", "cause" };
		for (int i = 0; i < features.length; i++) {
			if (indicator.eIsSet(features[i])) {
				report(MONITORING_FIELD, "“" + keywords[i] + "”只属于绩效运行监控表（monitor …）：在申报表或自评表中不会生成，请删去或移到监控表中。",
						indicator, features[i]);
				return;
			}
		}
	}

	@Check
	public void budget(MonitoringBudget spending) {
		Monitoring form = EcoreUtil2.getContainerOfType(spending, Monitoring.class);
		if (spending.getAdjusted() != null && spending.getInitial() != null) {
			BigDecimal computed = spending.getInitial().add(PerfNumbers.orZero(spending.getAdded()))
					.subtract(PerfNumbers.orZero(spending.getReduced()));
			if (PerfNumbers.exceeds(spending.getAdjusted(), computed, profile.amountTolerance())) {
				report(MONITORING_BUDGET, "调整预算数 " + PerfNumbers.plain(spending.getAdjusted()) + " 万元不等于年初预算数 + 追加 − 追减 = "
						+ PerfNumbers.plain(computed) + " 万元。", spending, PerfPackage.Literals.MONITORING_BUDGET__ADJUSTED,
						PerfNumbers.plain(computed));
			}
		}
		BigDecimal budget = PerfLights.adjustedBudget(spending);
		if (spending.getRate() != null && spending.getSpent() != null && budget != null && budget.signum() > 0) {
			BigDecimal computed = PerfNumbers.percent(spending.getSpent(), budget);
			if (PerfNumbers.differs(PerfNumbers.roundLike(computed, spending.getRate()), spending.getRate(), profile.shareTolerance())) {
				report(MONITORING_BUDGET, "执行率 " + PerfNumbers.plain(spending.getRate()) + "% 与 支出数 / 调整预算数 = "
						+ PerfNumbers.plain2(computed) + "% 不符。", spending, PerfPackage.Literals.MONITORING_BUDGET__RATE,
						PerfNumbers.plain2(computed));
			}
		}
		if (spending.getOnSchedule() != null && form != null) {
			PerfExplainedLight light = LIGHTS.budget(spending, form.getMonth());
			if (light.light() != PerfLight.NONE && spending.getOnSchedule().isYes() != (light.light() == PerfLight.GREEN)) {
				report(ON_SCHEDULE, "是否达到序时支出进度写作“" + (spending.getOnSchedule().isYes() ? "是" : "否") + "”，按规则应为“"
						+ (light.light() == PerfLight.GREEN ? "是" : "否") + "”：" + light.reason() + "。", spending,
						PerfPackage.Literals.MONITORING_BUDGET__ON_SCHEDULE);
			}
		}
	}
}
