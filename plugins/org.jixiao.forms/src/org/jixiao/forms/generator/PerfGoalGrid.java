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
import org.jixiao.model.Goal;
import org.jixiao.model.GoalKind;
import org.jixiao.model.Indicator;
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

	/** The label of a {@code scope=block} grid, written into the first body row. */
	private String pendingLabel;

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
			header(0);
			int bodyFirst = sheet.nextRow();
			pendingLabel = block.arg("labeltext", "");
			for (int g = 0; g < goals.size(); g++) {
				body(goals.get(g));
			}
			mergeLabelColumn(bodyFirst, sheet.nextRow() - 1);
			return;
		}
		for (int g = 0; g < goals.size(); g++) {
			Goal goal = goals.get(g);
			heading(goal, g + 1);
			int first = sheet.nextRow();
			header(g + 1);
			body(goal);
			labelDown(first, sheet.nextRow() - 1);
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

	private void heading(Goal goal, int index) {
		String template = block.args().get("heading");
		if (template == null) {
			return;
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
		line.done();
	}

	/** Writes the header rows; the label column's header is merged down later over the body. */
	private void header(int index) {
		int depth = columns.stream().mapToInt(c -> c.headerPath().size()).max().orElse(1);
		int first = sheet.nextRow();
		Map<String, String> fields = new HashMap<>();
		fields.put("index", index == 0 ? "" : Integer.toString(index));
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
				if (columns.get(i).source().equals("label")) {
					line.putSpanning(starts[i], starts[j + 1] - starts[i], text, Kind.HEADER);
				} else {
					line.put(starts[i], starts[j + 1] - starts[i], text, Kind.HEADER);
				}
				if (level == path.size() - 1 && depth > path.size()) {
					sheet.merge(first + level, first + depth - 1, starts[i], starts[j + 1] - 1);
				}
			}
			line.done();
		}
	}

	private static boolean samePrefix(List<String> a, List<String> b, int level) {
		if (a.size() <= level || b.size() <= level) {
			return false;
		}
		return a.subList(0, level + 1).equals(b.subList(0, level + 1));
	}

	private void body(Goal goal) {
		List<Indicator> indicators = goal.getIndicators();
		Map<Level2Category, Integer> perCategory = new HashMap<>();
		for (Indicator indicator : indicators) {
			perCategory.merge(indicator.getCategory(), 1, Integer::sum);
		}
		// First pass: every cell's value, so that merged runs are known before their rows are written
		// (written rows may already be flushed to disk).
		Map<Level2Category, Integer> seen = new HashMap<>();
		List<Object[]> values = new ArrayList<>(indicators.size());
		for (Indicator indicator : indicators) {
			int n = seen.merge(indicator.getCategory(), 1, Integer::sum);
			Object[] row = new Object[columns.size()];
			for (int c = 0; c < columns.size(); c++) {
				row[c] = cell(goal, indicator, columns.get(c).source(), n, perCategory.get(indicator.getCategory()));
			}
			values.add(row);
		}
		int goalFirst = sheet.nextRow();
		List<int[]> merges = new ArrayList<>();
		boolean[][] hidden = new boolean[indicators.size()][columns.size()];
		boolean[][] spanning = new boolean[indicators.size()][columns.size()];
		for (int c = 0; c < columns.size(); c++) {
			String source = columns.get(c).source();
			if (source.equals("goal") && indicators.size() > 1) {
				merges.add(new int[] { 0, indicators.size() - 1, c });
				for (int r = 1; r < indicators.size(); r++) {
					hidden[r][c] = true;
				}
			} else if (source.equals("level1") || source.equals("level1w") || source.equals("level2")) {
				runs(values, indicators, c, source.equals("level2"), merges, hidden);
			}
		}
		for (int[] m : merges) {
			spanning[m[0]][m[2]] = true;
		}
		for (int r = 0; r < indicators.size(); r++) {
			PerfSheetWriter.Line line = sheet.line(true);
			for (int c = 0; c < columns.size(); c++) {
				PerfGridColumn column = columns.get(c);
				String source = column.source();
				Object value = values.get(r)[c];
				if (source.equals("label")) {
					if (pendingLabel != null) {
						line.putSpanning(starts[c], column.span(), pendingLabel, Kind.HEADER);
						pendingLabel = null;
					}
					continue;
				}
				if (source.equals("goal")) {
					value = r == 0 ? goal.getName() : null;
				}
				if (spanning[r][c]) {
					line.putSpanning(starts[c], column.span(), value, kindOf(source, value));
				} else {
					line.put(starts[c], column.span(), hidden[r][c] ? null : value, kindOf(source, value));
				}
			}
			line.done();
		}
		for (int[] m : merges) {
			sheet.merge(goalFirst + m[0], goalFirst + m[1], starts[m[2]], starts[m[2]] + columns.get(m[2]).span() - 1);
		}
	}

	/** Runs of equal category cells are merged; a 二级 run also ends where its 一级 changes. */
	private static void runs(List<Object[]> values, List<Indicator> indicators, int column, boolean level2,
			List<int[]> merges, boolean[][] hidden) {
		int runStart = 0;
		for (int r = 1; r <= values.size(); r++) {
			boolean ends = r == values.size() || !String.valueOf(values.get(r)[column]).equals(String.valueOf(values.get(runStart)[column]))
					|| level2 && level1(indicators.get(r)) != level1(indicators.get(runStart));
			if (ends) {
				if (r - 1 > runStart) {
					merges.add(new int[] { runStart, r - 1, column });
					for (int k = runStart + 1; k < r; k++) {
						hidden[k][column] = true;
					}
				}
				runStart = r;
			}
		}
	}

	private static Level1Category level1(Indicator indicator) {
		return indicator.getCategory() == null ? null : (Level1Category) indicator.getCategory().eContainer();
	}

	private void labelDown(int headerFirst, int last) {
		for (int c = 0; c < columns.size(); c++) {
			if (columns.get(c).source().equals("label")) {
				sheet.merge(headerFirst, last, starts[c], starts[c] + columns.get(c).span() - 1);
			}
		}
	}

	private void mergeLabelColumn(int first, int last) {
		for (int c = 0; c < columns.size(); c++) {
			if (columns.get(c).source().equals("label") && last > first) {
				sheet.merge(first, last, starts[c], starts[c] + columns.get(c).span() - 1);
			}
		}
	}

	private static Kind kindOf(String source, Object value) {
		return switch (source) {
		case "level1", "level1w", "level2", "level2w" -> Kind.LABEL;
		case "name", "description", "basis", "note" -> Kind.TEXT;
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
