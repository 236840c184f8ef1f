// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.jixiao.dsl.io.PerfDecodedText;
import org.jixiao.dsl.io.PerfEncodingException;
import org.jixiao.dsl.io.PerfTextDecoder;
import org.jixiao.dsl.io.PerfVisibleText;
import org.junit.jupiter.api.Test;

/** Files as users have them: UTF-8 with or without BOM, GB18030, and what is refused, with where. */
class PerfTextDecoderTest {

	private static final String TEXT = "department \"某街道办事处\" year 2020 <\n>\n";
	private static final Charset GB18030 = Charset.forName("GB18030");

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static PerfEncodingException refused(byte[] bytes) {
		try {
			PerfTextDecoder.decode(bytes);
		} catch (PerfEncodingException e) {
			return e;
		}
		throw new AssertionError("read as text, but should be refused");
	}

	@Test
	void utf8IsReadAsItIs() throws Exception {
		PerfDecodedText text = PerfTextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));
		assertThat(text.text()).isEqualTo(TEXT);
		assertThat(text.isUtf8()).isTrue();
		assertThat(text.bom()).isFalse();
		assertThat(text.firstNonUtf8()).isNull();
	}

	@Test
	void byteOrderMarkIsNotPartOfTheTextAndIsWrittenBack() throws Exception {
		byte[] bytes = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, TEXT.getBytes(StandardCharsets.UTF_8));
		PerfDecodedText text = PerfTextDecoder.decode(bytes);
		assertThat(text.text()).isEqualTo(TEXT);
		assertThat(text.bom()).isTrue();
		assertThat(text.encode(TEXT)).isEqualTo(bytes);
	}

	@Test
	void gb18030IsReadAsGb18030WithWhereTheFirstNonUtf8ByteStands() throws Exception {
		byte[] bytes = ("goal \"目标\" <\n  indicator 产出.数量 \"次数\" ≥ 12 次\n>\n").getBytes(GB18030);
		PerfDecodedText text = PerfTextDecoder.decode(bytes);
		assertThat(text.charset()).isEqualTo(GB18030);
		assertThat(text.text()).contains("目标", "产出.数量", "≥ 12 次");
		assertThat(text.firstNonUtf8().line()).isEqualTo(1);
		// 目 is C4 BF in GB18030, which happens to be UTF-8 too; 标 (B1 EA) is the first that is not
		assertThat(text.firstNonUtf8().column()).isEqualTo(8);
		assertThat(text.encode(text.text())).isEqualTo(bytes);
	}

	@Test
	void theWarningsPositionCountsGb18030Characters() throws Exception {
		// E4 B8 B0 is UTF-8 (one character) twice, but three GB18030 characters (E4B8 B0E4 B8B0); A1 is where UTF-8 ends
		byte[] bytes = { (byte) 0xE4, (byte) 0xB8, (byte) 0xB0, (byte) 0xE4, (byte) 0xB8, (byte) 0xB0, (byte) 0xA1, (byte) 0xA1, '\n' };
		PerfDecodedText text = PerfTextDecoder.decode(bytes);
		assertThat(text.text()).hasSize(5);
		assertThat(text.firstNonUtf8().line()).isEqualTo(1);
		assertThat(text.firstNonUtf8().column()).isEqualTo(4);
	}

	@Test
	void utf16WithAByteOrderMarkIsRefusedForSourcesAndReadForTables() throws Exception {
		byte[] bytes = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, TEXT.getBytes(StandardCharsets.UTF_16LE));
		PerfEncodingException refused = refused(bytes);
		assertThat(refused.getMessage()).contains("UTF-16").contains("另存为 UTF-8");
		assertThat(refused.position().line()).isEqualTo(1);
		assertThat(PerfTextDecoder.decodeTable(bytes).text()).isEqualTo(TEXT);
	}

	@Test
	void utf16WithoutAByteOrderMarkIsRefusedAtItsFirstZeroByte() {
		byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_16LE);
		PerfEncodingException refused = refused(bytes);
		assertThat(refused.getMessage()).contains("UTF-16").contains("0x00");
		assertThat(refused.position().line()).isEqualTo(1);
		assertThat(refused.position().column()).isEqualTo(2);
		assertThat(refused.position().byteOffset()).isEqualTo(1);
	}

	@Test
	void otherBytesAreRefusedWithTheFirstBadBytesLineAndColumn() {
		// 0x80 and 0xFF are neither UTF-8 nor GB18030
		byte[] bytes = concat("goal \"目标\" <\n  indicator ".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xFF, (byte) 0x80 });
		PerfEncodingException refused = refused(bytes);
		assertThat(refused.getMessage()).contains("第 2 行第 13 列的字节 0xFF");
		assertThat(refused.position().line()).isEqualTo(2);
		assertThat(refused.position().column()).isEqualTo(13);
	}

	@Test
	void binaryIsRefused() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
		assertThatThrownBy(() -> PerfTextDecoder.decodeTable(png)).isInstanceOf(PerfEncodingException.class)
				.hasMessageContaining("二进制");
	}

	@Test
	void crlfFilesKeepCrlfAndNoLineEndIsMixed() throws Exception {
		PerfDecodedText text = PerfTextDecoder.decode("a\r\nb\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(text.lineSeparator()).isEqualTo("\r\n");
		assertThat(text.withLineSeparators("a\nb\r\nc\n")).isEqualTo("a\r\nb\r\nc\r\n");
		PerfDecodedText lf = PerfTextDecoder.decode("a\nb\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(lf.withLineSeparators("a\r\nb\n")).isEqualTo("a\nb\n");
	}

	@Test
	void loneCrIsALineBreakAndTheFileKeepsIt() throws Exception {
		// old Mac editors end lines with a lone CR: read as LF (lines and columns count it), written back as CR
		PerfDecodedText mac = PerfTextDecoder.decode("a\rb\r".getBytes(StandardCharsets.UTF_8));
		assertThat(mac.text()).isEqualTo("a\nb\n");
		assertThat(mac.lineSeparator()).isEqualTo("\r");
		assertThat(mac.withLineSeparators("a\nb\r\nc\rd\n")).isEqualTo("a\rb\rc\rd\r");
		PerfDecodedText crlf = PerfTextDecoder.decode("a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8));
		assertThat(crlf.text()).isEqualTo("a\r\nb\nc\n");
		assertThat(crlf.lineSeparator()).isEqualTo("\r\n");
		PerfEncodingException refused = refused(new byte[] { 'a', '\r', 'b', 'c', (byte) 0xFF });
		assertThat(refused.position().line()).isEqualTo(2);
		assertThat(refused.position().column()).isEqualTo(3);
	}

	@Test
	void invisibleCharactersAreShownEscaped() {
		assertThat(PerfVisibleText.escape("单位\u202Exslx.exe\u001B[31m\n")).isEqualTo("单位\\u202Exslx.exe\\u001B[31m\\u000A");
		assertThat(PerfVisibleText.escape("普通文字 ≥ 12 次")).isEqualTo("普通文字 ≥ 12 次");
	}
}
