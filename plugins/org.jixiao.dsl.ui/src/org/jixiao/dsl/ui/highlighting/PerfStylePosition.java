// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.highlighting;

import org.eclipse.jface.text.Position;

/** A semantic style kept in the document as a position, so that edits move it with the text until the next reconcile. */
public final class PerfStylePosition extends Position {

	/** Position category of semantic styles in a .perf document. */
	public static final String CATEGORY = "org.jixiao.dsl.ui.semanticStyles";

	private final String styleClass;

	public PerfStylePosition(int offset, int length, String styleClass) {
		super(offset, length);
		this.styleClass = styleClass;
	}

	public String styleClass() {
		return styleClass;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PerfStylePosition p && super.equals(p) && styleClass.equals(p.styleClass);
	}

	@Override
	public int hashCode() {
		return super.hashCode() * 31 + styleClass.hashCode();
	}
}
