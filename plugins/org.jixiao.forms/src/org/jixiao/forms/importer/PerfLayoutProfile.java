// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.forms.generator.PerfGridColumn;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.forms.layout.PerfLayoutBlock;

/**
 * What a layout prints, read from its {@code .layout} description so that the importer recognises
 * exactly what the generator writes (and hand-made forms in the same layout): labels of fields and
 * text blocks, printed notes, grid headers and goal headings. Labels the generator prints in code
 * rather than from the layout (the fixed headers of funds, budget and execution blocks) are listed
 * here once, beside the block they belong to.
 */
final class PerfLayoutProfile {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)\\}");

	/** A goals block: its columns, heading and label, as the layout declares them. */
	record Grid(PerfLayoutBlock block, List<PerfGridColumn> columns, PerfTemplate heading, String kinds, boolean blockScope,
			List<String> labelKeys, PerfTemplate labelTemplate, Set<String> headerKeys) {

		int indexOf(String source) {
			for (int i = 0; i < columns.size(); i++) {
				if (columns.get(i).source().equals(source)) {
					return i;
				}
			}
			return -1;
		}

		boolean has(String source) {
			return indexOf(source) >= 0;
		}

		/** The columns holding an indicator's own cells (not label, goal or categories). */
		List<PerfGridColumn> dataColumns() {
			return columns.stream().filter(c -> !List.of("label", "goal", "level1", "level1w", "level2", "level2w").contains(c.source()))
					.toList();
		}
	}

	/** A printed note with placeholders ({unit}, {date} …). */
	record Note(PerfTemplate template, PerfLayoutBlock block) {
	}

	final PerfLayout layout;
	final String formNameKey;
	final Set<String> markers = new LinkedHashSet<>();
	final List<Note> notes = new ArrayList<>();
	/** Field labels (单位名称, 填报人 …) by key, to the field they fill. */
	final Map<String, String> fieldLabels = new LinkedHashMap<>();
	final Set<String> leadKeys = new LinkedHashSet<>();
	/** Text block labels (部门职能概述 …) by key, to the field they fill. */
	final Map<String, String> textLabels = new LinkedHashMap<>();
	final List<Grid> grids = new ArrayList<>();
	PerfLayoutBlock overview;
	PerfTemplate overviewLong;
	/** An overview cell with the layout's numbering prefix (目标{n}：…), or null when it has none. */
	PerfTemplate overviewItem;
	PerfLayoutBlock fundsMatrix;
	PerfLayoutBlock fundsRows;
	PerfTemplate review;
	PerfLayoutBlock budgetPlan;
	PerfLayoutBlock projectGoal;
	PerfTemplate execution;
	PerfTemplate objective;
	PerfTemplate funding;
	PerfTemplate outcome;
	PerfLayoutBlock total;
	PerfLayoutBlock duties;

	PerfLayoutProfile(PerfLayout layout) {
		this.layout = layout;
		this.formNameKey = PerfCellText.key(layout.formName());
		for (PerfLayoutBlock block : layout.blocks()) {
			String where = layout.source() + ":" + block.line();
			switch (block.kind()) {
			case "note" -> note(block);
			case "fields" -> fields(block);
			case "text" -> text(block);
			case "overview" -> {
				overview = block;
				marker(block.arg("label", "整体绩效目标"));
				overviewLong = PerfTemplate.of(block.arg("long", "长期目标"));
				String prefix = block.arg("prefix", "");
				overviewItem = prefix.isEmpty() ? null : PerfTemplate.of(prefix.replace("{n}", "{index}") + "{text}");
				marker(block.arg("long", "长期目标").replace("{until}", ""));
				marker(block.arg("annual", "年度目标"));
			}
			case "funds-matrix" -> {
				fundsMatrix = block;
				marker(block.arg("label", "部门总体资金情况（万元）"));
				for (String fixed : List.of("总体资金情况", "当年预算收支", "近两年收支金额", "收入构成", "支出构成")) {
					marker(fixed);
				}
			}
			case "funds-rows" -> {
				fundsRows = block;
				marker(block.arg("income", "单位年度收入预算（万元）"));
				marker(block.arg("expense", "单位年度支出预算（万元）"));
				marker(block.arg("public", "其中\n三公经费预算（万元）"));
			}
			case "goals" -> grid(block, where);
			case "reviews" -> {
				review = PerfTemplate.of(block.arg("label", "{reviewer}审核意见"));
				marker("审核意见");
			}
			case "budget-plan" -> {
				budgetPlan = block;
				marker(block.arg("label", "预算规模及资金用途"));
				marker(block.arg("plan", "资金支出计划（%）"));
				marker("其中：财政资金");
			}
			case "project-goal" -> {
				projectGoal = block;
				marker(block.arg("label", "绩效目标"));
			}
			case "execution" -> {
				execution = PerfTemplate.of(block.arg("label", "预算执行情况（万元）（{weight}分）"));
				marker("预算数（A）");
				marker("执行数（B）");
				marker("执行率（B/A）");
			}
			case "objective" -> {
				objective = PerfTemplate.of(block.arg("label", "项目绩效总目标（{weight}分）"));
				marker("年初设定目标");
				marker("全年实际完成情况");
			}
			case "funding" -> {
				funding = PerfTemplate.of(block.arg("label", "项目资金（万元）"));
				marker(block.arg("label", "项目资金（万元）"));
				for (String fixed : List.of("年初预算数", "全年预算数", "全年执行数", "执行率")) {
					marker(fixed);
				}
			}
			case "outcome" -> {
				outcome = PerfTemplate.of(block.arg("label", "年度总体目标"));
				marker(block.arg("label", "年度总体目标"));
				marker(block.arg("target", "预期目标"));
				marker(block.arg("actual", "实际完成情况"));
			}
			case "total" -> {
				total = block;
				marker(block.arg("label", "总分"));
			}
			case "duties" -> {
				duties = block;
				for (String key : List.of("overall", "duties", "measures", "responsibility", "dutygoal", "target", "indicators",
						"standard")) {
					String label = block.args().get(key);
					if (label != null) {
						marker(label);
					}
				}
			}
			default -> {
			}
			}
		}
	}

	private void marker(String text) {
		String key = PerfCellText.key(PLACEHOLDER.matcher(text).replaceAll(""));
		if (key.length() >= 2) {
			markers.add(key);
		}
	}

	private void note(PerfLayoutBlock block) {
		String left = block.args().get("left");
		String center = block.args().get("center");
		String right = block.args().get("right");
		String text = center != null ? center : (left == null ? "" : left) + " " + (right == null ? "" : right);
		notes.add(new Note(PerfTemplate.lenient(text.strip()), block));
		for (String part : PLACEHOLDER.split(text)) {
			marker(part);
		}
	}

	private void fields(PerfLayoutBlock block) {
		String lead = block.args().get("lead");
		if (lead != null) {
			leadKeys.add(PerfCellText.key(lead));
			marker(lead);
		}
		for (String row : block.arg("rows", "").split(";")) {
			for (String pair : row.split(",")) {
				int eq = pair.indexOf('=');
				if (eq < 0) {
					continue;
				}
				Matcher m = PLACEHOLDER.matcher(pair.substring(eq + 1));
				if (m.find()) {
					String label = pair.substring(0, eq).strip();
					fieldLabels.put(PerfCellText.key(label), m.group(1));
					marker(label);
				}
			}
		}
	}

	private void text(PerfLayoutBlock block) {
		Matcher m = PLACEHOLDER.matcher(block.arg("value", ""));
		if (m.find()) {
			String label = block.arg("label", "");
			textLabels.put(PerfCellText.key(label), m.group(1));
			marker(label);
		}
	}

	private void grid(PerfLayoutBlock block, String where) {
		List<PerfGridColumn> columns = PerfGridColumn.parse(
				block.arg("columns", "一级指标:level1, 二级指标:level2, 指标名称:name, 指标值:value"), where);
		Set<String> headers = new LinkedHashSet<>();
		List<String> labels = new ArrayList<>();
		for (PerfGridColumn column : columns) {
			for (String part : column.headerPath()) {
				String key = PerfCellText.key(PLACEHOLDER.matcher(part).replaceAll(""));
				if (key.length() >= 2) {
					if (column.source().equals("label")) {
						labels.add(key);
					} else {
						headers.add(key);
					}
					marker(part);
				}
			}
		}
		String labelText = block.args().get("labeltext");
		PerfTemplate labelTemplate = null;
		if (labelText != null) {
			labels.add(PerfCellText.key(PLACEHOLDER.matcher(labelText).replaceAll("")));
			labelTemplate = PerfTemplate.of(labelText);
			marker(labelText);
		}
		String heading = block.args().get("heading");
		grids.add(new Grid(block, columns, heading == null ? null : PerfTemplate.of(heading), block.arg("kinds", "all"),
				block.arg("scope", "goal").equals("block"), labels, labelTemplate, headers));
	}

	/** How many of this layout's printed labels occur among the given cell keys. */
	int score(Set<String> cellKeys) {
		int score = 0;
		for (String marker : markers) {
			if (cellKeys.contains(marker)) {
				score++;
			} else {
				for (String key : cellKeys) {
					if (PerfCellText.similar(key, marker)) {
						score++;
						break;
					}
				}
			}
		}
		return score;
	}
}
