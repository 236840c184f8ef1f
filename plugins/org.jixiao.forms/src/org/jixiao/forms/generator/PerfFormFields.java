// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.dsl.scoring.PerfScorecard;
import org.jixiao.dsl.scoring.PerfScoring;
import org.jixiao.dsl.model.PerfNumbers;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.dsl.lights.PerfLight;
import org.jixiao.dsl.lights.PerfLights;
import org.jixiao.dsl.lights.PerfLightsProfiles;
import org.jixiao.dsl.lights.PerfLightsReport;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.ForecastBalance;
import org.jixiao.model.FundingSource;
import org.jixiao.model.Monitoring;
import org.jixiao.model.MonitoringBudget;
import org.jixiao.model.ProjectMonitoring;
import org.jixiao.model.DepartmentSelfEvaluation;
import org.jixiao.model.DutyStatement;
import org.jixiao.model.Form;
import org.jixiao.model.ProjectProperty;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.SelfEvaluation;

/**
 * The named fields of a form that layout templates refer to as {@code {name}}: {@code {unit}},
 * {@code {year}}, {@code {filer}}, {@code {functions}} … A missing field is empty.
 */
public final class PerfFormFields {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)\\}");

	private final Map<String, String> fields = new HashMap<>();

	public PerfFormFields(Form form, PerfLayout layout) {
		put("unit", form.getUnit());
		put("year", form.getYear() == null ? null : form.getYear().toString());
		put("formName", layout.formName());
		put("title", form.getTitle() != null ? form.getTitle()
				: nz(form.getUnit()) + (form.getYear() == null ? "" : form.getYear() + "年") + layout.formName());
		if (form instanceof DepartmentDeclaration d) {
			put("code", d.getCode());
			put("filingUnit", d.getFilingUnit() != null ? d.getFilingUnit() : d.getUnit());
			put("filer", d.getFiler());
			put("contact", d.getContact());
			put("phone", d.getPhone());
			put("head", d.getHead());
			put("staff", d.getStaff() == null ? null : d.getStaff().toString());
			put("actualStaff", d.getActualStaff() == null ? null : d.getActualStaff().toString());
			put("functions", d.getFunctions());
			put("tasks", d.getTasks());
			put("summary", d.getSummary());
			put("remarks", d.getRemarks());
		}
		if (form instanceof ProjectTable p) {
			put("code", p.getCode());
			put("name", p.getName());
			put("purpose", p.getPurpose());
			put("supervisor", p.getSupervisor());
			put("implementer", p.getImplementer());
			put("property", p.getProperty() == ProjectProperty.UNSPECIFIED ? null : p.getProperty().getLiteral());
			put("budget", plain(p.getBudget()));
			put("fiscal", plain(p.getFiscalFunds()));
			put("other", plain(p.getOtherFunds()));
		}
		if (form instanceof SelfEvaluation s) {
			put("date", s.getDate());
			// The total as filed, else the sum of the entered scores (the rules' where none is entered).
			PerfScorecard card = new PerfScoring().evaluate(s);
			BigDecimal total = card.shownTotal();
			put("total", s.getTotal() != null ? s.getTotal().toPlainString() : PerfNumbers.plain(total));
			put("grade", PerfScoring.grade(total).getLiteral());
			put("deviation", s.getDeviation());
			put("improvement", s.getImprovement());
		}
		if (form instanceof DepartmentSelfEvaluation s) {
			put("basic", wan(s.getBasicExpenditure()));
			put("project", wan(s.getProjectExpenditure()));
		}
		if (form instanceof ProjectSelfEvaluation s) {
			put("name", s.getName());
			put("supervisor", s.getSupervisor());
			put("implementer", s.getImplementer());
			put("indicatorWeight", s.getIndicatorWeight() == null ? null : s.getIndicatorWeight().toPlainString());
		}
		if (form instanceof Monitoring m) {
			monitoring(m);
		}
		if (form instanceof DutyStatement s) {
			put("overall", s.getOverall());
			put("intro", s.getIntro());
		}
	}

	/** 绩效运行监控表: period, 预算执行 (computed where not written), the lights of the form and the footer. */
	private void monitoring(Monitoring m) {
		put("month", m.getMonth() == null ? null : m.getMonth().toString());
		put("period", m.getMonth() == null ? null : "1–" + m.getMonth() + "月");
		put("date", m.getDate());
		put("supervisor", m.getSupervisor());
		if (m instanceof ProjectMonitoring p) {
			put("code", p.getCode());
			put("name", p.getName());
		}
		PerfLights lights = new PerfLights(PerfLightsProfiles.standard());
		PerfLightsReport report = lights.report(m);
		MonitoringBudget spending = m.getSpending();
		if (spending != null) {
			BigDecimal budget = PerfLights.adjustedBudget(spending);
			put("initial", plain(spending.getInitial()));
			put("added", plain(spending.getAdded()));
			put("reduced", plain(spending.getReduced()));
			put("adjusted", plain(budget));
			put("spent", plain(spending.getSpent()));
			BigDecimal rate = spending.getRate() != null ? spending.getRate()
					: spending.getSpent() == null ? null : PerfNumbers.percent(spending.getSpent(), budget);
			put("rate", rate == null ? null : PerfNumbers.plain2(rate) + "%");
			put("forecast", plain(spending.getForecast()));
			for (FundingSource source : FundingSource.values()) {
				put(source.getLiteral(), null);
			}
			for (ForecastBalance balance : spending.getBalances()) {
				put(balance.getSource().getLiteral(), plain(balance.getAmount()));
			}
			PerfLight budgetLight = report.budget().light();
			put("onSchedule", spending.getOnSchedule() != null ? (spending.getOnSchedule().isYes() ? "是" : "否")
					: budgetLight == PerfLight.NONE ? null : budgetLight == PerfLight.GREEN ? "是" : "否");
			put("budgetLight", PerfStyles.lightWord(report.budget()));
		}
		put("formLight", PerfStyles.lightWord(report.overall()));
		put("combinedLight", PerfStyles.lightWord(report.combined()));
		put("rectification", m.getRectification() == null ? null : m.getRectification().isYes() ? "是" : "否");
		put("requirement", m.getRequirement());
		put("result", m.getResult());
		put("adjustment", m.getAdjustment());
	}

	private static String wan(BigDecimal amount) {
		return amount == null ? null : amount.toPlainString() + "万元";
	}

	private static String plain(BigDecimal amount) {
		return amount == null ? null : amount.toPlainString();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	/** Records a field of this form kind; an unset value fills as the empty string. */
	private void put(String name, String value) {
		fields.put(name, value == null ? "" : value);
	}

	public String get(String name) {
		return fields.getOrDefault(name, "");
	}

	/**
	 * Fills a template with this form's fields; other placeholders ({goal}, {weight} …) are left for
	 * the block to fill.
	 */
	public String fill(String template) {
		if (template == null) {
			return "";
		}
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String name = m.group(1);
			m.appendReplacement(out, Matcher.quoteReplacement(fields.containsKey(name) ? fields.get(name) : m.group()));
		}
		m.appendTail(out);
		return out.toString();
	}
}
