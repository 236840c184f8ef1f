// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.layout;

import java.util.Map;

/**
 * One block of a layout: a kind the generator knows how to draw (title, fields, goals …) and the
 * arguments a layout file gives it (labels, column lists, templates).
 */
public record PerfLayoutBlock(String kind, Map<String, String> args, int line) {

	public String arg(String name, String fallback) {
		String value = args.get(name);
		return value == null ? fallback : value;
	}

	public boolean flag(String name) {
		String value = args.get(name);
		return value != null && (value.isEmpty() || value.equals("yes") || value.equals("true"));
	}
}
