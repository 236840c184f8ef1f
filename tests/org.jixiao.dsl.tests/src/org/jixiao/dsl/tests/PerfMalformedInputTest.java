// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;

/** Broken input gives errors with line and column and a Chinese message, never an exception. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfMalformedInputTest {

	@Inject
	private PerfTestResources resources;

	private Issue firstError(String text) {
		XtextResource resource = resources.parse(text);
		List<Issue> errors = resources.errors(resource);
		assertThat(errors).as("expected an error for:\n" + text).isNotEmpty();
		return errors.get(0);
	}

	@Test
	void unclosedGoal() {
		Issue error = firstError("""
				goal "目标" <
				  indicator 产出.数量 "次数" ≥ 12 次
				""");
		assertThat(error.getLineNumber()).isEqualTo(2);
		assertThat(error.getMessage()).contains("文件结尾");
		assertThat(error.getMessage()).isEqualTo("此处不应是“文件结尾”，应为 '>'。");
	}

	@Test
	void unknownKeyword() {
		Issue error = firstError("""
				goal "目标" <
				  indicatr 产出.数量 "次数" ≥ 12 次
				>""");
		assertThat(error.getLineNumber()).isEqualTo(2);
		assertThat(error.getColumn()).isEqualTo(3);
		assertThat(error.getMessage()).contains("indicatr");
		assertThat(error.getMessage()).isEqualTo("此处不应是“indicatr”，应为 '>'。");
	}

	@Test
	void badNumber() {
		Issue error = firstError("""
				goal "目标" <
				  indicator 产出.数量 "次数" ≥ 1.2.3 次
				>""");
		assertThat(error.getLineNumber()).isEqualTo(2);
		assertThat(error.getColumn()).isEqualTo(24);
		assertThat(error.getMessage()).isEqualTo("无法识别“.”。");
	}

	@Test
	void missingValue() {
		Issue error = firstError("""
				goal "目标" <
				  indicator 产出.数量 "次数"
				>""");
		assertThat(error.getLineNumber()).isEqualTo(3);
		assertThat(error.getColumn()).isEqualTo(1);
		assertThat(error.getMessage()).isEqualTo("无法识别“文件结尾”。");
	}

	@Test
	void unknownCategory() {
		Issue error = firstError("""
				goal "目标" <
				  indicator 产出.数目 "次数" ≥ 12 次
				>""");
		assertThat(error.getLineNumber()).isEqualTo(2);
		assertThat(error.getColumn()).isEqualTo(13);
		assertThat(error.getMessage()).contains("产出.数目");
		assertThat(error.getMessage()).isEqualTo("“产出.数目”不是指标框架“经典”中的类别；产出 下可用：数量、质量、时效、成本。");
	}

	@Test
	void trailingGarbageIsNamed() {
		// control characters, not a zero byte: a file with a zero byte is not text at all (PerfEncodingTest)
		Issue error = firstError("goal \"目标\" < indicator 产出.数量 \"次数\" 1 次 >\n\u0001\u0002");
		assertThat(error.getLineNumber()).isEqualTo(2);
		assertThat(error.getMessage()).startsWith("无法识别").contains("此后不应再有内容");
		assertThat(error.getMessage()).isEqualTo("无法识别“\u0001”：此后不应再有内容。");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "department 青菱街 year 2020 < >", "goal < indicator >",
			"funds < income >", "\u0000\u0001\u0002binary", "goal \"a\" < indicator 产出.数量 \"b\" ≥ >",
			"department \"x\" year 二〇二〇 < >", "selfeval project \"x\" year 2020 < budget weight >" })
	void damagedInputNeverThrows(String text) {
		XtextResource resource = resources.parse(text);
		List<Issue> errors = resources.errors(resource);
		assertThat(errors).isNotEmpty();
		assertThat(errors).allSatisfy(e -> {
			assertThat(e.getLineNumber()).isPositive();
			assertThat(e.getColumn()).isPositive();
			assertThat(e.getMessage()).matches("(?s).*\\p{IsHan}.*");
		});
	}
}
