// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.dsl.model.PerfGoals;
import org.jixiao.dsl.model.PerfOpinions;
import org.jixiao.dsl.scoring.PerfBudgetScore;
import org.jixiao.dsl.scoring.PerfScoring;
import org.jixiao.forms.generator.PerfStyles.Kind;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.forms.layout.PerfLayoutBlock;
import org.jixiao.forms.layout.PerfLayoutException;
import org.jixiao.model.BudgetExecution;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.Duty;
import org.jixiao.model.DutyStatement;
import org.jixiao.model.Form;
import org.jixiao.model.FundLine;
import org.jixiao.model.FundSide;
import org.jixiao.model.Funds;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalForm;
import org.jixiao.model.GoalKind;
import org.jixiao.model.GradingBand;
import org.jixiao.model.MeasureSection;
import org.jixiao.model.OverallObjective;
import org.jixiao.model.PlanPoint;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.PublicExpenses;
import org.jixiao.model.Review;
import org.jixiao.model.ReviewOpinion;
import org.jixiao.model.SelfEvaluation;

/**
 * Draws the blocks a layout lists, in order, for one form on one sheet. Each {@code block KIND}
 * of a layout file maps to one method here; the layout supplies labels, templates and spans.
 */
final class PerfBlocks {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final PerfSheetWriter sheet;
	private final PerfLayout layout;
	private final Form form;
	private final PerfFormFields fields;

	PerfBlocks(PerfSheetWriter sheet, PerfLayout layout, Form form) {
		this.sheet = sheet;
		this.layout = layout;
		this.form = form;
		this.fields = new PerfFormFields(form, layout);
	}

	void drawAll() {
		List<PerfLayoutBlock> blocks = new ArrayList<>(layout.blocks());
		if (form instanceof GoalForm goalForm && !goalForm.getOpinions().isEmpty()
				&& blocks.stream().noneMatch(b -> b.kind().equals("reviews"))) {
			// review comments are printed in 审核意见 boxes after the form where the layout has none
			blocks.add(new PerfLayoutBlock("reviews", java.util.Map.of(), 0));
		}
		for (PerfLayoutBlock block : blocks) {
			// grids and narrative text lay themselves out on the pages; other blocks keep together
			boolean together = !block.kind().equals("goals") && !block.kind().equals("duties");
			if (together) {
				sheet.beginGroup();
			}
			draw(block);
			if (together) {
				sheet.endGroup();
			}
			if (block.flag("repeat")) {
				// known before the rows below are laid out on pages: every page starts with them
				sheet.repeatRows(0, sheet.nextRow() - 1);
			}
		}
	}

	private void draw(PerfLayoutBlock block) {
		String where = layout.source() + ":" + block.line();
		switch (block.kind()) {
		case "title" -> title(block);
		case "note" -> note(block);
		case "fields" -> fields(block);
		case "text" -> text(block);
		case "overview" -> overview(block);
		case "funds-matrix" -> fundsMatrix(block);
		case "funds-rows" -> fundsRows(block);
		case "goals" -> new PerfGoalGrid(sheet, filled(block), where).draw(goals());
		case "reviews" -> reviews(block);
		case "budget-plan" -> budgetPlan(block);
		case "project-goal" -> projectGoal(block);
		case "execution" -> execution(block);
		case "objective" -> objective(block);
		case "funding" -> new PerfFundingBlocks(sheet, form, fields).funding(block);
		case "outcome" -> new PerfFundingBlocks(sheet, form, fields).outcome(block);
		case "total" -> new PerfFundingBlocks(sheet, form, fields).total(block);
		case "duties" -> duties(block);
		case "blank" -> sheet.line(false).done();
		default -> throw new PerfLayoutException(where + ": 版式文件有误：未知的块“" + block.kind() + "”");
		}
	}

	/** The block with the form's fields filled into its arguments; goal placeholders stay. */
	private PerfLayoutBlock filled(PerfLayoutBlock block) {
		java.util.Map<String, String> args = new java.util.LinkedHashMap<>();
		block.args().forEach((k, v) -> args.put(k, fields.fill(v)));
		return new PerfLayoutBlock(block.kind(), args, block.line());
	}

	private List<Goal> goals() {
		return PerfGoals.of(form);
	}

	private int cols() {
		return sheet.columns();
	}

	private void title(PerfLayoutBlock block) {
		sheet.line(false).put(0, cols(), fields.fill(block.arg("text", "{title}")), Kind.TITLE).minLines(1.6).done();
	}

	/** A line outside the grid: {@code left=…}, {@code center=…} and/or {@code right=…}. */
	private void note(PerfLayoutBlock block) {
		PerfSheetWriter.Line line = sheet.line(false);
		String left = block.args().get("left");
		String right = block.args().get("right");
		String center = block.args().get("center");
		int half = cols() / 2;
		if (center != null) {
			line.put(0, cols(), fields.fill(center), Kind.NOTE_CENTER);
		} else if (left != null && right != null) {
			line.put(0, cols() - 2, fields.fill(left), Kind.NOTE_LEFT);
			line.put(cols() - 2, 2, fields.fill(right), Kind.NOTE_RIGHT);
		} else if (left != null) {
			line.put(0, cols(), fields.fill(left), Kind.NOTE_LEFT);
		} else if (right != null) {
			line.put(half, cols() - half, fields.fill(right), Kind.NOTE_RIGHT);
		}
		line.done();
	}

	/**
	 * Label/value pairs: {@code rows=单位名称={unit} ; 填报人={filer}, 联系电话={phone}}; rows separated
	 * by {@code ;}, pairs by {@code ,}. An optional {@code lead} label is merged down column 0.
	 */
	private void fields(PerfLayoutBlock block) {
		String lead = block.args().get("lead");
		int offset = lead == null ? 0 : 1;
		int first = sheet.nextRow();
		String[] rows = block.arg("rows", "").split(";");
		for (int r = 0; r < rows.length; r++) {
			String[] pairs = rows[r].split(",");
			PerfSheetWriter.Line line = sheet.line(true);
			if (lead != null && r == 0) {
				line.putSpanning(0, 1, lead, Kind.HEADER);
			}
			int available = cols() - offset;
			int col = offset;
			for (int p = 0; p < pairs.length; p++) {
				int width = p == pairs.length - 1 ? cols() - col : available / pairs.length;
				String pair = pairs[p].strip();
				int eq = pair.indexOf('=');
				String label = fields.fill(eq < 0 ? pair : pair.substring(0, eq).strip());
				String value = eq < 0 ? "" : fields.fill(pair.substring(eq + 1).strip());
				line.put(col, 1, label, Kind.LABEL);
				// a light field ({budgetLight} …) is the light's word on its colour
				boolean light = eq >= 0 && pair.substring(eq + 1).strip().matches("\\{\\w*Light\\}");
				line.put(col + 1, Math.max(1, width - 1), value, light ? PerfStyles.lightKind(value) : Kind.TEXT);
				col += width;
			}
			line.done();
		}
		if (lead != null) {
			sheet.merge(first, sheet.nextRow() - 1, 0, 0);
		}
	}

	/** A label and a long text: {@code label=部门职能概述 | value={functions} | labelspan=1 | optional}. */
	private void text(PerfLayoutBlock block) {
		String value = fields.fill(block.arg("value", ""));
		if (value.isEmpty() && block.flag("optional")) {
			return;
		}
		int span = Integer.parseInt(block.arg("labelspan", "1"));
		PerfSheetWriter.Line line = sheet.line(true);
		line.put(0, span, fields.fill(block.arg("label", "")), Kind.LABEL);
		line.put(span, cols() - span, value, Kind.TEXT);
		line.minLines(Double.parseDouble(block.arg("lines", "1")));
		line.done();
	}

	/**
	 * 整体绩效目标: a label merged down column 0, the long-term goals beside the annual ones.
	 * {@code source=summary} reads the declaration's summary (lines after 长期目标 / 年度目标),
	 * otherwise the goals' texts with {@code prefix} (e.g. 目标{n}：).
	 */
	private void overview(PerfLayoutBlock block) {
		List<String> longTerm = new ArrayList<>();
		List<String> annual = new ArrayList<>();
		if (block.arg("source", "goals").equals("summary")) {
			List<String> target = null;
			for (String line : fields.get("summary").split("\n")) {
				String text = line.strip();
				if (text.equals("长期目标")) {
					target = longTerm;
				} else if (text.equals("年度目标")) {
					target = annual;
				} else if (target != null && !text.isEmpty()) {
					target.add(text);
				}
			}
		} else {
			String prefix = block.arg("prefix", "");
			for (Goal goal : goals()) {
				List<String> target = goal.getKind() == GoalKind.LONG_TERM ? longTerm : annual;
				target.add(prefix.replace("{n}", Integer.toString(target.size() + 1)) + nz(goal.getText()));
			}
		}
		if (longTerm.isEmpty() && annual.isEmpty()) {
			return;
		}
		Integer until = goals().stream().map(Goal::getHorizonYear).filter(y -> y != null).findFirst().orElse(null);
		int longSpan = Integer.parseInt(block.arg("longspan", Integer.toString((cols() - 1) / 2)));
		int first = sheet.nextRow();
		PerfSheetWriter.Line head = sheet.line(true);
		head.putSpanning(0, 1, fields.fill(block.arg("label", "整体绩效目标")), Kind.HEADER);
		head.put(1, longSpan, fields.fill(block.arg("long", "长期目标")).replace("{until}", until == null ? "" : until.toString()),
				Kind.HEADER);
		head.put(1 + longSpan, cols() - 1 - longSpan, fields.fill(block.arg("annual", "年度目标")), Kind.HEADER);
		head.done();
		for (int i = 0; i < Math.max(longTerm.size(), annual.size()); i++) {
			PerfSheetWriter.Line line = sheet.line(true);
			line.put(1, longSpan, i < longTerm.size() ? longTerm.get(i) : null, Kind.TEXT);
			line.put(1 + longSpan, cols() - 1 - longSpan, i < annual.size() ? annual.get(i) : null, Kind.TEXT);
			line.done();
		}
		sheet.merge(first, sheet.nextRow() - 1, 0, 0);
	}

	/**
	 * 部门总体资金情况 as a matrix (seed 000): 收入构成/支出构成 down the side, 当年预算收支, 占比
	 * and the two previous years across; needs 7 columns.
	 */
	private void fundsMatrix(PerfLayoutBlock block) {
		Funds funds = form instanceof DepartmentDeclaration d ? d.getFunds() : null;
		if (funds == null) {
			return;
		}
		int first = sheet.nextRow();
		PerfSheetWriter.Line h1 = sheet.line(true);
		h1.putSpanning(0, 1, fields.fill(block.arg("label", "部门总体资金情况（万元）")), Kind.HEADER);
		// merged with the row below as one rectangle (B:C over both header rows), not also on its own
		h1.putSpanning(1, 2, "总体资金情况", Kind.HEADER);
		h1.put(3, "当年预算收支", Kind.HEADER);
		h1.put(4, "占比", Kind.HEADER);
		h1.put(5, 2, "近两年收支金额", Kind.HEADER);
		h1.done();
		PerfSheetWriter.Line h2 = sheet.line(true);
		h2.put(5, year(funds.getTwoYearsAgoYear()), Kind.HEADER);
		h2.put(6, year(funds.getLastYearYear()), Kind.HEADER);
		h2.done();
		sheet.merge(first, first + 1, 1, 2);
		sheet.merge(first, first + 1, 3, 3);
		sheet.merge(first, first + 1, 4, 4);
		for (FundSide side : FundSide.values()) {
			List<FundLine> lines = funds.getLines().stream()
					.filter(l -> l.getSide() == side && !(side == FundSide.EXPENSE && l.isTotal())).toList();
			int groupFirst = sheet.nextRow();
			for (int i = 0; i < lines.size(); i++) {
				PerfSheetWriter.Line line = sheet.line(true);
				if (i == 0) {
					line.putSpanning(1, 1, side == FundSide.INCOME ? "收入构成" : "支出构成", Kind.LABEL);
				}
				fundCells(line, lines.get(i), 2);
				line.done();
			}
			if (lines.size() > 1) {
				sheet.merge(groupFirst, sheet.nextRow() - 1, 1, 1);
			}
		}
		for (FundLine total : funds.getLines()) {
			if (total.getSide() == FundSide.EXPENSE && total.isTotal()) {
				PerfSheetWriter.Line line = sheet.line(true);
				line.put(1, 2, total.getLabel() == null ? "合计" : total.getLabel(), Kind.LABEL);
				fundCells(line, total, 1);
				line.done();
			}
		}
		sheet.merge(first, sheet.nextRow() - 1, 0, 0);
	}

	private void fundCells(PerfSheetWriter.Line line, FundLine fund, int labelCol) {
		if (labelCol == 2) {
			line.put(2, fund.getLabel() == null ? "合计" : fund.getLabel(), Kind.LABEL);
		}
		line.put(3, fund.getAmount(), Kind.AMOUNT);
		line.put(4, fund.getShare() == null ? null : fund.getShare().divide(HUNDRED, 6, RoundingMode.HALF_UP), Kind.PERCENT);
		line.put(5, fund.getTwoYearsAgo(), Kind.AMOUNT);
		line.put(6, fund.getLastYear(), Kind.AMOUNT);
	}

	private static String year(Integer year) {
		return year == null ? "" : year + "年";
	}

	/**
	 * Budgets as label rows over amount rows (seed 002): 单位年度收入预算, 单位年度支出预算 and the
	 * 三公经费 each take two rows, the section label merged down column 0.
	 */
	private void fundsRows(PerfLayoutBlock block) {
		if (!(form instanceof DepartmentDeclaration d)) {
			return;
		}
		if (d.getFunds() != null) {
			for (FundSide side : FundSide.values()) {
				List<FundLine> lines = d.getFunds().getLines().stream().filter(l -> l.getSide() == side).toList();
				List<String> labels = lines.stream().map(l -> l.getLabel() == null ? "合计" : l.getLabel()).toList();
				List<BigDecimal> amounts = lines.stream().map(FundLine::getAmount).toList();
				labelledRows(block.arg(side == FundSide.INCOME ? "income" : "expense",
						side == FundSide.INCOME ? "单位年度收入预算（万元）" : "单位年度支出预算（万元）"), labels, amounts);
			}
		}
		PublicExpenses p = d.getPublicExpenses();
		if (p != null) {
			labelledRows(block.arg("public", "其中\n三公经费预算（万元）"),
					List.of("合计", "公务用车运行和购置费", "因公出国（境）费", "公务接待费"),
					java.util.Arrays.asList(p.getTotal(), p.getVehicles(), p.getAbroad(), p.getReception()));
		}
	}

	private void labelledRows(String label, List<String> labels, List<BigDecimal> amounts) {
		int first = sheet.nextRow();
		int span = Math.max(1, (cols() - 1) / Math.max(1, labels.size()));
		PerfSheetWriter.Line top = sheet.line(true);
		top.putSpanning(0, 1, label, Kind.HEADER);
		for (int i = 0; i < labels.size(); i++) {
			top.put(1 + i * span, i == labels.size() - 1 ? cols() - 1 - i * span : span, labels.get(i), Kind.LABEL);
		}
		top.done();
		PerfSheetWriter.Line values = sheet.line(true);
		for (int i = 0; i < amounts.size(); i++) {
			values.put(1 + i * span, i == amounts.size() - 1 ? cols() - 1 - i * span : span, amounts.get(i), Kind.AMOUNT);
		}
		values.done();
		sheet.merge(first, first + 1, 0, 0);
	}

	/**
	 * 审核意见 boxes: {@code label={reviewer}审核意见}, the box holds the opinion as filed, the review
	 * comments of that office (审核意见 kept in the form: who, when, the comment, its status and the
	 * unit's 整改说明), （盖章） and the date line. An office with comments but no box of the form's own
	 * gets one, after the form's boxes.
	 */
	private void reviews(PerfLayoutBlock block) {
		if (!(form instanceof GoalForm goalForm)) {
			return;
		}
		List<Review> boxes = new ArrayList<>(form instanceof DepartmentDeclaration d ? d.getReviews() : List.of());
		List<ReviewOpinion> placed = new ArrayList<>();
		for (Review review : boxes) {
			List<ReviewOpinion> comments = goalForm.getOpinions().stream()
					.filter(o -> !placed.contains(o) && sameOffice(review.getReviewer(), o.getOffice())).toList();
			placed.addAll(comments);
			reviewBox(block, review.getReviewer(), review.getOpinion(), review.getDate(), comments);
		}
		java.util.Map<String, List<ReviewOpinion>> offices = new java.util.LinkedHashMap<>();
		for (ReviewOpinion opinion : goalForm.getOpinions()) {
			if (!placed.contains(opinion)) {
				offices.computeIfAbsent(nz(opinion.getOffice()), k -> new ArrayList<>()).add(opinion);
			}
		}
		offices.forEach((office, comments) -> reviewBox(block, office, null, null, comments));
	}

	private void reviewBox(PerfLayoutBlock block, String office, String filed, String filedDate, List<ReviewOpinion> comments) {
		PerfSheetWriter.Line line = sheet.line(true);
		line.put(0, block.arg("label", "{reviewer}审核意见").replace("{reviewer}", nz(office)), Kind.LABEL);
		String date = filedDate == null ? "年   月   日" : filedDate;
		StringBuilder opinion = new StringBuilder(nz(filed));
		for (int i = 0; i < comments.size(); i++) {
			opinion.append(opinion.length() == 0 ? "" : "\n").append(comments.size() > 1 ? (i + 1) + ". " : "")
					.append(comment(comments.get(i)));
		}
		String box = opinion + "\n\n" + block.arg("seal", "（盖章）") + "\n" + date;
		line.put(1, cols() - 1, box.strip(), opinion.length() == 0 ? Kind.SEAL : Kind.TEXT);
		line.minLines(5);
		line.done();
	}

	/** One comment as the box prints it: 【目标、指标】 comment（who，date；status）, then 整改说明 on a line of its own. */
	private static String comment(ReviewOpinion opinion) {
		StringBuilder text = new StringBuilder();
		String about = String.join("，", java.util.stream.Stream.of(opinion.getGoal(), opinion.getIndicator())
				.filter(t -> t != null && !t.isBlank()).toList());
		if (!about.isEmpty()) {
			text.append("【").append(about).append("】");
		}
		text.append(nz(opinion.getText()));
		List<String> by = new ArrayList<>();
		if (opinion.getReviewer() != null && !opinion.getReviewer().isBlank()) {
			by.add(opinion.getReviewer());
		}
		if (opinion.getDate() != null && !opinion.getDate().isBlank()) {
			by.add(opinion.getDate());
		}
		text.append("（").append(by.isEmpty() ? "" : String.join("，", by) + "；").append(PerfOpinions.statusLabel(opinion)).append("）");
		if (opinion.getAnswer() != null && !opinion.getAnswer().isBlank()) {
			text.append("\n整改说明：").append(opinion.getAnswer());
		}
		return text.toString();
	}

	/** A box of the form (财政部门监督绩效股) takes the comments of its office, however shortly named (监督绩效股). */
	static boolean sameOffice(String box, String office) {
		if (box == null || office == null || box.isBlank() || office.isBlank()) {
			return false;
		}
		String a = box.strip();
		String b = office.strip();
		return a.equals(b) || a.endsWith(b) || b.endsWith(a);
	}

	/** 项目支出绩效目标表 head (seed 004): 预算数 with 财政/其他资金, 资金用途, 资金支出计划 by month end. */
	private void budgetPlan(PerfLayoutBlock block) {
		if (!(form instanceof ProjectTable p)) {
			return;
		}
		int first = sheet.nextRow();
		PerfSheetWriter.Line amounts = sheet.line(true);
		amounts.putSpanning(0, 1, block.arg("label", "预算规模及资金用途"), Kind.LABEL);
		amounts.put(1, "预算数", Kind.LABEL);
		amounts.put(2, p.getBudget(), Kind.AMOUNT);
		amounts.put(3, "其中：财政资金", Kind.LABEL);
		amounts.put(4, p.getFiscalFunds(), Kind.AMOUNT);
		amounts.put(5, "其他资金", Kind.LABEL);
		amounts.put(6, p.getOtherFunds(), Kind.AMOUNT);
		amounts.done();
		sheet.line(true).put(1, cols() - 1, p.getPurpose(), Kind.TEXT).done();
		sheet.merge(first, first + 1, 0, 0);
		if (p.getPlan().isEmpty()) {
			return;
		}
		int planFirst = sheet.nextRow();
		PerfSheetWriter.Line months = sheet.line(true);
		months.putSpanning(0, 1, block.arg("plan", "资金支出计划（%）"), Kind.LABEL);
		PerfSheetWriter.Line shares = null;
		int span = Math.max(1, (cols() - 1) / p.getPlan().size());
		for (int i = 0; i < p.getPlan().size(); i++) {
			PlanPoint point = p.getPlan().get(i);
			months.put(1 + i * span, i == p.getPlan().size() - 1 ? cols() - 1 - i * span : span, point.getMonth() + "月底",
					Kind.LABEL);
		}
		months.done();
		shares = sheet.line(true);
		for (int i = 0; i < p.getPlan().size(); i++) {
			BigDecimal share = p.getPlan().get(i).getCumulative();
			shares.put(1 + i * span, i == p.getPlan().size() - 1 ? cols() - 1 - i * span : span,
					share == null ? null : share.divide(HUNDRED, 6, RoundingMode.HALF_UP), Kind.PERCENT_WHOLE);
		}
		shares.done();
		sheet.merge(planFirst, planFirst + 1, 0, 0);
	}

	/** The 绩效目标 row of a project table: the goals' texts, one per line. */
	private void projectGoal(PerfLayoutBlock block) {
		List<String> texts = goals().stream().map(Goal::getText).filter(t -> t != null).toList();
		PerfSheetWriter.Line line = sheet.line(true);
		line.put(0, block.arg("label", "绩效目标"), Kind.LABEL);
		line.put(1, cols() - 1, String.join("\n", texts), Kind.TEXT);
		line.done();
	}

	/** 预算执行情况 of a self-evaluation: 预算数（A）, 执行数（B）, 执行率（B/A）, 得分. */
	private void execution(PerfLayoutBlock block) {
		BudgetExecution budget = form instanceof SelfEvaluation s ? s.getBudget() : null;
		if (budget == null) {
			return;
		}
		String weight = budget.getWeight() == null ? "" : budget.getWeight().toPlainString();
		PerfSheetWriter.Line head = sheet.line(true);
		head.put(0, 2, block.arg("label", "预算执行情况（万元）（{weight}分）").replace("{weight}", weight), Kind.HEADER);
		head.put(2, "预算数（A）", Kind.HEADER);
		head.put(3, "执行数（B）", Kind.HEADER);
		head.put(4, "执行率（B/A）", Kind.HEADER);
		head.put(5, cols() - 5, "得分（" + weight + "分*执行率）", Kind.HEADER);
		head.done();
		// Rate and score as entered; where not entered, as the scoring rules compute them.
		PerfBudgetScore score = new PerfScoring().budget(budget);
		BigDecimal rate = budget.getRate() != null ? budget.getRate() : score.rate();
		PerfSheetWriter.Line line = sheet.line(true);
		line.put(1, budget.getLabel(), Kind.LABEL);
		line.put(2, budget.getPlanned(), Kind.AMOUNT);
		line.put(3, budget.getExecuted(), Kind.AMOUNT);
		line.put(4, rate == null ? null : rate.divide(HUNDRED, 6, RoundingMode.HALF_UP), Kind.PERCENT);
		line.put(5, cols() - 5, score.pending() ? null : score.counted(), Kind.NUMBER);
		line.done();
	}

	/** 项目绩效总目标 of a project self-evaluation: 年初设定目标, 全年实际完成情况, 得分. */
	private void objective(PerfLayoutBlock block) {
		OverallObjective objective = form instanceof ProjectSelfEvaluation s ? s.getObjective() : null;
		if (objective == null) {
			return;
		}
		int first = sheet.nextRow();
		String weight = objective.getWeight() == null ? "" : objective.getWeight().toPlainString();
		int targetSpan = (cols() - 2) / 2 + 1;
		PerfSheetWriter.Line head = sheet.line(true);
		head.putSpanning(0, 1, block.arg("label", "项目绩效总目标（{weight}分）").replace("{weight}", weight), Kind.HEADER);
		head.put(1, targetSpan, "年初设定目标", Kind.HEADER);
		head.put(1 + targetSpan, cols() - 2 - targetSpan, "全年实际完成情况", Kind.HEADER);
		head.put(cols() - 1, "得分", Kind.HEADER);
		head.done();
		PerfSheetWriter.Line line = sheet.line(true);
		line.put(1, targetSpan, objective.getTarget(), Kind.TEXT);
		line.put(1 + targetSpan, cols() - 2 - targetSpan, objective.getActual() == null ? null : PerfValueText.of(objective.getActual()), Kind.TEXT);
		line.put(cols() - 1, objective.getScore(), Kind.NUMBER);
		line.done();
		sheet.merge(first, first + 1, 0, 0);
	}

	/** The narrative duty targets (seed 004 part 1): 总体绩效目标, one block per duty, 工作保障措施. */
	private void duties(PerfLayoutBlock block) {
		if (!(form instanceof DutyStatement s)) {
			return;
		}
		section(block.arg("overall", "一、总体绩效目标"));
		paragraph(s.getOverall());
		section(block.arg("duties", "二、分项绩效目标"));
		paragraph(s.getIntro());
		for (int i = 0; i < s.getDuties().size(); i++) {
			Duty duty = s.getDuties().get(i);
			section(PerfDutyText.heading(i, duty));
			for (PerfDutyText.Labelled paragraph : PerfDutyText.paragraphs(block, duty)) {
				paragraph(paragraph.label() + paragraph.text());
			}
		}
		if (!s.getMeasures().isEmpty()) {
			section(block.arg("measures", "三、工作保障措施"));
			for (MeasureSection measure : s.getMeasures()) {
				section(measure.getHeading());
				paragraph(measure.getText());
			}
		}
	}

	private void section(String heading) {
		sheet.line(false).put(0, cols(), heading, Kind.HEADING).minLines(1.3).done();
	}

	private void paragraph(String text) {
		if (text != null && !text.isEmpty()) {
			sheet.line(false).put(0, cols(), text, Kind.NOTE_LEFT).done();
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
