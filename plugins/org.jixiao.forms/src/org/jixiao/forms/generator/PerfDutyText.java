// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.forms.layout.PerfLayoutBlock;
import org.jixiao.model.Duty;

/**
 * What the narrative duty targets (seed 004 part 1) print for one duty, in order, with the labels
 * the layout's {@code duties} block gives: the same text in the workbook and in the Word document.
 */
public final class PerfDutyText {

	/** A paragraph that starts with its printed label, as the narrative form writes it (绩效目标：…). */
	public record Labelled(String label, String text) {
	}

	private static final String[] CHINESE_NUMBERS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
			"十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十" };

	private PerfDutyText() {
	}

	/** The duty's numbered heading: （一）、党建基层组织工作. */
	public static String heading(int index, Duty duty) {
		String number = index < CHINESE_NUMBERS.length ? CHINESE_NUMBERS[index] : Integer.toString(index + 1);
		return "（" + number + "）、" + (duty.getTitle() == null ? "" : duty.getTitle());
	}

	/** The duty's paragraphs that have text: 主要职责, 职责目标, 绩效目标, 绩效指标 (numbered), 绩效标准. */
	public static List<Labelled> paragraphs(PerfLayoutBlock block, Duty duty) {
		StringBuilder items = new StringBuilder();
		for (int k = 0; k < duty.getIndicators().size(); k++) {
			items.append(k + 1).append('、').append(duty.getIndicators().get(k)).append('。');
		}
		List<Labelled> paragraphs = new ArrayList<>();
		add(paragraphs, block.arg("responsibility", "主要职责是"), duty.getResponsibility());
		add(paragraphs, block.arg("dutygoal", "职责目标："), duty.getDutyGoal());
		add(paragraphs, block.arg("target", "绩效目标："), duty.getTarget());
		add(paragraphs, block.arg("indicators", "绩效指标："), items.toString());
		add(paragraphs, block.arg("standard", "绩效标准："), duty.getStandard());
		return paragraphs;
	}

	private static void add(List<Labelled> paragraphs, String label, String text) {
		if (text != null && !text.isEmpty()) {
			paragraphs.add(new Labelled(label, text));
		}
	}
}
