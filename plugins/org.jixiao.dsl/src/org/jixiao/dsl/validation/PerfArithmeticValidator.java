// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import org.jixiao.dsl.model.PerfValues;
import org.jixiao.dsl.model.PerfNumbers;
import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfSourceText;
import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.jixiao.model.BudgetExecution;
import org.jixiao.model.BudgetSource;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.FundLine;
import org.jixiao.model.FundSide;
import org.jixiao.model.Funds;
import org.jixiao.model.Indicator;
import org.jixiao.model.Money;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.PlanPoint;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.PublicExpenses;
import org.jixiao.model.SelfEvaluation;

/** Sums, shares and budgets as the finance bureau recomputes them. */
public class PerfArithmeticValidator extends PerfCheck {

	private record Column(String label, Function<FundLine, BigDecimal> value, EAttribute feature) {
	}

	private static final List<Column> COLUMNS = List.of(
			new Column("当年预算", FundLine::getAmount, PerfPackage.Literals.FUND_LINE__AMOUNT),
			new Column("前年", FundLine::getTwoYearsAgo, PerfPackage.Literals.FUND_LINE__TWO_YEARS_AGO),
			new Column("上年", FundLine::getLastYear, PerfPackage.Literals.FUND_LINE__LAST_YEAR));

	@Check
	public void fundSums(Funds funds) {
		for (FundSide side : FundSide.values()) {
			FundLine total = total(funds, side);
			if (total == null) {
				continue;
			}
			for (Column column : COLUMNS) {
				BigDecimal stated = column.value().apply(total);
				BigDecimal sum = null;
				for (FundLine line : funds.getLines()) {
					BigDecimal part = column.value().apply(line);
					if (line.getSide() == side && !line.isTotal() && part != null) {
						sum = sum == null ? part : sum.add(part);
					}
				}
				if (stated != null && sum != null && PerfNumbers.exceeds(stated, sum, profile.amountTolerance())) {
					boolean income = side == FundSide.INCOME;
					String what = income ? "收入合计" : "支出合计（基本支出 + 项目支出）";
					String parts = income ? "各项收入" : "各项支出";
					report(income ? INCOME_SUM : EXPENSE_SUM, column.label() + what + " " + PerfNumbers.plain(stated) + " 万元与" + parts + "之和 "
							+ PerfNumbers.plain(sum) + " 万元不符（相差 " + PerfNumbers.plain(stated.subtract(sum).abs()) + " 万元）。", total,
							column.feature(), PerfNumbers.plain(sum));
				}
			}
		}
		FundLine income = total(funds, FundSide.INCOME);
		FundLine expense = total(funds, FundSide.EXPENSE);
		if (income != null && expense != null) {
			for (Column column : COLUMNS) {
				BigDecimal in = column.value().apply(income);
				BigDecimal out = column.value().apply(expense);
				if (in != null && out != null && PerfNumbers.exceeds(in, out, profile.amountTolerance())) {
					report(INCOME_EXPENSE_BALANCE, column.label() + "收入合计 " + PerfNumbers.plain(in) + " 万元与支出合计 " + PerfNumbers.plain(out)
							+ " 万元不相等：部门预算收支应平衡。", expense, column.feature());
				}
			}
		}
	}

	@Check
	public void share(FundLine line) {
		if (line.getShare() == null || line.getAmount() == null || !(line.eContainer() instanceof Funds funds)) {
			return;
		}
		BigDecimal whole = wholeOf(funds, line.getSide());
		BigDecimal exact = PerfNumbers.percent(line.getAmount(), whole);
		if (exact == null) {
			return;
		}
		BigDecimal computed = PerfNumbers.roundLike(exact, line.getShare());
		if (PerfNumbers.differs(line.getShare(), computed, profile.shareTolerance())) {
			String label = line.getLabel() != null ? line.getLabel() : "合计";
			report(SHARE_MISMATCH, label + "占比 " + PerfNumbers.plain(line.getShare()) + "% 与计算值不符：" + PerfNumbers.plain(line.getAmount())
					+ " ÷ " + PerfNumbers.plain(whole) + " = " + computed.toPlainString() + "%。", line, PerfPackage.Literals.FUND_LINE__SHARE,
					computed.toPlainString());
		}
	}

	private static FundLine total(Funds funds, FundSide side) {
		return funds.getLines().stream().filter(l -> l.getSide() == side && l.isTotal()).findFirst().orElse(null);
	}

	/** The side's total as stated, else the sum of its lines. */
	private static BigDecimal wholeOf(Funds funds, FundSide side) {
		FundLine total = total(funds, side);
		if (total != null && total.getAmount() != null) {
			return total.getAmount();
		}
		return funds.getLines().stream().filter(l -> l.getSide() == side && !l.isTotal() && l.getAmount() != null)
				.map(FundLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@Check
	public void projectFunds(ProjectTable project) {
		if (project.getBudget() == null || project.getFiscalFunds() == null && project.getOtherFunds() == null) {
			return;
		}
		BigDecimal sum = PerfNumbers.orZero(project.getFiscalFunds()).add(PerfNumbers.orZero(project.getOtherFunds()));
		if (PerfNumbers.exceeds(project.getBudget(), sum, profile.amountTolerance())) {
			report(BUDGET_PARTS, "预算数 " + PerfNumbers.plain(project.getBudget()) + " 万元与财政资金 + 其他资金 = " + PerfNumbers.plain(sum)
					+ " 万元不符。", project, PerfPackage.Literals.PROJECT_TABLE__BUDGET, PerfNumbers.plain(sum));
		}
	}

	private record SourceColumn(String label, Function<BudgetExecution, BigDecimal> total, Function<BudgetSource, BigDecimal> part,
			EAttribute feature) {
	}

	private static final List<SourceColumn> SOURCE_COLUMNS = List.of(
			new SourceColumn("年初预算数", BudgetExecution::getInitial, BudgetSource::getInitial,
					PerfPackage.Literals.BUDGET_EXECUTION__INITIAL),
			new SourceColumn("全年预算数", BudgetExecution::getPlanned, BudgetSource::getPlanned,
					PerfPackage.Literals.BUDGET_EXECUTION__PLANNED),
			new SourceColumn("全年执行数", BudgetExecution::getExecuted, BudgetSource::getExecuted,
					PerfPackage.Literals.BUDGET_EXECUTION__EXECUTED));

	/** 年度资金总额 = 财政拨款 + 上年结转资金 + 其他资金, column by column, where the sources state that column. */
	@Check
	public void budgetSources(BudgetExecution budget) {
		for (SourceColumn column : SOURCE_COLUMNS) {
			BigDecimal stated = column.total().apply(budget);
			BigDecimal sum = null;
			for (BudgetSource source : budget.getSources()) {
				BigDecimal part = column.part().apply(source);
				if (part != null) {
					sum = sum == null ? part : sum.add(part);
				}
			}
			if (stated != null && sum != null && PerfNumbers.exceeds(stated, sum, profile.amountTolerance())) {
				report(BUDGET_PARTS, column.label() + "合计 " + PerfNumbers.plain(stated) + " 万元与各资金来源之和 " + PerfNumbers.plain(sum)
						+ " 万元不符（相差 " + PerfNumbers.plain(stated.subtract(sum).abs()) + " 万元）。", budget, column.feature(),
						PerfNumbers.plain(sum));
			}
		}
	}

	@Check
	public void spendingPlan(ProjectTable project) {
		List<PlanPoint> plan = project.getPlan();
		PlanPoint previous = null;
		for (PlanPoint point : plan) {
			if (point.getCumulative() == null) {
				continue;
			}
			if (point.getCumulative().compareTo(PerfNumbers.HUNDRED) > 0) {
				report(SPENDING_PLAN, "资金支出计划 " + point.getMonth() + "月底累计 " + PerfNumbers.plain(point.getCumulative())
						+ "% 超过 100%：累计支出比例最高为 100%。", point, PerfPackage.Literals.PLAN_POINT__CUMULATIVE);
			} else if (previous != null && point.getCumulative().compareTo(previous.getCumulative()) < 0) {
				report(SPENDING_PLAN, "资金支出计划是累计比例，" + point.getMonth() + "月底的 " + PerfNumbers.plain(point.getCumulative()) + "% 却小于 "
						+ previous.getMonth() + "月底的 " + PerfNumbers.plain(previous.getCumulative()) + "%：累计比例不应减少。", point,
						PerfPackage.Literals.PLAN_POINT__CUMULATIVE);
			}
			if (previous != null && point.getMonth() != null && previous.getMonth() != null
					&& point.getMonth() <= previous.getMonth()) {
				report(SPENDING_PLAN, "资金支出计划的月份应按时间先后排列：" + point.getMonth() + "月底写在了 " + previous.getMonth() + "月底之后。", point,
						PerfPackage.Literals.PLAN_POINT__MONTH);
			}
			previous = point;
		}
		if (previous != null && previous.getCumulative().compareTo(PerfNumbers.HUNDRED) < 0) {
			report(SPENDING_PLAN, "资金支出计划到 " + previous.getMonth() + "月底累计只有 " + PerfNumbers.plain(previous.getCumulative())
					+ "%：年底累计应达到 100%。", previous, PerfPackage.Literals.PLAN_POINT__CUMULATIVE, "100");
		}
	}

	@Check
	public void costWithinBudget(Indicator indicator) {
		if (!(indicator.getValue() instanceof Money money) || !PerfIndicators.isCost(indicator)) {
			return;
		}
		BigDecimal amount = PerfValues.inWanYuan(money);
		Budget budget = budgetOf(indicator);
		if (amount == null || budget == null) {
			return;
		}
		if (PerfNumbers.exceeds(amount, budget.amount(), profile.amountTolerance()) && amount.compareTo(budget.amount()) > 0) {
			reportOn(COST_ABOVE_BUDGET, "成本指标“" + PerfIndicators.name(indicator) + "”的目标 " + PerfSourceText.display(PerfSourceText.text(money))
					+ " 超过了" + budget.label() + " " + PerfNumbers.plain(budget.amount()) + " 万元：成本不应高于它所属的预算。", money);
		}
	}

	private record Budget(String label, BigDecimal amount) {
	}

	private static Budget budgetOf(Indicator indicator) {
		ProjectTable project = EcoreUtil2.getContainerOfType(indicator, ProjectTable.class);
		if (project != null) {
			return project.getBudget() == null ? null : new Budget("本项目的预算数", project.getBudget());
		}
		SelfEvaluation evaluation = EcoreUtil2.getContainerOfType(indicator, SelfEvaluation.class);
		if (evaluation != null) {
			return evaluation.getBudget() == null || evaluation.getBudget().getPlanned() == null ? null
					: new Budget("预算数（A）", evaluation.getBudget().getPlanned());
		}
		DepartmentDeclaration department = EcoreUtil2.getContainerOfType(indicator, DepartmentDeclaration.class);
		if (department != null && department.getFunds() != null) {
			FundLine total = total(department.getFunds(), FundSide.EXPENSE);
			return total == null || total.getAmount() == null ? null : new Budget("部门支出合计", total.getAmount());
		}
		return null;
	}

	@Check
	public void publicExpenses(PublicExpenses expenses) {
		if (expenses.getTotal() == null
				|| expenses.getVehicles() == null && expenses.getAbroad() == null && expenses.getReception() == null) {
			return;
		}
		BigDecimal sum = PerfNumbers.orZero(expenses.getVehicles()).add(PerfNumbers.orZero(expenses.getAbroad()))
				.add(PerfNumbers.orZero(expenses.getReception()));
		if (PerfNumbers.exceeds(expenses.getTotal(), sum, profile.amountTolerance())) {
			report(PUBLIC_EXPENSES_SUM, "三公经费合计 " + PerfNumbers.plain(expenses.getTotal()) + " 万元与公务用车 + 因公出国（境）+ 公务接待之和 "
					+ PerfNumbers.plain(sum) + " 万元不符。", expenses, PerfPackage.Literals.PUBLIC_EXPENSES__TOTAL, PerfNumbers.plain(sum));
		}
	}
}
