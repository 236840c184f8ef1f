// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import java.math.BigDecimal;

/**
 * What a workbook and a file system can hold, shared by the checks that report a text over a
 * limit (at its line and column) and the generator that relies on them.
 */
public final class PerfWorkbookLimits {

	/** The largest number an Excel cell holds; a larger one would be written as infinity, which Excel repairs away. */
	public static final BigDecimal LARGEST_NUMBER = new BigDecimal("9.99999999999999E307");

	/** Characters an Excel cell holds. */
	public static final int CELL_CHARACTERS = 32_767;

	/** Characters of a sheet name in Excel. */
	public static final int SHEET_NAME_CHARACTERS = 31;

	/** Characters of a project name used in a sheet name: 3 are kept for a number that tells equal names apart. */
	public static final int SHEET_NAME_BASE_CHARACTERS = SHEET_NAME_CHARACTERS - 3;

	/** Characters of a workbook's file name: well under 255 bytes (a Chinese character takes 3 in UTF-8). */
	public static final int FILE_NAME_CHARACTERS = 70;

	/** Characters of the unit's name in a file name, so that the year and the form's name always fit. */
	public static final int FILE_NAME_UNIT_CHARACTERS = 40;

	private PerfWorkbookLimits() {
	}
}
