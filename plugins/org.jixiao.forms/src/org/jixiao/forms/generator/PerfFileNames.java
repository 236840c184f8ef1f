// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

/** File names from unit, year and form name that every file system accepts. */
public final class PerfFileNames {

	/** Well under the 255-byte limit of common file systems (Chinese takes 3 bytes in UTF-8). */
	private static final int MAX_CHARS = 70;

	private PerfFileNames() {
	}

	public static String of(String unit, Integer year, String formName) {
		StringBuilder base = new StringBuilder();
		if (unit != null && !unit.isBlank()) {
			base.append(unit.strip()).append('-');
		}
		if (year != null) {
			base.append(year).append('-');
		}
		base.append(formName);
		return sanitize(base.toString()) + ".xlsx";
	}

	/** Replaces characters that Windows, macOS or Linux reject or treat specially, and trims the length. */
	public static String sanitize(String name) {
		StringBuilder out = new StringBuilder();
		name.codePoints().forEach(cp -> {
			if (cp < 0x20 || "\\/:*?\"<>|".indexOf(cp) >= 0 || cp == 0x7F) {
				out.append('_');
			} else if (Character.isWhitespace(cp)) {
				out.append('_');
			} else {
				out.appendCodePoint(cp);
			}
		});
		String result = out.toString().replaceAll("^[. _]+|[. _]+$", "");
		if (result.codePointCount(0, result.length()) > MAX_CHARS) {
			result = result.substring(0, result.offsetByCodePoints(0, MAX_CHARS));
		}
		return result.isEmpty() ? "表格" : result;
	}
}
