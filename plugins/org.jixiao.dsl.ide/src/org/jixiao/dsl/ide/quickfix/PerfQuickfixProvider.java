// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.quickfix;

import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import java.util.List;
import java.util.function.Function;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;

/**
 * Quick fixes of the .perf language, IDE-neutral: the language server offers them as code
 * actions and the Eclipse editor can apply the same text edits. Every fix is mechanical: the
 * validator computes the replacement (issue data) for the exact text it marks, so the fix only
 * writes it; a fix never changes anything the issue did not point at.
 */
public class PerfQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	// The declarative API hands fix methods only the acceptor; they need the diagnostic's data.
	private final ThreadLocal<Diagnostic> current = new ThreadLocal<>();

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		current.set(diagnostic);
		try {
			return super.getResolutions(options, diagnostic);
		} finally {
			current.remove();
		}
	}

	private List<String> data() {
		Diagnostic diagnostic = current.get();
		return diagnostic == null ? List.of() : PerfFixData.strings(diagnostic.getData());
	}

	/** One resolution per replacement in the data, each replacing the marked text. */
	private void replaceEach(DiagnosticResolutionAcceptor acceptor, String labelFormat) {
		for (String replacement : data()) {
			if (replacement != null) {
				acceptor.accept(String.format(labelFormat, replacement),
						(diagnostic, object, document) -> createTextEdit(diagnostic, replacement));
			}
		}
	}

	/** The first replacement of the data, if any. */
	private void replaceFirst(DiagnosticResolutionAcceptor acceptor, String labelFormat) {
		List<String> data = data();
		if (!data.isEmpty() && data.get(0) != null) {
			String replacement = data.get(0);
			acceptor.accept(String.format(labelFormat, replacement),
					(diagnostic, object, document) -> createTextEdit(diagnostic, replacement));
		}
	}

	/** One fix per category the framework has in place of the unknown one (nearest first), as the message lists them. */
	@QuickFix(UNKNOWN_CATEGORY)
	public void frameworkCategory(DiagnosticResolutionAcceptor acceptor) {
		replaceEach(acceptor, "改为类别“%s”");
	}

	@QuickFix(WRONG_LEVEL1)
	public void moveToRightLevel1(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "移到正确的一级指标下：“%s”");
	}

	@QuickFix(CATEGORY_SYNONYM)
	public void canonicalCategory(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "改为规范名称“%s”");
	}

	@QuickFix(COMPARATOR_SPELLING)
	public void canonicalComparator(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "改为规范比较符“%s”");
	}

	@QuickFix(FULL_WIDTH)
	public void halfWidth(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "改为半角“%s”");
	}

	@QuickFix(MISSING_COMPARATOR)
	public void addComparator(DiagnosticResolutionAcceptor acceptor) {
		replaceEach(acceptor, "写作“%s”");
	}

	@QuickFix(UNACHIEVABLE_100)
	public void exactly100(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "改为“%s”");
	}

	@QuickFix(FRACTION_PERCENTAGE)
	public void fractionToPercentage(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "改为百分比“%s”");
	}

	@QuickFix(RATE_UNIT)
	public void unitToPercent(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "单位改为 %%：“%s”");
	}

	@QuickFix(LIBRARY_MISMATCH)
	public void libraryForm(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "按指标库改为“%s”");
	}

	@QuickFix(DIRECTION_COMPARATOR)
	public void flipComparator(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "比较符改为“%s”");
	}

	@QuickFix(SATISFACTION_FLOOR)
	public void raiseSatisfaction(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "改为“%s”");
	}

	@QuickFix(COST_NOT_AMOUNT)
	@QuickFix(COST_QUANTIFIED)
	public void costAsBudgetCap(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "改为预算上限“%s”");
	}

	/** An alias of a 指标值确定依据 kind (计划数据) becomes the standard's word (计划标准). */
	@QuickFix(BASIS_KIND)
	public void standardBasis(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "改为国家数据标准的写法 %s");
	}

	@QuickFix(SHARE_MISMATCH)
	public void recomputeShare(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "改为计算值 %s%%");
	}

	@QuickFix(INCOME_SUM)
	@QuickFix(EXPENSE_SUM)
	@QuickFix(PUBLIC_EXPENSES_SUM)
	@QuickFix(BUDGET_PARTS)
	@QuickFix(SECTION_WEIGHT)
	@QuickFix(TOTAL_SCORE)
	public void recomputeTotal(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "改为各部分之和 %s");
	}

	@QuickFix(EXECUTION_RATE)
	public void recomputeExecutionRate(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "改为执行数 ÷ 预算数 = %s%%");
	}

	@QuickFix(EXECUTION_SCORE)
	public void recomputeExecutionScore(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "改为 分值 × 执行率 = %s");
	}

	@QuickFix(SCORE_ABOVE_WEIGHT)
	public void scoreAtMostWeight(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "得分改为分值 %s");
	}

	@QuickFix(SPENDING_PLAN)
	public void planEndsAt100(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "年底累计改为 %s%%");
	}

	@QuickFix(GOAL_MISSING_SATISFACTION)
	public void addSatisfactionIndicator(DiagnosticResolutionAcceptor acceptor) {
		List<String> data = data();
		if (data.size() < 2) {
			return;
		}
		int offset = Integer.parseInt(data.get(0));
		String text = data.get(1);
		acceptor.accept("添加满意度指标：" + text.strip(), (diagnostic, object, document) -> {
			Position position = document.getPosition(offset);
			return List.of(new TextEdit(new Range(position, position), text));
		});
	}

	/** Removes an adjusted target that is the target itself ({@code adjusted} and its value). */
	@QuickFix(ADJUSTED_UNCHANGED)
	public void removeAdjusted(DiagnosticResolutionAcceptor acceptor) {
		List<String> data = data();
		if (data.size() < 2) {
			return;
		}
		int offset = Integer.parseInt(data.get(0));
		int length = Integer.parseInt(data.get(1));
		acceptor.accept("删去与指标值相同的调整后目标值", (diagnostic, object, document) -> {
			Position start = document.getPosition(offset);
			Position end = document.getPosition(offset + length);
			return List.of(new TextEdit(new Range(start, end), ""));
		});
	}

	/** Inserts the 偏差分析 with one item per shortfall (or fills a blank one); the analyst writes the causes. */
	@QuickFix(DEVIATION_REQUIRED)
	public void addDeviationAnalysis(DiagnosticResolutionAcceptor acceptor) {
		replaceRange(acceptor, text -> "填写偏差大或目标未完成原因分析（逐项列出未达到目标之处）");
	}

	/** Writes the declared (adjusted) target in place of the self-evaluation's, as {@code selfeval new} would have. */
	@QuickFix(STAGE_TARGET)
	public void declaredTarget(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "改为申报表的目标值“%s”");
	}

	@QuickFix(STAGE_BUDGET)
	public void declaredBudget(DiagnosticResolutionAcceptor acceptor) {
		replaceFirst(acceptor, "改为申报表的预算数 %s");
	}

	/** Inserts {@code deviation "…"} on the over-achieving indicator for the analyst to fill in. */
	@QuickFix(OVER_ACHIEVEMENT)
	public void explainOverAchievement(DiagnosticResolutionAcceptor acceptor) {
		replaceRange(acceptor, text -> "添加超额完成的原因说明（deviation）");
	}

	/** Inserts {@code deviation "…"} on an actual that contradicts the monitoring forecast, for the analyst to fill in. */
	@QuickFix(FORECAST_CONTRADICTED)
	public void explainForecastGap(DiagnosticResolutionAcceptor acceptor) {
		replaceRange(acceptor, text -> "添加与监控预计不符的原因说明（deviation）");
	}

	/** Inserts a 偏差原因 placeholder (and 原因说明 if missing) after the monitoring values; the analyst picks the cause. */
	@QuickFix(LIGHT_WITHOUT_CAUSE)
	public void addDeviationCause(DiagnosticResolutionAcceptor acceptor) {
		replaceRange(acceptor, text -> "插入偏差原因（cause）与原因说明，待选择与填写");
	}

	/**
	 * Writes the 评（扣）分标准 the scoring rules apply to the indicator's value, where the grammar
	 * places it (or in place of a blank one); the analyst keeps or edits it.
	 */
	@QuickFix(MISSING_CRITERION)
	public void addCriterion(DiagnosticResolutionAcceptor acceptor) {
		replaceRange(acceptor, text -> "按指标值写评（扣）分标准：" + text.strip());
	}

	/** Replaces the range the issue data gives (offset, length) with its text; the label may quote the text. */
	private void replaceRange(DiagnosticResolutionAcceptor acceptor, Function<String, String> label) {
		List<String> data = data();
		if (data.size() < 3) {
			return;
		}
		int offset = Integer.parseInt(data.get(0));
		int length = Integer.parseInt(data.get(1));
		String text = data.get(2);
		acceptor.accept(label.apply(text), (diagnostic, object, document) -> {
			Position start = document.getPosition(offset);
			Position end = document.getPosition(offset + length);
			return List.of(new TextEdit(new Range(start, end), text));
		});
	}
}
