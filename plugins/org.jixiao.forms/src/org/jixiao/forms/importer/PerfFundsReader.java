// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.forms.importer.PerfImportedForm.FundLine;
import org.jixiao.forms.importer.PerfImportedForm.Text;
import org.jixiao.forms.layout.PerfLayoutBlock;

/**
 * The funds blocks of a department declaration: the matrix of seed 000 (收入构成 / 支出构成 down the side,
 * 当年预算收支, 占比 and the two previous years across) and the label rows over amount rows of seed 002
 * (收入, 支出 and 三公经费). The labels the generator prints for them are fixed in its code and here.
 */
final class PerfFundsReader {

	private static final Pattern YEAR_CELL = Pattern.compile("^([0-9]{4})\\s*年$");

	private final PerfImportedForm form;
	private final PerfLayoutProfile profile;
	private final PerfImportReport report;
	private boolean expenseSide;
	private String fundsSection;
	private List<PerfCell> fundLabels;
	private boolean done;

	PerfFundsReader(PerfImportedForm form, PerfLayoutProfile profile, PerfImportReport report) {
		this.form = form;
		this.profile = profile;
		this.report = report;
	}

	/** The 部门总体资金情况 label: the matrix rows follow. */
	boolean startsMatrix(String firstKey) {
		if (profile.fundsMatrix != null && firstKey.equals(PerfCellText.key(profile.fundsMatrix.arg("label", "部门总体资金情况（万元）")))) {
			expenseSide = false;
			return true;
		}
		return false;
	}

	/** A row of the matrix: the years, a side label (收入构成/支出构成), or a line with its amounts. */
	boolean matrixRow(PerfRow row) {
		List<PerfCell> filled = row.filled();
		List<PerfCell> years = filled.stream().filter(c -> YEAR_CELL.matcher(PerfCellText.key(c.text())).matches()).toList();
		if (years.size() == 2 && years.size() == filled.size()) {
			form.twoYearsAgoYear = new Text(year(years.get(0)), years.get(0));
			form.lastYearYear = new Text(year(years.get(1)), years.get(1));
			return true;
		}
		PerfCell label = null;
		List<PerfCell> numbers = new ArrayList<>();
		for (PerfCell cell : row.cells()) {
			String key = PerfCellText.key(cell.text());
			if (key.isEmpty()) {
				if (label != null) {
					numbers.add(cell);
				}
				continue;
			}
			if (key.equals("收入构成")) {
				expenseSide = false;
			} else if (key.equals("支出构成")) {
				expenseSide = true;
			} else if (label == null && !PerfFormReader.NUMERIC.matcher(key).matches()) {
				label = cell;
			} else if (label != null && PerfFormReader.NUMERIC.matcher(key).matches()) {
				numbers.add(cell);
			} else {
				return false;
			}
		}
		if (label == null) {
			return !filled.isEmpty() && filled.stream().allMatch(c -> PerfCellText.key(c.text()).endsWith("构成"));
		}
		// 当年预算收支, 占比, 前年, 上年 by position; a shifted export row has empty cells around them
		List<PerfCell> values = new ArrayList<>(numbers);
		while (values.size() > 4 && values.get(values.size() - 1).isEmpty()) {
			values.remove(values.size() - 1);
		}
		while (values.size() > 4 && values.get(0).isEmpty()) {
			values.remove(0);
		}
		Text amount = text(values, 0);
		Text share = text(values, 1);
		if (share != null) {
			String key = PerfCellText.key(share.text());
			share = new Text(key.endsWith("%") ? key.substring(0, key.length() - 1) : key, share.cell());
		}
		Text two = text(values, 2);
		Text last = text(values, 3);
		boolean total = PerfCellText.key(label.text()).contains("合计");
		form.funds.add(new FundLine(expenseSide || total && form.funds.stream().anyMatch(f -> f.expense()), total,
				new Text(label.text(), label), amount, share, two, last));
		return true;
	}

	private static Text text(List<PerfCell> cells, int index) {
		return index < cells.size() && !cells.get(index).isEmpty() ? new Text(cells.get(index).text(), cells.get(index)) : null;
	}

	private static String year(PerfCell cell) {
		Matcher m = YEAR_CELL.matcher(PerfCellText.key(cell.text()));
		m.matches();
		return m.group(1);
	}

	/** 单位年度收入预算（万元）, 单位年度支出预算（万元）, 其中 三公经费预算（万元）: labels row, then amounts row. */
	boolean startsRows(PerfRow row) {
		List<PerfCell> filled = row.filled();
		if (profile.fundsRows == null) {
			return false;
		}
		PerfLayoutBlock b = profile.fundsRows;
		Map<String, String> sections = new LinkedHashMap<>();
		sections.put(PerfCellText.key(b.arg("income", "单位年度收入预算（万元）")), "income");
		sections.put(PerfCellText.key(b.arg("expense", "单位年度支出预算（万元）")), "expense");
		sections.put(PerfCellText.key(b.arg("public", "其中\n三公经费预算（万元）")), "public");
		StringBuilder joined = new StringBuilder();
		for (int i = 0; i < filled.size(); i++) {
			joined.append(PerfCellText.key(filled.get(i).text()));
			String section = sections.get(joined.toString());
			if (section == null) {
				section = sections.get(PerfCellText.key(filled.get(i).text()));
			}
			if (section != null) {
				fundsSection = section;
				done = false;
				fundLabels = null;
				List<PerfCell> after = row.cells().subList(PerfRow.indexOf(row.cells(), filled.get(i)) + 1, row.cells().size());
				if (after.stream().anyMatch(c -> !c.isEmpty())) {
					fundLabels = labelsFrom(row, PerfRow.indexOf(row.cells(), filled.get(i)) + 1);
				}
				return true;
			}
		}
		return false;
	}

	/** Label cells from an index on, as positions in the row (the amounts below share them). */
	private static List<PerfCell> labelsFrom(PerfRow row, int from) {
		List<PerfCell> labels = new ArrayList<>();
		for (int i = 0; i < row.cells().size(); i++) {
			labels.add(i < from ? null : row.cells().get(i));
		}
		return labels;
	}

	/** The labels row, then the amounts row below it; {@link #rowsDone()} after the amounts. */
	boolean rowsRow(PerfRow row) {
		List<PerfCell> filled = row.filled();
		if (fundLabels == null) {
			if (filled.stream().anyMatch(c -> PerfFormReader.NUMERIC.matcher(PerfCellText.key(c.text())).matches())) {
				return false;
			}
			fundLabels = labelsFrom(row, PerfRow.indexOf(row.cells(), filled.get(0)));
			return true;
		}
		// the amounts, each below its label; a cell that is no amount, or has no label above it, is kept aside
		List<PerfCell> amounts = new ArrayList<>();
		List<PerfCell> aside = new ArrayList<>();
		for (int i = 0; i < row.cells().size(); i++) {
			PerfCell cell = row.cells().get(i);
			boolean labelled = i < fundLabels.size() && fundLabels.get(i) != null && !fundLabels.get(i).isEmpty();
			if (!cell.isEmpty() && (!labelled || !PerfFormReader.NUMERIC.matcher(PerfCellText.key(cell.text())).matches())) {
				aside.add(cell);
			} else if (labelled && !cell.isEmpty()) {
				amounts.add(cell);
			}
		}
		if (amounts.isEmpty()) {
			return false;
		}
		aside.forEach(cell -> PerfFormReader.keep(form, report, cell));
		for (int i = 0; i < fundLabels.size(); i++) {
			PerfCell label = fundLabels.get(i);
			if (label == null || label.isEmpty()) {
				continue;
			}
			PerfCell amount = i < row.cells().size() ? row.cells().get(i) : null;
			Text value = amount == null || amount.isEmpty() || aside.contains(amount) ? null : new Text(amount.text(), amount);
			if (fundsSection.equals("public")) {
				String key = PerfCellText.key(label.text());
				String field = key.contains("合计") ? "total" : key.contains("车") ? "vehicles" : key.contains("出国") ? "abroad"
						: key.contains("接待") ? "reception" : null;
				if (field == null) {
					form.unplaced.add(new Text(label.text() + " " + (value == null ? "" : value.text()), label));
					report.warning(label, "三公经费中没有对应字段的项目，已作为注释保留：“" + label.text() + "”");
				} else if (value != null) {
					form.publicExpenses.put(field, value);
				} else {
					form.publicExpenses.putIfAbsent(field, null);
				}
			} else {
				boolean total = PerfCellText.key(label.text()).contains("合计");
				form.funds.add(new FundLine(fundsSection.equals("expense"), total, new Text(label.text(), label), value, null, null,
						null));
			}
		}
		fundLabels = null;
		done = true;
		return true;
	}

	boolean rowsDone() {
		return done;
	}
}
