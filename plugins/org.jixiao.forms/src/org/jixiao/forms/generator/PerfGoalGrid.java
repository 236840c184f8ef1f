// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.dsl.scoring.PerfIndicatorScore;
import org.jixiao.dsl.scoring.PerfScoring;
import org.jixiao.forms.generator.PerfStyles.Kind;
import org.jixiao.forms.layout.PerfLayoutBlock;
import org.jixiao.model.Category;
import org.jixiao.model.Direction;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalKind;
import org.jixiao.dsl.lights.PerfLights;
import org.jixiao.dsl.lights.PerfLightsProfiles;
import org.jixiao.model.Indicator;
import org.jixiao.model.Likelihood;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;
import org.jixiao.model.SectionWeight;

/**
 * The indicator grids of a form's goals ({@code block goals}): an optional heading row per goal,
 * the (multi-row) column header, then one row per indicator with the 一级/二级 cells merged over
 * the indicators they span. Columns, labels and headings come from the layout.
 */
final class PerfGoalGrid {

	private static final PerfScoring SCORING = new PerfScoring();

	private final PerfSheetWriter sheet;
	private final PerfLayoutBlock block;
	private final List<PerfGridColumn> columns;
	private final int[] starts;

	PerfGoalGrid(PerfSheetWriter sheet, PerfLayoutBlock block, String where) {
		this.sheet = sheet;
		this.block = block;
		this.columns = PerfGridColumn.parse(block.arg("columns", "一级指标:level1, 二级指标:level2, 指标名称:name, 指标值:value"),
				where);
		this.starts = new int[columns.size() + 1];
		for (int i = 0; i < columns.size(); i++) {
			starts[i + 1] = starts[i] + columns.get(i).span();
		}
	}

	void draw(List<Goal> allGoals) {
		String kinds = block.arg("kinds", "all");
		List<Goal> goals = allGoals.stream().filter(g -> matches(g, kinds)).toList();
		if (goals.isEmpty()) {
			return;
		}
		if (block.arg("scope", "goal").equals("block")) {
			Body body = new Body(block.arg("labeltext", ""));
			goals.forEach(body::add);
			layOut(null, 0, body);
			return;
		}
		for (int g = 0; g < goals.size(); g++) {
			Body body = new Body(null);
			body.add(goals.get(g));
			layOut(goals.get(g), g + 1, body);
		}
	}

	private static boolean matches(Goal goal, String kinds) {
		return switch (kinds) {
		case "longterm" -> goal.getKind() == GoalKind.LONG_TERM;
		case "annual" -> goal.getKind() != GoalKind.LONG_TERM;
		default -> true;
		};
	}

	private Map<String, String> goalFields(Goal goal, int index) {
		Map<String, String> fields = new HashMap<>();
		fields.put("goal", goal.getName() == null ? "" : goal.getName());
		fields.put("text", goal.getText() == null ? "" : goal.getText());
		fields.put("index", Integer.toString(index));
		fields.put("weight", goal.getWeight() == null ? "" : goal.getWeight().toPlainString());
		fields.put("until", goal.getHorizonYear() == null ? "" : goal.getHorizonYear().toString());
		return fields;
	}

	private static String fill(String template, Map<String, String> fields) {
		String result = template;
		for (Map.Entry<String, String> e : fields.entrySet()) {
			result = result.replace("{" + e.getKey() + "}", e.getValue());
		}
		return result;
	}

	/**
	 * Lays one grid out on the pages and writes it: the heading and header stay with the first
	 * body rows (the whole group moves to the next page when it does not fit), and where the
	 * body continues on a new page the header rows are written again and the merged label
	 * cells start afresh, so every printed page of the grid reads on its own.
	 */
	private void layOut(Goal headed, int index, Body body) {
		PerfSheetWriter.Line heading = headed == null ? null : heading(headed, index);
		Header header = header(index);
		double headingHeight = heading == null ? 0 : heading.height();
		int n = body.size();
		double start = headingHeight + header.height();
		for (int r = 0; r < Math.min(2, n); r++) {
			start += body.height(r);
		}
		if (!sheet.atPageTop() && start > sheet.remaining()) {
			sheet.newPage();
		}
		if (heading != null) {
			heading.unbreakable().done();
		}
		Plan plan = plan(body, header.height(), sheet.remaining() - header.height(), sheet.freshPage() - header.height());
		int[] rowOf = new int[n];
		int[] headerFirst = new int[n];
		int pageHeader = header.write();
		for (int r = 0; r < n; r++) {
			if (r > 0 && plan.newPage[r]) {
				sheet.newPage();
				pageHeader = header(index).write();
			}
			headerFirst[r] = pageHeader;
			PerfSheetWriter.Line line = sheet.line(true).unbreakable();
			for (int c = 0; c < columns.size(); c++) {
				PerfGridColumn column = columns.get(c);
				Object value = body.values.get(r)[c];
				if (!body.spanning[c]) {
					line.put(starts[c], column.span(), value, kindOf(column.source(), value));
				} else if (r == 0 || plan.newPage[r] || body.runStart(r, c)) {
					line.putSpanning(starts[c], column.span(), value, kindOf(column.source(), value));
				} else {
					line.putSpanning(starts[c], column.span(), null, kindOf(column.source(), value));
				}
			}
			line.minHeight(plan.heights[r]);
			rowOf[r] = line.done();
		}
		// merged label cells: one per run and page
		for (int c = 0; c < columns.size(); c++) {
			if (!body.spanning[c]) {
				continue;
			}
			int last = starts[c] + columns.get(c).span() - 1;
			int segment = 0;
			for (int r = 1; r <= n; r++) {
				if (r == n || plan.newPage[r] || body.runStart(r, c)) {
					int top = body.labelInHeader(c) ? headerFirst[segment] : rowOf[segment];
					sheet.merge(top, rowOf[r - 1], starts[c], last);
					segment = r;
				}
			}
		}
	}

	/** Which body rows start a new page, and each row's height after the merged labels are fitted. */
	private record Plan(boolean[] newPage, double[] heights) {
	}

	/**
	 * Places the body rows on pages: a row that does not fit goes to the next page (after the
	 * repeated header); a merged label that would be cut short at the bottom of a page (too few
	 * rows to show its text) moves to the next page with its rows; the last row of a label's
	 * run grows when the run is shorter than the label's text.
	 */
	private Plan plan(Body body, double headerHeight, double firstRoom, double pageRoom) {
		int n = body.size();
		boolean[] newPage = new boolean[n];
		double[] heights = new double[n];
		int[] segStart = new int[columns.size()];
		double[] segHeight = new double[columns.size()];
		double room = firstRoom;
		double used = 0;
		int pageFirst = 0;
		int r = 0;
		while (r < n) {
			double h = body.height(r);
			for (int c = 0; c < columns.size(); c++) {
				if (!body.spanning[c]) {
					continue;
				}
				if (r == pageFirst || body.runStart(r, c)) {
					segStart[c] = r;
					segHeight[c] = body.labelInHeader(c) ? headerHeight : 0;
				}
				if (body.runEnd(r, c)) {
					h = Math.max(h, body.need(segStart[c], c) - segHeight[c]);
				}
			}
			if (r == pageFirst || used + h <= room) {
				heights[r] = h;
				used += h;
				for (int c = 0; c < columns.size(); c++) {
					segHeight[c] += h;
				}
				r++;
				continue;
			}
			int breakAt = r;
			for (int c = 0; c < columns.size(); c++) {
				if (body.spanning[c] && segStart[c] > pageFirst && segHeight[c] < body.need(segStart[c], c)) {
					breakAt = Math.min(breakAt, segStart[c]);
				}
			}
			newPage[breakAt] = true;
			pageFirst = breakAt;
			r = breakAt;
			room = pageRoom;
			used = 0;
		}
		return new Plan(newPage, heights);
	}

	/** The rows of one grid's body, their values and where each merged label's run starts. */
	private final class Body {
		final List<Object[]> values = new ArrayList<>();
		private final List<boolean[]> starts = new ArrayList<>();
		final boolean[] spanning = new boolean[columns.size()];
		private final String labelText;
		private final List<Double> heights = new ArrayList<>();

		Body(String labelText) {
			this.labelText = labelText;
			for (int c = 0; c < columns.size(); c++) {
				spanning[c] = switch (columns.get(c).source()) {
				case "label", "goal", "level1", "level1w", "level2" -> true;
				default -> false;
				};
			}
		}

		void add(Goal goal) {
			List<Indicator> indicators = goal.getIndicators();
			Map<Level2Category, Integer> perCategory = new HashMap<>();
			for (Indicator indicator : indicators) {
				perCategory.merge(indicator.getCategory(), 1, Integer::sum);
			}
			Map<Level2Category, Integer> seen = new HashMap<>();
			Indicator previous = null;
			for (Indicator indicator : indicators) {
				int n = seen.merge(indicator.getCategory(), 1, Integer::sum);
				Object[] row = new Object[columns.size()];
				boolean[] start = new boolean[columns.size()];
				double height = 0;
				for (int c = 0; c < columns.size(); c++) {
					String source = columns.get(c).source();
					row[c] = switch (source) {
					case "label" -> labelText;
					case "goal" -> goal.getName();
					default -> cell(goal, indicator, source, n, perCategory.get(indicator.getCategory()));
					};
					boolean first = previous == null || starts.isEmpty();
					start[c] = switch (source) {
					case "label" -> values.isEmpty();
					case "goal" -> previous == null;
					case "level1", "level1w" -> first || !String.valueOf(row[c]).equals(String.valueOf(values.get(values.size() - 1)[c]));
					case "level2" -> first || !String.valueOf(row[c]).equals(String.valueOf(values.get(values.size() - 1)[c]))
							|| level1(indicator) != level1(previous);
					default -> true;
					};
					if (!spanning[c] && row[c] != null && !(row[c] instanceof Number)) {
						height = Math.max(height, sheet.heightOf(row[c].toString(), starts(c), columns.get(c).span(), kindOf(source, row[c])));
					}
				}
				values.add(row);
				starts.add(start);
				heights.add(Math.max(height, sheet.heightOf(null, 0, 1, Kind.TEXT)));
				previous = indicator;
			}
		}

		int size() {
			return values.size();
		}

		double height(int r) {
			return heights.get(r);
		}

		boolean runStart(int r, int c) {
			return starts.get(r)[c];
		}

		boolean runEnd(int r, int c) {
			return r + 1 == values.size() || starts.get(r + 1)[c];
		}

		/** The label column of a per-goal grid carries its text in the header, merged down over the body. */
		boolean labelInHeader(int c) {
			return labelText == null && columns.get(c).source().equals("label");
		}

		/** The height the merged label starting at row {@code r} needs to show its text. */
		double need(int r, int c) {
			if (labelInHeader(c)) {
				return sheet.heightOf(labelHeader, starts(c), columns.get(c).span(), Kind.HEADER);
			}
			Object value = values.get(r)[c];
			return value == null ? 0 : sheet.heightOf(value.toString(), starts(c), columns.get(c).span(), kindOf(columns.get(c).source(), value));
		}
	}

	private int starts(int c) {
		return starts[c];
	}

	/** The text of the label column's header cell (per-goal grids), measured for its merged height. */
	private String labelHeader = "";

	private PerfSheetWriter.Line heading(Goal goal, int index) {
		String template = block.args().get("heading");
		if (template == null) {
			return null;
		}
		Map<String, String> fields = goalFields(goal, index);
		PerfSheetWriter.Line line = sheet.line(true);
		if (template.contains("{text}")) {
			line.put(0, sheet.columns(), fill(template, fields), Kind.TEXT);
		} else {
			int span = Integer.parseInt(block.arg("headingspan", "1"));
			line.put(0, span, fill(template, fields), Kind.HEADER);
			line.put(span, sheet.columns() - span, fields.get("text"), Kind.TEXT);
		}
		return line;
	}

	/** The header rows of a grid, built but not yet written, and the cells they merge. */
	private final class Header {
		private final List<PerfSheetWriter.Line> lines = new ArrayList<>();
		/** first row offset, last row offset, first column, last column */
		private final List<int[]> merges = new ArrayList<>();

		double height() {
			return lines.stream().mapToDouble(PerfSheetWriter.Line::height).sum();
		}

		/** Writes the rows and merges; returns the first row. */
		int write() {
			int first = sheet.nextRow();
			for (PerfSheetWriter.Line line : lines) {
				line.unbreakable().done();
			}
			for (int[] m : merges) {
				sheet.merge(first + m[0], first + m[1], m[2], m[3]);
			}
			return first;
		}
	}

	/**
	 * The header rows; a cell whose path is shorter than the header's depth is merged down. The
	 * label column's header cell is merged down over the body instead.
	 */
	private Header header(int index) {
		Header header = new Header();
		int depth = columns.stream().mapToInt(c -> c.headerPath().size()).max().orElse(1);
		Map<String, String> fields = new HashMap<>();
		fields.put("index", index == 0 ? "" : Integer.toString(index));
		boolean labelDown = block.arg("scope", "goal").equals("goal");
		for (int level = 0; level < depth; level++) {
			PerfSheetWriter.Line line = sheet.line(true);
			for (int i = 0; i < columns.size(); i++) {
				List<String> path = columns.get(i).headerPath();
				if (level >= path.size()) {
					continue;
				}
				boolean startsGroup = i == 0 || !samePrefix(columns.get(i - 1).headerPath(), path, level);
				if (!startsGroup) {
					continue;
				}
				int j = i;
				while (j + 1 < columns.size() && samePrefix(columns.get(j + 1).headerPath(), path, level)) {
					j++;
				}
				String text = fill(path.get(level), fields);
				int first = starts[i];
				int last = starts[j + 1] - 1;
				boolean label = columns.get(i).source().equals("label");
				boolean down = level == path.size() - 1 && depth > path.size();
				if (label && labelDown) {
					labelHeader = text;
					line.putSpanning(first, last - first + 1, text, Kind.HEADER);
				} else if (down) {
					// one rectangle over the columns and the rows below: no overlapping merges
					line.putSpanning(first, 1, text, Kind.HEADER);
					for (int c = first + 1; c <= last; c++) {
						line.put(c, 1, null, Kind.HEADER);
					}
					header.merges.add(new int[] { level, depth - 1, first, last });
				} else {
					line.put(first, last - first + 1, text, Kind.HEADER);
				}
			}
			header.lines.add(line);
		}
		return header;
	}

	private static boolean samePrefix(List<String> a, List<String> b, int level) {
		if (a.size() <= level || b.size() <= level) {
			return false;
		}
		return a.subList(0, level + 1).equals(b.subList(0, level + 1));
	}

	private static Level1Category level1(Indicator indicator) {
		return indicator.getCategory() == null ? null : (Level1Category) indicator.getCategory().eContainer();
	}

	/** The lights the generated form shows: the shipped default profile, as the editor and validate judge them. */
	private static final PerfLights LIGHTS = new PerfLights(PerfLightsProfiles.standard());

	private static Kind kindOf(String source, Object value) {
		return switch (source) {
		case "label" -> Kind.HEADER;
		case "level1", "level1w", "level2", "level2w" -> Kind.LABEL;
		case "name", "description", "basis", "note", "deviation", "criterion", "cause" -> Kind.TEXT;
		case "light" -> PerfStyles.lightKind(value);
		default -> value instanceof BigDecimal ? Kind.NUMBER : Kind.CENTER;
		};
	}

	private static String title(Category category) {
		if (category == null) {
			return "";
		}
		return category.getTitle() != null ? category.getTitle() : category.getName() + "指标";
	}

	private static Object cell(Goal goal, Indicator indicator, String source, int number, int ofCategory) {
		return switch (source) {
		case "level1" -> title(level1(indicator));
		case "level1w" -> level1Weighted(goal, indicator);
		case "level2" -> title(indicator.getCategory());
		case "level2w" -> title(indicator.getCategory()) + (ofCategory > 1 ? Integer.toString(number) : "")
				+ (indicator.getWeight() == null ? "" : "（" + indicator.getWeight().toPlainString() + "分）");
		case "name" -> indicator.getName();
		case "measure" -> indicator.getMeasure();
		case "description" -> indicator.getDescription();
		case "value" -> PerfValueText.of(indicator.getValue());
		case "basis" -> indicator.getBasis();
		case "twoyearsago" -> PerfValueText.of(indicator.getTwoYearsAgo());
		case "lastyear" -> PerfValueText.of(indicator.getLastYear());
		case "expected" -> PerfValueText.of(indicator.getExpected());
		case "weight" -> indicator.getWeight();
		case "actual" -> PerfValueText.of(indicator.getActual());
		case "score" -> score(indicator);
		case "note" -> indicator.getNote();
		case "deviation" -> indicator.getDeviation();
		case "criterion" -> indicator.getCriterion();
		case "symbol" -> PerfValueText.symbol(indicator.getValue());
		case "number" -> PerfValueText.number(indicator.getValue());
		case "unit" -> PerfValueText.unit(indicator.getValue());
		case "direction" -> direction(indicator.getDirection());
		case "target" -> PerfValueText.of(indicator.getAdjusted() != null ? indicator.getAdjusted() : indicator.getValue());
		case "current" -> PerfValueText.of(indicator.getCurrent());
		case "forecast" -> PerfValueText.of(indicator.getForecast());
		case "likelihood" -> indicator.getLikelihood() == Likelihood.UNSPECIFIED ? null : indicator.getLikelihood().getLiteral();
		case "cause" -> String.join("、", indicator.getCauses());
		case "light" -> PerfStyles.lightWord(LIGHTS.indicator(indicator));
		default -> null;
		};
	}

	/** 指标方向性 as the national forms print it: 正向指标, 反向指标; 等于 (neither more nor less is better) is 中性指标. */
	private static String direction(Direction direction) {
		return switch (direction) {
		case POSITIVE -> "正向指标";
		case NEGATIVE -> "反向指标";
		case EQUAL -> "中性指标";
		default -> null;
		};
	}

	/** The entered score, else the scoring rules' (blank while the row cannot be scored yet). */
	private static BigDecimal score(Indicator indicator) {
		if (indicator.getScore() != null || indicator.getWeight() == null) {
			return indicator.getScore();
		}
		PerfIndicatorScore score = SCORING.indicator(indicator);
		return score.pending() ? null : score.counted();
	}

	private static String level1Weighted(Goal goal, Indicator indicator) {
		Level1Category level1 = level1(indicator);
		String text = title(level1);
		for (SectionWeight section : goal.getSections()) {
			if (section.getLevel1() == level1 && section.getWeight() != null) {
				return text + "（" + section.getWeight().toPlainString() + "分）";
			}
		}
		return text;
	}
}
