// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.forms.importer.PerfImportedForm.Execution;
import org.jixiao.forms.importer.PerfImportedForm.Objective;
import org.jixiao.forms.importer.PerfImportedForm.PlanPoint;
import org.jixiao.forms.importer.PerfImportedForm.Review;
import org.jixiao.forms.importer.PerfImportedForm.Text;

/**
 * Reads the rows of one form into a {@link PerfImportedForm}, block by block as its layout declares
 * them: a row is recognised by the labels the layout prints (field labels, text block labels,
 * notes, grid headings and headers), and rows without a label of their own continue the block
 * they follow (the lines of a funds matrix, the overview, a grid). Rows that fit nowhere are kept
 * as comments and reported.
 */
final class PerfFormReader {

	private static final Pattern MONTH_END = Pattern.compile("^([0-9]{1,2})\\s*月底$");
	private static final Pattern NUMBERED_GOAL = Pattern.compile("^目标\\s*([0-9]+)\\s*[:：]\\s*(.*)$", Pattern.DOTALL);
	private static final Pattern DATE = Pattern.compile("年.*月.*日");
	private static final Pattern EMPTY_DATE = Pattern.compile("^年\\s*月\\s*日$");
	private static final Pattern SEAL = Pattern.compile("^[（(]\\s*盖章\\s*[)）]$");
	/** A money unit note in 元 (单位：元, 金额单位：元), not the language's 万元. */
	private static final Pattern MONEY_IN_YUAN = Pattern.compile("((?:金额)?单位\\s*[:：]\\s*)元(?=$|[\\s)）])");
	static final Pattern NUMERIC = Pattern.compile("^[0-9,.．０-９]+\\s*(万元|元|%|％)?$");

	private enum Block {
		NONE, GRID, OVERVIEW, FUNDS_MATRIX, FUNDS_ROWS, BUDGET, PLAN, EXECUTION, OBJECTIVE, FUNDING, OUTCOME, REVIEW, TAIL
	}

	private final PerfImportedForm form;
	private final PerfLayoutProfile profile;
	private final PerfImportReport report;
	private final PerfGridReader grids;
	private final PerfFundsReader funds;
	private final PerfFundingReader funding;
	private Block block = Block.NONE;

	// overview
	private int annualColumn = -1;
	private final Map<String, Text> overviewLongByNumber = new LinkedHashMap<>();
	// plan
	private List<PerfCell> months;
	// tail text (a note such as 备注：… continued by the rows below it)
	private String tailField;
	/** The column a continuation must stand in, or -1 for any single-paragraph row. */
	private int tailColumn;
	private Review review;

	PerfFormReader(PerfImportedForm form, PerfLayoutProfile profile, PerfCategories categories, PerfValueSyntax values,
			PerfImportReport report) {
		this.form = form;
		this.profile = profile;
		this.report = report;
		this.funds = new PerfFundsReader(form, profile, report);
		this.funding = new PerfFundingReader(form, profile);
		this.grids = new PerfGridReader(form, profile, categories, new PerfColumnFit(values, text -> categories.isCategory(PerfCategories.parse(new PerfCell(text, 0, 0, null)))), report);
	}

	void read(List<PerfRow> rows) {
		for (PerfRow row : rows) {
			if (start(row)) {
				continue;
			}
			if (!continueBlock(row)) {
				unplaced(row);
			}
		}
	}

	private void unplaced(PerfRow row) {
		Text text = new Text(row.joined(), row.first());
		PerfImportedGoal goal = grids.active() ? grids.goal() : null;
		if (goal != null) {
			goal.unplaced.add(text);
		} else {
			form.unplaced.add(text);
		}
		report.warning(row.first(), "未能归入表格的内容，已作为注释保留：“" + shorten(text.text()) + "”");
	}

	static String shorten(String text) {
		String flat = text.replace('\n', ' ');
		return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
	}

	// ------------------------------------------------------------------ block starts

	private boolean start(PerfRow row) {
		List<PerfCell> filled = row.filled();
		String firstKey = PerfCellText.key(filled.get(0).text());
		if (block == Block.OVERVIEW && overviewItem(filled.get(0))) {
			return false; // 目标1：… of the overview, not a goal heading
		}
		if (note(row)) {
			return true;
		}
		if (fields(row)) {
			enter(Block.NONE);
			return true;
		}
		String textField = profile.textLabels.get(firstKey);
		if (textField != null) {
			enter(Block.NONE);
			String value = rest(filled, 1);
			if (!value.isBlank()) {
				form.put(textField, value, filled.get(1));
				// a paragraph on the next row in the same column continues the text
				tailField = textField;
				tailColumn = PerfRow.indexOf(row.cells(), filled.get(filled.size() - 1));
				block = Block.TAIL;
			}
			return true;
		}
		if (overview(row, filled, firstKey)) {
			return true;
		}
		if (funds.startsMatrix(firstKey)) {
			enter(Block.FUNDS_MATRIX);
			return true;
		}
		if (funds.startsRows(row)) {
			enter(Block.FUNDS_ROWS);
			return true;
		}
		if (review(filled)) {
			return true;
		}
		if (budget(row, filled)) {
			return true;
		}
		if (profile.projectGoal != null && firstKey.equals(PerfCellText.key(profile.projectGoal.arg("label", "绩效目标")))) {
			enter(Block.NONE);
			String value = rest(filled, 1);
			if (!value.isBlank()) {
				form.projectGoal = new Text(value, filled.get(1));
			}
			return true;
		}
		if (funding.startsFunding(row, filled.get(0).text())) {
			enter(Block.FUNDING);
			return true;
		}
		if (funding.startsOutcome(filled.get(0).text())) {
			enter(Block.OUTCOME);
			return true;
		}
		if (funding.total(row, filled.get(0).text())) {
			enter(Block.NONE);
			return true;
		}
		if (profile.execution != null) {
			Map<String, String> values = profile.execution.match(filled.get(0).text());
			if (values != null) {
				enter(Block.EXECUTION);
				form.execution = new Execution(null, new Text(values.get("weight"), filled.get(0)), null, null, null, null);
				return true;
			}
		}
		if (profile.objective != null) {
			Map<String, String> values = profile.objective.match(filled.get(0).text());
			if (values != null) {
				enter(Block.OBJECTIVE);
				form.objective = new Objective(new Text(values.get("weight"), filled.get(0)), null, null, null);
				return true;
			}
		}
		if (grids.start(row)) {
			block = Block.GRID;
			return true;
		}
		return false;
	}

	/** The block ends at a row it cannot take; false, so that the row is reported. */
	private boolean leave() {
		block = Block.NONE;
		return false;
	}

	private void enter(Block next) {
		if (block == Block.GRID && next != Block.GRID) {
			grids.stop();
		}
		block = next;
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

	/** A printed note of the layout (单位：万元, 填报日期：… 总分：…, 备注：…): its placeholders are fields. */
	private boolean note(PerfRow row) {
		String joined = row.joined();
		Matcher yuan = MONEY_IN_YUAN.matcher(joined);
		if (yuan.find()) {
			// the layout's 单位：万元 printed with the other unit: the same note, amounts to convert
			form.moneyInYuan = new Text(yuan.group().strip(), row.first());
			if (yuan.start() == 0 && yuan.end() == joined.length()) {
				return true;
			}
			joined = joined.substring(0, yuan.start()) + yuan.group(1) + "万元" + joined.substring(yuan.end());
		}
		for (PerfLayoutProfile.Note note : profile.notes) {
			if (note.template().literalLength() < 2) {
				continue;
			}
			Map<String, String> values = note.template().match(joined);
			if (values == null) {
				continue;
			}
			enter(Block.NONE);
			for (Map.Entry<String, String> value : values.entrySet()) {
				form.put(value.getKey(), value.getValue(), row.first());
				if (value.getKey().equals("remarks")) {
					tailField = "remarks";
					tailColumn = -1;
					block = Block.TAIL;
				}
			}
			return true;
		}
		return false;
	}

	/** Label and value pairs: 单位名称 | 武汉市… , 填报人 | … 联系电话 | … */
	private boolean fields(PerfRow row) {
		List<PerfCell> filled = row.filled();
		boolean any = false;
		for (int i = 0; i < filled.size(); i++) {
			String key = PerfCellText.key(filled.get(i).text());
			if (profile.leadKeys.contains(key)) {
				any = true;
				continue;
			}
			String field = profile.fieldLabels.get(key);
			if (field == null) {
				continue;
			}
			any = true;
			if (i + 1 < filled.size() && !isLabel(filled.get(i + 1))) {
				form.put(field, filled.get(i + 1).text(), filled.get(i + 1));
				i++;
			}
		}
		if (any) {
			// a cell neither a label nor the value after one has no field: keep it
			for (int i = 0; i < filled.size(); i++) {
				PerfCell cell = filled.get(i);
				boolean label = isLabel(cell);
				boolean value = i > 0 && profile.fieldLabels.containsKey(PerfCellText.key(filled.get(i - 1).text())) && !label;
				if (!label && !value) {
					keep(cell);
				}
			}
		}
		return any;
	}

	private void keep(PerfCell cell) {
		keep(form, report, cell);
	}

	/** One cell without a place, kept as a comment of its form and reported. */
	static void keep(PerfImportedForm form, PerfImportReport report, PerfCell cell) {
		form.unplaced.add(new Text(cell.text(), cell));
		report.warning(cell, "未能归入表格的内容，已作为注释保留：“" + shorten(cell.text()) + "”");
	}

	private boolean isLabel(PerfCell cell) {
		String key = PerfCellText.key(cell.text());
		return profile.fieldLabels.containsKey(key) || profile.leadKeys.contains(key);
	}

	// ------------------------------------------------------------------ overview (整体绩效目标)

	private boolean overview(PerfRow row, List<PerfCell> filled, String firstKey) {
		if (profile.overview == null) {
			return false;
		}
		String label = PerfCellText.key(profile.overview.arg("label", "整体绩效目标"));
		String annual = PerfCellText.key(profile.overview.arg("annual", "年度目标"));
		boolean longHeader = false;
		int annualIndex = -1;
		for (PerfCell cell : filled) {
			Map<String, String> until = profile.overviewLong.match(cell.text());
			if (until != null) {
				longHeader = true;
				String year = until.get("until");
				if (year != null && !year.isEmpty()) {
					form.until = new Text(year, cell);
				}
			}
			if (PerfCellText.key(cell.text()).equals(annual)) {
				annualIndex = PerfRow.indexOf(row.cells(), cell);
			}
		}
		if (!firstKey.equals(label) && !(longHeader && annualIndex >= 0)) {
			return false;
		}
		enter(Block.OVERVIEW);
		annualColumn = annualIndex;
		return true;
	}

	/** A cell of the overview: with the layout's numbering prefix (目标{n}：) when it has one. */
	private boolean overviewItem(PerfCell cell) {
		return profile.overviewItem != null && profile.overviewItem.match(cell.text()) != null;
	}

	private boolean overviewRow(PerfRow row) {
		List<PerfCell> filled = row.filled();
		boolean summary = profile.overview.arg("source", "goals").equals("summary");
		for (int i = 0; i < filled.size(); i++) {
			PerfCell cell = filled.get(i);
			Matcher numbered = summary ? null : NUMBERED_GOAL.matcher(cell.text());
			boolean annual;
			Text text;
			if (numbered != null && numbered.matches()) {
				String n = numbered.group(1);
				text = new Text(numbered.group(2), cell);
				annual = overviewLongByNumber.containsKey(n);
				if (!annual) {
					overviewLongByNumber.put(n, text);
				}
			} else {
				text = new Text(cell.text(), cell);
				annual = filled.size() > 1 ? i > 0 : annualColumn >= 0 && PerfRow.indexOf(row.cells(), cell) >= annualColumn;
			}
			(annual ? form.overviewAnnual : form.overviewLong).add(text);
		}
		return true;
	}

	// ------------------------------------------------------------------ reviews, project budget, self-evaluation

	private boolean review(List<PerfCell> filled) {
		if (profile.review == null) {
			return false;
		}
		Map<String, String> values = profile.review.match(filled.get(0).text());
		if (values == null || values.get("reviewer") == null || values.get("reviewer").isEmpty()) {
			return false;
		}
		enter(Block.REVIEW);
		review = new Review(new Text(values.get("reviewer"), filled.get(0)), null, null);
		form.reviews.add(review);
		for (int i = 1; i < filled.size(); i++) {
			reviewText(filled.get(i));
		}
		return true;
	}

	private void reviewText(PerfCell cell) {
		int index = form.reviews.size() - 1;
		Review current = form.reviews.get(index);
		for (String line : cell.text().split("\n")) {
			String text = PerfTextCells.strip(line);
			if (text.isEmpty() || SEAL.matcher(text).matches() || EMPTY_DATE.matcher(text).matches()) {
				continue;
			}
			if (DATE.matcher(text).find() && text.length() <= 20) {
				current = new Review(current.reviewer(), current.opinion(), new Text(text, cell));
			} else {
				String opinion = current.opinion() == null ? text : current.opinion().text() + "\n" + text;
				current = new Review(current.reviewer(), new Text(opinion, cell), current.date());
			}
		}
		form.reviews.set(index, current);
	}

	/** 预算规模及资金用途 | 预算数 | 0.40 | 其中：财政资金 | 0.40 | 其他资金 | …, then 资金支出计划（%）. */
	private boolean budget(PerfRow row, List<PerfCell> filled) {
		if (profile.budgetPlan == null) {
			return false;
		}
		String label = PerfCellText.key(profile.budgetPlan.arg("label", "预算规模及资金用途"));
		String plan = PerfCellText.key(profile.budgetPlan.arg("plan", "资金支出计划（%）"));
		boolean found = false;
		for (int i = 0; i < filled.size(); i++) {
			String key = PerfCellText.key(filled.get(i).text());
			PerfCell next = i + 1 < filled.size() ? filled.get(i + 1) : null;
			boolean nextIsNumber = next != null && NUMERIC.matcher(PerfCellText.key(next.text())).matches();
			if (key.equals(label)) {
				found = true;
				enter(Block.BUDGET);
			} else if (key.equals("预算数")) {
				found = true;
				enter(Block.BUDGET);
				if (nextIsNumber) {
					form.budget = new Text(next.text(), next);
				}
			} else if (key.startsWith("其中") && key.contains("财政")) {
				found = true;
				if (nextIsNumber) {
					form.fiscal = new Text(next.text(), next);
				}
			} else if (key.equals("其他资金")) {
				found = true;
				if (nextIsNumber) {
					form.other = new Text(next.text(), next);
				}
			} else if (key.equals(plan)) {
				found = true;
				enter(Block.PLAN);
				months = null;
				List<PerfCell> rest = filled.subList(i + 1, filled.size());
				if (!rest.isEmpty()) {
					planMonths(rest);
				}
				break;
			}
		}
		return found;
	}

	private boolean planMonths(List<PerfCell> cells) {
		if (cells.stream().allMatch(c -> MONTH_END.matcher(PerfCellText.key(c.text())).matches())) {
			months = cells;
			return true;
		}
		return false;
	}

	private boolean planShares(List<PerfCell> cells) {
		if (months == null || cells.size() != months.size()) {
			return false;
		}
		for (int i = 0; i < cells.size(); i++) {
			Matcher m = MONTH_END.matcher(PerfCellText.key(months.get(i).text()));
			m.matches();
			String share = PerfCellText.key(cells.get(i).text());
			if (!share.endsWith("%")) {
				return false;
			}
			form.plan.add(new PlanPoint(new Text(m.group(1), months.get(i)),
					new Text(share.substring(0, share.length() - 1), cells.get(i))));
		}
		months = null;
		return true;
	}

	// ------------------------------------------------------------------ rows that continue a block

	private boolean continueBlock(PerfRow row) {
		List<PerfCell> filled = row.filled();
		switch (block) {
		case GRID -> {
			return grids.body(row);
		}
		case OVERVIEW -> {
			return overviewRow(row);
		}
		case FUNDS_MATRIX -> {
			return funds.matrixRow(row);
		}
		case FUNDS_ROWS -> {
			boolean taken = funds.rowsRow(row);
			if (funds.rowsDone()) {
				block = Block.NONE;
			}
			return taken;
		}
		case BUDGET -> {
			if (filled.size() == 1 && form.purpose == null && !NUMERIC.matcher(PerfCellText.key(filled.get(0).text())).matches()) {
				form.purpose = new Text(filled.get(0).text(), filled.get(0));
				return true;
			}
			return false;
		}
		case PLAN -> {
			return months == null ? planMonths(filled) : planShares(filled);
		}
		case EXECUTION -> {
			return execution(filled);
		}
		case OBJECTIVE -> {
			return objective(filled);
		}
		case FUNDING -> {
			return funding.fundingRow(row) || leave();
		}
		case OUTCOME -> {
			return funding.outcomeRow(row) || leave();
		}
		case REVIEW -> {
			if (filled.size() == 1 && filled.get(0).text().length() <= 200) {
				reviewText(filled.get(0));
				return true;
			}
			return false;
		}
		case TAIL -> {
			if (tailColumn >= 0 && (filled.size() != 1 || PerfRow.indexOf(row.cells(), filled.get(0)) != tailColumn)) {
				return false;
			}
			Text before = form.fields.get(tailField);
			String text = (before == null ? "" : before.text() + "\n") + rest(filled, 0);
			form.fields.put(tailField, new Text(text, before == null ? row.first() : before.cell()));
			return true;
		}
		default -> {
			return false;
		}
		}
	}

	/** 预算执行情况: label, 预算数（A）, 执行数（B）, 执行率（B/A）, 得分. */
	private boolean execution(List<PerfCell> filled) {
		if (form.execution == null || form.execution.planned() != null) {
			return false;
		}
		Text label = null;
		List<PerfCell> numbers = new ArrayList<>();
		for (PerfCell cell : filled) {
			if (NUMERIC.matcher(PerfCellText.key(cell.text())).matches()) {
				numbers.add(cell);
			} else if (label == null && numbers.isEmpty()) {
				label = new Text(cell.text(), cell);
			} else {
				return false;
			}
		}
		if (numbers.size() < 2) {
			return false;
		}
		Text rate = null;
		Text score = null;
		for (int i = 2; i < numbers.size(); i++) {
			String key = PerfCellText.key(numbers.get(i).text());
			if (key.endsWith("%") && rate == null) {
				rate = new Text(key.substring(0, key.length() - 1), numbers.get(i));
			} else if (score == null) {
				score = new Text(numbers.get(i).text(), numbers.get(i));
			}
		}
		form.execution = new Execution(label, form.execution.weight(), new Text(numbers.get(0).text(), numbers.get(0)),
				new Text(numbers.get(1).text(), numbers.get(1)), rate, score);
		block = Block.NONE;
		return true;
	}

	/** 项目绩效总目标: 年初设定目标 | 全年实际完成情况 | 得分 (the header row repeats the labels). */
	private boolean objective(List<PerfCell> filled) {
		if (form.objective == null || form.objective.target() != null) {
			return false;
		}
		List<PerfCell> texts = new ArrayList<>(filled);
		Text score = null;
		PerfCell last = texts.get(texts.size() - 1);
		if (texts.size() > 1 && PerfValueSyntax.isNumber(last.text())) {
			score = new Text(last.text(), last);
			texts.remove(texts.size() - 1);
		}
		if (texts.isEmpty() || texts.size() > 2) {
			return false;
		}
		form.objective = new Objective(form.objective.weight(), new Text(texts.get(0).text(), texts.get(0)),
				texts.size() > 1 ? new Text(texts.get(1).text(), texts.get(1)) : null, score);
		block = Block.NONE;
		return true;
	}
}
