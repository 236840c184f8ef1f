// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.forms.importer.PerfImportedForm.Duty;
import org.jixiao.forms.importer.PerfImportedForm.Measure;
import org.jixiao.forms.importer.PerfImportedForm.Text;
import org.jixiao.forms.layout.PerfLayoutBlock;

/**
 * Reads the narrative duty targets (职责目标, seed 004 part 1): the section headings and paragraph
 * prefixes (主要职责是, 职责目标：, 绩效目标：…) come from the layout's {@code duties} block; a duty
 * starts at its numbered heading （一）、…, a paragraph without a prefix continues the one above.
 */
final class PerfDutiesReader {

	private static final Pattern HEADING = Pattern.compile("^[（(]\\s*[一二三四五六七八九十百]+\\s*[)）]\\s*[、.．]?\\s*(.+)$", Pattern.DOTALL);
	private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分$");

	private enum Section {
		NONE, OVERALL, DUTIES, MEASURES, OTHER
	}

	private final PerfImportedForm form;
	private final PerfImportReport report;
	private final PerfLayoutBlock block;
	private final Map<String, PerfTemplate> prefixes = new java.util.LinkedHashMap<>();
	private Section section = Section.NONE;
	private Duty duty;
	private String lastField;
	private Measure measure;

	PerfDutiesReader(PerfImportedForm form, PerfLayoutBlock block, PerfImportReport report) {
		this.form = form;
		this.block = block;
		this.report = report;
		for (String field : List.of("responsibility", "dutygoal", "target", "indicators", "standard")) {
			String prefix = block.args().get(field);
			if (prefix != null) {
				prefixes.put(field, PerfTemplate.of(prefix + "{text}"));
			}
		}
	}

	void read(List<PerfRow> rows) {
		for (PerfRow row : rows) {
			String text = row.filled().size() == 1 ? row.filled().get(0).text() : row.joined();
			PerfCell cell = row.first();
			String key = PerfCellText.key(text);
			if (key.equals(label("overall"))) {
				section = Section.OVERALL;
			} else if (key.equals(label("duties"))) {
				section = Section.DUTIES;
			} else if (key.equals(label("measures"))) {
				section = Section.MEASURES;
			} else if (PART.matcher(key).matches() || section == Section.OTHER) {
				section = Section.OTHER;
				unplaced(text, cell);
			} else if (section == Section.OVERALL) {
				form.fields.put("overall", new Text(append(form.fields.containsKey("overall") ? form.field("overall") : null, text),
						form.fields.containsKey("overall") ? form.fields.get("overall").cell() : cell));
			} else if (section == Section.DUTIES) {
				duty(text, cell);
			} else if (section == Section.MEASURES) {
				Matcher heading = HEADING.matcher(text);
				if (heading.matches()) {
					measure = new Measure(new Text(text, cell), new StringBuilder(), cell);
					form.measures.add(measure);
				} else if (measure != null) {
					if (measure.text().length() > 0) {
						measure.text().append('\n');
					}
					measure.text().append(text);
				} else {
					unplaced(text, cell);
				}
			} else {
				unplaced(text, cell);
			}
		}
	}

	private String label(String arg) {
		String label = block.args().get(arg);
		return label == null ? "\u0000" : PerfCellText.key(label);
	}

	private static String append(String before, String text) {
		return before == null || before.isEmpty() ? text : before + "\n" + text;
	}

	private void duty(String text, PerfCell cell) {
		Matcher heading = HEADING.matcher(text);
		if (heading.matches()) {
			duty = new Duty();
			duty.title = new Text(PerfTextCells.strip(heading.group(1)), cell);
			form.duties.add(duty);
			lastField = null;
			return;
		}
		if (duty == null) {
			Text intro = form.fields.get("intro");
			form.fields.put("intro", new Text(append(intro == null ? null : intro.text(), text), intro == null ? cell : intro.cell()));
			return;
		}
		for (Map.Entry<String, PerfTemplate> prefix : prefixes.entrySet()) {
			Map<String, String> values = prefix.getValue().match(text);
			if (values != null && get(prefix.getKey()) == null) {
				set(prefix.getKey(), new Text(values.get("text"), cell));
				lastField = prefix.getKey();
				return;
			}
		}
		if (lastField != null) {
			Text before = get(lastField);
			set(lastField, new Text(append(before.text(), text), before.cell()));
		} else {
			unplaced(text, cell);
		}
	}

	private Text get(String field) {
		return switch (field) {
		case "responsibility" -> duty.responsibility;
		case "dutygoal" -> duty.dutyGoal;
		case "target" -> duty.target;
		case "indicators" -> duty.indicators;
		default -> duty.standard;
		};
	}

	private void set(String field, Text text) {
		switch (field) {
		case "responsibility" -> duty.responsibility = text;
		case "dutygoal" -> duty.dutyGoal = text;
		case "target" -> duty.target = text;
		case "indicators" -> duty.indicators = text;
		default -> duty.standard = text;
		}
	}

	private void unplaced(String text, PerfCell cell) {
		form.unplaced.add(new Text(text, cell));
		report.warning(cell, "未能归入职责目标的内容，已作为注释保留：“" + PerfFormReader.shorten(text) + "”");
	}
}
