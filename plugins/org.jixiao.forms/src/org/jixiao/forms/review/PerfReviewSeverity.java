// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.review;

/** The severity of a finding as the review workbook prints it. */
public enum PerfReviewSeverity {
	ERROR("错误"), WARNING("警告"), INFO("提示");

	private final String label;

	PerfReviewSeverity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
