// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.forms.generator.PerfGridColumn;
import org.jixiao.forms.importer.PerfImportedForm.Text;
import org.jixiao.forms.importer.PerfLayoutProfile.Grid;
import org.jixiao.forms.layout.PerfFormKind;

/**
 * Reads the indicator grids of one form: goal headings ({goal}（{weight}分）：{text}), header rows
 * (recognised by the layout's column headers, multi-row headers included) and indicator rows.
 * A row's leading cells are its label, goal and 一级/二级 cells (recognised by content, since exports
 * drop merged cells and shift rows); the rest are placed into the layout's data columns.
 */
final class PerfGridReader {

	private static final Pattern GOAL_CELL = Pattern.compile("^" + PerfTemplate.GOAL + "$");
	private static final Pattern WEIGHT = Pattern.compile("\\(\\s*([0-9]+(?:\\.[0-9]+)?)\\s*分\\s*\\)");
	private static final Pattern REPEATED_NUMBER = Pattern.compile("^目标\\s*([0-9]+)\\s*[:：]\\s*");
	private static final Pattern INDEX = Pattern.compile("^[0-9]{1,2}$");

	private final PerfImportedForm form;
	private final PerfLayoutProfile profile;
	private final PerfCategories categories;
	private final PerfColumnFit fit;
	private final PerfImportReport report;
	private final Map<Grid, PerfTemplate> headingsWithText = new HashMap<>();

	private Grid grid;
	private PerfImportedGoal goal;
	private boolean lastWasHeader;
	/** The last header repeated the grid's header on a new page: its goal cell names the same goal again. */
	private boolean continued;
	/** The previous row was an indicator row of this grid (the next may complete it). */
	private boolean lastWasIndicator;
	/** The previous row held only a label cell (its {index} may follow on a row of its own). */
	private boolean lastWasLabelOnly;
	private Map<Grid, Integer> headerEvidence = new HashMap<>();
	private final List<PerfImportedIndicator.CategoryCell> pending = new ArrayList<>();

	PerfGridReader(PerfImportedForm form, PerfLayoutProfile profile, PerfCategories categories, PerfColumnFit fit,
			PerfImportReport report) {
		this.form = form;
		this.profile = profile;
		this.categories = categories;
		this.fit = fit;
		this.report = report;
		for (Grid g : profile.grids) {
			if (g.heading() != null && !g.block().arg("heading", "").contains("{text}")) {
				headingsWithText.put(g, PerfTemplate.of(g.block().arg("heading", "") + "{text}"));
			}
		}
	}

	boolean active() {
		return grid != null;
	}

	/** A goal heading or a grid header row; it starts (or continues) a grid. */
	boolean start(PerfRow row) {
		if (profile.grids.isEmpty()) {
			return false;
		}
		if (heading(row)) {
			lastWasHeader = false;
			return true;
		}
		if (header(row)) {
			lastWasHeader = true;
			return true;
		}
		return false;
	}

	/** Ends the grid: the rows that follow belong to another block. */
	void stop() {
		grid = null;
		continued = false;
		lastWasIndicator = false;
		lastWasHeader = false;
		pending.clear();
	}

	// ------------------------------------------------------------------ headings

	private boolean heading(PerfRow row) {
		List<PerfCell> filled = row.filled();
		if (filled.isEmpty()) {
			return false;
		}
		for (Grid g : profile.grids) {
			if (g.heading() == null) {
				continue;
			}
			Map<String, String> values = g.heading().match(filled.get(0).text());
			String text = null;
			if (values != null) {
				String own = values.get("text");
				String rest = rest(filled, 1);
				text = own == null || own.isEmpty() ? rest : rest.isEmpty() ? own : own + "\n" + rest;
			} else {
				values = g.heading().match(row.joined());
				if (values == null && headingsWithText.containsKey(g)) {
					values = headingsWithText.get(g).match(row.joined());
				}
				if (values != null) {
					text = values.get("text");
				}
			}
			if (values == null || values.get("goal") == null) {
				continue;
			}
			String name = values.get("goal").replaceAll("\\s+", "");
			Grid chosen = gridFor(kindOf(name, g), g);
			newGoal(filled.get(0), chosen);
			goal.name = new Text(name, filled.get(0));
			if (text != null) {
				// the text may repeat the goal's number as the overview prints it: 长期目标2： 目标2：…
				Matcher repeated = REPEATED_NUMBER.matcher(text);
				if (repeated.find() && repeated.group(1).equals(name.replaceAll("\\D+", ""))) {
					text = text.substring(repeated.end());
				}
			}
			if (text != null && !text.isBlank()) {
				goal.text = new Text(text, filled.get(0));
			}
			if (values.get("weight") != null && !values.get("weight").isEmpty()) {
				goal.weight = new Text(values.get("weight"), filled.get(0));
			}
			headerEvidence = new HashMap<>();
			lastWasIndicator = false;
			return true;
		}
		return false;
	}

	private static String rest(List<PerfCell> filled, int from) {
		StringBuilder text = new StringBuilder();
		for (int i = from; i < filled.size(); i++) {
			if (text.length() > 0) {
				text.append('\n');
			}
			text.append(filled.get(i).text());
		}
		return text.toString();
	}

	/** The goal kind a name implies: 长期目标 → longterm, 年度目标 → annual, else the block's kinds. */
	private String kindOf(String name, Grid g) {
		if (name != null && name.contains("长期")) {
			return "longterm";
		}
		if (name != null && name.contains("年度")) {
			return "annual";
		}
		return switch (g.kinds()) {
		case "longterm" -> "longterm";
		case "annual" -> "annual";
		default -> form.kind == PerfFormKind.DEPARTMENT ? "annual" : null;
		};
	}

	/** Among the grids, the one for goals of this kind (wuhan2020 and dongxihu2025 have one per kind). */
	private Grid gridFor(String kind, Grid fallback) {
		for (Grid g : profile.grids) {
			if (kind != null && g.kinds().equals(kind)) {
				return g;
			}
		}
		return fallback;
	}

	private void newGoal(PerfCell origin, Grid g) {
		grid = g;
		goal = new PerfImportedGoal(origin);
		goal.kind = kindOf(null, g);
		if (g.kinds().equals("longterm") && form.until != null) {
			goal.until = form.until;
		}
		form.goals.add(goal);
		pending.clear();
	}

	// ------------------------------------------------------------------ header rows

	private boolean header(PerfRow row) {
		List<PerfCell> filled = row.filled();
		Grid best = null;
		int bestScore = 0;
		for (Grid g : profile.grids) {
			int matched = 0;
			for (PerfCell cell : filled) {
				if (isHeader(cell, g)) {
					matched++;
				}
			}
			if (matched < 2 && !(matched == 1 && filled.size() == 1 && lastWasHeader)) {
				continue;
			}
			if (matched * 2 < filled.size()) {
				continue;
			}
			int score = matched + headerEvidence.getOrDefault(g, 0);
			if (goal != null && goal.kind != null && g.kinds().equals(goal.kind)) {
				score += 3;
			}
			if (score > bestScore) {
				bestScore = score;
				best = g;
			}
		}
		if (best == null) {
			return false;
		}
		if (row.pageStart() && best == grid && goal != null && !goal.indicators.isEmpty()) {
			// the header written again where the grid continues on the next page: same goal
			continued = true;
			lastWasIndicator = false;
			return true;
		}
		for (Grid g : profile.grids) {
			int matched = 0;
			for (PerfCell cell : filled) {
				if (isHeader(cell, g)) {
					matched++;
				}
			}
			headerEvidence.merge(g, matched, Integer::sum);
		}
		// goals start at their heading, or at their cell of a goal column (湖南: 目标1 …); a grid with
		// neither is one goal per header
		boolean goalColumn = best.blockScope() && best.has("goal");
		boolean newGoal = !goalColumn && (goal == null
				|| best.heading() == null && !goal.indicators.isEmpty() && !lastWasHeader);
		if (goal == null && goalColumn) {
			grid = best;
		} else if (newGoal) {
			newGoal(filled.get(0), best);
		} else {
			grid = best;
			if (goal.kind == null || !lastWasHeader) {
				goal.kind = goal.name == null ? kindOf(null, best) : kindOf(goal.name.text(), best);
			}
			if (best.kinds().equals("longterm") && form.until != null && goal.until == null) {
				goal.until = form.until;
			}
		}
		labelWeight(filled.get(0));
		lastWasIndicator = false;
		return true;
	}

	private static boolean isHeader(PerfCell cell, Grid g) {
		String key = PerfCellText.key(cell.text());
		if (g.headerKeys().contains(key)) {
			return true;
		}
		for (String header : g.headerKeys()) {
			if (PerfCellText.similar(key, header)) {
				return true;
			}
		}
		return isLabel(cell, g);
	}

	// ------------------------------------------------------------------ indicator rows

	/** An indicator row (or a row of category cells only); false if the row is not part of the grid. */
	boolean body(PerfRow row) {
		if (grid == null) {
			return false;
		}
		List<PerfCell> cells = row.cells();
		List<PerfCell> filled = row.filled();
		int minData = Math.min(2, grid.dataColumns().size());
		List<PerfImportedIndicator.CategoryCell> found = new ArrayList<>();
		PerfCell goalCell = null;
		boolean afterLabel = false;
		// how far the row's cells stand from the layout's columns (a page break may have cut off its
		// label cell); measured at the first label or goal cell
		int offset = 0;
		boolean measured = false;
		int k = 0;
		for (; k < filled.size(); k++) {
			PerfCell cell = filled.get(k);
			int remaining = filled.size() - k - 1;
			if (found.isEmpty() && goalCell == null && isLabel(cell, grid)) {
				labelWeight(cell);
				afterLabel = true;
				if (!measured) {
					offset = PerfRow.indexOf(cells, cell) - grid.indexOf("label");
					measured = true;
				}
				continue;
			}
			if (afterLabel && INDEX.matcher(cell.text()).matches() && found.isEmpty()) {
				continue; // the {index} of 年度绩效指标{index}, broken off its label
			}
			if (grid.has("goal") && found.isEmpty() && goalCell == null && GOAL_CELL.matcher(cell.text().replaceAll("\\s+", "")).matches()) {
				goalCell = cell;
				if (!measured) {
					offset = PerfRow.indexOf(cells, cell) - grid.indexOf("goal");
					measured = true;
				}
				continue;
			}
			PerfCategories.Cell category = PerfCategories.parse(cell);
			if (category.weightOnly() && found.size() < 2) {
				found.add(new PerfImportedIndicator.CategoryCell(category, false, false));
				continue;
			}
			long named = found.stream().filter(c -> !c.cell().weightOnly()).count();
			// a second category cell is a 二级 after a 一级 (even one the framework puts elsewhere: the
			// resolver reports that), never a second 二级: 经济效益指标1 | 经济效益 | … has the name 经济效益
			if (categories.isCategory(category) && named < 2 && remaining >= minData
					&& (named == 0 || categories.isLevel1(lastNamed(found)) && categories.isLevel2(category.label()))) {
				int column = PerfRow.indexOf(cells, cell) - offset;
				int level1Column = grid.has("level1w") ? grid.indexOf("level1w") : grid.indexOf("level1");
				boolean level2Column = column == grid.indexOf(level2Source());
				found.add(new PerfImportedIndicator.CategoryCell(category, level2Column, level1Column > 0 && column < level1Column));
				if (level2Column && categories.isLevel2(category.label())) {
					k++;
					break; // the 二级 column: the next cell is the name, even a name like 社会公众满意度
				}
				continue;
			}
			break;
		}
		if (goalCell != null) {
			String name = goalCell.text().replaceAll("\\s+", "");
			boolean sameGoal = goal != null && goal.name != null && goal.name.text().equals(name);
			boolean wasContinued = continued;
			continued = false;
			if (!sameGoal || !goal.indicators.isEmpty() && !wasContinued) {
				newGoal(goalCell, grid);
				goal.name = new Text(name, goalCell);
				goal.kind = kindOf(name, grid);
			}
		}
		List<PerfCell> data = filled.subList(k, filled.size());
		boolean labelOnly = afterLabel && found.isEmpty() && goalCell == null && data.isEmpty();
		if (lastWasLabelOnly && found.isEmpty() && goalCell == null && data.size() == 1 && INDEX.matcher(data.get(0).text()).matches()) {
			data = List.of(); // 年度绩效指标 ⏎ 1: the {index} of a label broken over two rows
		}
		lastWasLabelOnly = labelOnly;
		if (data.isEmpty()) {
			pending.addAll(found);
			return true;
		}
		if (goal == null) {
			newGoal(data.get(0), grid);
		}
		if (found.isEmpty() && goalCell == null && data.size() == filled.size() && completes(data)) {
			lastWasHeader = false;
			return true;
		}
		PerfImportedIndicator indicator = new PerfImportedIndicator(row);
		indicator.categories.addAll(pending);
		indicator.categories.addAll(found);
		pending.clear();
		List<PerfGridColumn> columns = grid.dataColumns();
		List<String> sources = columns.stream().map(PerfGridColumn::source).toList();
		// with its empty cells, the data may have exactly one cell per column: then position decides
		int from = PerfRow.indexOf(cells, data.get(0));
		List<PerfCell> span = cells.subList(from, PerfRow.indexOf(cells, data.get(data.size() - 1)) + 1);
		if (span.size() < sources.size() && from + sources.size() <= cells.size() && !hasMerged(sources)) {
			// the row's last columns are empty (no 备注): its cells still stand one per column
			span = cells.subList(from, from + sources.size());
		}
		if (span.size() == sources.size() && span.size() != data.size()) {
			data = span;
		}
		int[] placement = fit.place(data, sources);
		for (int i = 0; i < data.size(); i++) {
			if (data.get(i).isEmpty()) {
				continue;
			}
			if (placement[i] >= 0) {
				indicator.cells.put(sources.get(placement[i]), data.get(i));
			} else {
				indicator.extra.add(data.get(i));
			}
		}
		goal.indicators.add(indicator);
		lastWasHeader = false;
		lastWasIndicator = true;
		return true;
	}

	/**
	 * Cells that finish the indicator above: a cell-per-line export sometimes puts a blank line inside
	 * a row (…描述 ⏎⏎ 49人 ⏎ 在编人数), which ends the row early. Cells are added when the indicator
	 * above has nothing in its last columns and these cells fit there.
	 */
	private boolean completes(List<PerfCell> data) {
		if (!lastWasIndicator || goal.indicators.isEmpty()) {
			return false;
		}
		PerfImportedIndicator previous = goal.indicators.get(goal.indicators.size() - 1);
		List<String> sources = grid.dataColumns().stream().map(PerfGridColumn::source).toList();
		int last = -1;
		for (int i = 0; i < sources.size(); i++) {
			if (previous.cells.containsKey(sources.get(i))) {
				last = i;
			}
		}
		List<String> missing = sources.subList(last + 1, sources.size());
		if (missing.isEmpty() || data.size() > missing.size() || !previous.extra.isEmpty()
				|| previous.cells.containsKey("value") && data.size() > 1) {
			return false;
		}
		int[] placement = fit.place(data, missing);
		for (int p : placement) {
			if (p < 0) {
				return false;
			}
		}
		for (int i = 0; i < data.size(); i++) {
			previous.cells.put(missing.get(placement[i]), data.get(i));
		}
		report.repeated("被空行分开的指标行已与上一行合并（Word/WPS 导出时断开）", data.get(0));
		return true;
	}

	/** Whether a data column spans several sheet columns (绩效指标描述:description:2): cells then do not stand one per column. */
	private boolean hasMerged(List<String> sources) {
		return grid.dataColumns().stream().anyMatch(c -> c.span() > 1);
	}

	private String level2Source() {
		return grid.has("level2w") ? "level2w" : "level2";
	}

	private static String lastNamed(List<PerfImportedIndicator.CategoryCell> found) {
		for (int i = found.size() - 1; i >= 0; i--) {
			if (!found.get(i).cell().weightOnly()) {
				return found.get(i).cell().label();
			}
		}
		return "";
	}

	/** A cell of the grid's label column: 长期绩效指标, 项目年度⏎绩效指标⏎（60分）, or a piece of it. */
	private static boolean isLabel(PerfCell cell, Grid g) {
		if (!g.has("label") && g.labelKeys().isEmpty()) {
			return false;
		}
		String key = PerfCellText.key(cell.text());
		key = WEIGHT.matcher(key).replaceAll("");
		if (key.startsWith("(") && key.endsWith(")")) {
			key = key.substring(1, key.length() - 1);
		}
		key = key.replaceAll("[0-9]+$", "");
		if (key.length() < 2) {
			return false;
		}
		for (String label : g.labelKeys()) {
			String bare = label.replace("()", "");
			if (bare.equals(key) || key.length() >= 4 && bare.contains(key)) {
				return true;
			}
		}
		return false;
	}

	/** The （N分） of a label cell is the weight of all indicators (项目年度绩效指标（60分）). */
	private void labelWeight(PerfCell cell) {
		if (grid != null && grid.labelTemplate() != null && grid.block().arg("labeltext", "").contains("{indicatorWeight}")
				&& form.indicatorWeight == null) {
			Matcher m = WEIGHT.matcher(PerfCellText.key(cell.text()));
			if (m.find()) {
				form.indicatorWeight = new Text(m.group(1), cell);
			}
		}
	}

	PerfImportedGoal goal() {
		return goal;
	}
}
