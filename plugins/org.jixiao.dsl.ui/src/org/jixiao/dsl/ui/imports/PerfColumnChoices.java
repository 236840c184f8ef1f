// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.imports;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.forms.importer.PerfColumnChoice;

/** The analyst's corrections of one source's columns: the latest choice for a column replaces an earlier one. */
final class PerfColumnChoices {

	private PerfColumnChoices() {
	}

	static List<PerfColumnChoice> with(List<PerfColumnChoice> choices, PerfColumnChoice choice) {
		List<PerfColumnChoice> result = new ArrayList<>(choices);
		result.removeIf(c -> java.util.Objects.equals(c.sheet(), choice.sheet()) && c.headerLine() == choice.headerLine()
				&& c.index() == choice.index());
		result.add(choice);
		return List.copyOf(result);
	}
}
