// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.jixiao.dsl.io.PerfAtomicFiles;
import org.jixiao.dsl.io.PerfDecodedText;
import org.jixiao.dsl.model.PerfOpinions;
import org.jixiao.dsl.resource.PerfResource;
import org.jixiao.dsl.serializer.PerfWriter;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.forms.review.PerfReviewDecisions.Decision;
import org.jixiao.forms.review.PerfReviewWorkbook;
import org.jixiao.model.Form;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalForm;
import org.jixiao.model.OpinionStatus;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.PerfFactory;
import org.jixiao.model.ReviewOpinion;

import com.google.inject.Injector;

/**
 * {@code jixiao review --apply 审核结果.xlsx}: the reviewer's decisions and comments of the findings
 * sheet written into the units' forms as review comments (审核意见, docs/review.md). 同意 gives an open
 * comment (待整改), 不同意 a comment set aside (不予采纳), a comment without a decision an open one; 待定
 * and empty rows are left out. The text is the reviewer's comment, or the finding's message. A comment
 * the form already has (same office, goal, indicator and text) is not written again, so a workbook
 * applied twice changes nothing. Each file is written once, atomically, through {@link PerfWriter};
 * a row that cannot be applied is reported with its row number and never stops the others.
 */
final class PerfReviewApply {

	static final String AGREE = "同意";
	static final String DISAGREE = "不同意";

	private final Injector injector;
	private final String office;
	private final String reviewer;
	private final String date;
	private final PrintWriter out;
	private final String workbook;
	int written;
	int present;
	int failed;
	int files;

	PerfReviewApply(Injector injector, String office, String reviewer, String date, String workbook, PrintWriter out) {
		this.injector = injector;
		this.office = office;
		this.reviewer = reviewer;
		this.date = date;
		this.workbook = workbook;
		this.out = out;
	}

	void apply(List<Decision> decisions) {
		Map<Path, List<Decision>> byFile = new LinkedHashMap<>();
		for (Decision decision : decisions) {
			if (!decision.filled()) {
				continue;
			}
			if (decision.path().isEmpty() || decision.formNumber() < 1) {
				fail(decision, "这一行不在任何表格中（文件无法读取或问题在表格之外），无法写入审核意见。 Not in a form.");
				continue;
			}
			if (!AGREE.equals(decision.decision()) && !DISAGREE.equals(decision.decision()) && !decision.decision().isEmpty()) {
				fail(decision, "审核决定“" + decision.decision() + "”不是 同意 / 不同意 / 待定。 Unknown decision.");
				continue;
			}
			Path target = target(Path.of(decision.path()));
			if (target == null) {
				fail(decision, "报送的是工作簿或文本（" + decision.path() + "），旁边没有导入的 .perf：请先用 jixiao import 导入到同一文件夹，再 --apply。"
						+ " The submission is a workbook with no imported .perf beside it.");
				continue;
			}
			byFile.computeIfAbsent(target, k -> new ArrayList<>()).add(decision);
		}
		byFile.forEach(this::applyTo);
	}

	/** The .perf to write into: the submission itself, or the .perf that jixiao import wrote beside a workbook or text. */
	private static Path target(Path submission) {
		String name = submission.getFileName().toString();
		if (name.endsWith(PerfUnitReview.PERF)) {
			return submission;
		}
		int dot = name.lastIndexOf('.');
		Path imported = submission.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + PerfUnitReview.PERF);
		return Files.isRegularFile(imported) ? imported : null;
	}

	private void applyTo(Path file, List<Decision> decisions) {
		if (!Files.isRegularFile(file)) {
			decisions.forEach(d -> fail(d, "文件不存在：" + file + "。 File not found."));
			return;
		}
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(resourceSet.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			decisions.forEach(d -> fail(d, "无法读取 " + file + "：" + e.getMessage()));
			return;
		}
		if (!resource.getErrors().isEmpty() || !(resource.getContents().get(0) instanceof PerfDocument document)
				|| !(resource instanceof PerfResource perf)) {
			decisions.forEach(d -> fail(d, file + " 有语法错误或无法读取，未写入：" + resource.getErrors().stream().findFirst()
					.map(Resource.Diagnostic::getMessage).orElse("") + "。 The file has errors."));
			return;
		}
		List<GoalForm> forms = document.getElements().stream().filter(Form.class::isInstance).map(Form.class::cast)
				.map(f -> f instanceof GoalForm g ? g : null).toList();
		Map<GoalForm, List<ReviewOpinion>> additions = new LinkedHashMap<>();
		for (Decision decision : decisions) {
			GoalForm form = decision.formNumber() <= forms.size() ? forms.get(decision.formNumber() - 1) : null;
			if (form == null) {
				fail(decision, file + " 中没有第 " + decision.formNumber() + " 张表（文件在审核之后改过？）。 The form is not in the file.");
				continue;
			}
			Goal goal = null;
			if (!decision.goal().isEmpty()) {
				goal = PerfOpinions.goal(form, decision.goal());
				if (goal == null) {
					fail(decision, file + " 的表中没有目标“" + decision.goal() + "”。 Goal not found.");
					continue;
				}
			}
			if (!decision.indicator().isEmpty() && PerfOpinions.indicator(form, goal, decision.indicator()) == null) {
				fail(decision, file + " 的表中没有指标“" + decision.indicator() + "”。 Indicator not found.");
				continue;
			}
			ReviewOpinion opinion = opinion(decision);
			List<ReviewOpinion> added = additions.computeIfAbsent(form, k -> new ArrayList<>());
			if (form.getOpinions().stream().anyMatch(o -> PerfOpinions.same(o, opinion))
					|| added.stream().anyMatch(o -> PerfOpinions.same(o, opinion))) {
				present++;
				continue;
			}
			added.add(opinion);
		}
		int count = additions.values().stream().mapToInt(List::size).sum();
		if (count == 0) {
			return;
		}
		PerfDecodedText decoded = perf.decodedText();
		String text = ((XtextResource) resource).getParseResult().getRootNode().getText();
		try {
			String result = injector.getInstance(PerfWriter.class).withOpinions(text, additions);
			PerfAtomicFiles.write(file, decoded.encode(decoded.withLineSeparators(result)));
			written += count;
			files++;
			out.println(file + ": 写入 " + count + " 条审核意见 (" + count + " review comments written)");
		} catch (IOException | RuntimeException e) {
			failed += count;
			out.println(new PerfProblem(file.toString(), 1, 1, PerfProblem.Severity.ERROR, PerfIssueCodes.INPUT,
					"无法写入，文件未改动 (cannot write, file unchanged)：" + e.getMessage()).format());
		}
	}

	private ReviewOpinion opinion(Decision decision) {
		ReviewOpinion opinion = PerfFactory.eINSTANCE.createReviewOpinion();
		opinion.setOffice(office);
		opinion.setReviewer(reviewer);
		opinion.setDate(date);
		opinion.setGoal(decision.goal().isEmpty() ? null : decision.goal());
		opinion.setIndicator(decision.indicator().isEmpty() ? null : decision.indicator());
		opinion.setText(decision.comment().isEmpty() ? decision.message() : decision.comment());
		opinion.setStatus(DISAGREE.equals(decision.decision()) ? OpinionStatus.REJECTED : OpinionStatus.OPEN);
		return opinion;
	}

	private void fail(Decision decision, String reason) {
		failed++;
		out.println(new PerfProblem(workbook, decision.row(), PerfReviewWorkbook.DECISION_COLUMN + 1, PerfProblem.Severity.WARNING,
				PerfIssueCodes.INPUT, "第 " + decision.row() + " 行未写入：" + reason).format());
	}
}
