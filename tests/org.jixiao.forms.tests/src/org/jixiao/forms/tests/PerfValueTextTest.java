// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.generator.PerfValueText;
import org.jixiao.model.Goal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Indicator values print as the seed forms write them, whatever spelling the source used. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfValueTextTest {

	@Inject
	private PerfTestResources resources;

	@Test
	void everyValueKindPrintsWithoutSpaces() {
		XtextResource resource = resources.parse("""
				goal "目标" <
				    indicator 产出.数量 "a" >= 12 次
				    indicator 产出.质量 "b" ≧ 95 ％
				    indicator 产出.成本 "c" ≤ 296.8725 万元
				    indicator 产出.数量 "d" 1-2 次/30天
				    indicator 效益.社会效益 "e" 前 25 名
				    indicator 效益.社会效益 "f" 第 3 名
				    indicator 效益.社会效益 "g" "明显提升"
				    indicator 效益.社会效益 "h" = "全年"
				    indicator 效益.可持续影响 "i" = 是
				    indicator 产出.数量 "j" ---
				    indicator 产出.数量 "k" 100.0%
				    indicator 产出.成本 "l" ≤ 6 万元/人
				>
				""");
		assertThat(resources.errors(resource)).isEmpty();
		Goal goal = (Goal) PerfTestSupport.document(resource).getElements().get(0);
		List<String> printed = goal.getIndicators().stream().map(i -> PerfValueText.of(i.getValue())).toList();
		assertThat(printed).containsExactly("≥12次", "≥95%", "≤296.8725万元", "1-2次/30天", "25名之前", "第3名", "明显提升",
				"=全年", "=是", "---", "100.0%", "≤6万元/人");
	}
}
