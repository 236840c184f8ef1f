// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.regex.Pattern;

/**
 * What a cell of another province's indicator grid may be, judged by its text alone: a comparator,
 * a number, a category name, a unit … and so how well it fits a column's field. Merged cells are
 * printed once and exports drop empty cells, so a row is placed by what its cells hold where
 * positions do not tell.
 */
final class PerfCellFit {

	static final String COMPARATOR = "大于等于|小于等于|不低于|不少于|不高于|不超过|不多于|大于|小于|等于|>=|<=|‹=|›=|≥|≤|≧|≦|＞|＜|>|<|＝|═|=";
	static final Pattern LEADING_COMPARATOR = Pattern.compile("^(" + COMPARATOR + ")\\s*(.*)$", Pattern.DOTALL);
	static final Pattern COMPARATOR_ONLY = Pattern.compile("^(" + COMPARATOR + "|是/否|是|否|±)$");
	static final Pattern DIRECTION = Pattern.compile("^(正向|反向|中性|逆向)(指标)?$");
	static final Pattern NUMBER = Pattern.compile("^[0-9]{1,3}(?:,[0-9]{3})*(?:\\.[0-9]+)?$|^[0-9]+(?:\\.[0-9]+)?$");
	static final Pattern DASHES = Pattern.compile("^[—\\-－/／\\\\]+$");
	/** A value, not a name: 90%, 300人次, 2km, ≥95%. */
	static final Pattern QUANTITY = Pattern.compile("^(?:" + COMPARATOR + ")?[0-9][0-9.,]*\\s*(?:%|％|[\\p{IsHan}a-zA-Z/]{0,4})$");
	/** An Excel date serial as text (44,561 is 2021-12-31). */
	static final Pattern SERIAL = Pattern.compile("^([1-5][0-9]),?([0-9]{3})$");
	private static final Pattern CATEGORY_SUFFIX = Pattern.compile("\\s*[（(][^（()）]*(?:分|必填|选填|指标)[^（()）]*[)）]\\s*$|\\s*[（(]?[0-9.\\-～~]+[)）]?分$");
	private static final Pattern LEVEL1_WORDS = Pattern.compile("^(预期|项目|实施)?(产出|效益|满意度|成本|效果|完成)指标$");

	/** A column of the mid-term block, repeated in the annual block: placed like its field, not read. */
	static final String SHADOW = "shadow:";

	private final PerfCategories categories;

	PerfCellFit(PerfCategories categories) {
		this.categories = categories;
	}

	/** Columns placed by position only and never read as an indicator's cell. */
	static boolean positionOnly(String field) {
		return "context".equals(field) || PerfColumnVocabulary.IGNORE.equals(field);
	}

	/** How well a text fits a field: above 0 it may stand there. */
	double fit(String text, String field) {
		if (field == null) {
			return -1;
		}
		if (field.startsWith(SHADOW)) {
			String own = field.substring(SHADOW.length());
			// a category word after the mid-term 二级 is the annual block's: the mid-term block is empty
			return own.equals("name") && isCategory(text) ? -1 : fit(text, own);
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
		case "weight", "score", "coefficient" -> number || dashes ? 2 : -1;
		case "core" -> key.equals("是") || key.equals("否") ? 3 : -1;
		case "deviation", "basis", "explanation", "criterion", "note" -> comparator || isCategory(text) ? -1 : number ? 0.2 : 1;
		default -> -1; // context and ignored columns: by position only
		};
	}

	/** A category cell's label without blanks and score or fill-in suffixes (产 出 指 标 (50分) is 产出指标). */
	static String category(String text) {
		String label = PerfCellText.key(text);
		String before;
		do {
			before = label;
			label = CATEGORY_SUFFIX.matcher(label).replaceAll("");
		} while (!label.equals(before));
		return label;
	}

	boolean isLevel1(String text) {
		String label = category(text);
		return !label.isEmpty() && (categories.isLevel1(label) || LEVEL1_WORDS.matcher(label).matches() && !categories.isLevel2(label));
	}

	boolean isLevel2(String text) {
		String label = category(text);
		return categories.isLevel2(label) || !categories.isLevel1(label) && label.length() <= 16 && label.length() >= 4
				&& (label.endsWith("指标") || label.endsWith("效益目标")) && !LEVEL1_WORDS.matcher(label).matches();
	}

	boolean isCategory(String text) {
		return isLevel1(text) || isLevel2(text);
	}
}
