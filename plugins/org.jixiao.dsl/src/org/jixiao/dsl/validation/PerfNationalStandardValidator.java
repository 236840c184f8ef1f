// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.validation.Check;
import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfNumbers;
import org.jixiao.dsl.model.PerfSourceText;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.model.Indicator;
import org.jixiao.model.NoValue;
import org.jixiao.model.PerfPackage.Literals;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.Qualitative;
import org.jixiao.model.Rank;
import org.jixiao.model.SelfEvaluation;
import org.jixiao.model.Value;
import org.jixiao.model.YesNo;

import com.google.inject.Inject;

/**
 * The national data standard for goals and indicators (预算管理一体化): field lengths, the 项目代码,
 * the four kinds of 指标值确定依据, 指标内容 and 评（扣）分标准 present, and quantified 成本指标
 * (财预〔2021〕101号). Its codes are IGNORE in the default profile and on in the profile "national".
 */
public class PerfNationalStandardValidator extends PerfCheck {

	/** 三级指标 names, at most (the standard's limit for every level's name). */
	public static final int NAME_CHARACTERS = 30;
	/** 指标值, at most. */
	public static final int VALUE_CHARACTERS = 60;
	/** 评（扣）分标准, at most. */
	public static final int CRITERION_CHARACTERS = 2000;
	/** 项目代码: exactly this long, the first {@link #REGION_DIGITS} the 区划 code. */
	public static final int PROJECT_CODE_CHARACTERS = 21;
	public static final int REGION_DIGITS = 6;

	@Inject
	private IValueConverterService converters;

	/** Every indicator rule in one check: each check method costs Xtext a reflective call per indicator. */
	@Check
	public void indicator(Indicator indicator) {
		lengths(indicator);
		if (on(BASIS_KIND)) {
			basis(indicator);
		}
		present(indicator);
		if (on(COST_QUANTIFIED)) {
			costQuantified(indicator);
		}
	}

	/**
	 * Whether the code is reported in this run. The default profile ignores every code here: its
	 * documents are not charged for texts and drafts no one would see.
	 */
	private boolean on(String code) {
		Map<Object, Object> context = getContext();
		return !getIssueSeverities(context == null ? new HashMap<>() : context, getCurrentObject()).isIgnored(code);
	}

	private void lengths(Indicator indicator) {
		String name = indicator.getName();
		if (on(INDICATOR_NAME_LENGTH) && name != null && length(name) > NAME_CHARACTERS) {
			report(INDICATOR_NAME_LENGTH, "三级指标名称长 " + length(name) + " 个字符，超过国家数据标准的 " + NAME_CHARACTERS
					+ " 个：一体化系统不能录入，请缩短。 (indicator name longer than the national standard's " + NAME_CHARACTERS
					+ " characters)", indicator, Literals.INDICATOR__NAME);
		}
		Value value = indicator.getValue();
		if (value != null && on(VALUE_LENGTH)) {
			int printed = printedLength(value);
			if (printed > VALUE_CHARACTERS) {
				reportOn(VALUE_LENGTH, "“" + PerfIndicators.name(indicator) + "”的指标值印出来长 " + printed + " 个字符，超过国家数据标准的 "
						+ VALUE_CHARACTERS + " 个：请把说明写进指标内容（description）或评（扣）分标准（criterion），指标值只写目标。"
						+ " (value longer than the national standard's " + VALUE_CHARACTERS + " characters)", value);
			}
		}
		String criterion = indicator.getCriterion();
		if (criterion != null && length(criterion) > CRITERION_CHARACTERS && on(CRITERION_LENGTH)) {
			report(CRITERION_LENGTH, "评（扣）分标准长 " + String.format(java.util.Locale.ROOT, "%,d", length(criterion))
					+ " 个字符，超过国家数据标准的 2,000 个：请缩短。 (scoring criterion longer than the national standard's 2,000 characters)",
					indicator, Literals.INDICATOR__CRITERION);
		}
	}

	/**
	 * The value as the forms print it: comparator, number and unit without blanks (≥95%), a
	 * qualitative target's text without its quotes.
	 */
	static int printedLength(Value value) {
		if (value instanceof Qualitative q) {
			return (PerfValues.hasComparator(value) ? 1 : 0) + length(q.getText() == null ? "" : q.getText());
		}
		String compact = PerfSourceText.compact(PerfSourceText.text(value)).replace("\"", "");
		return length(compact);
	}

	private void basis(Indicator indicator) {
		String basis = indicator.getBasis();
		if (basis == null || PerfBasisKinds.isStandard(basis)) {
			return;
		}
		String kinds = String.join("、", PerfBasisKinds.kinds());
		String standard = PerfBasisKinds.standardFor(basis);
		if (standard != null) {
			report(BASIS_KIND, "指标值确定依据“" + basis.strip() + "”应写作国家数据标准的“" + standard + "”（标准写法：" + kinds + "）。"
					+ " (basis: write the standard's word)", indicator, Literals.INDICATOR__BASIS, quoted(standard));
		} else {
			report(BASIS_KIND, "指标值确定依据“" + PerfSourceText.display(basis) + "”不是国家数据标准的四类之一：应为 " + kinds
					+ "；具体来源（如工作计划、调查）可写进指标内容（description）。 (basis is none of the standard's four kinds)",
					indicator, Literals.INDICATOR__BASIS);
		}
	}

	/**
	 * 指标内容 and 评（扣）分标准 belong to the targets as declared; a self-evaluation carries its
	 * targets over and does not print them, so it is not asked for them again.
	 */
	private void present(Indicator indicator) {
		if (EcoreUtil2.getContainerOfType(indicator, SelfEvaluation.class) != null) {
			return;
		}
		String name = PerfIndicators.name(indicator);
		if (blank(indicator.getDescription()) && on(MISSING_DESCRIPTION)) {
			report(MISSING_DESCRIPTION, "“" + name + "”没有指标内容（description，即指标解释）：国家数据标准要求写明指标衡量什么。"
					+ " (indicator without its description)", indicator, Literals.INDICATOR__NAME);
		}
		if (blank(indicator.getCriterion()) && on(MISSING_CRITERION)) {
			String draft = PerfCriterionDraft.of(indicator);
			report(MISSING_CRITERION, "“" + name + "”没有评（扣）分标准（criterion）：国家数据标准要求写明如何评分、扣分。"
					+ " (indicator without its scoring criterion)", indicator, Literals.INDICATOR__NAME, criterionFix(indicator, draft));
		}
	}

	/**
	 * Where the derived criterion goes: in place of a blank one, else after the description (or the
	 * measure, or the name), the place the grammar gives it. Data: offset, length, text.
	 */
	private String[] criterionFix(Indicator indicator, String draft) {
		if (draft == null) {
			return new String[0];
		}
		INode blank = PerfSourceText.node(indicator, Literals.INDICATOR__CRITERION);
		if (blank != null) {
			return new String[] { String.valueOf(blank.getOffset()), String.valueOf(blank.getLength()), quoted(draft) };
		}
		INode before = PerfSourceText.node(indicator, Literals.INDICATOR__DESCRIPTION);
		if (before == null) {
			before = PerfSourceText.node(indicator, Literals.INDICATOR__MEASURE);
		}
		if (before == null) {
			before = PerfSourceText.node(indicator, Literals.INDICATOR__NAME);
		}
		if (before == null) {
			return new String[0];
		}
		return new String[] { String.valueOf(before.getEndOffset()), "0", " criterion " + quoted(draft) };
	}

	private void costQuantified(Indicator indicator) {
		Value value = indicator.getValue();
		if (!PerfIndicators.isCost(indicator)
				|| !(value instanceof Qualitative || value instanceof YesNo || value instanceof NoValue || value instanceof Rank)) {
			return;
		}
		ProjectTable project = EcoreUtil2.getContainerOfType(indicator, ProjectTable.class);
		BigDecimal budget = project == null ? null : project.getBudget();
		String example = budget == null ? "≤ 20 万元" : "≤ " + PerfNumbers.plain(budget) + " 万元";
		String message = "成本指标“" + PerfIndicators.name(indicator) + "”的指标值“" + PerfSourceText.display(PerfSourceText.text(value))
				+ "”不是定量的：按财预〔2021〕101号，成本指标应写数值和计量单位，如“" + example + "”" + (budget == null ? "" : "（本项目预算数）")
				+ "。 (cost indicators are quantified: a number with a unit)";
		if (budget == null) {
			reportOn(COST_QUANTIFIED, message, value);
		} else {
			reportOn(COST_QUANTIFIED, message, value, example);
		}
	}

	@Check
	public void projectCode(ProjectTable project) {
		String code = project.getCode();
		if (code == null || !on(PROJECT_CODE)) {
			return;
		}
		List<String> problems = new ArrayList<>();
		int length = length(code);
		if (length != PROJECT_CODE_CHARACTERS) {
			problems.add("有 " + length + " 个字符，应为 " + PROJECT_CODE_CHARACTERS + " 个");
		}
		String region = code.length() >= REGION_DIGITS ? code.substring(0, REGION_DIGITS) : code;
		if (PerfRegionCodes.name(region) == null) {
			problems.add("前六位“" + region + "”不是行政区划代码（GB/T 2260，民政部县以上行政区划代码）");
		}
		if (!problems.isEmpty()) {
			report(PROJECT_CODE, "项目代码“" + code + "”" + String.join("，", problems) + "：国家数据标准的项目代码为 " + PROJECT_CODE_CHARACTERS
					+ " 个字符，前六位是项目所属地区的区划代码。 (project code: " + PROJECT_CODE_CHARACTERS
					+ " characters starting with a GB/T 2260 region code)", project, Literals.PROJECT_TABLE__CODE);
		}
	}

	/** A text as a .perf string literal, written by the language's own converter. */
	private String quoted(String text) {
		return converters.toString(text, "STRING");
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static int length(String text) {
		return text.codePointCount(0, text.length());
	}
}
