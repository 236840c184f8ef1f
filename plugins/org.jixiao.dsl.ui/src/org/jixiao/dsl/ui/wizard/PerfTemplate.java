// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.wizard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The forms the new-file wizard starts from: a complete, valid form of each kind (templates next
 * to this class) with the unit and years filled in. Budget targets are declared for the coming
 * year, self-evaluations judge the year gone by, so their default years differ.
 */
public enum PerfTemplate {

	DEPARTMENT("department.perf", 1),
	PROJECT("project.perf", 1),
	SELF_EVALUATION("selfeval.perf", -1);

	private final String resource;
	private final int yearOffset;

	PerfTemplate(String resource, int yearOffset) {
		this.resource = resource;
		this.yearOffset = yearOffset;
	}

	/** The form's name as the finance bureau prints it (Chinese) or its English name. */
	public String label() {
		return switch (this) {
		case DEPARTMENT -> PerfWizardMessages.templateDepartment;
		case PROJECT -> PerfWizardMessages.templateProject;
		case SELF_EVALUATION -> PerfWizardMessages.templateSelfEvaluation;
		};
	}

	/** The year an analyst fills this form for, on the given day. */
	public int defaultYear(LocalDate today) {
		return today.getYear() + yearOffset;
	}

	/** A file name for the new file, e.g. {@code 2027-项目支出绩效目标表.perf}. */
	public String defaultFileName(int year) {
		return year + "-" + switch (this) {
		case DEPARTMENT -> "部门整体支出绩效目标申报表";
		case PROJECT -> "项目支出绩效目标表";
		case SELF_EVALUATION -> "项目支出绩效自评表";
		} + ".perf";
	}

	/** The template with the unit, the year and the dates derived from it filled in. */
	public String render(String unit, int year, LocalDate today) {
		String filingDate = today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日";
		return text().replace("${unit}", quoted(unit.isBlank() ? "单位名称" : unit.strip()))
				.replace("${year}", Integer.toString(year))
				.replace("${twoyearsago}", Integer.toString(year - 2))
				.replace("${lastyear}", Integer.toString(year - 1))
				.replace("${until}", Integer.toString(year + 2))
				.replace("${filingdate}", filingDate);
	}

	/** Text safe inside a .perf string literal (one line, quotes and backslashes escaped). */
	private static String quoted(String text) {
		return text.replaceAll("[\\r\\n]+", " ").replace("\\", "\\\\").replace("\"", "\\\"");
	}

	private String text() {
		try (InputStream in = PerfTemplate.class.getResourceAsStream("templates/" + resource)) {
			if (in == null) {
				throw new IllegalStateException("missing template " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
