// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.library.PerfIndicatorLibrary;
import org.jixiao.dsl.library.PerfIndicatorNames;
import org.jixiao.dsl.library.PerfIndicatorRanking;
import org.jixiao.dsl.library.PerfRankedEntry;
import org.jixiao.dsl.scoping.PerfLibrary;
import org.jixiao.model.Goal;
import org.jixiao.model.IndicatorLibrary;
import org.jixiao.model.LibraryEntry;
import org.jixiao.model.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The shipped indicator library (指标库): complete, linked, without duplicates, overridable, ranked. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfIndicatorLibraryTest {

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfIndicatorLibrary indicatorLibrary;

	@Inject
	private PerfLibrary perfLibrary;

	private PerfIndicatorLibrary library() {
		return indicatorLibrary;
	}

	@Test
	void shippedLibraryIsLargeLinkedAndHasNoDuplicateNamesPerCategory() {
		List<IndicatorLibrary> libraries = perfLibrary
				.getIndicatorLibraries();
		assertThat(libraries).hasSize(3);
		Set<String> keys = new HashSet<>();
		int count = 0;
		for (IndicatorLibrary libraryFile : libraries) {
			for (LibraryEntry entry : libraryFile.getEntries()) {
				count++;
				assertThat(entry.getCategory()).as(entry.getName()).isNotNull();
				assertThat(entry.getCategory().eIsProxy()).as(entry.getName()).isFalse();
				assertThat(keys.add(PerfIndicatorLibrary.key(entry))).as("duplicate " + PerfIndicatorLibrary.key(entry))
						.isTrue();
			}
		}
		assertThat(count).isGreaterThan(300);
		assertThat(library().entries((XtextResourceSet) null)).hasSize(count);
	}

	@Test
	void entriesRecordTheFormsUsualWriting() {
		List<LibraryEntry> entries = library().entries((XtextResourceSet) null);
		LibraryEntry repair = entries.stream().filter(e -> e.getName().equals("信访受理回复及时率")).findFirst()
				.orElseThrow();
		assertThat(repair.getKind()).isEqualTo(ValueKind.PERCENTAGE);
		assertThat(repair.getTags()).contains("信访");
		assertThat(entries).filteredOn(e -> PerfIndicatorNames.normalise(e.getName()).equals("综治中心建设完成率"))
				.as("当年综治中心建设完成率 and 综治中心建设完成率 are one entry").hasSize(1);
		assertThat(entries).allSatisfy(e -> assertThat(e.getGuidance()).isNotBlank());
	}

	@Test
	void aPetitionGoalGetsPetitionIndicatorsFirst() {
		XtextResource resource = resources.parse("goal \"做好信访接待工作，及时受理回复群众来信来访\" <\n"
				+ "\tindicator 产出.时效 \"占位\" 1 次\n>\n");
		Goal goal = (Goal) PerfTestSupport.document(resource).getElements().get(0);
		List<LibraryEntry> timeliness = library().entries(resource, goal.getIndicators().get(0).getCategory());

		List<PerfRankedEntry> ranked = new PerfIndicatorRanking().rank(timeliness,
				PerfIndicatorRanking.contextOf(goal, goal.getIndicators().get(0)));

		// 信访受理回复及时率: tag 信访 (10) + shared 信访、受理、理回、回复、及时 (5) = 15, the only one above 11.
		assertThat(ranked.get(0).entry().getName()).isEqualTo("信访受理回复及时率");
		assertThat(ranked.get(0).score()).isEqualTo(15);
		assertThat(ranked.get(0).explanation()).isEqualTo("工作类型：信访；共有词语：信访、受理、理回、回复、及时");
		long petition = timeliness.stream().filter(e -> e.getTags().contains("信访")).count();
		assertThat(petition).isGreaterThanOrEqualTo(5);
		assertThat(ranked.subList(0, (int) petition)).as("every 信访 entry before any other")
				.allSatisfy(r -> assertThat(r.entry().getTags()).contains("信访"));
	}

	@Test
	void projectEntriesOverrideShippedOnes() {
		XtextResourceSet resourceSet = resources.newResourceSet();
		resources.load(resourceSet, "region-library.perf", """
				library 本区指标 "本区补充的推荐指标" <
				    entry 满意度.服务对象满意度 "服务对象满意度" kind percentage ≥ direction 正向 basis "本区满意度调查" guidance "本区要求 ≥ 95%。" tags 社区
				    entry 产出.数量 "社区议事会召开次数" kind quantity ≥ unit 次 direction 正向 basis "计划标准" guidance "每季度至少一次。" tags 社区
				>
				""");
		XtextResource document = resources.load(resourceSet, "goals.perf", "goal \"目标\" < indicator 产出.数量 \"次数\" 1 次 >");

		List<LibraryEntry> entries = library().entries(document);

		assertThat(entries).filteredOn(e -> e.getName().equals("服务对象满意度")).singleElement()
				.satisfies(e -> assertThat(e.getBasis()).isEqualTo("本区满意度调查"));
		assertThat(entries).anyMatch(e -> e.getName().equals("社区议事会召开次数"));
		assertThat(entries).hasSize(library().entries((XtextResourceSet) null).size() + 1);
	}
}
