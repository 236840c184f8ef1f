// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.formatting2.PerfDocumentFormatter;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.generator.PerfWorkbook;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Review comments (审核意见) kept in a form are printed in the 审核意见 box of their office: the seed's
 * two boxes (财政部门业务股室, 财政部门监督绩效股) in the Hunan layout, a box of their own after the form
 * where the layout has none; they survive formatting on the way.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfReviewBoxesTest {

	private static final String COMMENTS = """
				opinion "监督绩效股" <
					reviewer "王五"
					date "2021-03-05"
					goal "年度目标1"
					text "目标值应量化"
					status 已整改
					answer "已改为具体数量"
				>
				opinion "监督绩效股" <
					text "请补充绩效目标的测算依据"
				>
				opinion "财政部门业务股室" <
					reviewer "李四"
					text "预算数与部门预算一致"
					status 不予采纳
				>
			""";

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfDocumentFormatter formatter;

	/** The document of the text, formatted and read again (what generate reads after format). */
	private PerfDocument formatted(String text) {
		XtextResource source = resources.parse(text);
		assertThat(resources.errors(source)).isEmpty();
		String once = formatter.format(source);
		assertThat(once).contains("\topinion \"监督绩效股\" <\n\t\treviewer \"王五\"\n");
		XtextResource reparsed = resources.parse(once);
		assertThat(resources.errors(reparsed)).isEmpty();
		return PerfTestSupport.document(reparsed);
	}

	private static List<String> rows(PerfDocument document) {
		PerfWorkbook workbook = PerfFidelity.plan(document).get(0);
		return PerfWorkbookText.rows(PerfWorkbookText.open(PerfFidelity.bytes(workbook)));
	}

	@Test
	void commentsArePrintedInTheBoxOfTheirOffice() throws IOException {
		String seed = Files.readString(PerfTestSupport.examplesDir().resolve("zhurong-2020-declaration.perf"));
		int end = seed.lastIndexOf('>');
		List<String> rows = rows(formatted(seed.substring(0, end) + COMMENTS + seed.substring(end)));

		assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("财政部门业务股室审核意见\t预算数与部门预算一致（李四；不予采纳）\n\n（盖章）\n年   月   日"));
		assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("财政部门监督绩效股审核意见\t1. 【年度目标1】目标值应量化（王五，2021-03-05；已整改）\n"
				+ "整改说明：已改为具体数量\n2. 请补充绩效目标的测算依据（待整改）\n\n（盖章）\n年   月   日"));
	}

	@Test
	void aFormWhoseLayoutHasNoBoxGetsOneAfterTheForm() {
		String project = """
				project "P1" "社区工作经费" year 2022 <
					goal 年度目标1 "保障社区工作顺利开展" <
						indicator 产出.数量 "支付经费人数" = 49 人
						indicator 效益.社会效益 "业务保障能力" "进一步保障"
						indicator 满意度.服务对象满意度 "职工满意度" ≥ 95%
					>
				""" + COMMENTS + ">\n";
		List<String> rows = rows(formatted(project));

		assertThat(rows.get(rows.size() - 2)).startsWith("监督绩效股审核意见\t1. 【年度目标1】目标值应量化（王五，2021-03-05；已整改）\n整改说明：已改为具体数量\n"
				+ "2. 请补充绩效目标的测算依据（待整改）\n\n（盖章）\n年   月   日");
		assertThat(rows.get(rows.size() - 1)).startsWith("财政部门业务股室审核意见\t预算数与部门预算一致（李四；不予采纳）\n\n（盖章）\n年   月   日");
	}
}
