// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import static org.jixiao.dsl.validation.PerfIssueCodes.LIBRARY_MISMATCH;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.Tuples;
import org.eclipse.xtext.validation.Check;
import org.jixiao.dsl.library.PerfIndicatorLibrary;
import org.jixiao.dsl.model.PerfIndicators;
import org.jixiao.dsl.model.PerfNumbers;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.model.Comparator;
import org.jixiao.model.Direction;
import org.jixiao.model.Indicator;
import org.jixiao.model.LibraryEntry;
import org.jixiao.model.NumericValue;
import org.jixiao.model.ValueKind;

import com.google.inject.Inject;

/**
 * Compares an indicator with the library entry of the same name: a unit or a direction that
 * contradicts how the library writes it (a 率 counted in 人, a time limit written with ≥) is worth a
 * second look. The data carries the value in the library's form, for the quick fix.
 */
public class PerfLibraryValidator extends PerfCheck {

	@Inject
	private PerfIndicatorLibrary library;

	@Check
	public void matchesLibraryEntry(Indicator indicator) {
		if (!(indicator.getValue() instanceof NumericValue value)) {
			return;
		}
		Resource resource = indicator.eResource();
		Map<String, LibraryEntry> table = resource == null ? library.table(null)
				: perRun(Tuples.create(PerfIndicatorLibrary.class, resource), () -> library.table(resource));
		PerfIndicatorLibrary.entryFor(table, indicator).ifPresent(entry -> compare(indicator, value, entry));
	}

	private void compare(Indicator indicator, NumericValue value, LibraryEntry entry) {
		List<String> differences = new ArrayList<>();
		Comparator comparator = value.getComparator();
		PerfComparatorSpelling spelling = profile.comparatorSpelling();
		if (contradicts(entry.getDirection(), comparator)) {
			comparator = entry.getComparator() != Comparator.NONE ? entry.getComparator()
					: entry.getDirection() == Direction.NEGATIVE ? Comparator.LE : Comparator.GE;
			differences.add("指标库中为" + entry.getDirection().getLiteral() + "指标（" + spelling.write(comparator, value) + "）");
		}
		String unit = PerfValues.unit(value);
		String libraryUnit = libraryUnit(entry);
		// A value without unit is a fraction or a missing unit: their own rules say what to write.
		if (unit != null && libraryUnit != null && !libraryUnit.equals(unit)) {
			differences.add("指标库的单位是“" + libraryUnit + "”，这里是“" + unit + "”");
			unit = libraryUnit;
		}
		if (differences.isEmpty()) {
			return;
		}
		String replacement = (comparator == Comparator.NONE ? "" : spelling.write(comparator, value) + " ")
				+ PerfNumbers.plain(value.getAmount()) + (unit == null ? "" : "%".equals(unit) ? "%" : " " + unit);
		reportOn(LIBRARY_MISMATCH, "“" + PerfIndicators.name(indicator) + "”与指标库不一致：" + String.join("；", differences)
				+ "。按指标库应写“" + replacement + "”。", value, replacement);
	}

	private static boolean contradicts(Direction direction, Comparator comparator) {
		Direction stated = PerfValues.directionOf(comparator);
		return direction == Direction.NEGATIVE && stated == Direction.POSITIVE
				|| direction == Direction.POSITIVE && stated == Direction.NEGATIVE;
	}

	/** The unit the library writes this indicator in, or null when it does not say. */
	private static String libraryUnit(LibraryEntry entry) {
		if (entry.getKind() == ValueKind.PERCENTAGE) {
			return "%";
		}
		if (entry.getKind() == ValueKind.MONEY) {
			return entry.isSetMoneyUnit() ? entry.getMoneyUnit().getLiteral() : null;
		}
		return entry.getKind() == ValueKind.QUANTITY ? entry.getUnit() : null;
	}
}
