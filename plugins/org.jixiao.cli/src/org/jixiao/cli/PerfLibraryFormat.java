// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import org.jixiao.model.Comparator;
import org.jixiao.model.LibraryEntry;
import org.jixiao.model.ValueKind;

/** How a library entry's typical value reads in a listing, e.g. "≥ …%" or "≤ … 万元". */
final class PerfLibraryFormat {

	private PerfLibraryFormat() {
	}

	static String valueForm(LibraryEntry entry) {
		String comparator = entry.getComparator() == Comparator.NONE ? "" : entry.getComparator().getLiteral() + " ";
		return switch (entry.getKind()) {
		case PERCENTAGE -> comparator + "…%";
		case MONEY -> comparator + "… " + (entry.isSetMoneyUnit() ? entry.getMoneyUnit().getLiteral() : "万元");
		case QUANTITY, RANGE -> comparator + "…" + (entry.getUnit() == null ? "" : " " + entry.getUnit());
		case RANK -> "第 … 名";
		case YESNO -> "是/否";
		default -> entry.getKind() == ValueKind.QUALITATIVE ? "定性" : entry.getKind().getLiteral();
		};
	}
}
