// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.serializer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.formatting2.PerfDocumentFormatter;
import org.jixiao.dsl.serializer.PerfWriter;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.model.GoalForm;
import org.jixiao.model.OpinionStatus;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.PerfFactory;
import org.jixiao.model.ReviewOpinion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Review comments (审核意见) in the text: the formatter lays them out as blocks and keeps them (and is
 * stable), the writer adds new ones at the end of a form and leaves the rest of the text as written.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfOpinionWritingTest {

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfDocumentFormatter formatter;

	@Inject
	private PerfWriter writer;

	private static final String CANONICAL = """
			project "P1" "社区工作经费" year 2022 <
				goal 目标1 "保障社区工作顺利开展" <
					indicator 产出.数量 "支付经费人数" = 49 人
				>
				opinion "监督绩效股" <
					reviewer "王五"
					date "2022-03-05"
					goal "目标1"
					indicator "支付经费人数"
					text "人数应与在编人数一致"
					status 待整改
				>
				opinion "财政部门业务股室" <
					text "请补充资金用途"
					status 已整改
					answer "已补充"
				>
			>
			""";

	@Test
	void formatLaysCommentsOutAsBlocksAndIsStable() {
		String untidy = CANONICAL.replaceAll("\\s+", " ").replace("< ", "<").strip();
		String formatted = formatter.format(resources.parse(untidy));

		assertThat(formatted).isEqualTo(CANONICAL);
		assertThat(formatter.format(resources.parse(formatted))).isEqualTo(formatted);
	}

	@Test
	void newCommentsGoAtTheEndOfTheirFormAndTheRestStaysAsWritten() {
		String written = """
				// 某街道 2022
				project "P1" "社区工作经费"   year 2022 <
				  goal 目标1 "保障社区工作顺利开展" <  // as the unit wrote it
				    indicator 产出.数量 "支付经费人数" = 49 人
				  >
				  opinion "财政部门业务股室" < text "请补充资金用途" status 已整改 answer "已补充" >
				>
				project "P2" "其他" < goal "目标" < > >
				""";
		XtextResource resource = resources.parse(written);
		PerfDocument document = (PerfDocument) resource.getContents().get(0);
		ReviewOpinion opinion = PerfFactory.eINSTANCE.createReviewOpinion();
		opinion.setOffice("监督绩效股");
		opinion.setReviewer("王五");
		opinion.setDate("2022-03-05");
		opinion.setGoal("目标1");
		opinion.setIndicator("支付经费人数");
		opinion.setText("人数应与在编人数一致");
		opinion.setStatus(OpinionStatus.OPEN);
		ReviewOpinion second = PerfFactory.eINSTANCE.createReviewOpinion();
		second.setOffice("监督绩效股");
		second.setText("目标过于笼统");
		second.setStatus(OpinionStatus.REJECTED);

		String result = writer.withOpinions(written, Map.of((GoalForm) document.getElements().get(0), List.of(opinion),
				(GoalForm) document.getElements().get(1), List.of(second)));

		assertThat(result).isEqualTo("""
				// 某街道 2022
				project "P1" "社区工作经费"   year 2022 <
				  goal 目标1 "保障社区工作顺利开展" <  // as the unit wrote it
				    indicator 产出.数量 "支付经费人数" = 49 人
				  >
				  opinion "财政部门业务股室" < text "请补充资金用途" status 已整改 answer "已补充" >
					opinion "监督绩效股" <
						reviewer "王五"
						date "2022-03-05"
						goal "目标1"
						indicator "支付经费人数"
						text "人数应与在编人数一致"
						status 待整改
					>
				>
				project "P2" "其他" < goal "目标" < >
					opinion "监督绩效股" <
						text "目标过于笼统"
						status 不予采纳
					>
				>
				""");
		assertThat(resources.parse(result).getErrors()).isEmpty();
	}
}
