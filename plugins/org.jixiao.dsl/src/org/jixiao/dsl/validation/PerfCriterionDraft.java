// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfSourceText;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.model.Direction;
import org.jixiao.model.Indicator;
import org.jixiao.model.NoValue;
import org.jixiao.model.NumericValue;
import org.jixiao.model.Qualitative;
import org.jixiao.model.Range;
import org.jixiao.model.Rank;
import org.jixiao.model.Value;
import org.jixiao.model.YesNo;

/**
 * A 评（扣）分标准 derived from an indicator's value: the rule the self-evaluation scoring applies to
 * it (full marks when met; otherwise proportional by direction, or the bands of a qualitative
 * target), in words the analyst can keep or edit. Nothing is derived from an empty value.
 */
public final class PerfCriterionDraft {

	private PerfCriterionDraft() {
	}

	/** The criterion for the indicator's value, or null when there is no value to derive it from. */
	public static String of(Indicator indicator) {
		Value value = indicator.getValue();
		if (value == null || value instanceof NoValue) {
			return null;
		}
		String written = PerfSourceText.display(PerfSourceText.text(value));
		if (value instanceof Qualitative q) {
			return "达成年度指标（“" + q.getText().strip() + "”）得分值的 80%–100%；部分达成并具有一定效果得 60%–80%；未达成且效果较差得 0–60%。";
		}
		if (value instanceof YesNo) {
			return "完成情况与指标值（" + written + "）相符得满分，不符不得分。";
		}
		if (value instanceof Rank) {
			return "名次达到指标值（" + written + "）得满分；未达到的，按 指标名次 ÷ 实际名次 × 分值 计分。";
		}
		if (value instanceof Range) {
			return "完成值在指标值区间（" + written + "）内得满分；低于下限的按 完成值 ÷ 下限 × 分值 计分，高于上限的按 上限 ÷ 完成值 × 分值 计分。";
		}
		if (!(value instanceof NumericValue)) {
			return null;
		}
		Direction direction = PerfIndicators.scoringDirection(indicator, value.getComparator(), PerfValues.unit(value));
		return switch (direction) {
		case NEGATIVE -> "完成值不超过指标值（" + written + "）得满分；超过的，按 指标值 ÷ 完成值 × 分值 计分。";
		case EQUAL -> "完成值等于指标值（" + written + "）得满分；有偏差的，按 (1 − |完成值 − 指标值| ÷ 指标值) × 分值 计分。";
		default -> "完成值达到指标值（" + written + "）得满分；未达到的，按 完成值 ÷ 指标值 × 分值 计分。";
		};
	}
}
