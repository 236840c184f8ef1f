// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.library.extract;

import org.jixiao.dsl.library.PerfIndicatorNames;
import org.jixiao.dsl.library.PerfWorkTags;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.scoping.PerfFrameworks;
import org.jixiao.dsl.scoping.PerfLibrary;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.dsl.model.PerfValues;
import org.jixiao.dsl.serializer.PerfWriter;
import org.jixiao.model.Comparator;
import org.jixiao.model.Framework;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorLibrary;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;
import org.jixiao.model.LibraryEntry;
import org.jixiao.model.Money;
import org.jixiao.model.NoValue;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.PerfFactory;
import org.jixiao.model.Qualitative;
import org.jixiao.model.Quantity;
import org.jixiao.model.Range;
import org.jixiao.model.Value;
import org.jixiao.model.ValueKind;

import com.google.inject.Inject;

/**
 * Builds indicator library files from filed forms: every indicator becomes an entry, duplicates
 * (same 二级, same name up to 当年 and brackets) are merged, and the entry records what the forms
 * most often wrote: value kind, comparator, unit, basis. Filings whose value the validator finds of
 * the wrong form (a 成本 written as 是, a 率 counted in 人 …) are left out. An entry is placed under the default
 * framework when it has a 二级 of that name, otherwise under the framework it was filed in.
 */
public class PerfLibraryExtractor {

	@Inject
	private PerfFrameworks frameworks;

	@Inject
	private PerfWriter writer;

	/**
	 * Findings that mean an indicator's value is of the wrong form for what it measures: such a
	 * filing is a mistake to correct, not a way of writing to recommend.
	 */
	static final Set<String> MALFORMED = Set.of(PerfIssueCodes.COST_NOT_AMOUNT, PerfIssueCodes.QUALITATIVE_VALUE,
			PerfIssueCodes.RATE_UNIT, PerfIssueCodes.YES_NO_TARGET, PerfIssueCodes.DIRECTION_COMPARATOR,
			PerfIssueCodes.FRACTION_PERCENTAGE, PerfIssueCodes.PERCENT_OVER_100, PerfIssueCodes.UNACHIEVABLE_100,
			PerfIssueCodes.MISSING_UNIT);

	/**
	 * Library text per framework name, in the frameworks' category order.
	 *
	 * @param issues the validation issues of each document's resource, as the caller already has them
	 */
	public Map<String, String> extract(Collection<PerfDocument> documents,
			Function<Resource, ? extends Collection<Issue>> issues, String libraryName, String title) {
		Map<String, Occurrences> byKey = new LinkedHashMap<>();
		Framework defaultFramework = null;
		for (PerfDocument document : documents) {
			if (defaultFramework == null) {
				defaultFramework = frameworks.byName(document, PerfLibrary.DEFAULT_FRAMEWORK);
			}
			Set<EObject> malformed = malformed(document, issues.apply(document.eResource()));
			for (Indicator indicator : EcoreUtil2.getAllContentsOfType(document, Indicator.class)) {
				if (indicator.getCategory() == null || indicator.getCategory().eIsProxy() || indicator.getName() == null
						|| malformed.contains(indicator)) {
					continue;
				}
				Level2Category category = placement(indicator.getCategory(), defaultFramework);
				String key = category.getName() + "/" + PerfIndicatorNames.normalise(indicator.getName());
				byKey.computeIfAbsent(key, k -> new Occurrences(category)).add(indicator);
			}
		}
		Map<Framework, List<Occurrences>> byFramework = byKey.values().stream()
				.sorted(java.util.Comparator.comparingInt(o -> order(o.category)))
				.collect(Collectors.groupingBy(o -> framework(o.category), LinkedHashMap::new, Collectors.toList()));
		Map<String, String> result = new LinkedHashMap<>();
		byFramework.forEach((framework, entries) -> result.put(framework.getName(), write(framework, libraryName, title, entries)));
		return result;
	}

	/** The indicators of a document whose value the validator finds of the wrong form. */
	private static Set<EObject> malformed(PerfDocument document, Collection<Issue> issues) {
		Set<EObject> result = new HashSet<>();
		Resource resource = document.eResource();
		for (Issue issue : issues) {
			if (MALFORMED.contains(issue.getCode()) && issue.getUriToProblem() != null) {
				EObject problem = resource.getEObject(issue.getUriToProblem().fragment());
				Indicator indicator = EcoreUtil2.getContainerOfType(problem, Indicator.class);
				if (indicator != null) {
					result.add(indicator);
				}
			}
		}
		return result;
	}

	private static Level2Category placement(Level2Category category, Framework preferred) {
		if (preferred == null) {
			return category;
		}
		for (Level1Category level1 : preferred.getLevel1s()) {
			for (Level2Category level2 : level1.getLevel2s()) {
				if (level2.getName().equals(category.getName())) {
					return level2;
				}
			}
		}
		return category;
	}

	private static Framework framework(Level2Category category) {
		return (Framework) category.eContainer().eContainer();
	}

	private static int order(Level2Category category) {
		Level1Category level1 = (Level1Category) category.eContainer();
		return framework(category).getLevel1s().indexOf(level1) * 100 + level1.getLevel2s().indexOf(category);
	}

	private String write(Framework framework, String libraryName, String title, List<Occurrences> entries) {
		PerfDocument document = PerfFactory.eINSTANCE.createPerfDocument();
		document.setFramework(framework);
		IndicatorLibrary library = PerfFactory.eINSTANCE.createIndicatorLibrary();
		library.setName(libraryName);
		library.setTitle(title);
		for (Occurrences entry : entries) {
			library.getEntries().add(entry.entry());
		}
		document.getElements().add(library);
		return writer.write(document);
	}

	/** All filings of one indicator. */
	private final class Occurrences {

		private final Level2Category category;
		private final List<Indicator> indicators = new ArrayList<>();

		Occurrences(Level2Category category) {
			this.category = category;
		}

		void add(Indicator indicator) {
			indicators.add(indicator);
		}

		/** The entry: what the forms most often wrote (comparators in their standard spelling). */
		LibraryEntry entry() {
			List<Value> values = indicators.stream().map(Indicator::getValue)
					.filter(v -> v != null && !(v instanceof NoValue)).toList();
			ValueKind kind = mostCommon(values, PerfValues::kind).orElse(ValueKind.QUALITATIVE);
			Comparator comparator = mostCommon(values, Value::getComparator).orElse(Comparator.NONE);
			LibraryEntry entry = PerfFactory.eINSTANCE.createLibraryEntry();
			entry.setCategory(category);
			entry.setName(shortestName());
			entry.setKind(kind);
			entry.setComparator(comparator);
			if (kind == ValueKind.MONEY) {
				mostCommon(values.stream().filter(Money.class::isInstance).map(Money.class::cast).toList(), Money::getUnit)
						.ifPresent(entry::setMoneyUnit);
			} else {
				unit(values).ifPresent(entry::setUnit);
			}
			entry.setDirection(PerfValues.directionOf(comparator));
			mostCommon(indicators, Indicator::getBasis).ifPresent(entry::setBasis);
			entry.setGuidance(guidance(values));
			entry.getTags().addAll(tags());
			return entry;
		}

		/** The name without the annual grids' 当年 prefix where the forms wrote both. */
		private String shortestName() {
			return indicators.stream().map(Indicator::getName).map(String::strip)
					.min(java.util.Comparator.comparingInt(String::length)).orElseThrow();
		}

		private Optional<String> unit(List<Value> values) {
			Function<Value, String> unitOf = v -> v instanceof Quantity q ? q.getUnit()
					: v instanceof Range r ? r.getUnit() : null;
			return mostCommon(values, unitOf);
		}

		private String guidance(List<Value> values) {
			List<String> written = values.stream().map(PerfLibraryExtractor::asWritten).filter(Objects::nonNull)
					.distinct().limit(3).toList();
			String seen = "已填报 " + indicators.size() + " 次";
			return written.isEmpty() ? seen + "。" : seen + "，常见指标值：" + String.join("、", written) + "。";
		}

		/** Tags come from the indicator's own name only: a goal's words would tag every indicator of it. */
		private List<String> tags() {
			return PerfWorkTags.tagsOf(indicators.stream().map(Indicator::getName).collect(Collectors.joining(" ")));
		}
	}

	/** A value as the form wrote it; qualitative text in Chinese quotes rather than escaped ASCII ones. */
	private static String asWritten(Value value) {
		if (value instanceof Qualitative qualitative) {
			return "“" + qualitative.getText() + "”";
		}
		return NodeModelUtils.getTokenText(NodeModelUtils.getNode(value));
	}

	private static <T, R> Optional<R> mostCommon(List<T> items, Function<T, R> property) {
		Map<R, Long> counts = items.stream().map(property).filter(Objects::nonNull)
				.collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
	}
}
