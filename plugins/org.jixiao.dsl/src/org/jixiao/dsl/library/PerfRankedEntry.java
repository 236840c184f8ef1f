// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.library;

import java.util.List;

import org.jixiao.model.LibraryEntry;

/** A library entry with its relevance to where the analyst is writing, and why. */
public record PerfRankedEntry(LibraryEntry entry, int score, List<String> reasons) {

	/** The reasons in one line, e.g. "标签：信访；共有：信访、受理". */
	public String explanation() {
		return String.join("；", reasons);
	}
}
