// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * Rewrites an Office package (.xlsx, .docx) with fixed entry times, so the same model gives
 * byte-identical files (POI stamps ZIP entries with the current time). Read with commons-compress,
 * which accepts the data descriptors POI's streaming writer uses.
 */
public final class PerfDeterministicZip {

	/** 2000-01-01T00:00:00Z; any fixed instant would do. */
	public static final long FIXED_TIME = 946684800000L;

	private PerfDeterministicZip() {
	}

	public static void copy(byte[] xlsx, OutputStream target) throws IOException {
		try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(xlsx), "UTF-8", true, true);
				ZipArchiveOutputStream out = new ZipArchiveOutputStream(CloseShieldOutputStream.wrap(target))) {
			out.setLevel(6);
			ZipArchiveEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
				copy.setTime(FIXED_TIME);
				out.putArchiveEntry(copy);
				in.transferTo(out);
				out.closeArchiveEntry();
			}
			out.finish();
		}
	}
}
