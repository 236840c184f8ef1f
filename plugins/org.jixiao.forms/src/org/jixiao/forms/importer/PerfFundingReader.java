// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.forms.importer.PerfImportedForm.Execution;
import org.jixiao.forms.importer.PerfImportedForm.Outcome;
import org.jixiao.forms.importer.PerfImportedForm.Source;
import org.jixiao.forms.importer.PerfImportedForm.Text;

/**
 * The blocks of the central project self-evaluation (财预〔2020〕10号): 项目资金 with its amounts by
 * source of funds, 年度总体目标 (预期目标 | 实际完成情况) and the 总分 row. The amounts are placed by
 * the header row's columns, since any of them may be blank.
 */
final class PerfFundingReader {

	/** The header of each amount column, to the field it holds. */
	private static final Map<String, String> HEADERS = Map.of("年初预算数", "initial", "全年预算数", "planned", "全年执行数",
			"executed", "分值", "weight", "执行率", "rate", "得分", "score");

	private final PerfImportedForm form;
	private final PerfLayoutProfile profile;
	/** Column index (within the row's cells) of each amount, from the block's header row. */
	private final Map<Integer, String> columns = new LinkedHashMap<>();
	private boolean totalRead;

	PerfFundingReader(PerfImportedForm form, PerfLayoutProfile profile) {
		this.form = form;
		this.profile = profile;
	}

	/** The header row of 项目资金: its label, then the amount headers. */
	boolean startsFunding(PerfRow row, String first) {
		if (profile.funding == null || profile.funding.match(first) == null) {
			return false;
		}
		columns.clear();
		for (PerfCell cell : row.filled()) {
			String field = HEADERS.get(PerfCellText.key(cell.text()));
			if (field != null) {
				columns.put(PerfRow.indexOf(row.cells(), cell), field);
			}
		}
		form.execution = new Execution(null, null, null, null, null, null);
		totalRead = false;
		return true;
	}

	/** A row of 项目资金: the total (年度资金总额) first, then 财政拨款, 上年结转资金, 其他资金. */
	boolean fundingRow(PerfRow row) {
		List<PerfCell> filled = row.filled();
		PerfCell label = filled.get(0);
		if (PerfFormReader.NUMERIC.matcher(PerfCellText.key(label.text())).matches()) {
			return false;
		}
		String kind = sourceKind(PerfCellText.key(label.text()));
		if (kind == null && totalRead) {
			return false;
		}
		Map<String, Text> amounts = new LinkedHashMap<>();
		for (PerfCell cell : filled.subList(1, filled.size())) {
			String field = columns.get(PerfRow.indexOf(row.cells(), cell));
			String key = PerfCellText.key(cell.text());
			if (field == null || key.equals("—") || key.equals("-")) {
				continue;
			}
			if (field.equals("rate") && key.endsWith("%")) {
				key = key.substring(0, key.length() - 1);
			}
			if (!PerfFormReader.NUMERIC.matcher(key).matches()) {
				return false;
			}
			amounts.put(field, new Text(field.equals("rate") ? key : cell.text(), cell));
		}
		if (kind == null) {
			totalRead = true;
			form.executionInitial = amounts.get("initial");
			form.execution = new Execution(new Text(label.text(), label), amounts.get("weight"), amounts.get("planned"),
					amounts.get("executed"), amounts.get("rate"), amounts.get("score"));
		} else if (!amounts.isEmpty()) {
			form.sources.add(new Source(kind, amounts.get("initial"), amounts.get("planned"), amounts.get("executed")));
		}
		return true;
	}

	/** fiscal, carryover or other for a source row's label; null for the total row. */
	private static String sourceKind(String label) {
		if (label.contains("财政拨款") || label.contains("财政资金")) {
			return "fiscal";
		}
		if (label.contains("结转")) {
			return "carryover";
		}
		if (label.contains("其他资金")) {
			return "other";
		}
		return null;
	}

	/** The header row of 年度总体目标. */
	boolean startsOutcome(String first) {
		return profile.outcome != null && profile.outcome.match(first) != null;
	}

	/** A goal's row of 年度总体目标: 预期目标 and, beside it, 实际完成情况. */
	boolean outcomeRow(PerfRow row) {
		List<PerfCell> filled = row.filled();
		if (filled.size() > 2) {
			return false;
		}
		PerfCell target = filled.get(0);
		PerfCell actual = filled.size() > 1 ? filled.get(1) : null;
		if (actual == null && PerfRow.indexOf(row.cells(), target) > row.cells().size() / 2) {
			// only the actual outcome is written
			form.outcomes.add(new Outcome(null, new Text(target.text(), target)));
			return true;
		}
		form.outcomes.add(new Outcome(new Text(target.text(), target), actual == null ? null : new Text(actual.text(), actual)));
		return true;
	}

	/** 总分 | points | total | 自评等级：优 */
	boolean total(PerfRow row, String first) {
		if (profile.total == null || !PerfCellText.key(first).equals(PerfCellText.key(profile.total.arg("label", "总分")))) {
			return false;
		}
		List<PerfCell> filled = row.filled();
		PerfCell total = null;
		for (PerfCell cell : filled.subList(1, filled.size())) {
			if (PerfFormReader.NUMERIC.matcher(PerfCellText.key(cell.text())).matches()) {
				total = cell; // the last number: 分值 comes before 得分
			} else {
				Map<String, String> grade = PerfTemplate.of(profile.total.arg("grade", "{grade}")).match(cell.text());
				if (grade != null && grade.get("grade") != null) {
					form.put("grade", grade.get("grade"), cell);
				}
			}
		}
		if (total != null && filled.indexOf(total) > 1) {
			form.put("total", total.text(), total);
		}
		return true;
	}
}
