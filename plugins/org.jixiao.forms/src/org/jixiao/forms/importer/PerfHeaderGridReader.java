// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.forms.importer.PerfColumnMapping.Column;
import org.jixiao.forms.importer.PerfImportedForm.Text;
import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.forms.layout.PerfLayoutBlock;
import org.jixiao.forms.layout.PerfLayouts;

/**
 * Reads an indicator grid whose layout is none of the known ones (a form of another province) by
 * its header, from rows of cells of either route (pasted text or a workbook sheet, see
 * {@link PerfGridRows}): the {@link PerfGridHeader} maps each header cell to a field, the user's
 * {@link PerfColumnChoice}s correct it, the {@link PerfRowPlacer} puts each row's cells into the
 * columns, and the {@link PerfFormHeading} gives the form's kind, title, year and labelled cells.
 * Text whose cells ran together without any separator cannot be split unambiguously and is refused
 * with the header that was found.
 */
final class PerfHeaderGridReader {

	/** What was read: forms (one per project of the sheet), or a refusal (with where); null outcome for no header grid. */
	record Outcome(List<PerfImportedForm> forms, String refusal, PerfCell at, PerfColumnMapping mapping) {

		static Outcome refused(String refusal, PerfCell at) {
			return new Outcome(List.of(), refusal, at, null);
		}
	}

	static final Pattern STOP = Pattern.compile("^(合计|总分|总计|评价结论|存在问题|改进措施|注[:：]|说明[:：]|初审意见|审核意见|审核人|填报人|填表人|项目负责人|财务负责人|联系人|联系电话|自评结论|自评等级|.{0,12}(初审|审核|审批)意见)");
	private static final Pattern TEMPLATE_PREFIX = Pattern.compile("^指标\\s*[0-9０-９]+\\s*(?:[:：]\\s*|(?=\\p{IsHan}))"); // 指标1: or 指标1工程…
	private static final Pattern PLACEHOLDER = Pattern.compile("^(指标\\s*[0-9０-９]*\\s*[:：]?|[.…。·]+|[/／—\\-]+|无|[（(]?[0-9.\\-～~]+[)）]?分)$");
	private static final Pattern MARKER = Pattern.compile("^([★☆*＊]+)\\s*");

	private final PerfCellFit fit;
	private final PerfGridHeader headers;
	private final PerfRowPlacer placer;
	private final PerfIndicatorCells indicators;
	private final PerfLayouts layouts;
	private final List<PerfColumnChoice> choices;
	private final PerfImportReport report;
	private final Integer defaultYear;
	private int unplaced;

	PerfHeaderGridReader(PerfColumnVocabulary vocabulary, PerfCategories categories, List<Set<String>> layoutHeaders,
			PerfLayouts layouts, List<PerfColumnChoice> choices, PerfImportReport report, Integer defaultYear) {
		this.fit = new PerfCellFit(categories);
		this.headers = new PerfGridHeader(vocabulary, fit, layoutHeaders);
		this.placer = new PerfRowPlacer(fit);
		this.indicators = new PerfIndicatorCells(report);
		this.layouts = layouts;
		this.choices = choices;
		this.report = report;
		this.defaultYear = defaultYear;
	}

	/** Rows that looked like indicators but could not be placed (each reported as a warning). */
	int unplaced() {
		return unplaced;
	}

	/**
	 * Reads the rows' indicator grid by its header; null when they have no header the vocabulary
	 * knows, or one that a known layout prints (then the layouts read it).
	 */
	Outcome read(PerfGridRows rows) {
		PerfGridHeader.Found found = headers.find(rows);
		if (found == null) {
			return rows.positioned() ? null : headers.flattened(rows);
		}
		if (headers.isLayouts(found.columns())) {
			return null;
		}
		return grid(rows, found);
	}

	/** The header's columns with the user's choices applied, each reported. */
	private List<Column> chosen(List<Column> columns, PerfGridRows rows, int line, PerfCell at) {
		List<Column> result = new ArrayList<>(columns);
		for (PerfColumnChoice choice : choices) {
			if (!choice.appliesTo(rows.sheet(), line)) {
				continue;
			}
			if (choice.index() >= result.size()) {
				report.warning(at, "第 " + line + " 行表头没有 " + PerfGridHeader.letter(choice.index()) + " 列，该列的指定未用上");
				continue;
			}
			Column c = result.get(choice.index());
			result.set(choice.index(), new Column(c.index(), c.letter(), c.header(), choice.field()));
			report.info(at, "按指定，" + c.letter() + " 列“" + c.header() + "”读作" + PerfColumnVocabulary.label(choice.field())
					+ "（原识别为" + PerfColumnVocabulary.label(c.field()) + "）");
		}
		return result;
	}

	private Outcome grid(PerfGridRows rows, PerfGridHeader.Found found) {
		int headerLine = rows.number(found.first());
		PerfCell first = rows.positioned() ? rows.firstFilled(found.first()) : null;
		PerfCell headerCell = first != null ? first : rows.at(found.first(), found.columns().get(0).header(), 1);
		List<Column> header = chosen(found.columns(), rows, headerLine, headerCell);
		// the annual block repeats the mid-term block's columns: its own (later) columns are the indicator's
		List<Column> columns = new ArrayList<>();
		for (Column c : header) {
			String field = c.field();
			if (field != null && Set.of("level1", "level2", "name", "target").contains(field)) {
				for (int k = 0; k < columns.size(); k++) {
					Column earlier = columns.get(k);
					if (field.equals(earlier.field())) {
						columns.set(k, new Column(earlier.index(), earlier.letter(), earlier.header(),
								field.equals("target") ? "midterm" : PerfCellFit.SHADOW + field));
					}
				}
			}
			columns.add(c);
		}
		PerfColumnMapping mapping = new PerfColumnMapping(rows.sheet(), headerLine, columns);
		String described = mapping.describe();
		if (mapping.unknown().isEmpty()) {
			report.info(headerCell, described);
		} else {
			report.warning(headerCell, described);
		}
		PerfFormHeading heading = new PerfFormHeading(rows, found.first(), report);
		Text title = heading.title();
		PerfFormKind kind = PerfFormHeading.kind(title, columns);
		String money = heading.moneyUnit();
		String year = heading.year(title, defaultYear, kind);
		Forms forms = new Forms(kind, title, year, header, headerCell, heading, money);
		int after = found.last() + 1;
		List<List<PerfCell>> cut = found.perCell() ? placer.segment(rows, after, columns) : new ArrayList<>();
		if (!found.perCell()) {
			for (int i = after; i < rows.size(); i++) {
				cut.add(rows.cells(i, found.words() && !rows.piped(i)));
			}
		}
		// a table row whose line stops without its closing | is where the page text was cut off
		int cutLine = -1;
		for (int i = rows.size() - 1; i > found.last(); i--) {
			if (!rows.blank(i)) {
				cutLine = rows.cutOff(i) ? rows.number(i) : -1;
				break;
			}
		}
		String level1 = null;
		String level2 = null;
		String project = null;
		boolean categoryColumns = columns.stream().anyMatch(c -> "level1".equals(c.field()) || "level2".equals(c.field()));
		boolean seenCategory = false;
		for (int r = 0; r < cut.size(); r++) {
			List<PerfCell> row = cut.get(r);
			List<PerfCell> filled = PerfGridRows.filled(row);
			if (filled.isEmpty()) {
				continue;
			}
			if (STOP.matcher(PerfCellText.key(filled.get(0).text())).find()) {
				break;
			}
			if (!found.perCell() && filled.get(0).line() == cutLine) {
				unplaced(filled, "表格文字在此中断，最后一行不完整，未作为指标");
				continue;
			}
			if (filled.size() >= 3 && headers.isHeader(headers.columns(rows.positioned() ? row : filled))) {
				report.repeated("表头在分页处重复，已跳过", filled.get(0));
				continue;
			}
			Map<String, PerfCell> placed = new LinkedHashMap<>();
			List<PerfCell> extra = new ArrayList<>();
			placer.place(row, columns, placed, extra);
			if (placed.containsKey("level1")) {
				level1 = PerfCellFit.category(placed.get("level1").text());
				level2 = null;
				seenCategory = true;
			}
			if (placed.containsKey("level2")) {
				level2 = PerfCellFit.category(placed.get("level2").text());
				seenCategory = true;
			}
			if (placed.containsKey("context") && placed.get("context") != null) {
				String name = placed.get("context").text();
				forms.project(name, placed, project != null && !project.equals(name));
				project = name;
			}
			PerfCell nameCell = placed.get("name");
			String rawName = nameCell == null ? null : nameCell.text();
			boolean values = placed.keySet().stream().anyMatch(f -> Set.of("target", "actual", "weight", "score", "comparator").contains(f));
			if (nameCell == null) {
				if (values || !extra.isEmpty()) {
					if (categoryColumns && !seenCategory) {
						report.info(filled.get(0), "表头之后、第一个指标类别之前的行，不是指标：“" + PerfFormReader.shorten(joined(filled)) + "”");
						continue;
					}
					unplaced(filled, "没有指标名称");
				}
				continue;
			}
			String marker = null;
			String name = rawName;
			Matcher mark = MARKER.matcher(name);
			if (mark.find()) {
				marker = mark.group(1);
				name = name.substring(mark.end());
			}
			name = TEMPLATE_PREFIX.matcher(name).replaceFirst("");
			name = PerfGridRows.HINT_IN_BRACKETS.matcher(name).replaceAll("");
			name = PerfGridRows.HINT.matcher(name).replaceAll("");
			name = name.replaceAll("[★☆]+", "").strip();
			if (name.isEmpty() || PLACEHOLDER.matcher(PerfCellText.key(name)).matches()) {
				report.info(nameCell, "模板占位行，不是指标：“" + PerfFormReader.shorten(joined(filled)) + "”");
				continue;
			}
			long labels = placed.keySet().stream().filter(k -> k.startsWith("project:") || k.equals("context")).count();
			if (!values && extra.isEmpty() && placed.size() - labels == 1 + (placed.containsKey("level1") ? 1 : 0) + (placed.containsKey("level2") ? 1 : 0)
					&& cut.subList(r + 1, cut.size()).stream().allMatch(x -> PerfGridRows.filled(x).isEmpty())) {
				unplaced(filled, "表格文字在此中断，最后一行不完整，未作为指标");
				continue;
			}
			if (categoryColumns && !seenCategory && !values) {
				report.info(filled.get(0), "表头之后、第一个指标类别之前的行，不是指标：“" + PerfFormReader.shorten(joined(filled)) + "”");
				continue;
			}
			PerfImportedIndicator indicator = indicators.indicator(new PerfRow(row), nameCell, name, placed, extra);
			if (marker != null) {
				indicator.printed.put("marker", marker);
			}
			if (project != null) {
				indicator.printed.put("project", project);
			}
			if (level1 != null) {
				indicator.printed.put("level1", level1);
				indicator.categories.add(new PerfImportedIndicator.CategoryCell(PerfCategories.parse(cellLike(placed.get("level1"), level1, nameCell)), false, false));
			}
			if (level2 != null) {
				indicator.printed.put("level2", level2);
				indicator.categories.add(new PerfImportedIndicator.CategoryCell(PerfCategories.parse(cellLike(placed.get("level2"), level2, nameCell)), true, false));
			}
			if (!extra.isEmpty()) {
				unplaced(extra, "单元格放不进任何一列（已写入备注）");
			}
			forms.goal().indicators.add(indicator);
		}
		if (forms.indicators() == 0) {
			List<String> unknown = mapping.unknown();
			return Outcome.refused("第 " + headerLine + " 行找到表头“" + String.join("|", header.stream().map(Column::header).toList())
					+ "”，但其下没有读出任何指标行" + (unknown.isEmpty() ? "" : "；未识别的列：" + String.join("，", unknown))
					+ "。 Header found, but no indicator row could be read.", headerCell);
		}
		return new Outcome(forms.all(), null, headerCell, mapping);
	}

	/**
	 * The forms of one grid: one (a form, or goals of their own without a title) unless the sheet
	 * lists several projects (单位名称 | 项目名称 | 预算数 | 年度目标 on each project's first row): then a
	 * project table per project, or a goal per project when the grid has no title.
	 */
	private final class Forms {

		private final PerfFormKind kind;
		private final Text title;
		private final String year;
		private final List<Column> header;
		private final PerfCell headerCell;
		private final PerfFormHeading heading;
		private final String money;
		private final List<PerfImportedForm> all = new ArrayList<>();
		private PerfImportedForm form;
		private PerfImportedGoal goal;

		Forms(PerfFormKind kind, Text title, String year, List<Column> header, PerfCell headerCell, PerfFormHeading heading, String money) {
			this.kind = kind;
			this.title = title;
			this.year = year;
			this.header = header;
			this.headerCell = headerCell;
			this.heading = heading;
			this.money = money;
			start(true);
		}

		private void start(boolean first) {
			if (kind == null) {
				form = new PerfImportedForm(null, layout(header, headerCell.line()), title);
			} else {
				form = new PerfImportedForm(kind, layouts.get(PerfLayouts.defaultFor(kind)), title);
				form.readBy = "按表头识别";
				form.put("year", year, title.cell());
				if (first) {
					heading.fields(form, money);
				} else {
					// the next project of the sheet: the same unit as the first
					Text unit = all.get(0).fields.get("unit");
					if (unit != null) {
						form.put("unit", unit.text(), unit.cell());
					}
				}
			}
			goal = new PerfImportedGoal(headerCell);
			form.goals.add(goal);
			if (kind == null && year != null) {
				goal.unplaced.add(new Text("年度 " + year, headerCell));
				// not written for bare goals, but prior-year columns are placed by it
				form.put("year", year, headerCell);
			}
			all.add(form);
		}

		/** A project's first row: a new form (or goal) when another project of the sheet begins. */
		void project(String name, Map<String, PerfCell> placed, boolean next) {
			if (next && indicators() > 0 && !goal.indicators.isEmpty()) {
				if (kind == null) {
					goal = new PerfImportedGoal(placed.get("context"));
					form.goals.add(goal);
				} else {
					start(false);
				}
			}
			if (kind == null) {
				if (goal.text == null) {
					goal.text = new Text(name, placed.get("context"));
				}
				return;
			}
			if (goal.indicators.isEmpty()) {
				// a row before the project's indicators (a department's total row) names no project of its own
				form.fields.put("name", new Text(name, placed.get("context")));
				form.fields.remove("budget");
				form.budget = null;
				goal.text = null;
			}
			PerfCell unit = placed.get("project:单位名称");
			if (unit != null) {
				form.fields.put("unit", new Text(unit.text(), unit));
			}
			PerfCell budget = placed.get("project:预算数");
			if (budget != null) {
				heading.budget(form, budget, money);
			}
			PerfCell goalText = placed.get("project:年度目标");
			if (goalText != null && goal.text == null) {
				goal.text = new Text(goalText.text(), goalText);
			}
		}

		PerfImportedGoal goal() {
			return goal;
		}

		int indicators() {
			return all.stream().flatMap(f -> f.goals.stream()).mapToInt(g -> g.indicators.size()).sum();
		}

		List<PerfImportedForm> all() {
			for (PerfImportedForm f : all) {
				if (f.kind != null && f.field("unit") == null) {
					// a project's form names the unit carrying it out; a department's its own unit
					String other = f.field("implementer") != null ? "implementer" : "supervisor";
					if (f.fields.get(other) != null) {
						f.put("unit", f.field(other), f.fields.get(other).cell());
					}
				}
				if (f.kind != null && f.field("name") == null && (f.kind == PerfFormKind.PROJECT || f.kind == PerfFormKind.PROJECT_SELFEVAL)) {
					report.warning(f.title.cell(), "表中未写项目名称，项目名称记为空，请填写");
				}
			}
			return List.copyOf(all);
		}
	}

	private static PerfCell cellLike(PerfCell printed, String text, PerfCell near) {
		PerfCell at = printed == null ? near : printed;
		return new PerfCell(text, at.line(), at.column(), at.sheet());
	}

	private void unplaced(List<PerfCell> cells, String why) {
		unplaced++;
		report.warning(cells.get(0), "像指标行但无法归入（" + why + "），请核对：" + String.join(" | ", cells.stream().map(PerfCell::text).toList()));
	}

	private static String joined(List<PerfCell> cells) {
		return String.join(" | ", cells.stream().map(PerfCell::text).toList());
	}

	/** The layout a titleless grid is described by: its own columns, written as goals outside any form. */
	private static PerfLayout layout(List<Column> header, int line) {
		StringBuilder columns = new StringBuilder();
		for (Column c : header) {
			if (c.header().isBlank()) {
				continue;
			}
			if (columns.length() > 0) {
				columns.append(", ");
			}
			columns.append(PerfCellText.key(c.header()).replace(",", "，").replace(":", "：")).append(':').append("note");
		}
		// the kind is never used: the grid is written as goals of their own, outside any form
		return new PerfLayout("表头识别", PerfFormKind.PROJECT, "指标表", false, List.of(10),
				List.of(new PerfLayoutBlock("goals", Map.of("columns", columns.toString()), line)), "按表头识别的指标表", null);
	}
}
