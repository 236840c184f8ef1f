// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.forms.generator.PerfFileNames;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.DepartmentSelfEvaluation;
import org.jixiao.model.DocumentElement;
import org.jixiao.model.DutyStatement;
import org.jixiao.model.Form;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.SelfEvaluation;

/**
 * The Word documents of a .perf document: each duty statement whose layout is a Word layout (the
 * default for duties, as the seed is a Word document), and a 绩效自评报告 draft for every
 * self-evaluation. One document per form: a report or a narrative is handed in on its own.
 */
public final class PerfWordGenerator {

	private final PerfLayouts layouts;

	public PerfWordGenerator(PerfLayouts layouts) {
		this.layouts = layouts;
	}

	public List<PerfWordDocument> plan(PerfDocument document, String requestedLayout) {
		List<PerfWordDocument> documents = new ArrayList<>();
		for (DocumentElement element : document.getElements()) {
			if (element instanceof DutyStatement duties) {
				PerfLayout layout = layouts.choose(duties, requestedLayout);
				if (layout.word()) {
					documents.add(new PerfWordDocument(PerfFileNames.of(duties.getUnit(), duties.getYear(), layout.formName(), ".docx"),
							duties, layout));
				}
			} else if (element instanceof SelfEvaluation evaluation) {
				documents.add(new PerfWordDocument(
						PerfFileNames.of(PerfFileNames.unit(evaluation), evaluation.getYear(), reportName(evaluation), ".docx"), evaluation, null));
			}
		}
		return documents;
	}

	/** 教育支出项目绩效自评报告, 部门整体绩效自评报告. */
	static String reportName(Form form) {
		if (form instanceof ProjectSelfEvaluation project && project.getName() != null && !project.getName().isBlank()) {
			String name = project.getName().strip();
			return name + (name.endsWith("项目") ? "" : "项目") + PerfSelfEvaluationReport.REPORT;
		}
		if (form instanceof DepartmentSelfEvaluation) {
			return "部门整体" + PerfSelfEvaluationReport.REPORT;
		}
		return "项目" + PerfSelfEvaluationReport.REPORT;
	}

	public void write(PerfWordDocument document, OutputStream out) throws IOException {
		if (document.report()) {
			new PerfSelfEvaluationReport((SelfEvaluation) document.form()).write(out);
		} else {
			new PerfDutiesDocument((DutyStatement) document.form(), document.layout()).write(out);
		}
	}
}
