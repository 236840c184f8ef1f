// SPDX-License-Identifier: EPL-2.0
package org.jixiao.product.tests;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a child JVM on the built bundles: saves the text of its second argument into the file of
 * its first, as the workbench editor saves a document ({@code org.jixiao.dsl.ui.editor.PerfSavedText},
 * UTF-8 without byte order mark), the number of times of its third; the test kills it meanwhile.
 * Reflection, because this module is compiled without the bundles.
 */
public final class PerfSaveChild {

	private PerfSaveChild() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		String text = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
		Method save = Class.forName("org.jixiao.dsl.ui.editor.PerfSavedText").getMethod("save", Path.class, String.class,
				String.class, boolean.class);
		for (int i = Integer.parseInt(args[2]); i > 0; i--) {
			save.invoke(null, file, text, "UTF-8", false);
		}
	}
}
