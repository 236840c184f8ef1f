// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.profiles;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a profile file: UTF-8, one {@code key = value} per line, {@code #} starts a comment,
 * every key from a fixed list and at most once. Messages name the file and line:
 * {@code source:line:1: 评分配置有误：…}.
 *
 * @param values the values by key, in the file's order
 * @param lines  the line of each key
 */
public record PerfProfileText(Map<String, String> values, Map<String, Integer> lines) {

	/** Makes the profile's own exception for a message at a line of the file. */
	@FunctionalInterface
	public interface Errors {
		RuntimeException at(int line, String message);
	}

	/** Reads the keys and values; an unknown key, a repeated one or a line without {@code =} is refused. */
	public static PerfProfileText parse(String text, List<String> keys, Errors errors) {
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, Integer> lines = new LinkedHashMap<>();
		String[] rows = text.split("\r?\n", -1);
		for (int i = 0; i < rows.length; i++) {
			String row = rows[i].strip();
			if (row.isEmpty() || row.startsWith("#")) {
				continue;
			}
			int eq = row.indexOf('=');
			if (eq < 0) {
				throw errors.at(i + 1, "应为“键 = 值”，却是“" + row + "”。");
			}
			String key = row.substring(0, eq).strip();
			if (!keys.contains(key)) {
				throw errors.at(i + 1, "未知的键“" + key + "”（可用：" + String.join("、", keys) + "）。");
			}
			if (values.put(key, row.substring(eq + 1).strip()) != null) {
				throw errors.at(i + 1, "键“" + key + "”重复。");
			}
			lines.put(key, i + 1);
		}
		return new PerfProfileText(Collections.unmodifiableMap(values), Collections.unmodifiableMap(lines));
	}

	/** {@code source:line:1: 评分配置有误：message}. */
	public static String message(String source, int line, String kind, String message) {
		return source + ":" + line + ":1: " + kind + "有误：" + message;
	}

	public boolean has(String key) {
		return values.containsKey(key);
	}

	public String get(String key) {
		return values.get(key);
	}

	public String get(String key, String otherwise) {
		return values.getOrDefault(key, otherwise);
	}

	/** The line of the key, or 1 when the file does not have it (a missing key is reported at the top). */
	public int line(String key) {
		return lines.getOrDefault(key, 1);
	}
}
