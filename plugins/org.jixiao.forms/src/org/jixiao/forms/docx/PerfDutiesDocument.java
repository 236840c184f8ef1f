// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.forms.generator.PerfDutyText;
import org.jixiao.forms.generator.PerfFormFields;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.forms.layout.PerfLayoutBlock;
import org.jixiao.model.Comparator;
import org.jixiao.model.Duty;
import org.jixiao.model.DutyStatement;
import org.jixiao.model.GradingBand;
import org.jixiao.model.MeasureSection;

/**
 * The narrative duty targets (seed 004 part 1) as the Word document they are published as: the
 * title, 一、总体绩效目标, 二、分项绩效目标 with one numbered heading per duty (（一）、党建基层组织工作)
 * and its 主要职责, 职责目标, 绩效目标, 绩效指标 and 绩效标准 paragraphs, the grading bands under the
 * standard as a small table, and 三、工作保障措施. Headings and paragraph prefixes come from the
 * layout's blocks, as for the workbook.
 */
final class PerfDutiesDocument {

	private final DutyStatement form;
	private final PerfLayout layout;
	private final PerfFormFields fields;
	private final PerfWordWriter writer;

	PerfDutiesDocument(DutyStatement form, PerfLayout layout) {
		this.form = form;
		this.layout = layout;
		this.fields = new PerfFormFields(form, layout);
		this.writer = new PerfWordWriter(layout.landscape());
	}

	void write(OutputStream out) throws IOException {
		for (PerfLayoutBlock block : layout.blocks()) {
			switch (block.kind()) {
			case "title" -> writer.title(fields.fill(block.arg("text", "{title}")));
			case "note" -> note(block);
			case "text" -> text(block);
			case "duties" -> duties(block);
			case "blank" -> writer.blank();
			default -> throw new IllegalStateException(layout.source() + ":" + block.line() + ": block " + block.kind());
			}
		}
		writer.write(fields.get("title"), out);
	}

	private void note(PerfLayoutBlock block) {
		if (block.args().containsKey("center")) {
			writer.centred(fields.fill(block.arg("center", "")));
		}
		if (block.args().containsKey("left")) {
			writer.paragraph(fields.fill(block.arg("left", "")));
		}
		if (block.args().containsKey("right")) {
			writer.right(fields.fill(block.arg("right", "")));
		}
	}

	private void text(PerfLayoutBlock block) {
		String value = fields.fill(block.arg("value", ""));
		if (value.isBlank() && block.flag("optional")) {
			return;
		}
		writer.labelled(fields.fill(block.arg("label", "")), value);
	}

	private void duties(PerfLayoutBlock block) {
		writer.heading1(block.arg("overall", "一、总体绩效目标"));
		writer.paragraph(form.getOverall());
		writer.heading1(block.arg("duties", "二、分项绩效目标"));
		writer.paragraph(form.getIntro());
		for (int i = 0; i < form.getDuties().size(); i++) {
			Duty duty = form.getDuties().get(i);
			writer.heading2(PerfDutyText.heading(i, duty));
			for (PerfDutyText.Labelled paragraph : PerfDutyText.paragraphs(block, duty)) {
				writer.labelled(paragraph.label(), paragraph.text());
			}
			bands(block, duty.getBands());
		}
		if (!form.getMeasures().isEmpty()) {
			writer.heading1(block.arg("measures", "三、工作保障措施"));
			for (MeasureSection measure : form.getMeasures()) {
				writer.heading2(nz(measure.getHeading()));
				writer.paragraph(measure.getText());
			}
		}
	}

	/** The grading bands as a two-row table: 等级 优 良 中 差, 达到标准 ≥90% ≥80% … */
	private void bands(PerfLayoutBlock block, List<GradingBand> bands) {
		if (bands.isEmpty()) {
			return;
		}
		int[] shares = new int[bands.size() + 1];
		shares[0] = 2;
		for (int i = 1; i < shares.length; i++) {
			shares[i] = 1;
		}
		List<String> grades = new ArrayList<>();
		List<String> thresholds = new ArrayList<>();
		grades.add(block.arg("bands", "等级"));
		thresholds.add(block.arg("threshold", "达到标准"));
		for (GradingBand band : bands) {
			grades.add(band.getGrade() == null ? "" : band.getGrade().getLiteral());
			thresholds.add(comparator(band.getComparator()) + (band.getThreshold() == null ? "" : band.getThreshold().toPlainString() + "%"));
		}
		int[] centred = new int[shares.length];
		for (int i = 0; i < centred.length; i++) {
			centred[i] = i;
		}
		writer.keepWithNext();
		writer.table(1, shares).row(grades).row(thresholds).centred(centred).end();
	}

	private static String comparator(Comparator comparator) {
		return comparator == null || comparator == Comparator.NONE ? "" : comparator.getLiteral();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
