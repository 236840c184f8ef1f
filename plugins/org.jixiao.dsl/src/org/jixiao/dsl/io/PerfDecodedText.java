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
 * @param lineSeparator the file's line end, as its first line ends: CRLF (Windows editors), a lone CR (old Mac
 *        editors) or LF
 */
public record PerfDecodedText(String text, Charset charset, boolean bom, PerfTextPosition firstNonUtf8, String lineSeparator) {

	public static final Charset GB18030 = Charset.forName("GB18030");

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	public boolean isUtf8() {
		return StandardCharsets.UTF_8.equals(charset);
	}

	/**
	 * The characters of a file as decoded. A lone CR is a line break, as editors show it and as the
	 * grammar ends a comment there; it is read as LF so that lines and columns count it too, and the
	 * file keeps it: {@link #withLineSeparators(String)} writes the file's own line end back.
	 */
	static PerfDecodedText of(String raw, Charset charset, boolean bom, PerfTextPosition firstNonUtf8) {
		String separator = "\n";
		int cr = raw.indexOf('\r');
		if (cr >= 0 && (raw.indexOf('\n') < 0 || cr < raw.indexOf('\n'))) {
			separator = cr + 1 < raw.length() && raw.charAt(cr + 1) == '\n' ? "\r\n" : "\r";
		}
		return new PerfDecodedText(withoutLoneCr(raw), charset, bom, firstNonUtf8, separator);
	}

	/** The text with every line end made this file's: a file never comes back with mixed line ends. */
	public String withLineSeparators(String other) {
		String lf = withoutLoneCr(other.replace("\r\n", "\n"));
		return "\n".equals(lineSeparator) ? lf : lf.replace("\n", lineSeparator);
	}

	private static String withoutLoneCr(String text) {
		if (text.indexOf('\r') < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text);
		for (int i = 0; i < out.length(); i++) {
			if (out.charAt(i) == '\r' && (i + 1 == out.length() || out.charAt(i + 1) != '\n')) {
				out.setCharAt(i, '\n');
			}
		}
		return out.toString();
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
