// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.dsl.model.PerfSourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values and references as messages quote them: blanks collapsed or dropped as before, by regular expression. */
class PerfSourceTextTest {

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "≥ 12 次", "≥12次", "  ≥ \t 12\n次  ", "产出 . 数量", "产出.数量", "\r\n≤\u000B60\f",
			"全角\u3000空格", "a  b   c", "\t" })
	void collapsesAndDropsBlanksAsTheRegularExpressionDid(String text) {
		assertThat(PerfSourceText.display(text)).isEqualTo(text.replaceAll("\\s+", " ").trim());
		assertThat(PerfSourceText.compact(text)).isEqualTo(text.replaceAll("\\s+", ""));
	}
}
