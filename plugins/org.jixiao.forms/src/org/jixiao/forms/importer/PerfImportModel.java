// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.dsl.serializer.PerfComments;
import org.jixiao.dsl.serializer.PerfWriter;
import org.jixiao.forms.importer.PerfImportedForm.Duty;
import org.jixiao.forms.importer.PerfImportedForm.FundLine;
import org.jixiao.forms.importer.PerfImportedForm.Measure;
import org.jixiao.forms.importer.PerfImportedForm.PlanPoint;
import org.jixiao.forms.importer.PerfImportedForm.Review;
import org.jixiao.forms.importer.PerfImportedForm.Text;
import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.BudgetExecution;
import org.jixiao.model.BudgetSource;
import org.jixiao.model.BudgetSourceKind;
import org.jixiao.model.Comparator;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.DepartmentSelfEvaluation;
import org.jixiao.model.Direction;
import org.jixiao.model.DutyStatement;
import org.jixiao.model.Form;
import org.jixiao.model.Framework;
import org.jixiao.model.Funds;
import org.jixiao.model.FundSide;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalKind;
import org.jixiao.model.Grade;
import org.jixiao.model.GradingBand;
import org.jixiao.model.Indicator;
import org.jixiao.model.MeasureSection;
import org.jixiao.model.OverallObjective;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.PerfFactory;
import org.jixiao.model.ProjectProperty;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.PublicExpenses;
import org.jixiao.model.SectionWeight;
import org.jixiao.model.SelfEvaluation;
import org.jixiao.model.Value;

/**
 * Builds the model of imported forms, in the grammar's terms: every cell becomes the feature it
 * fills, values the language cannot type become quoted text, and cells that have no place are kept as
 * comments beside their element (form and goal level) or in an indicator's {@code note}, and reported.
 * {@link PerfWriter} writes the result; the model is valid for it by construction, so nothing is
 * written twice.
 */
final class PerfImportModel {

	private static final PerfFactory CREATE = PerfFactory.eINSTANCE;
	private static final Pattern INT = Pattern.compile("^[0-9]{1,9}$");
	private static final Pattern BANDS = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*[%％]\\s*的?\\s*为\\s*([优良中差])");
	private static final Pattern ITEM = Pattern.compile("[0-9]{1,2}\\s*[、.．](?![0-9])");
	private static final Pattern PLAIN_NUMBER = Pattern.compile("^[0-9]+(?:\\.[0-9]+)?$");
	private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})年");

	private final PerfValueSyntax values;
	private final PerfImportReport report;
	private final PerfWriter writer;
	private final PerfComments comments = new PerfComments();
	private Framework framework;
	/** The year of the form being built: prior-year columns are placed by it. */
	private Integer year;
	/** The money unit note of the form being built when it is 元, else null. */
	private Text yuan;
	/** Where comments about the cells being read go: the element and whether before it or inside. */
	private EObject at;
	private boolean inside;

	PerfImportModel(PerfValueSyntax values, PerfImportReport report, PerfWriter writer) {
		this.values = values;
		this.report = report;
		this.writer = writer;
	}

	/** The comments that go with the model built last. */
	PerfComments comments() {
		return comments;
	}

	/**
	 * @param framework the framework the categories were resolved in
	 * @param named     whether the document names it ({@code uses framework}); the default one goes unnamed
	 */
	PerfDocument build(List<PerfImportedForm> forms, Framework framework, boolean named, List<Text> preamble) {
		this.framework = framework;
		PerfDocument document = CREATE.createPerfDocument();
		if (named) {
			document.setFramework(framework);
		}
		comments.before(document, "由 jixiao import 自 " + report.source() + " 导入；需核对之处见导入报告。");
		Map<EObject, String> titles = new LinkedHashMap<>();
		for (PerfImportedForm form : forms) {
			int before = document.getElements().size();
			year = number(form.field("year"));
			yuan = form.moneyInYuan;
			if (form.kind == null) {
				for (PerfImportedGoal goal : form.goals) {
					document.getElements().add(goal(goal));
				}
			} else {
				document.getElements().add(switch (form.kind) {
				case DEPARTMENT -> department(form);
				case PROJECT -> project(form);
				case PROJECT_SELFEVAL, DEPARTMENT_SELFEVAL -> selfEvaluation(form);
				case DUTIES -> duties(form);
				case PROJECT_MONITORING, DEPARTMENT_MONITORING -> throw new IllegalStateException("monitoring forms are not imported");
				});
			}
			if (form.title != null && document.getElements().size() > before) {
				titles.put(document.getElements().get(before),
						form.title.cell().where() + "：" + oneLine(form.title.text()) + (form.readBy != null ? "（" + form.readBy + "）" : "（版式 " + form.layout.name() + "）"));
			}
		}
		// content before the first form's title goes on the lines before it, then each form's title
		EObject first = document.getElements().isEmpty() ? document : document.getElements().get(0);
		for (Text text : preamble) {
			comments.before(first, "未归入任何表格（" + text.cell().where() + "）：" + text.text());
		}
		titles.forEach(comments::before);
		return document;
	}

	// ------------------------------------------------------------------ helpers

	private void comment(String text) {
		if (inside) {
			comments.inside(at, text);
		} else {
			comments.before(at, text);
		}
	}

	private void placeComments(EObject element, boolean insideIt) {
		at = element;
		inside = insideIt;
	}

	private void comments(List<Text> texts, String what) {
		for (Text text : texts) {
			comment(what + "（" + text.cell().where() + "）：" + text.text());
		}
	}

	private static String oneLine(String text) {
		return text.replace('\n', ' ');
	}

	/** The text of a field, or null for none (blank cells are no value). */
	private static String string(Text text) {
		return text == null || text.text().isBlank() ? null : text.text();
	}

	/** A number field; text that is not a plain number is kept as a comment and reported. */
	private BigDecimal decimal(Text text, String what) {
		if (text == null || text.text().isBlank()) {
			return null;
		}
		String raw = text.text().replaceAll("\\s+", "").replaceFirst("(万元|元|分)$", "");
		PerfValueSyntax.Written number = PerfValueSyntax.decimal(raw);
		if (number == null) {
			comment(what + "（" + text.cell().where() + "）不是数字，原文：" + text.text());
			report.warning(text.cell(), what + "“" + text.text() + "”不是数字，已作为注释保留");
			return null;
		}
		if (number.adaptation() != null) {
			report.info(text.cell(), what + "：" + number.adaptation());
		}
		return number.number();
	}

	/**
	 * An amount of money: the language writes 万元, so an amount the form gives in 元 (its cell says
	 * 元, or the form's 金额单位 is 元) is divided by 10,000 and the conversion reported.
	 */
	private BigDecimal money(Text text, String what) {
		BigDecimal amount = decimal(text, what);
		if (amount == null) {
			return null;
		}
		String written = text.text().replaceAll("\\s+", "");
		boolean inYuan = written.endsWith("元") ? !written.endsWith("万元") : yuan != null;
		if (!inYuan) {
			return amount;
		}
		BigDecimal wan = amount.movePointLeft(4).stripTrailingZeros();
		if (wan.scale() < 0) {
			wan = wan.setScale(0);
		}
		report.info(text.cell(), what + "“" + text.text() + "”" + (written.endsWith("元") ? "" : "（" + yuan.text() + "）")
				+ "以元为单位，按万元记为 " + wan.toPlainString());
		return wan;
	}

	private Integer integer(Text text, String what) {
		BigDecimal number = decimal(text, what);
		if (number != null && !INT.matcher(number.toPlainString()).matches()) {
			comment(what + "（" + text.cell().where() + "）不是整数，原文：" + text.text());
			report.warning(text.cell(), what + "“" + text.text() + "”不是整数，已作为注释保留");
			return null;
		}
		return number == null ? null : number.intValueExact();
	}

	/** A year or month the reader found as digits. */
	private static Integer number(String text) {
		return text == null ? null : Integer.valueOf(org.jixiao.dsl.conversion.PerfNumberConverter.toAsciiDigits(text.strip()));
	}

	/**
	 * A name of the language (goal names, fund labels): a word when the label is one (blanks inside
	 * dropped: 年度目标 1 is 年度目标1), else the label as it stands, which the writer quotes; null for none.
	 */
	private String name(String text) {
		String word = text == null ? "" : text.replaceAll("\\s+", "");
		if (word.isEmpty()) {
			return null;
		}
		return writer.isWord(word) ? word : oneLine(text).strip();
	}

	private void header(Form element, PerfImportedForm form) {
		placeComments(element, true);
		comments(form.unplaced, "未归入");
		element.setTitle(string(form.title));
		if (!form.layout.name().equals(PerfLayouts.defaultFor(form.kind))) {
			element.setLayout(form.layout.name());
		}
	}

	private static void unitAndYear(Form element, PerfImportedForm form) {
		element.setUnit(form.field("unit") == null ? "" : form.field("unit"));
		element.setYear(number(form.field("year")));
	}

	// ------------------------------------------------------------------ forms

	private DepartmentDeclaration department(PerfImportedForm form) {
		DepartmentDeclaration department = CREATE.createDepartmentDeclaration();
		unitAndYear(department, form);
		header(department, form);
		department.setCode(string(form.fields.get("code")));
		department.setFilingUnit(string(form.fields.get("filingUnit")));
		department.setFiler(string(form.fields.get("filer")));
		department.setContact(string(form.fields.get("contact")));
		department.setPhone(string(form.fields.get("phone")));
		department.setHead(string(form.fields.get("head")));
		Integer staff = integer(form.fields.get("staff"), "人员编制数");
		Integer actual = integer(form.fields.get("actualStaff"), "实有人数");
		if (staff != null) {
			department.setStaff(staff);
			department.setActualStaff(actual);
		} else if (actual != null) {
			comment("实有人数 " + actual + "（未写人员编制数，语言中实有人数跟在编制数之后）");
		}
		department.setFunds(funds(form));
		if (!form.publicExpenses.isEmpty()) {
			PublicExpenses expenses = CREATE.createPublicExpenses();
			expenses.setTotal(money(form.publicExpenses.get("total"), "三公经费"));
			expenses.setVehicles(money(form.publicExpenses.get("vehicles"), "三公经费"));
			expenses.setAbroad(money(form.publicExpenses.get("abroad"), "三公经费"));
			expenses.setReception(money(form.publicExpenses.get("reception"), "三公经费"));
			department.setPublicExpenses(expenses);
		}
		department.setFunctions(string(form.fields.get("functions")));
		department.setTasks(string(form.fields.get("tasks")));
		department.setSummary(string(summary(form)));
		for (PerfImportedGoal goal : form.goals) {
			department.getGoals().add(goal(goal));
		}
		placeComments(department, true);
		department.setRemarks(string(form.fields.get("remarks")));
		for (Review review : form.reviews) {
			org.jixiao.model.Review written = CREATE.createReview();
			written.setReviewer(review.reviewer().text());
			written.setOpinion(review.opinion() == null ? null : review.opinion().text());
			written.setDate(review.date() == null ? null : review.date().text());
			department.getReviews().add(written);
		}
		return department;
	}

	/** The overview of a layout that prints the summary (长期目标 / 年度目标 lines), else the summary text block. */
	private static Text summary(PerfImportedForm form) {
		if (form.fields.containsKey("summary")) {
			return form.fields.get("summary");
		}
		if (form.layout.blocks().stream().noneMatch(b -> b.kind().equals("overview") && b.arg("source", "goals").equals("summary"))
				|| form.overviewLong.isEmpty() && form.overviewAnnual.isEmpty()) {
			return null;
		}
		var block = form.layout.blocks().stream().filter(b -> b.kind().equals("overview")).findFirst().get();
		StringBuilder text = new StringBuilder(block.arg("long", "长期目标"));
		form.overviewLong.forEach(t -> text.append('\n').append(t.text()));
		text.append('\n').append(block.arg("annual", "年度目标"));
		form.overviewAnnual.forEach(t -> text.append('\n').append(t.text()));
		PerfCell at = !form.overviewLong.isEmpty() ? form.overviewLong.get(0).cell() : form.overviewAnnual.get(0).cell();
		return new Text(text.toString(), at);
	}

	private Funds funds(PerfImportedForm form) {
		if (form.funds.isEmpty() && form.twoYearsAgoYear == null) {
			return null;
		}
		Funds funds = CREATE.createFunds();
		if (form.twoYearsAgoYear != null && form.lastYearYear != null) {
			funds.setTwoYearsAgoYear(number(form.twoYearsAgoYear.text()));
			funds.setLastYearYear(number(form.lastYearYear.text()));
		}
		for (FundLine fund : form.funds) {
			org.jixiao.model.FundLine line = CREATE.createFundLine();
			line.setSide(fund.expense() ? FundSide.EXPENSE : FundSide.INCOME);
			line.setTotal(fund.total());
			String label = name(fund.label().text());
			if (label == null && !fund.total()) {
				label = "其他";
				report.warning(fund.label().cell(), "资金项目没有名称，记为“其他”");
			}
			line.setLabel(label);
			line.setAmount(money(fund.amount(), "金额"));
			line.setShare(decimal(fund.share(), "占比"));
			line.setTwoYearsAgo(money(fund.twoYearsAgo(), "前年金额"));
			line.setLastYear(money(fund.lastYear(), "上年金额"));
			funds.getLines().add(line);
		}
		return funds;
	}

	private ProjectTable project(PerfImportedForm form) {
		ProjectTable project = CREATE.createProjectTable();
		project.setCode(form.field("code") == null ? "" : form.field("code"));
		project.setName(form.field("name") == null ? "" : form.field("name"));
		project.setYear(number(form.field("year")));
		header(project, form);
		project.setUnit(string(form.fields.get("unit")));
		project.setSupervisor(string(form.fields.get("supervisor")));
		project.setImplementer(string(form.fields.get("implementer")));
		property(project, form.fields.get("property"));
		// the amounts of a budget block, or of labelled fields (年度资金总额, 其中：财政拨款) in the national layouts
		BigDecimal budget = money(form.budget != null ? form.budget : form.fields.get("budget"), "预算数");
		BigDecimal fiscal = money(form.fiscal != null ? form.fiscal : form.fields.get("fiscal"), "财政资金");
		BigDecimal other = money(form.other != null ? form.other : form.fields.get("other"), "其他资金");
		if (budget != null) {
			project.setBudget(budget);
			project.setFiscalFunds(fiscal);
			project.setOtherFunds(other);
		}
		project.setPurpose(string(form.purpose));
		for (PlanPoint point : form.plan) {
			BigDecimal share = decimal(point.cumulative(), "资金支出计划");
			if (share != null) {
				org.jixiao.model.PlanPoint planned = CREATE.createPlanPoint();
				planned.setMonth(number(point.month().text()));
				planned.setCumulative(share);
				project.getPlan().add(planned);
			}
		}
		for (PerfImportedGoal goal : form.goals) {
			project.getGoals().add(goal(goal));
		}
		return project;
	}

	/** 项目属性: 新增项目 / 延续项目 (新增, 延续 alone too); other text is kept as a comment. */
	private void property(ProjectTable project, Text text) {
		if (text == null) {
			return;
		}
		String key = PerfCellText.key(text.text());
		if (key.startsWith("新增")) {
			project.setProperty(ProjectProperty.NEW);
		} else if (key.startsWith("延续")) {
			project.setProperty(ProjectProperty.CONTINUING);
		} else {
			comment("项目属性：" + text.text());
			report.warning(text.cell(), "项目属性“" + text.text() + "”不是新增项目或延续项目，已作为注释保留");
		}
	}

	private SelfEvaluation selfEvaluation(PerfImportedForm form) {
		boolean isProject = form.kind == PerfFormKind.PROJECT_SELFEVAL;
		SelfEvaluation evaluation;
		ProjectSelfEvaluation project = null;
		DepartmentSelfEvaluation department = null;
		if (isProject) {
			project = CREATE.createProjectSelfEvaluation();
			project.setName(form.field("name") == null ? "" : form.field("name"));
			project.setYear(number(form.field("year")));
			evaluation = project;
		} else {
			department = CREATE.createDepartmentSelfEvaluation();
			unitAndYear(department, form);
			evaluation = department;
		}
		header(evaluation, form);
		if (isProject) {
			project.setUnit(string(form.fields.get("unit")));
		}
		evaluation.setDate(string(form.fields.get("date")));
		evaluation.setTotal(decimal(form.fields.get("total"), "总分"));
		Text grade = form.fields.get("grade");
		if (grade != null) {
			// the grade follows from the total (优 ≥ 90 …): the language computes it, it has no field
			comment("等级：" + grade.text() + "（由总分得出，不另行保存）");
			report.info(grade.cell(), "表中的等级“" + grade.text() + "”由总分得出，不另行保存，已作为注释保留");
		}
		if (isProject) {
			project.setSupervisor(string(form.fields.get("supervisor")));
			project.setImplementer(string(form.fields.get("implementer")));
		} else {
			department.setBasicExpenditure(money(form.fields.get("basic"), "基本支出总额"));
			department.setProjectExpenditure(money(form.fields.get("project"), "项目支出总额"));
		}
		evaluation.setBudget(execution(form));
		if (isProject && form.objective != null && form.objective.target() != null) {
			OverallObjective objective = CREATE.createOverallObjective();
			BigDecimal weight = decimal(form.objective.weight(), "总目标分值");
			objective.setWeight(weight == null ? BigDecimal.ZERO : weight);
			objective.setTarget(form.objective.target().text());
			objective.setActual(PerfValues.text(form.objective.actual() == null ? null : form.objective.actual().text()));
			objective.setScore(decimal(form.objective.score(), "总目标得分"));
			project.setObjective(objective);
		}
		if (isProject) {
			project.setIndicatorWeight(decimal(form.indicatorWeight, "绩效指标分值"));
		}
		for (PerfImportedGoal goal : form.goals) {
			evaluation.getGoals().add(goal(goal));
		}
		outcomes(evaluation, form);
		evaluation.setDeviation(string(form.fields.get("deviation")));
		evaluation.setImprovement(string(form.fields.get("improvement")));
		return evaluation;
	}

	/** 年度总体目标, one row per goal in order: 预期目标 is the goal's content, 实际完成情况 its actual outcome. */
	private void outcomes(SelfEvaluation evaluation, PerfImportedForm form) {
		for (int i = 0; i < form.outcomes.size(); i++) {
			PerfImportedForm.Outcome outcome = form.outcomes.get(i);
			if (i >= evaluation.getGoals().size()) {
				Text first = outcome.target() != null ? outcome.target() : outcome.actual();
				report.warning(first.cell(), "年度总体目标的第 " + (i + 1) + " 行没有对应的指标表，已作为注释保留");
				comment("年度总体目标：" + (outcome.target() == null ? "" : outcome.target().text()) + "；实际完成情况："
						+ (outcome.actual() == null ? "" : outcome.actual().text()));
				continue;
			}
			Goal goal = evaluation.getGoals().get(i);
			if (outcome.target() != null && goal.getText() == null) {
				goal.setText(outcome.target().text());
			}
			if (outcome.actual() != null) {
				goal.setActual(PerfValues.text(outcome.actual().text()));
			}
		}
	}

	private BudgetExecution execution(PerfImportedForm form) {
		var e = form.execution;
		if (e == null || e.planned() == null) {
			return null;
		}
		BigDecimal weight = decimal(e.weight(), "预算执行分值");
		BigDecimal planned = money(e.planned(), "预算数");
		BigDecimal executed = money(e.executed(), "执行数");
		if (weight == null || planned == null || executed == null) {
			return null;
		}
		BudgetExecution budget = CREATE.createBudgetExecution();
		budget.setLabel(e.label() == null ? null : e.label().text());
		budget.setWeight(weight);
		budget.setPlanned(planned);
		budget.setExecuted(executed);
		budget.setRate(decimal(e.rate(), "执行率"));
		budget.setScore(decimal(e.score(), "预算执行得分"));
		budget.setInitial(money(form.executionInitial, "年初预算数"));
		for (PerfImportedForm.Source read : form.sources) {
			BudgetSource source = CREATE.createBudgetSource();
			source.setKind(BudgetSourceKind.get(read.kind()));
			source.setInitial(money(read.initial(), "年初预算数"));
			source.setPlanned(money(read.planned(), "全年预算数"));
			source.setExecuted(money(read.executed(), "全年执行数"));
			budget.getSources().add(source);
		}
		return budget;
	}

	private DutyStatement duties(PerfImportedForm form) {
		DutyStatement statement = CREATE.createDutyStatement();
		unitAndYear(statement, form);
		header(statement, form);
		statement.setOverall(string(form.fields.get("overall")));
		statement.setIntro(string(form.fields.get("intro")));
		for (Duty duty : form.duties) {
			org.jixiao.model.Duty written = CREATE.createDuty();
			written.setTitle(duty.title.text());
			written.setResponsibility(string(duty.responsibility));
			written.setDutyGoal(string(duty.dutyGoal));
			written.setTarget(string(duty.target));
			if (duty.indicators != null) {
				written.getIndicators().addAll(items(duty.indicators.text()));
			}
			written.setStandard(string(duty.standard));
			if (duty.standard != null) {
				Matcher m = BANDS.matcher(duty.standard.text());
				while (m.find()) {
					GradingBand band = CREATE.createGradingBand();
					band.setGrade(Grade.get(m.group(2)));
					band.setComparator(Comparator.GE);
					band.setComparatorSpelling("≥");
					band.setThreshold(new BigDecimal(m.group(1)));
					written.getBands().add(band);
				}
			}
			statement.getDuties().add(written);
		}
		for (Measure measure : form.measures) {
			MeasureSection section = CREATE.createMeasureSection();
			section.setHeading(measure.heading().text());
			section.setText(measure.text().length() == 0 ? null : measure.text().toString());
			statement.getMeasures().add(section);
		}
		return statement;
	}

	/** 1、a。2、b → a, b: the numbered items of a 绩效指标 paragraph, without numbers and closing 。 */
	static List<String> items(String text) {
		List<String> items = new ArrayList<>();
		Matcher m = ITEM.matcher(text);
		int start = -1;
		while (m.find()) {
			if (start >= 0) {
				items.add(text.substring(start, m.start()));
			} else if (m.start() > 0 && !text.substring(0, m.start()).isBlank()) {
				items.add(text.substring(0, m.start()));
			}
			start = m.end();
		}
		items.add(start < 0 ? text : text.substring(start));
		List<String> clean = new ArrayList<>();
		for (String item : items) {
			String trimmed = PerfTextCells.strip(item).replaceAll("[。；;，,]+$", "");
			if (!trimmed.isEmpty()) {
				clean.add(trimmed);
			}
		}
		return clean;
	}

	// ------------------------------------------------------------------ goals and indicators

	private Goal goal(PerfImportedGoal imported) {
		Goal goal = CREATE.createGoal();
		EObject outer = at;
		boolean outerInside = inside;
		if (imported.kind != null) {
			goal.setKind(GoalKind.get(imported.kind));
		}
		goal.setName(imported.name == null ? null : name(imported.name.text()));
		goal.setText(imported.text == null ? null : imported.text.text());
		placeComments(goal, false);
		BigDecimal until = decimal(imported.until, "截止年度");
		if (until != null && INT.matcher(until.toPlainString()).matches()) {
			goal.setHorizonYear(until.intValueExact());
		}
		goal.setWeight(decimal(imported.weight, "目标分值"));
		goal.setActual(PerfValues.text(imported.actual == null ? null : imported.actual.text()));
		goal.setScore(decimal(imported.score, "目标得分"));
		placeComments(goal, true);
		comments(imported.unplaced, "未归入");
		for (Map.Entry<String, Text> section : imported.sections.entrySet()) {
			BigDecimal weight = decimal(section.getValue(), "一级指标分值");
			if (weight != null) {
				goal.getSections().add(section(section.getKey(), weight));
			}
		}
		for (PerfImportedIndicator indicator : imported.indicators) {
			goal.getIndicators().add(indicator(indicator));
		}
		placeComments(outer, outerInside);
		return goal;
	}

	/** A 一级's weight; the category resolver keyed it by the 一级's name in the framework. */
	private SectionWeight section(String level1, BigDecimal weight) {
		SectionWeight section = CREATE.createSectionWeight();
		section.setLevel1(framework.getLevel1s().stream().filter(l -> l.getName().equals(level1)).findFirst().orElseThrow());
		section.setWeight(weight);
		return section;
	}

	private Indicator indicator(PerfImportedIndicator imported) {
		Indicator indicator = CREATE.createIndicator();
		List<String> notes = new ArrayList<>();
		indicator.setCategory(imported.category);
		PerfCell name = imported.cells.get("name");
		indicator.setName(name == null ? "" : name.text());
		if (name == null) {
			report.warning(imported.row.first(), "指标行没有指标名称，名称记为空");
		}
		indicator.setMeasure(text(imported.cells.get("measure")));
		indicator.setDescription(text(imported.cells.get("description")));
		indicator.setValue(value(valueCell(imported), "指标值", imported));
		indicator.setCriterion(text(imported.cells.get("criterion")));
		PerfCell direction = imported.cells.get("direction");
		if (direction != null && !direction.isEmpty()) {
			Direction read = direction(direction.text());
			if (read != null) {
				indicator.setDirection(read);
			} else {
				notes.add("指标方向：" + direction.text());
			}
		}
		indicator.setBasis(text(imported.cells.get("basis")));
		indicator.setTwoYearsAgo(optionalValue(imported.cells.get("twoyearsago"), "twoyearsago"));
		indicator.setLastYear(optionalValue(imported.cells.get("lastyear"), "lastyear"));
		indicator.setExpected(optionalValue(imported.cells.get("expected"), "expected"));
		indicator.setWeight(optionalNumber(imported.cells.get("weight"), notes, "分值"));
		indicator.setActual(optionalValue(imported.cells.get("actual"), "actual"));
		indicator.setScore(optionalNumber(imported.cells.get("score"), notes, "得分"));
		indicator.setDeviation(text(imported.cells.get("deviation")));
		printedFields(indicator, imported, notes);
		PerfCell note = imported.cells.get("note");
		if (note != null && !note.isEmpty()) {
			notes.add(0, note.text());
		}
		for (PerfCell extra : imported.extra) {
			notes.add(extra.text());
			report.warning(extra, "指标行中多出的单元格“" + PerfFormReader.shorten(extra.text()) + "”，已写入该指标的备注（note）");
		}
		if (!notes.isEmpty()) {
			indicator.setNote(String.join("；", notes));
		}
		if (imported.categoryNote != null) {
			comments.before(indicator, imported.categoryNote + "（" + imported.row.first().where() + "）");
		}
		return indicator;
	}

	/**
	 * The value cell of a row, or the value put together from a layout's 计算符号 | 指标值 | 计量单位
	 * columns (≥ | 95 | % is ≥95%), as the header-mapped grid does with its own columns.
	 */
	private static PerfCell valueCell(PerfImportedIndicator imported) {
		PerfCell value = imported.cells.get("value");
		PerfCell number = imported.cells.get("number");
		PerfCell symbol = imported.cells.get("symbol");
		if (value != null || number == null && symbol == null) {
			return value;
		}
		PerfCell unit = imported.cells.get("unit");
		String target = number == null ? "" : number.text().strip();
		String written = (symbol == null ? "" : PerfIndicatorCells.symbol(symbol.text())) + target
				+ (unit == null || target.isEmpty() ? "" : PerfIndicatorCells.writtenUnit(unit.text()));
		PerfCell at = number != null ? number : symbol;
		return new PerfCell(written, at.line(), at.column(), at.sheet());
	}

	/**
	 * The fields a header-mapped grid read beyond the layouts' columns (see {@link PerfImportedIndicator#printed}):
	 * each goes into its feature; what has none, or does not read as one (a direction other than 正向/反向/中性,
	 * a prior year the form's year does not place), is kept in the note with the column's name.
	 */
	private void printedFields(Indicator indicator, PerfImportedIndicator imported, List<String> notes) {
		Map<String, String> printed = imported.printed;
		PerfCell at = imported.row.first();
		if (indicator.getDescription() == null) {
			indicator.setDescription(printed.get("explanation"));
		}
		if (printed.containsKey("criterion")) {
			indicator.setCriterion(printed.get("criterion"));
		}
		String direction = printed.get("direction");
		if (direction != null) {
			Direction read = direction(direction);
			if (read != null) {
				indicator.setDirection(read);
			} else {
				notes.add("指标方向：" + direction);
			}
		}
		// the row's comparator and unit columns hold for the adjusted and mid-term targets too (≥ | 300 | 280 | 人次)
		String comparator = printed.get("comparator") == null ? "" : PerfIndicatorCells.symbol(printed.get("comparator"));
		indicator.setAdjusted(printedValue(printed.get("adjusted"), comparator, printed.get("unit"), "adjusted", at));
		indicator.setMidterm(printedValue(printed.get("midterm"), comparator, printed.get("unit"), "midterm", at));
		String core = printed.get("core");
		if (core != null) {
			if (PerfCellText.key(core).equals("是")) {
				indicator.setCore(true);
			} else if (!PerfCellText.key(core).equals("否")) {
				notes.add("是否核心指标：" + core);
			}
		}
		if (indicator.getDeviation() == null) {
			indicator.setDeviation(printed.get("deviation"));
		}
		coefficient(indicator, printed.get("coefficient"), notes, at);
		for (Map.Entry<String, String> prior : printed.entrySet()) {
			if (!prior.getKey().startsWith("prior#")) {
				continue;
			}
			String header = prior.getKey().substring("prior#".length());
			String feature = priorYear(header);
			if ("lastyear".equals(feature) && indicator.getLastYear() == null) {
				indicator.setLastYear(printedValue(prior.getValue(), "", printed.get("unit"), feature, at));
			} else if ("twoyearsago".equals(feature) && indicator.getTwoYearsAgo() == null) {
				indicator.setTwoYearsAgo(printedValue(prior.getValue(), "", printed.get("unit"), feature, at));
			} else {
				notes.add(PerfCellText.key(header) + "：" + prior.getValue());
			}
		}
		if (printed.containsKey("note")) {
			notes.add(printed.get("note"));
		}
		if (printed.containsKey("sites")) {
			notes.add("各单位指标值：" + printed.get("sites"));
		}
	}

	/** 正向/反向 as the forms print them; 中性 (neither more nor less is better) is 等于; null for other text. */
	static Direction direction(String printed) {
		return switch (PerfCellText.key(printed).replaceFirst("指标$", "")) {
		case "正向" -> Direction.POSITIVE;
		case "反向", "逆向" -> Direction.NEGATIVE;
		case "中性", "等于" -> Direction.EQUAL;
		default -> null;
		};
	}

	/**
	 * The feature a prior-year column fills: 上年 and 前年 as printed, a year ({@code 2024年实际实现值}) by
	 * its distance from the form's year; null when it cannot be told (近两年指标值, no year on the form).
	 */
	private String priorYear(String header) {
		String key = PerfCellText.key(header);
		if (key.startsWith("上年")) {
			return "lastyear";
		}
		if (key.startsWith("前年")) {
			return "twoyearsago";
		}
		Matcher m = YEAR.matcher(key);
		if (m.find() && year != null) {
			int back = year - Integer.parseInt(m.group(1));
			return back == 1 ? "lastyear" : back == 2 ? "twoyearsago" : null;
		}
		return null;
	}

	/** A value printed in a column of its own; a plain number takes the row's comparator and unit. */
	private Value printedValue(String text, String comparator, String unit, String what, PerfCell at) {
		if (text == null) {
			return null;
		}
		String written = text.strip();
		if (PLAIN_NUMBER.matcher(written).matches()) {
			written = comparator + written + (unit == null ? "" : PerfIndicatorCells.writtenUnit(unit));
		}
		return value(new PerfCell(written, at.line(), at.column(), at.sheet()), what, null);
	}

	private static String text(PerfCell cell) {
		return cell == null || cell.isEmpty() ? null : cell.text();
	}

	private Value optionalValue(PerfCell cell, String what) {
		return cell == null || cell.isEmpty() ? null : value(cell, what, null);
	}

	/**
	 * 得分系数 is the score divided by the weight: the .perf does not keep it (scoring derives it) but
	 * checks it; one the score and weight do not give, or that cannot be checked, stays in the note.
	 */
	private void coefficient(Indicator indicator, String printed, List<String> notes, PerfCell at) {
		if (printed == null) {
			return;
		}
		PerfValueSyntax.Written number = PerfValueSyntax.decimal(printed);
		BigDecimal weight = indicator.getWeight();
		BigDecimal score = indicator.getScore();
		if (number == null || weight == null || score == null || weight.signum() == 0) {
			notes.add("得分系数：" + printed);
			return;
		}
		BigDecimal derived = score.divide(weight, 4, java.math.RoundingMode.HALF_UP);
		if (derived.subtract(number.number()).abs().compareTo(new BigDecimal("0.01")) > 0) {
			notes.add("得分系数：" + printed);
			report.warning(at, "得分系数“" + printed + "”与得分 " + score.toPlainString() + " ÷ 分值 " + weight.toPlainString() + " = "
					+ derived.stripTrailingZeros().toPlainString() + " 不符，已写入该指标的备注（note），请核对");
		}
	}

	private BigDecimal optionalNumber(PerfCell cell, List<String> notes, String what) {
		if (cell == null || cell.isEmpty()) {
			return null;
		}
		PerfValueSyntax.Written number = PerfValueSyntax.decimal(cell.text());
		if (number == null) {
			notes.add(what + "：" + cell.text());
			report.warning(cell, what + "“" + cell.text() + "”不是数字，已写入该指标的备注（note）");
			return null;
		}
		if (number.adaptation() != null) {
			report.info(cell, what + "：" + number.adaptation());
		}
		return number.number();
	}

	private Value value(PerfCell cell, String what, PerfImportedIndicator indicator) {
		if (cell == null || cell.isEmpty()) {
			if (indicator != null) {
				report.warning(indicator.row.first(), what + "为空，记为 ---（表中未填）");
			}
			return values.value("").value();
		}
		PerfValueSyntax.Read read = values.value(cell.text());
		if (read.adaptation() != null) {
			report.info(cell, what + "：" + read.adaptation());
		}
		return read.value();
	}
}
