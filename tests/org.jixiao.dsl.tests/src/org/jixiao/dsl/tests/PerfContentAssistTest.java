// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.model.LibraryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Content assist after {@code indicator 一级.二级 } writes whole indicators from the library. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfIdeInjectorProvider.class)
class PerfContentAssistTest {

	private static final String PETITION_GOAL = "goal \"做好信访接待工作，及时受理回复群众来信来访\" <\n\tindicator 产出.时效 ";

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfContentAssist assist;

	@Test
	void proposesLibraryIndicatorsOfTheCategoryRankedForTheGoal() {
		List<ContentAssistEntry> proposals = assist.proposals(PETITION_GOAL + "\n>\n", PETITION_GOAL.length());

		List<ContentAssistEntry> library = proposals.stream().filter(p -> p.getSource() instanceof LibraryEntry).toList();
		assertThat(library).isNotEmpty();
		assertThat(library).allSatisfy(p -> assertThat(((LibraryEntry) p.getSource()).getCategory().getName())
				.isEqualTo("时效"));
		assertThat(library.get(0).getLabel()).isEqualTo("信访受理回复及时率");
		assertThat(library.get(0).getProposal()).isEqualTo("\"信访受理回复及时率\" ≥ 90%");
		assertThat(library.get(0).getDescription()).isEqualTo("指标库 · 产出.时效");
		assertThat(library.get(0).getDocumentation()).contains("推荐理由：工作类型：信访");
		int valueOffset = PETITION_GOAL.length() + "\"信访受理回复及时率\" ≥ ".length();
		assertThat(library.get(0).getEditPositions()).singleElement().satisfies(region -> {
			assertThat(region.getOffset()).isEqualTo(valueOffset);
			assertThat(region.getLength()).isEqualTo(2);
		});
	}

	@Test
	void everyProposalOfACategoryInsertsAValidIndicator() {
		List<ContentAssistEntry> proposals = assist.proposals(PETITION_GOAL.replace("产出.时效", "产出.成本") + "\n>\n", PETITION_GOAL.length());
		List<ContentAssistEntry> library = proposals.stream().filter(p -> p.getSource() instanceof LibraryEntry).toList();
		assertThat(library).hasSizeGreaterThan(5);
		for (ContentAssistEntry proposal : library) {
			String text = PETITION_GOAL.replace("产出.时效", "产出.成本") + proposal.getProposal() + "\n>\n";
			XtextResource resource = resources.parse(text);
			List<Issue> onLine = resources.issues(resource).stream().filter(i -> i.getLineNumber() == 2).toList();
			assertThat(onLine).as(text + "\n" + PerfTestSupport.describe(onLine)).isEmpty();
		}
	}

	@Test
	void everyLibraryEntryInsertsTextWithoutFindings() {
		for (String category : List.of("产出.数量", "产出.质量", "产出.时效", "产出.成本", "效益.社会效益", "效益.经济效益",
				"效益.生态效益", "效益.可持续影响", "满意度.服务对象满意度")) {
			String prefix = PETITION_GOAL.replace("产出.时效", category);
			for (ContentAssistEntry proposal : assist.proposals(prefix + "\n>\n", prefix.length())) {
				if (!(proposal.getSource() instanceof LibraryEntry)) {
					continue;
				}
				String text = prefix + proposal.getProposal() + "\n>\n";
				List<Issue> onLine = resources.issues(resources.parse(text)).stream()
						.filter(i -> i.getLineNumber() == 2).toList();
				assertThat(onLine).as(text + "\n" + PerfTestSupport.describe(onLine)).isEmpty();
			}
		}
	}

	@Test
	void prefixInsideTheNameFiltersProposals() {
		String text = PETITION_GOAL + "\"信访";
		List<ContentAssistEntry> proposals = assist.proposals(text + "\n>\n", text.length());
		List<ContentAssistEntry> library = proposals.stream().filter(p -> p.getSource() instanceof LibraryEntry).toList();
		assertThat(library).isNotEmpty().allSatisfy(p -> assertThat(p.getProposal()).startsWith("\"信访"));
	}
}
