// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.lights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfContentAssist;
import org.jixiao.dsl.tests.PerfIdeInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.model.Goal;
import org.jixiao.model.Monitoring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The monitoring form in the editor: the hover explains each light, content assist offers the standard causes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfIdeInjectorProvider.class)
class PerfMonitoringEditorTest {

	private static final String FORM = "monitor project \"测试项目\" year 2025 month 6 <\n"
			+ "    spending <\n        adjusted 100\n        spent 50\n    >\n"
			+ "    goal \"目标\" <\n"
			+ "        indicator 产出.数量 \"培训人次\" ≥ 300 次 current 120 次\n"
			+ "    >\n>\n";

	@Inject
	private PerfTestResources resources;

	@Inject
	private IEObjectDocumentationProvider documentation;

	@Inject
	private PerfContentAssist assist;

	@Test
	void theHoverExplainsTheLights() {
		Monitoring form = (Monitoring) PerfTestSupport.document(resources.parse(FORM)).getElements().get(0);

		assertThat(documentation.getDocumentation(form.getGoals().get(0).getIndicators().get(0)))
				.contains("\n预警灯：当前 120 次，序时目标 150 次（300 × 6/12），完成 80% → 绿");
		assertThat(documentation.getDocumentation(form.getSpending()))
				.isEqualTo("预警灯（预算执行）：截至6月底支出 50 万元，调整预算数 100 万元，执行率 50%，序时进度 50%（6/12），达到序时进度的 100% → 绿");
		assertThat(documentation.getDocumentation(form)).isEqualTo("预警灯（项目）：取最差的目标灯：“目标” 绿（绿 1） → 绿\n"
				+ "双监控：支出达到序时进度（预算执行 绿），绩效目标正常（目标 绿） → 绿\n规则：通行规则（序时进度 60/80/120%，预算执行 60/80%，红黄须写偏差原因）");
	}

	@Test
	void outsideAMonitoringFormTheHoverHasNoLight() {
		String text = "goal \"目标\" <\n    indicator 产出.数量 \"培训人次\" ≥ 300 次\n>\n";
		Goal goal = (Goal) PerfTestSupport.document(resources.parse(text)).getElements().get(0);
		assertThat(documentation.getDocumentation(goal.getIndicators().get(0)))
				.doesNotContain("预警灯");
	}

	@Test
	void causeProposesTheStandardLists() {
		String text = FORM.replace("current 120 次", "current 60 次 cause ");
		int offset = text.indexOf("cause ") + "cause ".length();
		List<ContentAssistEntry> proposals = assist.proposals(text, offset);

		assertThat(proposals).filteredOn(p -> "偏差原因（标准列表）".equals(p.getDescription())).extracting(ContentAssistEntry::getProposal)
				.startsWith("\"经费保障\"", "\"制度保障\"", "\"人员保障\"", "\"硬件保障\"", "\"其他\"", "\"政策调整\"").contains("\"合同约定暂未支付\"")
				.doesNotHaveDuplicates();
	}
}
