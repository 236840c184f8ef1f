// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

/**
 * A user's correction of the column mapping: read column {@code index} of the grid whose header is
 * at ({@code sheet}, {@code headerLine}) as {@code field} ({@link PerfColumnVocabulary#IGNORE} to
 * leave the column unread). A null sheet applies to text and to every sheet, a headerLine of 0 to
 * every header: {@code jixiao import --column D=指标值} corrects column D of every grid.
 *
 * @param sheet      the sheet's name, or null for text or any sheet
 * @param headerLine the 1-based line or row of the header's first row (as in {@link PerfColumnMapping}), or 0 for any
 * @param index      the column, 0-based (A is 0)
 * @param field      a field of {@link PerfColumnVocabulary#fields()}
 */
public record PerfColumnChoice(String sheet, int headerLine, int index, String field) {

	/** Whether the choice is for the grid whose header is at this place. */
	boolean appliesTo(String gridSheet, int gridHeaderLine) {
		return (sheet == null || sheet.equals(gridSheet)) && (headerLine <= 0 || headerLine == gridHeaderLine);
	}
}
