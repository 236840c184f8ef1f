// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.dsl.ui.popup.PerfWrappedText;
import org.junit.jupiter.api.Test;

/** Line breaking of the explanations beside quick fix and content assist, measured in columns (no SWT). */
class PerfWrappedTextTest {

	/** The explanation of the share fix on seed 000 (洪山区青菱街, line 13 of the example). */
	private static final String SHARE = "基本支出占比 42.88% 与计算值不符：3065.71 ÷ 7148.45 = 42.89%";

	@Test
	void chineseBreaksBetweenCharacters() {
		assertThat(PerfWrappedText.wrap("甲乙丙丁戊己", 4, PerfWrappedText::columns)).isEqualTo("甲乙\n丙丁\n戊己");
	}

	@Test
	void numbersAndPercentagesStayWhole() {
		String wrapped = PerfWrappedText.wrap(SHARE, 24, PerfWrappedText::columns);

		String[] lines = wrapped.split("\n");
		assertThat(lines.length).isGreaterThan(1);
		for (String line : lines) {
			assertThat(PerfWrappedText.columns(line)).as(line).isLessThanOrEqualTo(24);
			assertThat(line).as(line).isEqualTo(line.strip());
		}
		for (String number : new String[] { "42.88%", "3065.71", "7148.45", "42.89%" }) {
			assertThat(lines).as(number).anyMatch(line -> line.contains(number));
		}
		// only line breaks are added (and the spaces at them dropped)
		assertThat(wrapped.replaceAll("\\s", "")).isEqualTo(SHARE.replaceAll("\\s", ""));
	}

	@Test
	void aWordWiderThanTheLineIsCut() {
		assertThat(PerfWrappedText.wrap("abcdefghij", 4, PerfWrappedText::columns)).isEqualTo("abcd\nefgh\nij");
	}

	@Test
	void shortTextAndExistingLinesAreKept() {
		assertThat(PerfWrappedText.wrap("改为计算值 42.89%", 40, PerfWrappedText::columns)).isEqualTo("改为计算值 42.89%");
		assertThat(PerfWrappedText.wrap("第一行\n第二行", 40, PerfWrappedText::columns)).isEqualTo("第一行\n第二行");
	}

	@Test
	void chineseCharactersAreTwoColumns() {
		assertThat(PerfWrappedText.columns("占比 42.88%")).isEqualTo(4 + 1 + 6);
	}
}
