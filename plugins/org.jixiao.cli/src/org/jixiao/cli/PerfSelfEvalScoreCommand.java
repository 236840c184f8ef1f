// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.jixiao.dsl.scoring.PerfBudgetScore;
import org.jixiao.dsl.scoring.PerfGoalScore;
import org.jixiao.dsl.scoring.PerfIndicatorScore;
import org.jixiao.dsl.scoring.PerfOutcome;
import org.jixiao.dsl.scoring.PerfScoreLine;
import org.jixiao.dsl.scoring.PerfScorecard;
import org.jixiao.dsl.scoring.PerfScoring;
import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfNumbers;
import org.jixiao.dsl.validation.PerfProfile;
import org.jixiao.model.DepartmentSelfEvaluation;
import org.jixiao.model.DocumentElement;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.SelfEvaluation;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao selfeval score [--format text|json] FILE|DIR...}: per self-evaluation, each part's and
 * section's sum, the total and the grade, as entered and as the scoring rules compute them, and the
 * rows whose entered score differs from the rules'.
 */
@Command(name = "score", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
		description = "按评分规则计算自评表：各部分与各一级指标的得分、总分与等级，填报值与规则值并列。 Score self-evaluations.")
public class PerfSelfEvalScoreCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = ".perf 文件或包含它们的目录。 .perf files or directories of them.")
	private List<Path> inputs;

	@Option(names = "--format", paramLabel = "text|json", description = "输出格式：text（默认）或 json。 Output format.")
	private PerfValidateCommand.Format format = PerfValidateCommand.Format.text;

	@Spec
	private CommandSpec spec;

	/** One scored table with where it is. */
	private record Scored(String file, int line, PerfScorecard card) {
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			PerfWorkspace workspace = PerfWorkspace.load(inputs);
			List<PerfProblem> errors = workspace.validate().stream().filter(PerfProblem::isError).toList();
			if (!errors.isEmpty()) {
				errors.forEach(p -> err.println(p.format()));
				err.printf("源文件有 %d 个错误，未计分。 Not scored: the sources have errors.%n", errors.size());
				return PerfCli.EXIT_ERRORS;
			}
			PerfScoring scoring = new PerfScoring(workspace.injector().getInstance(PerfProfile.class).scoreTolerance());
			List<Scored> tables = new ArrayList<>();
			for (Map.Entry<Resource, String> entry : workspace.resources().entrySet()) {
				if (entry.getKey().getContents().isEmpty() || !(entry.getKey().getContents().get(0) instanceof PerfDocument document)) {
					continue;
				}
				for (DocumentElement element : document.getElements()) {
					if (element instanceof SelfEvaluation evaluation) {
						tables.add(new Scored(entry.getValue(), line(evaluation), scoring.evaluate(evaluation)));
					}
				}
			}
			if (tables.isEmpty()) {
				for (String file : workspace.resources().values()) {
					err.println(file + ":1:1: error: 文件中没有自评表（selfeval department / selfeval project）。");
				}
				return PerfCli.EXIT_ERRORS;
			}
			if (format == PerfValidateCommand.Format.json) {
				out.println(json(tables));
			} else {
				for (int i = 0; i < tables.size(); i++) {
					out.print((i == 0 ? "" : "\n") + text(tables.get(i)));
				}
			}
			err.printf("计分了 %d 张自评表。%n", tables.size());
			return PerfCli.EXIT_OK;
		} finally {
			out.flush();
			err.flush();
		}
	}

	private static int line(org.eclipse.emf.ecore.EObject object) {
		INode node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? 1 : node.getStartLine();
	}

	private static String title(SelfEvaluation evaluation) {
		if (evaluation.getTitle() != null) {
			return evaluation.getTitle();
		}
		String what = evaluation instanceof ProjectSelfEvaluation p ? p.getName() + "项目自评表" : "整体绩效自评表";
		return (evaluation.getYear() == null ? "" : evaluation.getYear() + "年度") + (evaluation.getUnit() == null ? "" : evaluation.getUnit()) + what;
	}

	// ------------------------------------------------------------------ text

	private static String text(Scored scored) {
		PerfScorecard card = scored.card();
		StringBuilder out = new StringBuilder();
		out.append(scored.file()).append(':').append(scored.line()).append(": ").append(title(card.evaluation())).append('\n');
		PerfTextTable table = new PerfTextTable().row("部分", "分值", "填报", "按规则");
		PerfBudgetScore budget = card.budget();
		if (budget != null) {
			String label = "预算执行" + (budget.rate() == null ? "（执行率待填）" : "（执行率 " + PerfNumbers.plain2(budget.rate()) + "%）");
			table.row(label, number(budget.weight()), budget.pending() ? "—" : number(budget.counted()),
					budget.rule() == null ? "—" : number(budget.computed()));
		}
		if (card.objective() != null) {
			row(table, "", card.objective());
		}
		for (PerfGoalScore goal : card.goals()) {
			row(table, "", goal.line());
			for (PerfScoreLine section : goal.sections()) {
				row(table, "  ", section);
			}
		}
		row(table, "", card.total());
		table.row("等级", "", card.enteredGrade().getLiteral(), card.computedGrade().getLiteral());
		out.append(table.render("  "));
		if (card.statedTotal() != null) {
			boolean agrees = PerfNumbers.roundLike(card.total().entered(), card.statedTotal()).compareTo(card.statedTotal()) == 0;
			out.append("  表上总分 ").append(PerfNumbers.plain(card.statedTotal()))
					.append(agrees ? "，与各部分得分之和相符。" : "，与各部分得分之和 " + PerfNumbers.plain(card.total().entered()) + " 不符。").append('\n');
		}
		if (!card.weightsComplete()) {
			out.append("  各部分分值之和为 ").append(PerfNumbers.plain(card.weightSum())).append("，不是 100：等级仅供参考。\n");
		}
		List<PerfIndicatorScore> differing = card.indicators().stream().filter(PerfIndicatorScore::differs).toList();
		if (!differing.isEmpty()) {
			out.append("  填报得分与规则不同（").append(differing.size()).append(" 项）：\n");
			for (PerfIndicatorScore score : differing) {
				out.append("    第 ").append(line(score.indicator())).append(" 行 ").append(PerfIndicators.name(score.indicator())).append("：填报 ")
						.append(PerfNumbers.plain(score.entered())).append("，规则 ").append(PerfNumbers.plain(score.rule())).append("。")
						.append(score.reason()).append('\n');
			}
		}
		long undecided = card.indicators().stream().filter(s -> s.outcome() == PerfOutcome.UNDECIDED && s.entered() != null).count();
		if (undecided > 0) {
			out.append("  规则无法核对、按填报得分计的指标：").append(undecided).append(" 项（多为未写完成程度的定性指标）。\n");
		}
		if (card.total().pending() > 0) {
			out.append("  待填写：").append(card.total().pending()).append(" 项没有实际值或得分，暂按 0 分计。\n");
		}
		return out.toString();
	}

	private static void row(PerfTextTable table, String indent, PerfScoreLine line) {
		table.row(indent + line.label(), number(line.weight()), number(line.entered()), number(line.computed()));
	}

	private static String number(BigDecimal value) {
		return value == null ? "" : PerfNumbers.plain(value);
	}

	// ------------------------------------------------------------------ json

	private static String json(List<Scored> tables) {
		JsonArray array = new JsonArray();
		for (Scored scored : tables) {
			PerfScorecard card = scored.card();
			JsonObject table = new JsonObject();
			table.addProperty("file", scored.file());
			table.addProperty("line", scored.line());
			table.addProperty("kind", card.evaluation() instanceof DepartmentSelfEvaluation ? "department" : "project");
			table.addProperty("title", title(card.evaluation()));
			JsonArray parts = new JsonArray();
			if (card.budget() != null) {
				PerfBudgetScore budget = card.budget();
				JsonObject part = new JsonObject();
				part.addProperty("label", "预算执行");
				part.addProperty("weight", budget.weight());
				part.addProperty("rate", budget.rate() == null ? null : budget.rate().setScale(2, java.math.RoundingMode.HALF_UP));
				part.addProperty("entered", budget.pending() ? null : budget.counted());
				part.addProperty("computed", budget.rule() == null ? null : budget.computed());
				parts.add(part);
			}
			if (card.objective() != null) {
				parts.add(json(card.objective()));
			}
			for (PerfGoalScore goal : card.goals()) {
				JsonObject part = json(goal.line());
				JsonArray sections = new JsonArray();
				goal.sections().forEach(s -> sections.add(json(s)));
				part.add("sections", sections);
				parts.add(part);
			}
			table.add("parts", parts);
			JsonObject total = json(card.total());
			total.addProperty("stated", card.statedTotal());
			table.add("total", total);
			JsonObject grade = new JsonObject();
			grade.addProperty("entered", card.enteredGrade().getLiteral());
			grade.addProperty("computed", card.computedGrade().getLiteral());
			table.add("grade", grade);
			JsonArray differences = new JsonArray();
			for (PerfIndicatorScore score : card.indicators()) {
				if (score.differs()) {
					JsonObject difference = new JsonObject();
					difference.addProperty("line", line(score.indicator()));
					difference.addProperty("indicator", PerfIndicators.name(score.indicator()));
					difference.addProperty("weight", score.weight());
					difference.addProperty("entered", score.entered());
					difference.addProperty("computed", score.rule());
					difference.addProperty("reason", score.reason());
					differences.add(difference);
				}
			}
			table.add("differences", differences);
			array.add(table);
		}
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(array);
	}

	private static JsonObject json(PerfScoreLine line) {
		JsonObject object = new JsonObject();
		object.addProperty("label", line.label());
		object.addProperty("weight", line.weight());
		object.addProperty("entered", line.entered());
		object.addProperty("computed", line.computed());
		object.addProperty("pending", line.pending());
		return object;
	}
}
