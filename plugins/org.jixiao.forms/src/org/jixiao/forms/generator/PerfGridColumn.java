// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.generator;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.forms.layout.PerfLayoutException;

/**
 * One column of an indicator grid as a layout declares it: {@code header:source[:span]}. A header
 * may be a path {@code 指标值/近两年指标值/前年}; neighbours sharing a path prefix share a merged
 * header cell, so multi-row headers are data too. The national standard prints the value in three
 * columns: {@code symbol} (计算符号), {@code number} (指标值 without comparator and unit) and {@code unit}.
 */
public record PerfGridColumn(List<String> headerPath, String source, int span) {

	public static final List<String> SOURCES = List.of("label", "goal", "level1", "level1w", "level2", "level2w", "name",
			"measure", "description", "value", "basis", "twoyearsago", "lastyear", "expected", "weight", "actual",
			"score", "note", "deviation", "criterion", "symbol", "number", "unit", "direction", "target", "current", "forecast",
			"likelihood", "cause", "light");

	public static List<PerfGridColumn> parse(String spec, String where) {
		List<PerfGridColumn> columns = new ArrayList<>();
		for (String item : spec.split(",")) {
			String[] parts = item.strip().split(":");
			if (parts.length < 2 || !SOURCES.contains(parts[1].strip())) {
				throw new PerfLayoutException(where + ": 版式文件有误：列“" + item.strip() + "”应写作 表头:来源[:跨列]，来源为 "
						+ String.join("、", SOURCES));
			}
			int span = parts.length > 2 ? Integer.parseInt(parts[2].strip()) : 1;
			columns.add(new PerfGridColumn(List.of(parts[0].strip().split("/")), parts[1].strip(), span));
		}
		return columns;
	}
}
