// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;

/**
 * The issue data of a diagnostic as strings. In-process it is the validator's String[]; through
 * the language server protocol it comes back from the client as JSON.
 */
public final class PerfFixData {

	private PerfFixData() {
	}

	public static List<String> strings(Object data) {
		List<String> result = new ArrayList<>();
		if (data instanceof String[] array) {
			result.addAll(List.of(array));
		} else if (data instanceof JsonElement json && json.isJsonArray()) {
			json.getAsJsonArray().forEach(e -> result.add(e.isJsonNull() ? null : e.getAsString()));
		} else if (data instanceof Iterable<?> iterable) {
			iterable.forEach(e -> result.add(e instanceof JsonElement j ? j.getAsString() : String.valueOf(e)));
		} else if (data instanceof String text) {
			result.add(text);
		}
		return result;
	}
}
