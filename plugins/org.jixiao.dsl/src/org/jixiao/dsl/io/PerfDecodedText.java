// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A text file's content as {@link PerfTextDecoder} read it, and how to write it back the way it
 * was: same encoding, same byte order mark, same line ends.
 *
 * @param text the characters, without the byte order mark
 * @param charset the encoding the bytes were read in
 * @param bom whether the file started with a byte order mark
 * @param firstNonUtf8 where the first byte that is not UTF-8 stands (GB18030 files), or null
 */
public record PerfDecodedText(String text, Charset charset, boolean bom, PerfTextPosition firstNonUtf8) {

	public static final Charset GB18030 = Charset.forName("GB18030");

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	public boolean isUtf8() {
		return StandardCharsets.UTF_8.equals(charset);
	}

	/** CRLF when the file's first line ends so (Windows editors), else LF. */
	public String lineSeparator() {
		int lf = text.indexOf('\n');
		return lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
	}

	/** The text with every line end made this file's: a file never comes back with mixed line ends. */
	public String withLineSeparators(String other) {
		String lf = other.replace("\r\n", "\n");
		return "\n".equals(lineSeparator()) ? lf : lf.replace("\n", "\r\n");
	}

	/** A new text written as this file was: in its encoding, with its byte order mark if it had one. */
	public byte[] encode(String newText) {
		byte[] body = newText.getBytes(charset);
		if (!bom || !isUtf8()) {
			return body;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 3);
		out.writeBytes(UTF8_BOM);
		out.writeBytes(body);
		return out.toByteArray();
	}
}
