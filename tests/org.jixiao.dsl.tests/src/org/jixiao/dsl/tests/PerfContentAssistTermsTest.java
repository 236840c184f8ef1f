// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.ide.contentassist.PerfKeywordDescriptions;
import org.jixiao.dsl.services.PerfGrammarAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Content assist in the analyst's terms: units after a number, the names of existing goals at a
 * goal's name, and a short Chinese description on keywords and categories.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfIdeInjectorProvider.class)
class PerfContentAssistTermsTest {

	@Inject
	private PerfContentAssist assist;

	@Inject
	private PerfGrammarAccess grammarAccess;

	@Test
	void afterANumberTheCommonUnitsComeFirstThenTheDocumentsOwn() {
		String text = "goal \"甲\" <\n\tindicator 产出.数量 \"网格巡查\" ≥ 4 个网格\n\tindicator 产出.数量 \"接待人数\" ≥ 12 ";
		List<ContentAssistEntry> proposals = assist.proposals(text + "\n>\n", text.length());

		List<String> units = proposals.stream().filter(p -> "常用单位".equals(p.getDescription()))
				.map(ContentAssistEntry::getProposal).toList();
		assertThat(units).startsWith("次", "个", "人", "项", "天", "小时", "个社区").contains("万元/人");
		assertThat(proposals).filteredOn(p -> "本文件用过的单位".equals(p.getDescription()))
				.extracting(ContentAssistEntry::getProposal).containsExactly("个网格");
		// percent and money are keywords of the value, described too
		assertThat(proposals).filteredOn(p -> p.getProposal().equals("%")).singleElement()
				.extracting(ContentAssistEntry::getDescription).isEqualTo("百分比");
		assertThat(proposals).filteredOn(p -> p.getProposal().equals("万元")).singleElement()
				.extracting(ContentAssistEntry::getDescription).isEqualTo("金额单位：万元");
	}

	@Test
	void aTypedUnitPrefixNarrowsTheUnits() {
		String text = "goal \"甲\" <\n\tindicator 产出.数量 \"接待人数\" ≥ 12 人";
		List<String> units = assist.proposals(text + "\n>\n", text.length()).stream()
				.filter(p -> "常用单位".equals(p.getDescription())).map(ContentAssistEntry::getProposal).toList();
		assertThat(units).containsExactly("人", "人次");
	}

	@Test
	void aGoalNameProposesTheDocumentsOtherGoalsNotYetInTheSameTable() {
		String declaration = "department \"某区信访局\" year 2020 <\n"
				+ "\tannual goal 年度目标1 \"甲\" < indicator 产出.数量 \"接待\" ≥ 1 次 >\n"
				+ "\tannual goal 年度目标2 \"乙\" < indicator 产出.数量 \"接待\" ≥ 1 次 >\n>\n";
		String selfeval = "selfeval department \"某区信访局\" year 2020 <\n"
				+ "\tannual goal 年度目标1 \"甲\" < indicator 产出.数量 \"接待\" ≥ 1 次 >\n\tannual goal ";
		String text = declaration + selfeval;
		List<ContentAssistEntry> proposals = assist.proposals(text + "\n>\n", text.length());

		assertThat(proposals).filteredOn(p -> "已有目标的名称".equals(p.getDescription()))
				.extracting(ContentAssistEntry::getProposal).containsExactly("年度目标2");
	}

	@Test
	void aQuotedGoalNameIsProposedQuoted() {
		String declaration = "department \"某区信访局\" year 2020 <\n"
				+ "\tannual goal \"目标（一）\" \"甲\" < indicator 产出.数量 \"接待\" ≥ 1 次 >\n>\n";
		String text = declaration + "selfeval department \"某区信访局\" year 2020 <\n\tannual goal ";
		List<ContentAssistEntry> proposals = assist.proposals(text + "\n>\n", text.length());

		assertThat(proposals).filteredOn(p -> "已有目标的名称".equals(p.getDescription()))
				.extracting(ContentAssistEntry::getProposal).containsExactly("\"目标（一）\"");
	}

	@Test
	void categoriesShowTheirTitlesAndGuidance() {
		String text = "goal \"甲\" <\n\tindicator ";
		List<ContentAssistEntry> proposals = assist.proposals(text + "\n>\n", text.length());

		assertThat(proposals).filteredOn(p -> p.getProposal().equals("产出.数量")).singleElement().satisfies(p -> {
			assertThat(p.getDescription()).isEqualTo("二级指标：产出指标 › 数量指标");
			assertThat(p.getDocumentation()).isEqualTo("预期提供的公共产品和服务的数量，宜用数字加单位（次、个、人、项）。");
		});
		assertThat(proposals).filteredOn(p -> p.getProposal().equals("满意度.服务对象满意度")).singleElement()
				.extracting(ContentAssistEntry::getDescription).isEqualTo("二级指标：满意度指标 › 服务对象满意度指标");
	}

	@Test
	void eachCategoryIsProposedOnceUnderItsOwnNameUntilASynonymIsTyped() {
		String text = "goal \"甲\" <\n\tindicator ";
		List<String> proposals = assist.proposals(text + "\n>\n", text.length()).stream()
				.map(ContentAssistEntry::getProposal).toList();
		// 经典: 产出 → 数量 质量 时效 成本
		assertThat(proposals).filteredOn(p -> p.startsWith("产出")).containsExactlyInAnyOrder("产出.数量", "产出.质量", "产出.时效",
				"产出.成本");

		String synonym = text + "产出指标.";
		assertThat(assist.proposals(synonym + "\n>\n", synonym.length())).extracting(ContentAssistEntry::getProposal)
				.contains("产出指标.数量", "产出指标.数量指标").doesNotContain("产出.数量");
	}

	@Test
	void aSectionProposesFirstLevelCategoriesWithTheirTitles() {
		String text = "goal \"甲\" <\n\tsection ";
		List<ContentAssistEntry> proposals = assist.proposals(text + "\n>\n", text.length());

		assertThat(proposals).filteredOn(p -> p.getProposal().equals("效益")).singleElement().satisfies(p -> {
			assertThat(p.getDescription()).isEqualTo("一级指标：效益指标");
			assertThat(p.getDocumentation()).isEqualTo("反映与既定绩效目标相关的、预算支出预期结果的实现程度和影响。");
		});
	}

	@Test
	void keywordsAtTheStartOfADocumentAreDescribed() {
		List<ContentAssistEntry> proposals = assist.proposals("", 0);

		assertThat(proposals).filteredOn(p -> p.getProposal().equals("goal")).singleElement()
				.extracting(ContentAssistEntry::getDescription).isEqualTo("绩效目标");
		assertThat(proposals).filteredOn(p -> p.getProposal().equals("selfeval")).singleElement()
				.extracting(ContentAssistEntry::getDescription).isEqualTo("绩效自评表");
		assertThat(proposals).filteredOn(p -> ContentAssistEntry.KIND_KEYWORD.equals(p.getKind()))
				.isNotEmpty().allSatisfy(p -> assertThat(p.getDescription()).isNotBlank());
	}

	@Test
	void theFieldsOfTheNationalFormsAreProposedWhereTheyMayStand() {
		String beforeValue = "goal \"甲\" <\n\tindicator 产出.数量 \"培训人次\" description \"参加培训的人次\" ";
		String afterValue = "goal \"甲\" <\n\tindicator 产出.数量 \"培训人次\" ≥ 300 人次 ";
		String afterScore = afterValue + "weight 10 actual 285 人次 score 9 ";

		assertThat(keywords(beforeValue)).containsEntry("criterion", "评（扣）分标准");
		assertThat(keywords(afterValue)).containsEntry("adjusted", "调整后目标值").containsEntry("midterm", "实施周期（中期）指标值")
				.containsEntry("core", "核心指标（是否核心指标：是）").containsEntry("deviation", "偏差原因分析（自评表或一个指标的）");
		assertThat(keywords(afterScore)).containsKey("deviation").doesNotContainKeys("adjusted", "core");
	}

	/** The keywords proposed at the end of the text, with their descriptions. */
	private java.util.Map<String, String> keywords(String text) {
		java.util.Map<String, String> keywords = new java.util.LinkedHashMap<>();
		for (ContentAssistEntry proposal : assist.proposals(text + "\n>\n", text.length())) {
			if (ContentAssistEntry.KIND_KEYWORD.equals(proposal.getKind())) {
				keywords.put(proposal.getProposal(), proposal.getDescription());
			}
		}
		return keywords;
	}

	@Test
	void everyKeywordOfTheGrammarHasADescription() {
		List<String> missing = new ArrayList<>();
		for (AbstractRule rule : grammarAccess.getGrammar().getRules()) {
			if (rule instanceof ParserRule || rule instanceof EnumRule) {
				for (EObject element : (Iterable<EObject>) () -> rule.eAllContents()) {
					if (element instanceof Keyword keyword && PerfKeywordDescriptions.of(keyword.getValue()) == null) {
						missing.add(keyword.getValue());
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}
}
