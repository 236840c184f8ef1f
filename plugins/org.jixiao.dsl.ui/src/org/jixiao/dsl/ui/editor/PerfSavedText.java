// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.editor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jixiao.dsl.io.PerfAtomicFiles;

/**
 * How the editor puts a document on disk: the text in the file's encoding (a UTF-8 byte order mark
 * kept where the file had one), written with {@link PerfAtomicFiles}. Free of Eclipse classes, so that
 * the save can also run, and be killed, in a plain JVM (the test of docs/reliability.md).
 */
public final class PerfSavedText {

	private static final byte[] UTF_8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private PerfSavedText() {
	}

	/** Saves {@code text} into {@code file}: the old content or the new, never part of it. */
	public static void save(Path file, String text, String charset, boolean utf8Bom) throws IOException {
		PerfAtomicFiles.write(file, bytes(text, charset, utf8Bom));
	}

	/** The text in the charset; a character the charset cannot hold is an error, not a question mark. */
	public static byte[] bytes(String text, String charsetName, boolean utf8Bom) throws IOException {
		Charset charset;
		try {
			charset = Charset.forName(charsetName);
		} catch (IllegalArgumentException e) {
			throw new IOException("未知的编码 (unknown encoding) " + charsetName, e);
		}
		ByteBuffer encoded = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.remaining() + UTF_8_BOM.length);
		if (utf8Bom && StandardCharsets.UTF_8.equals(charset)) {
			bytes.write(UTF_8_BOM);
		}
		bytes.write(encoded.array(), encoded.arrayOffset() + encoded.position(), encoded.remaining());
		return bytes.toByteArray();
	}
}
