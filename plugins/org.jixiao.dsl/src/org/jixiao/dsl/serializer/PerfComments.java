// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.serializer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * Line comments to write with a model, keyed by the element they are about: the model has no place
 * for comments, so the writer inserts them next to the element's text (docs/design.md, "Writing
 * .perf text"). Each text may span lines; every line becomes one {@code //} comment.
 */
public final class PerfComments {

	/** Where a comment goes relative to its element. */
	public enum Place {
		/** On the lines before the element (for the document: at the top of the file). */
		BEFORE,
		/** First thing inside the element's block, after the line that opens it with {@code <}. */
		INSIDE
	}

	record Comment(EObject element, Place place, String text) {
	}

	private final Map<EObject, List<Comment>> comments = new LinkedHashMap<>();

	/** A comment on the lines before {@code element}. */
	public PerfComments before(EObject element, String text) {
		return add(element, Place.BEFORE, text);
	}

	/** A comment at the top of {@code element}'s block. */
	public PerfComments inside(EObject element, String text) {
		return add(element, Place.INSIDE, text);
	}

	private PerfComments add(EObject element, Place place, String text) {
		comments.computeIfAbsent(element, e -> new ArrayList<>()).add(new Comment(element, place, text));
		return this;
	}

	boolean isEmpty() {
		return comments.isEmpty();
	}

	List<Comment> all() {
		return comments.values().stream().flatMap(List::stream).toList();
	}
}
