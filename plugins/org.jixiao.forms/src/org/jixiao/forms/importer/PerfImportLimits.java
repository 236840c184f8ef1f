// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.Locale;

/**
 * How much the import reads (docs/import.md, "大小上限"; docs/reliability.md, "限制"): bounds that
 * keep a hostile or broken file to a message in bounded time and memory. The zip limits are those
 * of POI's ZipSecureFile (inflate ratio, grace size, number of entries), applied also where the
 * import streams a workbook's parts itself.
 */
final class PerfImportLimits {

	/**
	 * The largest input file (workbook or text): far beyond any real form (a workbook of 200,000 rows
	 * is about 10 MB), and read whole into memory, a text also decoded: 32 MB fit in a 256 MB heap.
	 */
	static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

	/** The most filled rows of a workbook (all sheets together) or non-blank lines of a text. */
	static final int MAX_ROWS = 200_000;

	/** The most cells a workbook's rows hold when read (blank cells between filled ones included). */
	static final int MAX_CELLS = 5_000_000;

	/** Excel's own bounds: a reference beyond them is damage, not a large sheet. */
	static final int EXCEL_ROWS = 1_048_576;

	static final int EXCEL_COLUMNS = 16_384;

	/** Excel's limit of a cell's text. */
	static final int CELL_CHARS = 32_767;

	/** The smallest compressed ÷ inflated size of a part once past the grace size (as POI: 1 to 100). */
	static final double MIN_INFLATE_RATIO = 0.01;

	static final long GRACE_BYTES = 100 * 1024;

	/** The largest inflated sheet part: streamed, so bounded for time (200,000 rows of about 1 KB). */
	static final long MAX_SHEET_BYTES = 256L * 1024 * 1024;

	/** The largest inflated part read whole into memory (shared strings, styles, the workbook's own parts). */
	static final long MAX_PART_BYTES = 32L * 1024 * 1024;

	/** The most entries of a workbook's zip (as POI). */
	static final int MAX_ENTRIES = 1000;

	private PerfImportLimits() {
	}

	/** A number as the messages print it: 200,000. */
	static String count(long n) {
		return String.format(Locale.ROOT, "%,d", n);
	}

	/** A size in megabytes as the messages print it. */
	static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
	}
}
