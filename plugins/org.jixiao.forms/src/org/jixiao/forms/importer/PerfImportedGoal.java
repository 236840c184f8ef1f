// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.forms.importer.PerfImportedForm.Text;

/** One goal and its indicator rows as read from a table; categories are resolved after reading. */
final class PerfImportedGoal {

	final PerfCell origin;
	/** longterm, annual or null (a general goal). */
	String kind;
	Text name;
	Text text;
	Text until;
	Text weight;
	Text actual;
	Text score;
	final List<PerfImportedIndicator> indicators = new ArrayList<>();
	/** 一级 weights as printed in 产出指标（17分）, by the 一级's canonical name. */
	final Map<String, Text> sections = new LinkedHashMap<>();
	final List<Text> unplaced = new ArrayList<>();

	PerfImportedGoal(PerfCell origin) {
		this.origin = origin;
	}
}
