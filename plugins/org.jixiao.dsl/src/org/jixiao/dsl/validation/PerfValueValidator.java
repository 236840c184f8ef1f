// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import org.jixiao.dsl.model.PerfValues;
import org.jixiao.dsl.model.PerfNumbers;
import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfSourceText;
import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.jixiao.dsl.conversion.PerfNumberConverter;
import org.jixiao.model.Comparator;
import org.jixiao.model.Direction;
import org.jixiao.model.Indicator;
import org.jixiao.model.Money;
import org.jixiao.model.NumericValue;
import org.jixiao.model.Percentage;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.Qualitative;
import org.jixiao.model.Quantity;
import org.jixiao.model.Value;
import org.jixiao.model.ValueKind;
import org.jixiao.model.YesNo;
import org.jixiao.model.CategoryRole;

/** The form of indicator values: spelling, units, comparators, percentages. */
public class PerfValueValidator extends PerfCheck {

	/**
	 * Non-canonical comparators (≧ ≦ ＞ ＜ ＝, and the spelling the profile does not prefer), full-width
	 * digits and ％, wherever they are written. The text is scanned for the few characters concerned;
	 * only there is the token looked up.
	 */
	@Check
	public void spelling(PerfDocument document) {
		ICompositeNode root = NodeModelUtils.getNode(document);
		if (root == null) {
			return;
		}
		PerfComparatorSpelling preferred = profile.comparatorSpelling();
		// ≤ ≥ (U+2264, U+2265) are looked at only when ASCII is preferred, >= <= only when ≥ ≤ are
		char first = preferred == PerfComparatorSpelling.ASCII ? '\u2264' : '\u2266';
		boolean asciiSuspicious = preferred == PerfComparatorSpelling.UNICODE;
		String all = root.getRootNode().getText();
		int next = 0;
		for (int i = 0; i < all.length(); i++) {
			char c = all.charAt(i);
			// Only what this rule reports: ≦ ≧, ＜ ＝ ＞, ％, full-width digits, and the spelling not preferred.
			// Chinese text is full of other full-width marks (，：（）), which must not each cost a node lookup.
			// Most characters are below ≦ (ASCII) or between it and the full-width forms (Chinese): one or two comparisons.
			boolean suspicious;
			if (c == '=') {
				suspicious = asciiSuspicious && i > 0 && (all.charAt(i - 1) == '>' || all.charAt(i - 1) == '<');
			} else if (c < first) {
				continue;
			} else if (c <= '\u2267') {
				suspicious = true;
			} else if (c < '\uFF05') {
				continue;
			} else {
				suspicious = c == '\uFF05' || c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF1C' && c <= '\uFF1E';
			}
			if (!suspicious || i < next) {
				continue;
			}
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, c == '=' ? i - 1 : i);
			if (leaf == null) {
				continue;
			}
			next = leaf.getTotalEndOffset();
			if (leaf.isHidden()) {
				continue;
			}
			String text = leaf.getText();
			String canonical = preferred.replacement(text);
			if (canonical != null) {
				String why = PerfComparatorSpelling.isOdd(text) ? "不是规范写法"
						: "不是校验配置选用的写法（" + PerfComparatorSpelling.KEY + " = " + preferred.setting() + "）";
				report(COMPARATOR_SPELLING, "比较符“" + text + "”" + why + "：应写作“" + canonical + "”。", semantic(leaf, document), leaf,
						canonical);
			} else if ("％".equals(text)) {
				report(FULL_WIDTH, "全角百分号“％”：应写作半角“%”。", semantic(leaf, document), leaf, "%");
			} else if (leaf.getGrammarElement() instanceof RuleCall call && "NUMBER".equals(call.getRule().getName())
					&& PerfNumberConverter.hasFullWidthDigits(text)) {
				String ascii = PerfNumberConverter.toAsciiDigits(text);
				report(FULL_WIDTH, "全角数字“" + text + "”：应写作半角数字“" + ascii + "”。", semantic(leaf, document), leaf, ascii);
			}
		}
	}

	private static EObject semantic(INode leaf, EObject fallback) {
		EObject object = NodeModelUtils.findActualSemanticObjectFor(leaf);
		return object == null ? fallback : object;
	}

	@Check
	public void valueForm(Indicator indicator) {
		adjustedTarget(indicator);
		Value value = indicator.getValue();
		if (value == null || PerfIndicators.level2(indicator) == null) {
			return;
		}
		String name = PerfIndicators.name(indicator);
		if (value instanceof Qualitative && !PerfIndicators.isCost(indicator)
				&& (PerfIndicators.hasRole(indicator, CategoryRole.QUANTITY)
						|| PerfIndicators.hasRole(indicator, CategoryRole.TIMELINESS) && PerfIndicators.isRate(indicator))) {
			reportOn(QUALITATIVE_VALUE, "“" + name + "”属于" + PerfIndicators.categoryTitle(indicator) + "，应为定量指标，指标值“" + written(value)
					+ "”却是定性描述：应写比较符、数值和单位，如 ≥ 12 次、≥ 95%。", value);
		}
		if (value instanceof YesNo && !PerfIndicators.isCost(indicator)) {
			reportOn(YES_NO_TARGET, "“" + name + "”的指标值为“" + written(value) + "”：是/否只说明做没做，不能衡量完成程度；应写可衡量的目标值（如 = 100%、≥ 12 次）或定性描述。",
					value);
		}
		if (!(value instanceof NumericValue numeric) || numeric.getAmount() == null) {
			return;
		}
		BigDecimal amount = numeric.getAmount();
		boolean fraction = value instanceof Quantity q && q.getUnit() == null && amount.signum() > 0
				&& amount.compareTo(BigDecimal.ONE) <= 0 && (PerfIndicators.isSatisfaction(indicator) || PerfIndicators.isRate(indicator));
		if (fraction) {
			String percent = PerfNumbers.plain(amount.multiply(PerfNumbers.HUNDRED)) + "%";
			String replacement = prefix(value) + percent;
			reportOn(FRACTION_PERCENTAGE, "“" + name + "”的指标值“" + written(value) + "”是小数：比率应写百分比“" + replacement + "”。", value, replacement);
			return;
		}
		if (value instanceof Quantity q && q.getUnit() == null) {
			reportOn(MISSING_UNIT, "“" + name + "”的指标值“" + written(value) + "”没有单位：应写明单位（如 次、人、项、万元、%）。", value);
		}
		if (!PerfValues.hasComparator(value) && !(value instanceof Percentage && amount.compareTo(PerfNumbers.HUNDRED) == 0)) {
			Direction direction = PerfIndicators.intendedDirection(indicator, PerfValues.unit(value));
			PerfComparatorSpelling spelling = profile.comparatorSpelling();
			String first = spelling.write(direction == Direction.NEGATIVE ? Comparator.LE : Comparator.GE, (String) null);
			String second = spelling.write(direction == Direction.NEGATIVE ? Comparator.GE : Comparator.LE, (String) null);
			String text = written(value);
			reportOn(MISSING_COMPARATOR, "“" + name + "”的指标值“" + text + "”没有比较符：应写明 ≥（不低于）、≤（不高于）或 =（等于），如“" + first + " "
					+ text + "”。", value, first + " " + text, "= " + text, second + " " + text);
		}
		if (PerfIndicators.isRate(indicator) && (value instanceof Money || value instanceof Quantity q2 && q2.getUnit() != null)) {
			String replacement = prefix(value) + PerfNumbers.plain(amount) + "%";
			reportOn(RATE_UNIT, "“" + name + "”是比率，指标值却是“" + written(value) + "”（单位" + PerfValues.unit(value) + "）：比率应以 % 为单位，如“"
					+ replacement + "”。", value, replacement);
		}
		if (value instanceof Percentage) {
			percentage(indicator, (Percentage) value);
		}
	}

	/**
	 * 调整后目标值: the target changed during the year, so it is of the target's kind and unit, and differs
	 * from it. Called from {@link #valueForm}: one check method per indicator is what Xtext calls reflectively.
	 */
	public void adjustedTarget(Indicator indicator) {
		Value adjusted = indicator.getAdjusted();
		Value value = indicator.getValue();
		if (PerfValues.isEmpty(adjusted) || PerfValues.isEmpty(value)) {
			return;
		}
		String name = PerfIndicators.name(indicator);
		ValueKind kind = PerfValues.kind(value);
		ValueKind adjustedKind = PerfValues.kind(adjusted);
		if (kind != adjustedKind) {
			reportOn(ADJUSTED_KIND, "“" + name + "”的调整后目标值“" + written(adjusted) + "”是" + PerfValues.kindName(adjustedKind) + "，指标值“"
					+ written(value) + "”却是" + PerfValues.kindName(kind) + "：调整后目标值应与指标值同类。", adjusted);
		} else if (!java.util.Objects.equals(PerfValues.unit(value), PerfValues.unit(adjusted))) {
			reportOn(ADJUSTED_KIND, "“" + name + "”的调整后目标值“" + written(adjusted) + "”与指标值“" + written(value)
					+ "”的单位不同：调整后目标值应与指标值用同一单位。", adjusted);
		} else if (PerfValues.key(adjusted).equals(PerfValues.key(value))) {
			// the fix removes " adjusted <值>": from the end of the target to the end of the adjusted value
			INode target = PerfSourceText.node(value);
			INode node = PerfSourceText.node(adjusted);
			String[] data = target == null || node == null ? new String[0]
					: new String[] { String.valueOf(target.getEndOffset()), String.valueOf(node.getEndOffset() - target.getEndOffset()) };
			reportOn(ADJUSTED_UNCHANGED, "“" + name + "”的调整后目标值“" + written(adjusted) + "”与指标值相同：目标未调整时不写 adjusted。", adjusted, data);
		}
	}

	private void percentage(Indicator indicator, Percentage value) {
		String name = PerfIndicators.name(indicator);
		BigDecimal amount = value.getAmount();
		Comparator comparator = value.getComparator();
		int vs100 = amount.compareTo(PerfNumbers.HUNDRED);
		boolean growth = name.contains("增长") || name.contains("增幅") || name.contains("提高率") || name.contains("提升率");
		if (comparator == Comparator.GE && vs100 == 0 || comparator == Comparator.GT && vs100 >= 0 && !growth) {
			reportOn(UNACHIEVABLE_100, "“" + name + "”的目标“" + written(value) + "”无法达到或无法超额完成：比例最高为 100%，应写“= 100%”。", value, "= 100%");
		} else if (vs100 > 0 && !growth && comparator != Comparator.LE && comparator != Comparator.LT) {
			reportOn(PERCENT_OVER_100, "“" + name + "”的目标“" + written(value) + "”超过 100%：完成率、合格率、满意度等比例不能超过 100%。", value);
		}
		BigDecimal floor = profile.satisfactionFloor();
		if (PerfIndicators.isSatisfaction(indicator) && comparator != Comparator.LE && comparator != Comparator.LT
				&& amount.compareTo(floor) < 0) {
			String target = profile.comparatorSpelling().write(Comparator.GE, value) + " " + PerfNumbers.plain(floor) + "%";
			reportOn(SATISFACTION_FLOOR, "满意度目标“" + written(value) + "”低于本地区的最低要求 " + PerfNumbers.plain(floor) + "%：应写“" + target
					+ "”或更高。", value, target);
		}
	}

	/** The value as written, on one line (computed only for an issue). */
	private static String written(Value value) {
		return PerfSourceText.display(PerfSourceText.text(value));
	}

	/** The comparator in the author's (or the preferred) spelling plus a space, or nothing. */
	private String prefix(Value value) {
		return PerfValues.hasComparator(value) ? profile.comparatorSpelling().write(value.getComparator(), value) + " " : "";
	}
}
