// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.jixiao.dsl.lights.PerfExplainedLight;
import org.jixiao.dsl.lights.PerfLight;

/**
 * The few cell styles of every generated form, created once per workbook (a style per cell would
 * bloat the file and slow writing): 宋体 for titles, headers and labels, 仿宋 for filled-in content. The
 * review workbook (review.PerfReviewWorkbook) uses the same styles.
 */
public final class PerfStyles {

	public enum Kind {
		/** Form title: 宋体 18 bold, centred, no border. */
		TITLE,
		/** Lines outside the grid such as 单位：万元. */
		NOTE_LEFT, NOTE_RIGHT, NOTE_CENTER,
		/** Section headings of narrative forms: 宋体 12 bold, left, no border. */
		HEADING,
		/** Column headers: 宋体 11 bold, centred, bordered. */
		HEADER,
		/** Row labels and category cells: 宋体 11, centred, bordered. */
		LABEL,
		/** Filled-in text: 仿宋 11, left, bordered, wrapped. */
		TEXT,
		/** A review box awaiting signature: （盖章） and the date at its bottom right. */
		SEAL,
		/** Filled-in short values: 仿宋 11, centred. */
		CENTER,
		/** Amounts in 万元 with two decimals. */
		AMOUNT,
		/** Shares with two decimals: 0.00%. */
		PERCENT,
		/** Whole percentages such as 资金支出计划 25%. */
		PERCENT_WHOLE,
		/** Scores and weights as numbers, shown as entered. */
		NUMBER,
		/** A monitoring light (预警灯): its word, centred on its colour. */
		LIGHT_RED, LIGHT_YELLOW, LIGHT_GREEN, LIGHT_BLUE
	}

	/** 红 / 黄 / 绿 / 蓝 for a light, or null where there is none. */
	static String lightWord(PerfExplainedLight light) {
		return light == null || light.light() == PerfLight.NONE ? null : light.light().word();
	}

	/** The coloured cell of a light's word; a cell without a light is an ordinary centred one. */
	static Kind lightKind(Object word) {
		PerfLight light = word == null ? null : PerfLight.of(word.toString());
		if (light == null) {
			return Kind.CENTER;
		}
		return switch (light) {
		case RED -> Kind.LIGHT_RED;
		case YELLOW -> Kind.LIGHT_YELLOW;
		case GREEN -> Kind.LIGHT_GREEN;
		case BLUE -> Kind.LIGHT_BLUE;
		default -> Kind.CENTER;
		};
	}

	static final String SONG = "宋体";
	static final String FANGSONG = "仿宋";

	private final Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);

	public PerfStyles(Workbook workbook) {
		Font title = font(workbook, SONG, points(Kind.TITLE), true);
		Font bold = font(workbook, SONG, 11, true);
		Font song = font(workbook, SONG, 11, false);
		Font fang = font(workbook, FANGSONG, 11, false);
		short amount = workbook.createDataFormat().getFormat("0.00");
		short percent = workbook.createDataFormat().getFormat("0.00%");
		short whole = workbook.createDataFormat().getFormat("0%");
		short general = workbook.createDataFormat().getFormat("General");
		styles.put(Kind.TITLE, style(workbook, title, HorizontalAlignment.CENTER, false, (short) -1));
		styles.put(Kind.NOTE_LEFT, style(workbook, song, HorizontalAlignment.LEFT, false, (short) -1));
		styles.put(Kind.NOTE_RIGHT, style(workbook, song, HorizontalAlignment.RIGHT, false, (short) -1));
		styles.put(Kind.NOTE_CENTER, style(workbook, song, HorizontalAlignment.CENTER, false, (short) -1));
		styles.put(Kind.HEADING, style(workbook, font(workbook, SONG, points(Kind.HEADING), true), HorizontalAlignment.LEFT, false, (short) -1));
		styles.put(Kind.HEADER, style(workbook, bold, HorizontalAlignment.CENTER, true, (short) -1));
		styles.put(Kind.LABEL, style(workbook, song, HorizontalAlignment.CENTER, true, (short) -1));
		styles.put(Kind.TEXT, style(workbook, fang, HorizontalAlignment.LEFT, true, (short) -1));
		CellStyle seal = style(workbook, fang, HorizontalAlignment.RIGHT, true, (short) -1);
		seal.setVerticalAlignment(VerticalAlignment.BOTTOM);
		styles.put(Kind.SEAL, seal);
		styles.put(Kind.CENTER, style(workbook, fang, HorizontalAlignment.CENTER, true, (short) -1));
		styles.put(Kind.AMOUNT, style(workbook, fang, HorizontalAlignment.RIGHT, true, amount));
		styles.put(Kind.PERCENT, style(workbook, fang, HorizontalAlignment.RIGHT, true, percent));
		styles.put(Kind.PERCENT_WHOLE, style(workbook, fang, HorizontalAlignment.CENTER, true, whole));
		styles.put(Kind.NUMBER, style(workbook, fang, HorizontalAlignment.CENTER, true, general));
		styles.put(Kind.LIGHT_RED, filled(workbook, bold, IndexedColors.RED));
		styles.put(Kind.LIGHT_YELLOW, filled(workbook, bold, IndexedColors.YELLOW));
		styles.put(Kind.LIGHT_GREEN, filled(workbook, bold, IndexedColors.BRIGHT_GREEN));
		styles.put(Kind.LIGHT_BLUE, filled(workbook, bold, IndexedColors.PALE_BLUE));
	}

	public CellStyle get(Kind kind) {
		return styles.get(kind);
	}

	/** The font size of a kind of cell, in points: row heights and wrapping depend on it. */
	static int points(Kind kind) {
		return switch (kind) {
		case TITLE -> 18;
		case HEADING -> 12;
		default -> 11;
		};
	}

	private static CellStyle filled(Workbook workbook, Font font, IndexedColors colour) {
		CellStyle style = style(workbook, font, HorizontalAlignment.CENTER, true, (short) -1);
		style.setFillForegroundColor(colour.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	private static Font font(Workbook workbook, String name, int points, boolean bold) {
		Font font = workbook.createFont();
		font.setFontName(name);
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		return font;
	}

	private static CellStyle style(Workbook workbook, Font font, HorizontalAlignment align, boolean bordered,
			short format) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setAlignment(align);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(true);
		if (bordered) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		if (format >= 0) {
			style.setDataFormat(format);
		}
		return style;
	}
}
