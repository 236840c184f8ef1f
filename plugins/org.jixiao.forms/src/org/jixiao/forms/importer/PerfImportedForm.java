// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.forms.layout.PerfLayout;

/**
 * One form as read from a table, before it is written as .perf: texts exactly as the cells hold
 * them, each with the cell it came from. Fields are keyed by the layout placeholders ({unit},
 * {filer}, {functions} …), the same names the generator fills.
 */
final class PerfImportedForm {

	/** A value and the cell it was read from. */
	record Text(String text, PerfCell cell) {
	}

	record FundLine(boolean expense, boolean total, Text label, Text amount, Text share, Text twoYearsAgo, Text lastYear) {
	}

	record Review(Text reviewer, Text opinion, Text date) {
	}

	record PlanPoint(Text month, Text cumulative) {
	}

	record Execution(Text label, Text weight, Text planned, Text executed, Text rate, Text score) {
	}

	record Objective(Text weight, Text target, Text actual, Text score) {
	}

	/** A source of funds of the central 项目资金 block (fiscal, carryover, other). */
	record Source(String kind, Text initial, Text planned, Text executed) {
	}

	/** A row of 年度总体目标: 预期目标 beside 实际完成情况. */
	record Outcome(Text target, Text actual) {
	}

	static final class Duty {
		Text title;
		Text responsibility;
		Text dutyGoal;
		Text target;
		Text indicators;
		Text standard;
	}

	record Measure(Text heading, StringBuilder text, PerfCell cell) {
	}

	final PerfFormKind kind;
	final PerfLayout layout;
	final Text title;
	final Map<String, Text> fields = new LinkedHashMap<>();
	/** How a form read without a layout was read (按表头识别, 按正文识别): its layout is only its kind's default; null for a layout's form. */
	String readBy;
	/** Content that found no place, written as comments at the top of the form body. */
	final List<Text> unplaced = new ArrayList<>();

	// department declaration
	Text twoYearsAgoYear;
	Text lastYearYear;
	final List<FundLine> funds = new ArrayList<>();
	final Map<String, Text> publicExpenses = new LinkedHashMap<>();
	final List<Text> overviewLong = new ArrayList<>();
	final List<Text> overviewAnnual = new ArrayList<>();
	Text until;
	final List<Review> reviews = new ArrayList<>();
	/** The printed money unit when it is 元 (金额单位：元) rather than the language's 万元; null otherwise. */
	Text moneyInYuan;

	// project table
	Text budget;
	Text fiscal;
	Text other;
	Text purpose;
	final List<PlanPoint> plan = new ArrayList<>();
	Text projectGoal;

	// self-evaluations
	Execution execution;
	/** 年初预算数 of the 项目资金 block's total row. */
	Text executionInitial;
	final List<Source> sources = new ArrayList<>();
	final List<Outcome> outcomes = new ArrayList<>();
	Objective objective;
	Text indicatorWeight;

	// narrative duties
	final List<Duty> duties = new ArrayList<>();
	final List<Measure> measures = new ArrayList<>();

	final List<PerfImportedGoal> goals = new ArrayList<>();

	PerfImportedForm(PerfFormKind kind, PerfLayout layout, Text title) {
		this.kind = kind;
		this.layout = layout;
		this.title = title;
	}

	String field(String name) {
		Text text = fields.get(name);
		return text == null ? null : text.text();
	}

	/** Sets a field unless the form already has it (the first occurrence wins, later ones are repeats). */
	void put(String name, String text, PerfCell cell) {
		if (text != null && !text.isBlank() && !fields.containsKey(name)) {
			fields.put(name, new Text(text, cell));
		}
	}
}
