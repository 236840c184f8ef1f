// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

import org.jixiao.dsl.io.PerfVisibleText;
import org.jixiao.dsl.validation.PerfWorkbookLimits;
import org.jixiao.model.Form;
import org.jixiao.model.ProjectSelfEvaluation;

/**
 * File names from unit, year and form name that every file system accepts and that show as what
 * they are: control and bidirectional characters are dropped (a U+202E would show “…xslx.exe” as
 * “…exe.xlsx”), and the unit's name is cut so that the year and the form's name always fit. The
 * validation reports both where the unit is written.
 */
public final class PerfFileNames {

	private static final int MAX_CHARS = PerfWorkbookLimits.FILE_NAME_CHARACTERS;

	private PerfFileNames() {
	}

	/** The unit a file is named by; a project self-evaluation without one (the central form prints none) by its 实施单位. */
	public static String unit(Form form) {
		if (form.getUnit() != null) {
			return form.getUnit();
		}
		return form instanceof ProjectSelfEvaluation project ? project.getImplementer() : null;
	}

	public static String of(String unit, Integer year, String formName) {
		return of(unit, year, formName, ".xlsx");
	}

	/** The same name with another extension ({@code .docx} for the Word documents). */
	public static String of(String unit, Integer year, String formName, String extension) {
		StringBuilder base = new StringBuilder();
		if (unit != null && !unit.isBlank()) {
			base.append(cut(unit.strip(), PerfWorkbookLimits.FILE_NAME_UNIT_CHARACTERS)).append('-');
		}
		if (year != null) {
			base.append(year).append('-');
		}
		base.append(formName);
		return sanitize(base.toString()) + extension;
	}

	/** Replaces characters that Windows, macOS or Linux reject or treat specially, and trims the length. */
	public static String sanitize(String name) {
		StringBuilder out = new StringBuilder();
		name.codePoints().forEach(cp -> {
			if (PerfVisibleText.isInvisible(cp) && !PerfVisibleText.isControl(cp)) {
				// formatting characters (bidirectional controls, zero-width marks): dropped, nothing to see
				return;
			}
			if (PerfVisibleText.isControl(cp) || "\\/:*?\"<>|".indexOf(cp) >= 0) {
				out.append('_');
			} else if (Character.isWhitespace(cp)) {
				out.append('_');
			} else {
				out.appendCodePoint(cp);
			}
		});
		String result = out.toString().replaceAll("^[. _]+|[. _]+$", "");
		result = cut(result, MAX_CHARS);
		return result.isEmpty() ? "表格" : result;
	}

	private static String cut(String text, int chars) {
		return text.codePointCount(0, text.length()) <= chars ? text : text.substring(0, text.offsetByCodePoints(0, chars));
	}
}
