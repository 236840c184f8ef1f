// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.stages;

/**
 * One difference between two versions of a form: in which form, which part (表头, 预算, 目标, 指标),
 * which item, what kind of change, and the text before and after (empty for what is not there).
 */
public record PerfChange(String form, String part, String item, Kind kind, String before, String after) {

	public enum Kind {
		ADDED("新增"), REMOVED("删除"), CHANGED("修改");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		/** The word the terminal and the 对比表 show: 新增, 删除, 修改. */
		public String label() {
			return label;
		}
	}
}
