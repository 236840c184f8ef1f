// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.highlighting;

import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** The colours of each token class, chosen to read like Eclipse's own language editors. */
public final class PerfStyles {

	private static final Map<String, TextAttribute> ATTRIBUTES = Map.of(
			PerfTokenClasses.KEYWORD, new TextAttribute(color(127, 0, 85), null, SWT.BOLD),
			PerfTokenClasses.COMMENT, new TextAttribute(color(63, 127, 95)),
			PerfTokenClasses.STRING, new TextAttribute(color(42, 0, 255)),
			PerfTokenClasses.NUMBER, new TextAttribute(color(125, 125, 0)),
			PerfTokenClasses.PUNCTUATION, new TextAttribute(color(80, 80, 80)),
			PerfTokenClasses.CATEGORY, new TextAttribute(color(0, 112, 160), null, SWT.BOLD),
			PerfTokenClasses.UNIT, new TextAttribute(color(160, 90, 0)),
			PerfTokenClasses.COMPARATOR, new TextAttribute(color(200, 40, 40), null, SWT.BOLD));

	private static final TextAttribute DEFAULT = new TextAttribute(null);

	private PerfStyles() {
	}

	public static TextAttribute of(String styleClass) {
		return ATTRIBUTES.getOrDefault(styleClass, DEFAULT);
	}

	private static Color color(int red, int green, int blue) {
		// device-independent colours need no disposal (SWT 3.115+)
		return new Color(new RGB(red, green, blue));
	}
}
