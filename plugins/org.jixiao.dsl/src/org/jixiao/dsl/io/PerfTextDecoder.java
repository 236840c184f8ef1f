// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one way Jixiao reads a text file's bytes (.perf sources, pasted or saved tables), as users
 * have them:
 * <ul>
 * <li>UTF-8, with or without a byte order mark (Windows Notepad writes one): read as it is;</li>
 * <li>not UTF-8 but GB18030 (what Chinese Windows editors write by default): read as GB18030, and
 * the caller warns, naming the encoding and where the first non-UTF-8 byte stands;</li>
 * <li>anything else (UTF-16, binary, other encodings): refused with the line and column of the first
 * byte that cannot be read. Tables may be UTF-16 with a byte order mark (Excel's “Unicode text”).</li>
 * </ul>
 * A file with a zero byte is never text: UTF-16 without a byte order mark has one in every ASCII
 * character, and would otherwise pass as GB18030.
 */
public final class PerfTextDecoder {

	private PerfTextDecoder() {
	}

	/** A .perf file's bytes: UTF-8 (BOM or not) or GB18030. */
	public static PerfDecodedText decode(byte[] bytes) throws PerfEncodingException {
		return decode(bytes, false);
	}

	/** A table's bytes: as {@link #decode(byte[])}, and also UTF-16 with a byte order mark. */
	public static PerfDecodedText decodeTable(byte[] bytes) throws PerfEncodingException {
		return decode(bytes, true);
	}

	private static PerfDecodedText decode(byte[] bytes, boolean utf16) throws PerfEncodingException {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			int bad = firstMalformedUtf8(bytes, 3);
			if (bad < 0) {
				return PerfDecodedText.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
						true, null);
			}
			throw unreadable(bytes, 3, bad);
		}
		boolean little = startsWith(bytes, 0xFF, 0xFE);
		if (little || startsWith(bytes, 0xFE, 0xFF)) {
			Charset charset = little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
			if (!utf16) {
				throw new PerfEncodingException("文件是 UTF-16 编码（" + charset.name()
						+ "，带字节顺序标记），不是 UTF-8；请在编辑器中另存为 UTF-8。 (UTF-16 file: save it as UTF-8)",
						new PerfTextPosition(1, 1, 0));
			}
			String text = strict(bytes, 2, charset);
			if (text == null) {
				throw new PerfEncodingException("文件以 UTF-16 字节顺序标记开头，但内容不是有效的 UTF-16。 (invalid UTF-16)",
						new PerfTextPosition(1, 1, 0));
			}
			return PerfDecodedText.of(text, charset, true, null);
		}
		int zero = indexOfZero(bytes);
		int bad = firstMalformedUtf8(bytes, 0);
		if (zero >= 0) {
			if (looksLikeUtf16(bytes)) {
				throw new PerfEncodingException("文件含空字节 0x00，不是文本：像是没有字节顺序标记的 UTF-16 编码"
						+ " (looks like UTF-16 without a byte order mark)；请另存为 UTF-8。", position(bytes, 0, zero));
			}
			// the first byte that is not text: where a binary file shows that it is one
			int at = bad >= 0 && bad < zero ? bad : zero;
			PerfTextPosition where = position(bytes, 0, at);
			throw new PerfEncodingException(String.format(Locale.ROOT,
					"文件不是文本，像是二进制文件：第 %d 行第 %d 列的字节 0x%02X 不是文字。 (looks like a binary file)", where.line(),
					where.column(), bytes[at] & 0xFF), where);
		}
		if (bad < 0) {
			return PerfDecodedText.of(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false, null);
		}
		String gb = strict(bytes, 0, PerfDecodedText.GB18030);
		if (gb != null) {
			return PerfDecodedText.of(gb, PerfDecodedText.GB18030, false, gb18030Position(gb, bad));
		}
		throw unreadable(bytes, 0, bad);
	}

	private static PerfEncodingException unreadable(byte[] bytes, int start, int bad) {
		PerfTextPosition at = position(bytes, start, bad);
		return new PerfEncodingException(String.format(Locale.ROOT,
				"文件既不是 UTF-8 也不是 GB18030 编码的文本：第 %d 行第 %d 列的字节 0x%02X 无法读取；请另存为 UTF-8。"
						+ " (not UTF-8 or GB18030 text: byte 0x%02X cannot be read)",
				at.line(), at.column(), bytes[bad] & 0xFF, bytes[bad] & 0xFF), at);
	}

	/** Where byte {@code offset} stands, counting the bytes before it from {@code start} as UTF-8. */
	private static PerfTextPosition position(byte[] bytes, int start, int offset) {
		String before = new String(bytes, start, offset - start, StandardCharsets.UTF_8);
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < before.length(); i++) {
			if (isLineEnd(before, i)) {
				line++;
				lineStart = i + 1;
			}
		}
		return new PerfTextPosition(line, before.length() - lineStart + 1, offset);
	}

	/** Where the GB18030 character holding byte {@code offset} stands, counted in GB18030 characters. */
	private static PerfTextPosition gb18030Position(String text, int offset) {
		int line = 1;
		int column = 1;
		int bytes = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			bytes += cp < 0x80 ? 1 : Character.toString(cp).getBytes(PerfDecodedText.GB18030).length;
			if (bytes > offset) {
				break;
			}
			if (isLineEnd(text, i)) {
				line++;
				column = 1;
			} else {
				column += Character.charCount(cp);
			}
			i += Character.charCount(cp);
		}
		return new PerfTextPosition(line, column, offset);
	}

	/** LF, or a lone CR (old Mac line ends), which the decoded text reads as LF. */
	private static boolean isLineEnd(String text, int i) {
		char c = text.charAt(i);
		return c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
	}

	/** The offset of the first byte that is not UTF-8, or -1 when all are. */
	private static int firstMalformedUtf8(byte[] bytes, int start) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(8192);
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (result.isError()) {
				return in.position();
			}
			if (result.isUnderflow()) {
				result = decoder.flush(out);
				return result.isError() ? in.position() : -1;
			}
			out.clear();
		}
	}

	private static String strict(byte[] bytes, int offset, Charset charset) {
		try {
			return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
		} catch (CharacterCodingException e) {
			// not text in this encoding
			return null;
		}
	}

	private static int indexOfZero(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				return i;
			}
		}
		return -1;
	}

	/** Zero bytes mostly on one side of each pair: ASCII characters in UTF-16. */
	private static boolean looksLikeUtf16(byte[] bytes) {
		int even = 0;
		int odd = 0;
		int pairs = Math.min(bytes.length, 4096) / 2;
		for (int i = 0; i < pairs * 2; i += 2) {
			even += bytes[i] == 0 ? 1 : 0;
			odd += bytes[i + 1] == 0 ? 1 : 0;
		}
		return pairs > 0 && Math.max(even, odd) * 2 >= pairs && Math.min(even, odd) * 4 < pairs;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
