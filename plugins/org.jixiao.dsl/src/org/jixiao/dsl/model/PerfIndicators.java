// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.model;

import org.eclipse.emf.ecore.EObject;
import org.jixiao.model.Category;
import org.jixiao.model.CategoryRole;
import org.jixiao.model.Comparator;
import org.jixiao.model.Direction;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;

/**
 * What an indicator is, from its category's roles (so that any region's framework works) and,
 * where the framework cannot tell, from the words of its name.
 */
public final class PerfIndicators {

	// Reductions are measured as positive figures: 事故下降率 ≥ 50% means "at least halve them".
	private static final String[] REDUCTION = { "下降率", "减少率", "降低率", "压减率", "下降幅度", "减少幅度" };
	private static final String[] NEGATIVE = { "响应时间", "处理时间", "办结时间", "办理时间", "修复时间", "等待时间", "时长", "用时",
			"耗时", "响应时限", "办理时限", "事故", "投诉率", "投诉量", "投诉件", "发生率", "差错率", "出错率", "失误率", "错误率", "故障率",
			"超支率", "返工率", "误差率", "退回率", "逾期率", "违规", "不超过", "控制在", "上限", "预算数" };
	private static final String[] POSITIVE = { "完成率", "及时率", "合格率", "达标率", "覆盖率", "满意", "知晓率", "到位率", "准确率",
			"正确率", "执行率", "参与率", "受理率", "回复率", "办结率", "保障率", "运行率", "验收率", "使用率", "实施率", "规范率", "评价率" };
	private static final String[] TIME_UNITS = { "小时", "分钟", "天", "日", "工作日", "个工作日", "周", "月" };

	private PerfIndicators() {
	}

	public static Level2Category level2(Indicator indicator) {
		Level2Category category = indicator.getCategory();
		return category == null || category.eIsProxy() ? null : category;
	}

	public static Level1Category level1(Indicator indicator) {
		Level2Category category = level2(indicator);
		EObject container = category == null ? null : category.eContainer();
		return container instanceof Level1Category l1 ? l1 : null;
	}

	/** The role of the 二级, or of its 一级 when the 二级 has none. */
	public static boolean hasRole(Indicator indicator, CategoryRole role) {
		Level2Category l2 = level2(indicator);
		Level1Category l1 = level1(indicator);
		return l2 != null && l2.getRole() == role || l1 != null && l1.getRole() == role;
	}

	public static boolean isCost(Indicator indicator) {
		return hasRole(indicator, CategoryRole.COST);
	}

	public static boolean isSatisfaction(Indicator indicator) {
		String name = name(indicator);
		return hasRole(indicator, CategoryRole.SATISFACTION) || name.contains("满意度") || name.contains("满意率");
	}

	/** A ratio by name (合格率, 准确率); 效率 and 频率 are not percentages. */
	public static boolean isRate(Indicator indicator) {
		String name = name(indicator);
		for (int i = name.indexOf('率'); i >= 0; i = name.indexOf('率', i + 1)) {
			char before = i > 0 ? name.charAt(i - 1) : ' ';
			if (before != '效' && before != '频') {
				return true;
			}
		}
		return false;
	}

	public static String name(Indicator indicator) {
		return indicator.getName() == null ? "" : indicator.getName();
	}

	/** The 一级.二级 label of the category as the form prints it (二级 title). */
	public static String categoryTitle(Indicator indicator) {
		Level2Category l2 = level2(indicator);
		return l2 == null ? "" : title(l2);
	}

	public static String title(Category category) {
		return category.getTitle() != null ? category.getTitle() : category.getName();
	}

	/**
	 * 正向 / 反向 / 等于 as the analyst wrote it, else as the category and the name imply, else
	 * UNSPECIFIED. The comparator is not consulted: it is what the rules check.
	 */
	public static Direction intendedDirection(Indicator indicator, String unit) {
		if (indicator.getDirection() != null && indicator.getDirection() != Direction.UNSPECIFIED) {
			return indicator.getDirection();
		}
		String name = name(indicator);
		if (containsAny(name, REDUCTION)) {
			return Direction.POSITIVE;
		}
		if (isCost(indicator) || containsAny(name, NEGATIVE) || name.contains("时间") && isTimeUnit(unit)) {
			return Direction.NEGATIVE;
		}
		if (isSatisfaction(indicator) || containsAny(name, POSITIVE)) {
			return Direction.POSITIVE;
		}
		return Direction.UNSPECIFIED;
	}

	/** The direction scoring uses: written, else the target's comparator, else implied, else 正向. */
	public static Direction scoringDirection(Indicator indicator, Comparator comparator, String unit) {
		if (indicator.getDirection() != null && indicator.getDirection() != Direction.UNSPECIFIED) {
			return indicator.getDirection();
		}
		Direction stated = PerfValues.directionOf(comparator);
		if (stated != Direction.UNSPECIFIED) {
			return stated;
		}
		Direction implied = intendedDirection(indicator, unit);
		return implied == Direction.UNSPECIFIED ? Direction.POSITIVE : implied;
	}

	private static boolean isTimeUnit(String unit) {
		if (unit == null) {
			return false;
		}
		for (String time : TIME_UNITS) {
			if (unit.equals(time)) {
				return true;
			}
		}
		return false;
	}

	private static boolean containsAny(String text, String[] words) {
		for (String word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}
}
