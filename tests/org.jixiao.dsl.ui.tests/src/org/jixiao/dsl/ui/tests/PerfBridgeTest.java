// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.ui.PerfIssueMarkers;
import org.jixiao.dsl.ui.internal.PerfUiInjector;
import org.jixiao.dsl.ide.folding.PerfFoldingRegions;
import org.jixiao.dsl.ui.highlighting.PerfTokenClasses;
import org.jixiao.dsl.ui.reconciler.PerfDocumentValidator;
import org.jixiao.dsl.ui.reconciler.PerfLiveResource;
import org.jixiao.model.Goal;
import org.junit.jupiter.api.Test;

/** The editor's bridge logic that needs no widget: live resource, marker attributes, folding, token classes. */
class PerfBridgeTest {

	private static final String GOAL = "goal \"保障活动\" <\n\tindicator 产出.数量 \"活动次数\" ≧ 12 次\n>\n";

	private static PerfLiveResource live(String text) {
		return new PerfLiveResource(PerfUiInjector.get(), URI.createURI("memory:/bridge.perf"), text, Map.of());
	}

	@Test
	void editsReplayedIncrementallyGiveTheSameModelAsParsingTheText() throws Exception {
		String text = PerfUiTestSupport.example("dongxihu-petition-bureau.perf");
		PerfLiveResource live = live(text);
		StringBuilder expected = new StringBuilder(text);
		int at = text.indexOf("≤ 3000 人");
		live.edited(at, 1, "≥");
		expected.replace(at, at + 1, "≥");
		int end = expected.length();
		String added = "\ngoal \"新目标\" <\n\tindicator 产出.质量 \"合格率\" ≥ 95%\n>\n";
		live.edited(end, 0, added);
		expected.append(added);

		String afterEdits = live.read(r -> r.getParseResult().getRootNode().getText());
		int liveGoals = live.read(PerfBridgeTest::goals);
		int freshGoals = live(expected.toString()).read(PerfBridgeTest::goals);

		assertThat(afterEdits).isEqualTo(expected.toString());
		assertThat(liveGoals).isEqualTo(freshGoals).isEqualTo(live(text).read(PerfBridgeTest::goals) + 1);
		assertThat(live.version()).isEqualTo(1);
	}

	@Test
	void findingsAfterEditsInGoalsAreThoseOfAFreshParse() throws Exception {
		String text = PerfUiTestSupport.example("dongxihu-petition-bureau.perf");
		PerfLiveResource live = live(text);
		PerfDocumentValidator validator = new PerfDocumentValidator(PerfUiInjector.get());
		assertThat(findings(validator.validate(live, CancelIndicator.NullImpl)))
				.isEqualTo(findings(validator.validate(live(text), CancelIndicator.NullImpl)));
		StringBuilder expected = new StringBuilder(text);

		// a category that does not exist in the first goal: a linking error on line 30
		int category = text.indexOf("产出.数量 \"劝返上访人员数量\"") + 3;
		live.edited(category, 2, "数目");
		expected.replace(category, category + 2, "数目");
		List<String> broken = findings(validator.validate(live, CancelIndicator.NullImpl));
		assertThat(broken).isEqualTo(findings(validator.validate(live(expected.toString()), CancelIndicator.NullImpl)))
				.anySatisfy(f -> assertThat(f).startsWith("30:"));

		// an edit in another goal: the first goal's error stays
		int value = expected.indexOf("\"心理咨询服务\" ≥ 280 次") + "\"心理咨询服务\" ≥ ".length();
		live.edited(value, 3, "300");
		expected.replace(value, value + 3, "300");
		assertThat(findings(validator.validate(live, CancelIndicator.NullImpl)))
				.isEqualTo(findings(validator.validate(live(expected.toString()), CancelIndicator.NullImpl)))
				.isEqualTo(broken);

		// the category written back: no finding on line 30 any more
		live.edited(category, 2, "数量");
		expected.replace(category, category + 2, "数量");
		assertThat(findings(validator.validate(live, CancelIndicator.NullImpl)))
				.isEqualTo(findings(validator.validate(live(expected.toString()), CancelIndicator.NullImpl)))
				.noneSatisfy(f -> assertThat(f).startsWith("30:"));
		String afterEdits = live.read(r -> r.getParseResult().getRootNode().getText());
		assertThat(afterEdits).isEqualTo(expected.toString());
	}

	private static List<String> findings(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + ":" + i.getSeverity() + ":" + i.getCode()
				+ ":" + i.getMessage()).sorted().toList();
	}

	private static int goals(XtextResource resource) {
		return EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Goal.class).size();
	}

	@Test
	void markersCarrySeverityRangeCodeAndDataOfTheIssue() {
		PerfLiveResource live = live(GOAL);
		List<Issue> issues = new PerfDocumentValidator(PerfUiInjector.get()).validate(live, CancelIndicator.NullImpl);
		Issue spelling = issues.stream().filter(i -> "perf.comparator-spelling".equals(i.getCode())).findFirst().orElseThrow();

		Map<String, Object> attributes = PerfIssueMarkers.attributes(spelling);

		assertThat(attributes).containsEntry(IMarker.CHAR_START, GOAL.indexOf("≧"))
				.containsEntry(IMarker.CHAR_END, GOAL.indexOf("≧") + 1).containsEntry(IMarker.LINE_NUMBER, 2)
				.containsEntry(PerfIssueMarkers.CODE, "perf.comparator-spelling")
				.containsEntry(IMarker.SEVERITY, PerfIssueMarkers.markerSeverity(spelling.getSeverity()));
		assertThat((String) attributes.get(IMarker.MESSAGE)).contains("≥");
		assertThat(org.eclipse.xtext.util.Strings.unpack((String) attributes.get(PerfIssueMarkers.DATA))).containsExactly("≥");
	}

	@Test
	void goalsAndFormsFoldOnWholeLines() {
		String text = "department \"某街道\" year 2020 <\n" + "\t" + GOAL.replace("\n\t", "\n\t\t").replace("\n>", "\n\t>") + ">\n";
		List<PerfFoldingRegions.Region> regions = live(text).read(PerfFoldingRegions::of);

		int goalStart = text.indexOf("\tgoal");
		assertThat(regions).containsExactly(new PerfFoldingRegions.Region(0, text.length()),
				new PerfFoldingRegions.Region(goalStart, text.indexOf("\t>\n") + 3 - goalStart));
	}

	@Test
	void tokensAreClassedAsAnalystsReadThem() {
		PerfTokenClasses classes = new PerfTokenClasses(PerfUiInjector.get());
		String line = "indicator 产出.数量 \"活动次数\" ≥ 12 次 direction 正向 // 注释";

		List<String> lexical = classes.lexical(line, 0).stream().map(t -> line.substring(t.offset(), t.offset() + t.length())
				+ "=" + t.styleClass()).toList();
		List<String> semantic = live(GOAL.replace("≧ 12", "≥ 12")).read(classes::semantic).stream()
				.map(t -> GOAL.replace("≧ 12", "≥ 12").substring(t.offset(), t.offset() + t.length()) + "=" + t.styleClass())
				.toList();

		assertThat(lexical).contains("indicator=keyword", "\"活动次数\"=string", "12=number", "正向=keyword", "// 注释=comment",
				"≥=punctuation", ".=punctuation");
		assertThat(semantic).containsExactly("产出=perf.category", ".=perf.category", "数量=perf.category", "≥=perf.comparator",
				"次=perf.unit");
	}
}
