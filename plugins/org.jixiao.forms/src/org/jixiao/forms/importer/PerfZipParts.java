// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;

/**
 * The parts of an .xlsx for POI's package, each read through a guard: a part that inflates more
 * than {@link PerfImportLimits#MIN_INFLATE_RATIO} allows (a zip bomb) or beyond its size limit is
 * refused as it is read, before its data fill the memory, and a part whose data cannot be
 * inflated is named. POI's ZipSecureFile does the same for its own zip reading, which the import
 * does not use (it streams the sheets itself).
 */
final class PerfZipParts extends ZipFileZipEntrySource {

	PerfZipParts(ZipFile zip) {
		super(zip);
	}

	@Override
	public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
		String name = entry.getName();
		InputStream in;
		try {
			in = super.getInputStream(entry);
		} catch (IOException | RuntimeException e) {
			throw PerfWorkbookDamage.part(name);
		}
		if (in == null) {
			throw PerfWorkbookDamage.part(name);
		}
		boolean sheet = name.startsWith("xl/worksheets/");
		return new Guard(in, name, sheet ? PerfImportLimits.MAX_SHEET_BYTES : PerfImportLimits.MAX_PART_BYTES);
	}

	/** Counts what a part inflates to, and stops it at its limits. */
	private static final class Guard extends FilterInputStream {
		private final String name;
		private final long limit;
		private long inflated;

		Guard(InputStream in, String name, long limit) {
			super(in);
			this.name = name;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b;
			try {
				b = super.read();
			} catch (IOException | RuntimeException e) {
				throw PerfWorkbookDamage.part(name);
			}
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n;
			try {
				n = super.read(buffer, offset, length);
			} catch (IOException | RuntimeException e) {
				throw PerfWorkbookDamage.part(name);
			}
			if (n > 0) {
				count(n);
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			byte[] buffer = new byte[8192];
			long skipped = 0;
			while (skipped < n) {
				int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
				if (read < 0) {
					break;
				}
				skipped += read;
			}
			return skipped;
		}

		private void count(int n) throws IOException {
			inflated += n;
			if (inflated > limit) {
				throw new PerfWorkbookDamage("部件“" + name + "”解压后超过 " + PerfImportLimits.megabytes(limit)
						+ "（导入上限），未读取；Excel 写出的绩效表格远小于此。 (A workbook part inflates beyond the import's limit.)");
			}
			if (inflated > PerfImportLimits.GRACE_BYTES && in instanceof InputStreamStatistics statistics) {
				long compressed = statistics.getCompressedCount();
				if ((double) compressed / inflated < PerfImportLimits.MIN_INFLATE_RATIO) {
					throw new PerfWorkbookDamage("文件像是“zip 炸弹”：部件“" + name + "”解压后比压缩时大 100 倍以上（Excel 写出的工作簿不会如此），"
							+ "为防止耗尽内存，未读取。 (A zip bomb: a workbook part inflates more than 100-fold.)");
				}
			}
		}
	}
}
