// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.ui.internal.PerfUiInjector;
import org.jixiao.dsl.ui.reconciler.PerfDocumentValidator;
import org.jixiao.dsl.ui.reconciler.PerfLiveResource;
import org.jixiao.dsl.ui.reconciler.PerfQuickValidation;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.Test;

/**
 * The editor's validation as the analyst types, edit after edit in the 13 project tables of seed 004
 * (one template copied into every table: boilerplate findings across tables): the complete validation
 * on the live resource always finds what a validation of the text from scratch finds, and the quick
 * check of the changed table, shown before it, agrees with it in that table and keeps the other
 * tables' findings where their text moved to.
 */
class PerfQuickValidationTest {

	/** Findings of the checks on the whole document: only the complete validation gives them. */
	private static final Set<String> DOCUMENT_LEVEL = Set.of(PerfIssueCodes.BOILERPLATE,
			PerfIssueCodes.COMPARATOR_SPELLING, PerfIssueCodes.FULL_WIDTH);

	private final PerfDocumentValidator validator = new PerfDocumentValidator(PerfUiInjector.get());

	private static PerfLiveResource live(String text) {
		return new PerfLiveResource(PerfUiInjector.get(), URI.createURI("memory:/xiguan.perf"), text, Map.of());
	}

	/** A typing session on one live document, checked after every edit against a fresh validation. */
	private final class Session {
		final PerfLiveResource live;
		final StringBuilder text;
		PerfQuickValidation.Base base;
		PerfQuickValidation.Result quick;
		List<Issue> complete;

		Session(String text) {
			this.live = live(text);
			this.text = new StringBuilder(text);
			this.base = new PerfQuickValidation.Base(text, validator.validate(live, CancelIndicator.NullImpl));
		}

		/** Replaces {@code length} characters after the first {@code after} and checks as the editor does. */
		void editAfter(String after, int length, String replacement) {
			int at = text.indexOf(after);
			assertThat(at).as("%s in the text", after).isNotNegative();
			edit(at + after.length(), length, replacement);
		}

		/** Replaces {@code length} characters at {@code at} and checks as the editor does. */
		void edit(int at, int length, String replacement) {
			live.edited(at, length, replacement);
			text.replace(at, at + length, replacement);

			quick = validator.validateChanged(live, base, CancelIndicator.NullImpl);
			complete = validator.validate(live, CancelIndicator.NullImpl);
			List<Issue> fresh = validator.validate(live(text.toString()), CancelIndicator.NullImpl);

			String parsed = live.read(r -> r.getParseResult().getRootNode().getText());
			assertThat(parsed).isEqualTo(text.toString());
			assertThat(findings(complete, i -> true)).isEqualTo(findings(fresh, i -> true));
			assertThat(quick).as("quick result").isNotNull();
			assertThat(quick.start()).isLessThanOrEqualTo(at);
			assertThat(quick.end()).isGreaterThanOrEqualTo(at + replacement.length());
			Predicate<Issue> inside = i -> i.getOffset() >= quick.start() && i.getOffset() < quick.end();
			Predicate<Issue> elementRule = i -> !DOCUMENT_LEVEL.contains(i.getCode());
			assertThat(findings(quick.issues(), inside.and(elementRule)))
					.isEqualTo(findings(fresh, inside.and(elementRule)));
			assertThat(findings(quick.issues(), inside.negate().and(elementRule)))
					.isEqualTo(findings(fresh, inside.negate().and(elementRule)));
			base = new PerfQuickValidation.Base(text.toString(), complete);
		}

		EObject table(int index) {
			return live.read(r -> ((PerfDocument) r.getContents().get(0)).getElements().get(index));
		}
	}

	@Test
	void editsInTablesGiveTheFindingsOfTheTextWithTheChangedTableFirst() throws Exception {
		Session session = new Session(PerfUiTestSupport.example("xiguan-2022-projects.perf"));
		assertThat(session.base.issues()).anySatisfy(i -> assertThat(i.getCode()).isEqualTo(PerfIssueCodes.BOILERPLATE));

		// a number in table 3
		session.editAfter("\"支付公用经费人数\" ", 2, "50");

		// an unfinished line 16 in table 1: a syntax error where the quoted name was expected, at the next
		// line's "indicator"; every line below moves down by one
		session.editAfter("\"保险支付车辆数\" 1 台 basis \"保险单\"\n", 0, "\t\tindicator 产出.数量 \n");
		assertThat(session.quick.issues()).anySatisfy(i -> {
			assertThat(i.isSyntaxError()).isTrue();
			assertThat(i.getLineNumber()).isEqualTo(17);
		});

		// a number in table 5 while table 1 has its error: table 5 alone is parsed again, the others stay
		EObject table10 = session.table(9);
		session.editAfter("\"支付基层武装部建设经费人数\" ", 3, "231");
		assertThat(session.table(9)).isSameAs(table10);
		assertThat(session.complete).anySatisfy(i -> assertThat(i.isSyntaxError()).isTrue());

		// a value two lines below the unfinished line, in the same goal: that indicator alone is parsed again
		EObject table2 = session.table(1);
		session.editAfter("\"按照工作要求按时完成预定计划\" ≥ ", 2, "96");
		assertThat(session.table(1)).isSameAs(table2);
		assertThat(session.complete).anySatisfy(i -> assertThat(i.isSyntaxError()).isTrue());

		// a second indicator of the same name in table 3: the duplicate is reported at once
		session.editAfter("\"支付公用经费人数\" 50 人 basis \"在编人数\"\n\t\tindicator 产出.质量 \"", "办公设备正常运行率".length(),
				"支付经费人数");
		assertThat(session.quick.issues()).anySatisfy(
				i -> assertThat(i.getCode()).isEqualTo(PerfIssueCodes.DUPLICATE_INDICATOR));

		// inside the second line of a goal text that spans two lines (one token from the line above)
		session.editAfter("2.保障社区工作顺利", 0, "、有序");

		// a template row reworded in table 2: the copies in other tables change with the complete validation
		session.editAfter("\"控制在预算资金内\" 是 basis \"", "预算数额".length(), "预算额度");

		// the unfinished line removed: no syntax error any more
		session.edit(session.text.indexOf("\t\tindicator 产出.数量 \n"), "\t\tindicator 产出.数量 \n".length(), "");
		assertThat(session.complete).noneSatisfy(i -> assertThat(i.isSyntaxError()).isTrue());
		assertThat(session.quick.issues()).noneSatisfy(i -> assertThat(i.isSyntaxError()).isTrue());

		// a new table pasted at the end
		String table = "\nproject \"P1\" \"新项目\" year 2022 <\n\tgoal \"保障\" <\n\t\tindicator 产出.数量 \"台数\" 1 台\n\t>\n>\n";
		session.edit(session.text.length(), 0, table);
	}

	private static List<String> findings(List<Issue> issues, Predicate<Issue> which) {
		return issues.stream().filter(which)
				.map(i -> i.getLineNumber() + ":" + i.getColumn() + ":" + i.getOffset() + "+" + i.getLength() + ":"
						+ i.getSeverity() + ":" + i.getCode() + ":" + i.getMessage())
				.sorted().toList();
	}
}
