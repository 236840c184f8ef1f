// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.contentassist;

import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.util.TextRegion;
import org.jixiao.dsl.conversion.PerfUnitConverter;
import org.jixiao.model.Comparator;
import org.jixiao.model.Direction;
import org.jixiao.model.LibraryEntry;
import org.jixiao.model.ValueKind;

import com.google.inject.Inject;

/**
 * The text a library entry inserts after {@code indicator 一级.二级 }: the quoted name, the typical
 * comparator, a value to overwrite and the unit, and the default basis — a complete, valid
 * indicator line. The value is the region the editor selects for the analyst to type over.
 */
public class PerfLibraryProposalText {

	/** Inserted text and, inside it, the value to be typed over. */
	public record Text(String text, TextRegion value) {
	}

	@Inject
	private STRINGValueConverter strings;

	@Inject
	private PerfUnitConverter units;

	public Text of(LibraryEntry entry) {
		StringBuilder text = new StringBuilder(strings.toString(entry.getName())).append(' ');
		Comparator comparator = comparator(entry);
		if (comparator != Comparator.NONE) {
			text.append(comparator.getLiteral()).append(' ');
		}
		int valueStart;
		String placeholder;
		switch (entry.getKind()) {
		case PERCENTAGE -> {
			valueStart = text.length();
			placeholder = comparator == Comparator.GE || comparator == Comparator.GT ? "90" : "100";
			text.append(placeholder).append('%');
		}
		case MONEY -> {
			valueStart = text.length();
			placeholder = "1";
			text.append(placeholder).append(' ').append(entry.isSetMoneyUnit() ? entry.getMoneyUnit().getLiteral() : "万元");
		}
		case RANGE -> {
			valueStart = text.length();
			placeholder = "1-2";
			text.append(placeholder).append(unit(entry));
		}
		case RANK -> {
			text.append("第 ");
			valueStart = text.length();
			placeholder = "1";
			text.append(placeholder).append(" 名");
		}
		case YESNO -> {
			valueStart = text.length();
			placeholder = "是";
			text.append(placeholder);
		}
		case QUALITATIVE -> {
			valueStart = text.length() + 1;
			placeholder = "有效提升";
			text.append(strings.toString(placeholder));
		}
		default -> {
			valueStart = text.length();
			placeholder = "1";
			text.append(placeholder).append(unit(entry));
		}
		}
		if (entry.getBasis() != null) {
			text.append(" basis ").append(strings.toString(entry.getBasis()));
		}
		return new Text(text.toString(), new TextRegion(valueStart, placeholder.length()));
	}

	/**
	 * The entry's comparator where its kind takes one; a number the forms wrote without one gets the
	 * comparator of its direction (a cost is a ceiling), since only a plain 100% may go without.
	 */
	static Comparator comparator(LibraryEntry entry) {
		return switch (entry.getKind()) {
		case QUANTITY, MONEY -> entry.getComparator() != Comparator.NONE ? entry.getComparator()
				: entry.getKind() == ValueKind.MONEY || entry.getDirection() == Direction.NEGATIVE ? Comparator.LE
				: entry.getDirection() == Direction.EQUAL ? Comparator.EQ : Comparator.GE;
		case PERCENTAGE, QUALITATIVE -> entry.getComparator();
		default -> Comparator.NONE;
		};
	}

	private String unit(LibraryEntry entry) {
		return entry.getUnit() == null ? "" : " " + units.toString(entry.getUnit());
	}
}
