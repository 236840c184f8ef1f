// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.forms.importer.PerfImportedForm.Text;
import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.forms.layout.PerfLayoutBlock;

/**
 * Reads an indicator grid whose layout is none of the known ones (a form of another province) by
 * its header: each header cell is mapped to a field through the {@link PerfColumnVocabulary}, and
 * the rows are placed into those columns by position where the row is complete, else by what each
 * cell holds (a comparator, a number, a category name …), since merged cells are printed once and
 * exports drop empty cells. Page text comes as one table row per line (cells between {@code |}, or
 * separated by single blanks) or one cell per line; text whose cells ran together without any
 * separator cannot be split unambiguously and is refused with the header that was found.
 */
final class PerfHeaderGridReader {

	/** What was read: a goals-only form, or a refusal (with where), or nothing (not a header grid). */
	record Outcome(PerfImportedForm form, String refusal, PerfCell at) {
	}

	private record Column(int index, String header, String field) {
	}

	private static final String COMPARATOR = "大于等于|小于等于|不低于|不少于|不高于|不超过|不多于|大于|小于|等于|>=|<=|‹=|›=|≥|≤|≧|≦|＞|＜|>|<|＝|═|=";
	private static final Pattern LEADING_COMPARATOR = Pattern.compile("^(" + COMPARATOR + ")\\s*(.*)$", Pattern.DOTALL);
	private static final Pattern COMPARATOR_ONLY = Pattern.compile("^(" + COMPARATOR + "|是/否|是|否|±)$");
	private static final Pattern DIRECTION = Pattern.compile("^(正向|反向|中性|逆向)(指标)?$");
	private static final Pattern NUMBER = Pattern.compile("^[0-9]{1,3}(?:,[0-9]{3})*(?:\\.[0-9]+)?$|^[0-9]+(?:\\.[0-9]+)?$");
	private static final Pattern DASHES = Pattern.compile("^[—\\-－/／\\\\]+$");
	/** A value, not a name: 90%, 300人次, 2km, ≥95%. */
	private static final Pattern QUANTITY = Pattern.compile("^(?:" + COMPARATOR + ")?[0-9][0-9.,]*\\s*(?:%|％|[\\p{IsHan}a-zA-Z/]{0,4})$");
	private static final Pattern SERIAL = Pattern.compile("^([1-5][0-9]),?([0-9]{3})$");
	private static final Pattern TEMPLATE_PREFIX = Pattern.compile("^指标\\s*[0-9０-９]+\\s*[:：]\\s*");
	private static final Pattern PLACEHOLDER = Pattern.compile("^(指标\\s*[0-9０-９]*\\s*[:：]?|[.…。·]+|[/／—\\-]+|无|[（(]?[0-9.\\-～~]+[)）]?分)$");
	/** A template's hint in brackets, such as （≥**人）; the narrative reader drops the same hints. */
	static final Pattern HINT_IN_BRACKETS = Pattern.compile("[（(][^（()）]*\\*\\*[^（()）]*[)）]");
	private static final Pattern HINT = Pattern.compile("(?:" + COMPARATOR + ")?\\s*\\*\\*[%％\\p{IsHan}a-zA-Z]*");
	private static final Pattern MARKER = Pattern.compile("^([★☆*＊]+)\\s*");
	private static final Pattern CATEGORY_SUFFIX = Pattern.compile("\\s*[（(][^（()）]*(?:分|必填|选填|指标)[^（()）]*[)）]\\s*$|\\s*[（(]?[0-9.\\-～~]+[)）]?分$");
	private static final Pattern LEVEL1_WORDS = Pattern.compile("^(预期|项目|实施)?(产出|效益|满意度|成本|效果|完成)指标$");
	private static final Pattern STOP = Pattern.compile("^(合计|总分|总计|评价结论|存在问题|改进措施|注[:：]|说明[:：]|初审意见|审核意见|审核人|填报人|填表人|项目负责人|财务负责人|联系人|联系电话|自评结论|自评等级|.{0,12}(初审|审核|审批)意见)");
	private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年度");
	private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");
	private static final Pattern FILING_DATE = Pattern.compile("(?:填报|填表|报送)日期[:：]?\\s*((?:19|20)[0-9]{2})");
	private static final Pattern MONEY_UNIT = Pattern.compile("金额单位\\s*[:：]\\s*(万元|元)");

	private static final Map<String, String> FIELD_NAMES = Map.ofEntries(Map.entry("level1", "一级指标"),
			Map.entry("level2", "二级指标"), Map.entry("name", "三级指标名称"), Map.entry("target", "指标值"),
			Map.entry("comparator", "比较符"), Map.entry("comparator|direction", "比较符或指标方向（按内容）"),
			Map.entry("unit", "计量单位"), Map.entry("direction", "指标方向"), Map.entry("weight", "分值（权重）"),
			Map.entry("actual", "实际完成值"), Map.entry("score", "得分"), Map.entry("deviation", "偏差原因"),
			Map.entry("basis", "指标值确定依据"), Map.entry("explanation", "指标解释"),
			Map.entry("criterion", "评（扣）分标准"), Map.entry("note", "备注"),
			Map.entry("prior", "往年值"), Map.entry("adjusted", "调整后目标值"),
			Map.entry("core", "是否核心指标"), Map.entry("midterm", "中期（实施周期）指标值"),
			Map.entry("context", "项目信息或行标签（不读）"), Map.entry("site", "该单位的指标值"), Map.entry("shadow:level1", "中期块的一级（不读）"),
			Map.entry("shadow:level2", "中期块的二级（不读）"), Map.entry("shadow:name", "中期块的三级（不读）"));

	/** A column of the mid-term block, repeated in the annual block: placed like its field, not read. */
	private static final String SHADOW = "shadow:";

	private final PerfColumnVocabulary vocabulary;
	private final PerfCategories categories;
	private final List<Set<String>> layoutHeaders;
	private final PerfImportReport report;
	private final Integer defaultYear;
	private int unplaced;

	PerfHeaderGridReader(PerfColumnVocabulary vocabulary, PerfCategories categories, List<Set<String>> layoutHeaders,
			PerfImportReport report, Integer defaultYear) {
		this.vocabulary = vocabulary;
		this.categories = categories;
		this.layoutHeaders = layoutHeaders;
		this.report = report;
		this.defaultYear = defaultYear;
	}

	/** Rows that looked like indicators but could not be placed (each reported as a warning). */
	int unplaced() {
		return unplaced;
	}

	// ------------------------------------------------------------------ lines and cells

	/**
	 * Excel's clipboard text: a tab-separated cell holding a line break is quoted ("培训⏎次数"). The
	 * quotes go, the break is kept inside the cell (as U+001F until the cell is cut out), and a blank
	 * line is added after the row for each break so that line numbers stay those of the source.
	 */
	private static String unquote(String text) {
		if (text.indexOf('\t') < 0 || text.indexOf('|') >= 0 || text.indexOf('"') < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		int breaks = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean cellStart = i == 0 || text.charAt(i - 1) == '\t' || text.charAt(i - 1) == '\n';
			if (!quoted && c == '"' && cellStart) {
				quoted = true;
			} else if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
				out.append('"');
				i++;
			} else if (quoted && c == '"' && (i + 1 == text.length() || text.charAt(i + 1) == '\t' || text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r')) {
				quoted = false;
			} else if (quoted && c == '\n') {
				out.append('\u001F');
				breaks++;
			} else if (quoted && c == '\r') {
				continue;
			} else {
				if (c == '\n' && breaks > 0) {
					out.append("\n".repeat(breaks));
					breaks = 0;
				}
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The cells of one line: between {@code |}, else the whole line (or its blank-separated words). */
	private static List<PerfCell> cells(String line, int number, boolean words) {
		List<PerfCell> cells = new ArrayList<>();
		if (line.indexOf('|') >= 0 || line.indexOf('\t') >= 0) {
			int start = 0;
			String[] parts = line.split(line.indexOf('|') >= 0 ? "\\|" : "\t", -1);
			for (int i = 0; i < parts.length; i++) {
				String part = parts[i];
				boolean edge = (i == 0 || i == parts.length - 1) && part.isBlank();
				if (!edge) {
					cells.add(new PerfCell(PerfTextCells.strip(part.replace('\u001F', '\n')), number, start + 1, null));
				}
				start += part.length() + 1;
			}
			return cells;
		}
		if (words) {
			// template hints written with blanks inside (贫困地区景点开发数量( ≥**个 )) would split a name
			line = blank(line, HINT_IN_BRACKETS);
			line = blank(line, HINT);
			Matcher m = Pattern.compile("\\S+").matcher(line);
			while (m.find()) {
				cells.add(new PerfCell(m.group(), number, m.start() + 1, null));
			}
			return cells;
		}
		String text = PerfTextCells.strip(line);
		if (!text.isEmpty()) {
			cells.add(new PerfCell(text, number, line.indexOf(text.charAt(0)) + 1, null));
		}
		return cells;
	}

	/** The text with the matches blanked out (columns of the other characters kept). */
	private static String blank(String line, Pattern pattern) {
		Matcher m = pattern.matcher(line);
		StringBuilder out = new StringBuilder();
		int at = 0;
		while (m.find()) {
			out.append(line, at, m.start()).append(m.group().contains("**") ? "" : m.group());
			at = m.end();
		}
		return out.append(line.substring(at)).toString();
	}

	private static List<PerfCell> filled(List<PerfCell> cells) {
		return cells.stream().filter(c -> !c.text().isBlank()).toList();
	}

	private List<Column> columns(List<PerfCell> cells) {
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			String text = cells.get(i).text();
			columns.add(new Column(i, text, text.isBlank() ? null : vocabulary.field(text)));
		}
		return columns;
	}

	/** A header: three or more known columns, among them a name and a value or weight column. */
	private boolean isHeader(List<Column> columns) {
		long known = columns.stream().filter(c -> c.field() != null).count();
		long filled = columns.stream().filter(c -> !c.header().isBlank()).count();
		boolean name = columns.stream().anyMatch(c -> "name".equals(c.field()) || "level2".equals(c.field()));
		boolean value = columns.stream().anyMatch(c -> c.field() != null && Set.of("target", "weight", "score", "actual", "site").contains(c.field()));
		return known >= 3 && known * 2 >= filled && name && value;
	}

	/** A recipient's name as a column header: short words, no number, no category, no header text. */
	private boolean isSite(String text) {
		String key = PerfCellText.key(text);
		return key.length() >= 2 && key.length() <= 12 && !key.matches(".*[0-9:：].*") && vocabulary.field(text) == null && !isCategory(text);
	}

	private boolean allKnown(List<PerfCell> cells) {
		List<PerfCell> filled = filled(cells);
		return !filled.isEmpty() && filled.stream().allMatch(c -> vocabulary.field(c.text()) != null);
	}

	// ------------------------------------------------------------------ the grid

	/**
	 * Reads the text's indicator grid by its header; null when the text has no header the
	 * vocabulary knows, or one that a known layout prints (then the layouts read it).
	 */
	Outcome read(String text) {
		String[] lines = unquote(text).split("\\R", -1);
		int headerLine = -1;
		List<Column> header = null;
		boolean perCell = false;
		boolean words = false;
		for (int i = 0; i < lines.length && header == null; i++) {
			List<PerfCell> row = cells(lines[i], i + 1, false);
			if (filled(row).size() >= 3 && isHeader(columns(row))) {
				header = columns(row);
				headerLine = i;
				break;
			}
			List<PerfCell> split = cells(lines[i], i + 1, true);
			if (lines[i].indexOf('|') < 0 && split.size() >= 3 && isHeader(columns(split))) {
				header = columns(split);
				headerLine = i;
				words = true;
				break;
			}
			// one cell per line (or a header broken over lines): a run of lines holding header cells only
			List<PerfCell> run = new ArrayList<>();
			boolean single = true;
			int j = i;
			for (; j < lines.length; j++) {
				List<PerfCell> own = filled(cells(lines[j], j + 1, false));
				if (own.isEmpty()) {
					continue;
				}
				if (!allKnown(own)) {
					break;
				}
				single &= own.size() == 1;
				run.addAll(own);
			}
			List<Column> runColumns = columns(run);
			// one value column per recipient (福建: 西坪镇尧山村 | 桃舟乡吾培村 …) after 三级指标 | 指标解释
			if (run.size() >= 3 && !isHeader(runColumns) && runColumns.stream().anyMatch(c -> "name".equals(c.field()))) {
				for (; j < lines.length; j++) {
					List<PerfCell> own = filled(cells(lines[j], j + 1, false));
					if (own.size() != 1 || !lines[j].replace("|", "").isBlank() && isSite(own.get(0).text())) {
						if (own.size() == 1 && isSite(own.get(0).text())) {
							runColumns.add(new Column(runColumns.size(), own.get(0).text(), "site"));
							continue;
						}
					}
					if (!own.isEmpty() || !lines[j].isBlank()) {
						break;
					}
				}
			}
			if (run.size() >= 3 && isHeader(runColumns)) {
				header = runColumns;
				headerLine = j - 1;
				perCell = single;
			}
		}
		if (header == null) {
			return flattened(lines);
		}
		if (!perCell) {
			// a header broken over lines (一级 指标 ⏎ 二级指标 | 三级指标 …; 年度 指标值 ⏎ 实际 完成值 ⏎ 分值 | 得分)
			List<PerfCell> merged = new ArrayList<>();
			int first = headerLine;
			while (first > 0 && allKnown(cells(lines[first - 1], first, words))) {
				first--;
			}
			int last = headerLine;
			while (last + 1 < lines.length && allKnown(cells(lines[last + 1], last + 2, words))) {
				last++;
			}
			if (first < headerLine || last > headerLine) {
				for (int i = first; i <= last; i++) {
					merged.addAll(filled(cells(lines[i], i + 1, words)));
				}
				header = columns(merged);
				headerLine = last;
			}
		}
		Set<String> keys = new java.util.HashSet<>();
		for (Column c : header) {
			// row labels (长期绩效指标, 绩效指标) and unknown cells say nothing about the layout
			if (c.field() != null && !c.field().equals("context")) {
				keys.add(PerfCellText.key(c.header()));
			}
		}
		for (Set<String> known : layoutHeaders) {
			// a known layout's grid (the same columns, no more, no fewer): the layouts read it
			if (known.containsAll(keys) && known.stream().filter(k -> {
				String field = vocabulary.field(k);
				return field != null && !field.equals("context");
			}).allMatch(keys::contains)) {
				return null;
			}
		}
		return grid(lines, headerLine, header, perCell, words);
	}

	/** Text whose header cells ran together: say which header was found, and that it cannot be split. */
	private Outcome flattened(String[] lines) {
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].indexOf('|') >= 0 || lines[i].indexOf('\t') >= 0) {
				continue; // its cells are separated: a header of unknown columns, not run-together text
			}
			String key = PerfCellText.key(lines[i]);
			List<String> found = new ArrayList<>();
			String rest = key;
			for (String known : vocabulary.texts()) {
				if (known.length() >= 3 && rest.contains(known)) {
					found.add(known);
					rest = rest.replace(known, "\u0000");
				}
			}
			if (found.size() >= 3 && found.stream().anyMatch(f -> Set.of("name", "level2").contains(vocabulary.field(f)))) {
				found.sort((a, b) -> key.indexOf(a) - key.indexOf(b));
				return new Outcome(null, "第 " + (i + 1) + " 行的表头“" + String.join("", found)
						+ "”与各行的单元格挤在一起，没有分隔符（| 或空格），无法确定哪段文字属于哪一列，未导入任何指标；请从原表（Word/Excel）重新复制，"
						+ "使单元格之间有分隔。 Cells run together without separators: the columns cannot be told apart.",
						new PerfCell(lines[i].strip(), i + 1, 1, null));
			}
		}
		return null;
	}

	private Outcome grid(String[] lines, int headerLine, List<Column> header, boolean perCell, boolean words) {
		PerfCell headerCell = new PerfCell(header.get(0).header(), headerLine + 1, 1, null);
		// the annual block repeats the mid-term block's columns: its own (later) columns are the indicator's
		List<Column> columns = new ArrayList<>();
		for (Column c : header) {
			String field = c.field();
			if (field != null && Set.of("level1", "level2", "name", "target").contains(field)) {
				for (int k = 0; k < columns.size(); k++) {
					Column earlier = columns.get(k);
					if (field.equals(earlier.field())) {
						columns.set(k, new Column(earlier.index(), earlier.header(), field.equals("target") ? "midterm" : SHADOW + field));
					}
				}
			}
			columns.add(c);
		}
		describe(columns, headerLine + 1, headerCell);
		PerfImportedForm form = new PerfImportedForm(null, layout(header, headerLine + 1), title(lines, headerLine));
		String year = year(lines, headerLine, form);
		PerfImportedGoal goal = new PerfImportedGoal(headerCell);
		form.goals.add(goal);
		if (year != null) {
			goal.unplaced.add(new Text("年度 " + year, headerCell));
			form.fields.put("year", new Text(year, headerCell));
		}
		List<List<PerfCell>> rows = perCell ? segment(lines, headerLine + 1, columns) : rows(lines, headerLine + 1, words);
		// a table row whose line stops without its closing | is where the page text was cut off
		int cutLine = -1;
		for (int i = lines.length - 1; i > headerLine; i--) {
			if (!lines[i].isBlank()) {
				String last = lines[i].strip();
				cutLine = last.startsWith("|") && !last.endsWith("|") ? i + 1 : -1;
				break;
			}
		}
		String level1 = null;
		String level2 = null;
		String project = null;
		boolean categoryColumns = columns.stream().anyMatch(c -> "level1".equals(c.field()) || "level2".equals(c.field()));
		boolean seenCategory = false;
		for (int r = 0; r < rows.size(); r++) {
			List<PerfCell> row = rows.get(r);
			List<PerfCell> filled = filled(row);
			if (filled.isEmpty()) {
				continue;
			}
			if (STOP.matcher(PerfCellText.key(filled.get(0).text())).find()) {
				break;
			}
			if (!perCell && filled.get(0).line() == cutLine) {
				unplaced(filled, "表格文字在此中断，最后一行不完整，未作为指标");
				continue;
			}
			if (filled.size() >= 3 && isHeader(columns(filled))) {
				report.repeated("表头在分页处重复，已跳过", filled.get(0));
				continue;
			}
			Map<String, PerfCell> placed = new LinkedHashMap<>();
			List<PerfCell> extra = new ArrayList<>();
			place(row, columns, placed, extra);
			if (placed.containsKey("level1")) {
				level1 = category(placed.get("level1").text());
				level2 = null;
				seenCategory = true;
			}
			if (placed.containsKey("level2")) {
				level2 = category(placed.get("level2").text());
				seenCategory = true;
			}
			if (placed.containsKey("context") && placed.get("context") != null) {
				String name = placed.get("context").text();
				if (project != null && !project.equals(name) && !goal.indicators.isEmpty()) {
					// one sheet listing several projects: a goal per project
					goal = new PerfImportedGoal(placed.get("context"));
					form.goals.add(goal);
				}
				if (goal.text == null) {
					goal.text = new Text(name, placed.get("context"));
				}
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
			name = HINT_IN_BRACKETS.matcher(name).replaceAll("");
			name = HINT.matcher(name).replaceAll("");
			name = name.replaceAll("[★☆]+", "").strip();
			if (name.isEmpty() || PLACEHOLDER.matcher(PerfCellText.key(name)).matches()) {
				report.info(nameCell, "模板占位行，不是指标：“" + PerfFormReader.shorten(joined(filled)) + "”");
				continue;
			}
			if (!values && extra.isEmpty() && placed.size() == 1 + (placed.containsKey("level1") ? 1 : 0) + (placed.containsKey("level2") ? 1 : 0)
					&& rows.subList(r + 1, rows.size()).stream().allMatch(x -> filled(x).isEmpty())) {
				unplaced(filled, "表格文字在此中断，最后一行不完整，未作为指标");
				continue;
			}
			if (categoryColumns && !seenCategory && !values) {
				report.info(filled.get(0), "表头之后、第一个指标类别之前的行，不是指标：“" + PerfFormReader.shorten(joined(filled)) + "”");
				continue;
			}
			PerfImportedIndicator indicator = indicator(new PerfRow(row), nameCell, name, placed, extra);
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
			goal.indicators.add(indicator);
		}
		if (goal.indicators.isEmpty()) {
			List<String> unknown = new ArrayList<>();
			for (Column c : header) {
				if (c.field() == null && !c.header().isBlank()) {
					unknown.add(letter(c.index()) + " 列“" + c.header() + "”");
				}
			}
			return new Outcome(null, "第 " + (headerLine + 1) + " 行找到表头“" + String.join("|", header.stream().map(Column::header).toList())
					+ "”，但其下没有读出任何指标行" + (unknown.isEmpty() ? "" : "；未识别的列：" + String.join("，", unknown))
					+ "。 Header found, but no indicator row could be read.", headerCell);
		}
		return new Outcome(form, null, headerCell);
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

	/** One row per line below the header. */
	private static List<List<PerfCell>> rows(String[] lines, int from, boolean words) {
		List<List<PerfCell>> rows = new ArrayList<>();
		for (int i = from; i < lines.length; i++) {
			rows.add(cells(lines[i], i + 1, words && lines[i].indexOf('|') < 0));
		}
		return rows;
	}

	/**
	 * One cell per line: rows are cut where a new row begins: a category cell, or a name after a row
	 * that already has its name and value, followed by what follows a name.
	 */
	private List<List<PerfCell>> segment(String[] lines, int from, List<Column> columns) {
		List<PerfCell> tokens = new ArrayList<>();
		for (int i = from; i < lines.length; i++) {
			tokens.addAll(filled(cells(lines[i], i + 1, false)));
		}
		// a category broken over two lines: 经济效益 ⏎ 指标
		for (int i = 0; i + 1 < tokens.size(); i++) {
			String joined = tokens.get(i).text() + tokens.get(i + 1).text();
			if (tokens.get(i + 1).text().equals("指标") && isCategory(joined)) {
				PerfCell first = tokens.get(i);
				tokens.set(i, new PerfCell(joined, first.line(), first.column(), null));
				tokens.remove(i + 1);
			}
		}
		int nameColumn = indexOf(columns, "name");
		int afterName = nameColumn + 1;
		List<List<PerfCell>> rows = new ArrayList<>();
		List<PerfCell> row = new ArrayList<>();
		int pointer = 0;
		boolean named = false;
		boolean valued = false;
		for (int k = 0; k < tokens.size(); k++) {
			PerfCell t = tokens.get(k);
			String text = t.text();
			if (STOP.matcher(PerfCellText.key(text)).find()) {
				break;
			}
			boolean start = false;
			int level1 = indexOf(columns, "level1");
			int level2 = indexOf(columns, "level2");
			if (!row.isEmpty() && level1 >= 0 && isLevel1(text)) {
				start = true;
			} else if (!row.isEmpty() && level2 >= 0 && isLevel2(text) && pointer > level2) {
				start = true;
			} else if (named && valued && fit(text, "name") > 1) {
				PerfCell next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
				boolean fitsAfterName = next != null && afterName < columns.size()
						&& fit(next.text(), columns.get(afterName).field()) > 0 && fit(next.text(), "name") <= 1;
				start = next == null || fitsAfterName || firstFitting(text, columns, pointer) < 0;
			}
			if (start) {
				rows.add(row);
				row = new ArrayList<>();
				pointer = 0;
				named = false;
				valued = false;
			}
			int c = firstFitting(text, columns, pointer);
			if (c >= 0) {
				pointer = c + 1;
				named |= "name".equals(columns.get(c).field());
				valued |= Set.of("target", "weight", "score", "actual").contains(columns.get(c).field());
			}
			row.add(t);
		}
		if (!row.isEmpty()) {
			rows.add(row);
		}
		return rows;
	}

	private static int indexOf(List<Column> columns, String field) {
		for (int i = 0; i < columns.size(); i++) {
			if (field.equals(columns.get(i).field())) {
				return i;
			}
		}
		return -1;
	}

	private int firstFitting(String text, List<Column> columns, int from) {
		for (int c = from; c < columns.size(); c++) {
			if (columns.get(c).field() != null && fit(text, columns.get(c).field()) > 0) {
				return c;
			}
		}
		return -1;
	}

	// ------------------------------------------------------------------ placing a row's cells

	private void place(List<PerfCell> row, List<Column> columns, Map<String, PerfCell> placed, List<PerfCell> extra) {
		// complete rows are placed by position
		int last = row.size() - 1;
		while (last >= 0 && row.get(last).text().isBlank()) {
			last--;
		}
		boolean positional = last >= 0 && last < columns.size() && row.size() >= columns.size() - 1;
		if (positional) {
			for (int i = 0; i <= last; i++) {
				String text = row.get(i).text();
				String field = columns.get(i).field();
				if (!text.isBlank() && (field == null || fit(text, field) <= 0 && !field.equals("context"))) {
					positional = false;
					break;
				}
				if (i == 0 && !text.isBlank() && "context".equals(field) && isCategory(text)) {
					positional = false;
					break;
				}
			}
		}
		if (positional) {
			for (int i = 0; i <= last; i++) {
				PerfCell cell = row.get(i);
				String field = columns.get(i).field();
				if (cell.text().isBlank() || field == null) {
					continue;
				}
				if (field.equals("context")) {
					if (PerfCellText.key(columns.get(i).header()).equals("项目名称")) {
						placed.put("context", cell);
					}
					continue;
				}
				placed.putIfAbsent(field.equals("site") || field.equals("prior") ? field + "#" + columns.get(i).header() : placed.containsKey(field) && field.equals("comparator|direction") ? field + "#2" : field, cell);
			}
			return;
		}
		List<PerfCell> tokens = new ArrayList<>(filled(row));
		int pointer = 0;
		// leading project cells (单位名称 | 项目名称 | 预算数 | 年度目标) before the first category cell, the
		// merged ones missing on the left
		int contextColumns = 0;
		while (contextColumns < columns.size() && "context".equals(columns.get(contextColumns).field())) {
			contextColumns++;
		}
		int firstCategory = -1;
		for (int k = 0; k < tokens.size() && firstCategory < 0; k++) {
			if (isCategory(tokens.get(k).text())) {
				firstCategory = k;
			}
		}
		if (contextColumns > 0 && firstCategory > 0 && firstCategory <= contextColumns) {
			for (int k = 0; k < firstCategory; k++) {
				Column column = columns.get(contextColumns - firstCategory + k);
				if (PerfCellText.key(column.header()).equals("项目名称")) {
					placed.put("context", tokens.get(k));
				}
			}
			tokens = tokens.subList(firstCategory, tokens.size());
			pointer = contextColumns;
		}
		for (int k = 0; k < tokens.size(); k++) {
			PerfCell t = tokens.get(k);
			int c = firstFitting(t.text(), columns, pointer);
			// trailing plain numbers go to the weight and score columns (an empty actual is dropped by exports)
			if (c >= 0 && NUMBER.matcher(t.text()).matches() && "actual".equals(columns.get(c).field())) {
				boolean numbersOnly = tokens.subList(k, tokens.size()).stream().allMatch(x -> NUMBER.matcher(x.text()).matches());
				int weight = -1;
				int slots = 0;
				for (int j = c + 1; j < columns.size(); j++) {
					String f = columns.get(j).field();
					if ("weight".equals(f) || "score".equals(f)) {
						weight = weight < 0 ? j : weight;
						slots++;
					}
				}
				if (numbersOnly && weight > 0 && tokens.size() - k <= slots) {
					c = weight;
				}
			}
			// the next cell must still fit after this one: 1 | 次 puts 1 into the value, 次 into the unit
			if (c >= 0 && k + 1 < tokens.size()) {
				int alt = c;
				while (alt >= 0 && firstFitting(tokens.get(k + 1).text(), columns, alt + 1) < 0) {
					alt = firstFitting(t.text(), columns, alt + 1);
				}
				if (alt >= 0) {
					c = alt;
				}
			}
			if (c < 0) {
				extra.add(t);
				continue;
			}
			String field = columns.get(c).field();
			if (field.equals("context")) {
				pointer = c + 1;
				continue;
			}
			placed.putIfAbsent(field.equals("site") || field.equals("prior") ? field + "#" + columns.get(c).header() : placed.containsKey(field) && field.equals("comparator|direction") ? field + "#2" : field, t);
			pointer = c + 1;
		}
	}

	/** How well a text fits a field: above 0 it may stand there. */
	private double fit(String text, String field) {
		if (field == null) {
			return -1;
		}
		if (field.startsWith(SHADOW)) {
			return fit(text, field.substring(SHADOW.length()));
		}
		String key = PerfCellText.key(text);
		boolean comparator = COMPARATOR_ONLY.matcher(key).matches();
		boolean number = NUMBER.matcher(key).matches();
		boolean dashes = DASHES.matcher(key).matches();
		int length = key.codePointCount(0, key.length());
		return switch (field) {
		case "level1" -> isLevel1(text) ? 3 : -1;
		case "level2" -> isLevel2(text) ? 3 : isLevel1(text) ? 1.5 : -1; // 产出指标 | 成本指标: a 一级 word as 二级
		case "name" -> comparator || number || dashes || DIRECTION.matcher(key).matches() || QUANTITY.matcher(key).matches() ? -1
				: isCategory(text) ? 0.5 : 2;
		case "comparator" -> comparator ? 3 : -1;
		case "comparator|direction" -> comparator || DIRECTION.matcher(key).matches() ? 3 : -1;
		case "direction" -> DIRECTION.matcher(key).matches() ? 3 : -1;
		case "target", "actual", "midterm", "prior", "adjusted", "site" -> comparator && !key.equals("是") && !key.equals("否")
				|| DIRECTION.matcher(key).matches() || isCategory(text) ? -1 : number || LEADING_COMPARATOR.matcher(key).matches() ? 2.5 : length <= 30 ? 1 : 0.5;
		case "unit" -> !comparator && !number && length <= 6 && !key.matches(".*[0-9].*") && !isCategory(text)
				&& !DIRECTION.matcher(key).matches() || SERIAL.matcher(key).matches() ? 2 : -1;
		case "weight", "score" -> number || dashes ? 2 : -1;
		case "core" -> key.equals("是") || key.equals("否") ? 3 : -1;
		case "deviation", "basis", "explanation", "criterion", "note" -> comparator || isCategory(text) ? -1 : number ? 0.2 : 1;
		default -> -1; // context: by position only
		};
	}

	private static String category(String text) {
		String label = PerfCellText.key(text);
		String before;
		do {
			before = label;
			label = CATEGORY_SUFFIX.matcher(label).replaceAll("");
		} while (!label.equals(before));
		return label;
	}

	private boolean isLevel1(String text) {
		String label = category(text);
		return !label.isEmpty() && (categories.isLevel1(label) || LEVEL1_WORDS.matcher(label).matches() && !categories.isLevel2(label));
	}

	private boolean isLevel2(String text) {
		String label = category(text);
		return categories.isLevel2(label) || !categories.isLevel1(label) && label.length() <= 16 && label.length() >= 4
				&& (label.endsWith("指标") || label.endsWith("效益目标")) && !LEVEL1_WORDS.matcher(label).matches();
	}

	private boolean isCategory(String text) {
		return isLevel1(text) || isLevel2(text);
	}

	// ------------------------------------------------------------------ the indicator

	private PerfImportedIndicator indicator(PerfRow row, PerfCell nameCell, String name, Map<String, PerfCell> placed, List<PerfCell> extra) {
		PerfImportedIndicator indicator = new PerfImportedIndicator(row);
		indicator.cells.put("name", new PerfCell(name, nameCell.line(), nameCell.column(), nameCell.sheet()));
		String comparator = text(placed.get("comparator"));
		String direction = text(placed.get("direction"));
		for (String either : new String[] { text(placed.get("comparator|direction")), text(placed.get("comparator|direction#2")) }) {
			if (either == null) {
				continue;
			}
			if (DIRECTION.matcher(PerfCellText.key(either)).matches()) {
				direction = direction == null ? either : direction;
			} else if (comparator == null) {
				comparator = either;
			}
		}
		PerfCell targetCell = placed.get("target");
		// one value per recipient: the target is the value they share, the list goes into the note
		List<String> sites = new ArrayList<>();
		java.util.Set<String> siteValues = new java.util.LinkedHashSet<>();
		for (Map.Entry<String, PerfCell> e : placed.entrySet()) {
			if (e.getKey().startsWith("site#")) {
				sites.add(e.getKey().substring(5).replaceAll("\\s+", "") + "=" + e.getValue().text());
				siteValues.add(e.getValue().text());
				if (targetCell == null) {
					targetCell = e.getValue();
				}
			}
		}
		if (!sites.isEmpty()) {
			indicator.printed.put("sites", String.join(";", sites));
			if (siteValues.size() > 1) {
				targetCell = null;
				report.warning(nameCell, "各资金接收单位的指标值不同，指标值记为空，各单位的值写入备注：" + String.join("；", sites));
			}
		}
		String target = text(targetCell);
		if (target != null) {
			Matcher m = LEADING_COMPARATOR.matcher(target.strip());
			if (m.matches() && !m.group(2).isEmpty()) {
				comparator = comparator == null ? m.group(1) : comparator;
				target = m.group(2).strip();
			}
		}
		String unit = text(placed.get("unit"));
		if (target != null) {
			Matcher serial = SERIAL.matcher(target.replaceAll("\\s+", ""));
			boolean dateName = name.matches(".*(时间|日期|时限|期限|完成时|截止).*");
			if (serial.matches() && (unit != null && PerfCellText.key(unit).equals(PerfCellText.key(target)) || unit == null && dateName)) {
				LocalDate date = LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(serial.group(1) + serial.group(2)));
				report.info(targetCell, "Excel 日期序号“" + target + "”读作日期 " + date);
				target = date.toString();
				unit = null;
			}
		}
		put(indicator, "comparator", comparator);
		put(indicator, "target", target);
		put(indicator, "unit", unit);
		put(indicator, "direction", direction);
		for (String field : List.of("actual", "weight", "score", "explanation", "criterion", "note", "basis", "deviation", "adjusted", "core",
				"midterm")) {
			put(indicator, field, text(placed.get(field)));
		}
		// each prior year by its column's header (上年, 2024年实际实现值): the model places it by the form's year
		placed.forEach((key, cell) -> {
			if (key.startsWith("prior#")) {
				put(indicator, key, text(cell));
			}
		});
		// the .perf value: comparator, number and unit in one (百分比 is %; words become symbols)
		if (target != null || comparator != null) {
			String value = (comparator == null ? "" : symbol(comparator)) + (target == null ? "" : target)
					+ (unit == null || target == null || target.endsWith(unit) || target.matches(".*\\d{4}-\\d{2}-\\d{2}") ? "" : unit);
			String written = value.replaceAll("(?<=[0-9])百分比$", "%");
			if (!written.equals(value) || comparator != null && !symbol(comparator).equals(comparator)) {
				report.repeated("比较符的文字写法或“百分比”按符号写入 .perf（如 大于等于 → ≥，100百分比 → 100%）", targetCell == null ? nameCell : targetCell);
			}
			PerfCell at = targetCell == null ? nameCell : targetCell;
			indicator.cells.put("value", new PerfCell(written, at.line(), at.column(), at.sheet()));
		}
		for (String field : List.of("actual", "weight", "score", "basis")) {
			PerfCell cell = placed.get(field);
			if (cell != null && !DASHES.matcher(PerfCellText.key(cell.text())).matches()) {
				if (field.equals("actual") && unit != null && NUMBER.matcher(PerfCellText.key(cell.text())).matches()) {
					// the unit column is the actual value's unit too: 1 | 次 is 1 次
					cell = new PerfCell(cell.text().strip() + unit.replaceAll("^百分比$", "%"), cell.line(), cell.column(), cell.sheet());
				}
				indicator.cells.put(field, cell);
			}
		}
		indicator.extra.addAll(extra);
		return indicator;
	}

	private static void put(PerfImportedIndicator indicator, String field, String text) {
		if (text != null && !text.isBlank()) {
			indicator.printed.put(field, text.strip());
		}
	}

	private static String text(PerfCell cell) {
		return cell == null || cell.text().isBlank() ? null : cell.text().strip();
	}

	/** The language's comparator for a printed one (大于等于, ═, ‹=). */
	static String symbol(String comparator) {
		return switch (comparator.strip()) {
		case "大于等于", "不低于", "不少于", "›=" -> "≥";
		case "小于等于", "不高于", "不超过", "不多于", "‹=" -> "≤";
		case "等于", "═" -> "=";
		case "大于" -> ">";
		case "小于" -> "<";
		case "是/否", "是", "否", "±" -> "";
		default -> comparator.strip();
		};
	}

	// ------------------------------------------------------------------ title, year, report

	private static Text title(String[] lines, int headerLine) {
		for (int i = 0; i < Math.min(headerLine, 40); i++) {
			String text = PerfTextCells.strip(lines[i].replace("|", " "));
			if (text.matches(".*(绩效|目标|自评).*表.*") && text.length() <= 80) {
				return new Text(text.replaceAll("\\s+", " "), new PerfCell(text, i + 1, 1, null));
			}
		}
		return null;
	}

	/** The year from the title (2019年度, （2023年度）), else the 填报日期, else --year; never the current year. */
	private String year(String[] lines, int headerLine, PerfImportedForm form) {
		PerfCell at = new PerfCell("", 1, 1, null);
		for (int i = 0; i < Math.min(headerLine, 60); i++) {
			Matcher m = TITLE_YEAR.matcher(lines[i]);
			if (m.find()) {
				report.info(new PerfCell(lines[i], i + 1, m.start() + 1, null), "年度按表中“" + m.group() + "”记为 " + m.group(1) + " 年");
				return m.group(1);
			}
		}
		for (int i = 0; i < Math.min(headerLine, 60); i++) {
			Matcher money = MONEY_UNIT.matcher(lines[i]);
			if (money.find()) {
				report.info(new PerfCell(lines[i], i + 1, money.start() + 1, null), "金额单位为" + money.group(1));
			}
		}
		for (int i = 0; i < lines.length; i++) {
			Matcher m = FILING_DATE.matcher(lines[i]);
			if (m.find()) {
				report.info(new PerfCell(lines[i], i + 1, m.start() + 1, null), "年度按填报日期记为 " + m.group(1) + " 年");
				return m.group(1);
			}
		}
		if (form.title != null) {
			Matcher m = ANY_YEAR.matcher(form.title.text());
			if (m.find()) {
				report.info(form.title.cell(), "年度按标题中的“" + m.group() + "”记为 " + m.group(1) + " 年");
				return m.group(1);
			}
		}
		if (defaultYear != null) {
			report.info(at, "表中未写年度，按指定的年度（--year）记为 " + defaultYear + " 年");
			return defaultYear.toString();
		}
		if (form.title != null) {
			// a bare grid (pasted) has no year of its own; a form that prints none is reported
			report.warning(form.title.cell(), "表中未写年度（标题和填报日期中都没有），未记年度，请核对（可用 --year 指定）");
		}
		return null;
	}

	/** The report line saying how each column was taken. */
	private void describe(List<Column> header, int line, PerfCell at) {
		StringBuilder text = new StringBuilder("第 " + line + " 行表头：");
		List<String> unknown = new ArrayList<>();
		boolean first = true;
		for (Column c : header) {
			if (c.header().isBlank()) {
				continue;
			}
			if (c.field() == null) {
				unknown.add(letter(c.index()) + " 列“" + c.header() + "”");
				continue;
			}
			text.append(first ? "" : "，").append(letter(c.index())).append(" 列“").append(c.header()).append("”→ ").append(FIELD_NAMES.get(c.field()));
			first = false;
		}
		if (unknown.isEmpty()) {
			report.info(at, text.toString());
		} else {
			report.warning(at, text + "；未识别的列（其中的单元格写入备注）：" + String.join("，", unknown));
		}
	}

	private static String letter(int index) {
		return index < 26 ? String.valueOf((char) ('A' + index)) : "A" + (char) ('A' + index - 26);
	}

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
