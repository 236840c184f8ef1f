// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.layout;

import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.DepartmentMonitoring;
import org.jixiao.model.DepartmentSelfEvaluation;
import org.jixiao.model.DutyStatement;
import org.jixiao.model.Form;
import org.jixiao.model.ProjectMonitoring;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.ProjectTable;

/** The kinds of official form a layout can be written for; the key is what a layout file names. */
public enum PerfFormKind {
	DEPARTMENT("department", "部门整体支出绩效目标申报表", DepartmentDeclaration.class),
	PROJECT("project", "项目支出绩效目标表", ProjectTable.class),
	DEPARTMENT_SELFEVAL("department-selfeval", "部门整体绩效自评表", DepartmentSelfEvaluation.class),
	PROJECT_SELFEVAL("project-selfeval", "项目支出绩效自评表", ProjectSelfEvaluation.class),
	DUTIES("duties", "部门整体绩效目标（职责目标）", DutyStatement.class),
	PROJECT_MONITORING("project-monitoring", "项目支出绩效运行监控表", ProjectMonitoring.class),
	DEPARTMENT_MONITORING("department-monitoring", "部门整体绩效运行监控表", DepartmentMonitoring.class);

	/** Whether the kind is a monitoring form (绩效运行监控表), which is generated but never imported. */
	public boolean isMonitoring() {
		return this == PROJECT_MONITORING || this == DEPARTMENT_MONITORING;
	}

	private final String key;
	private final String label;
	private final Class<? extends Form> type;

	PerfFormKind(String key, String label, Class<? extends Form> type) {
		this.key = key;
		this.label = label;
		this.type = type;
	}

	public String key() {
		return key;
	}

	/** The form's Chinese name as printed and used in file names. */
	public String label() {
		return label;
	}

	public static PerfFormKind of(Form form) {
		for (PerfFormKind kind : values()) {
			if (kind.type.isInstance(form)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("unknown form " + form.eClass().getName());
	}

	public static PerfFormKind byKey(String key) {
		for (PerfFormKind kind : values()) {
			if (kind.key.equals(key)) {
				return kind;
			}
		}
		return null;
	}
}
