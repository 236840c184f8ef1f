package org.jixiao.dsl.ui.editor;

import org.eclipse.ui.editors.text.TextEditor;

/** The editor of {@code .perf} files: the platform's text editor configured for the language. */
public class PerfEditor extends TextEditor {

	/** Id under which the editor is registered (plugin.xml), bound to content type {@code org.jixiao.dsl.perf}. */
	public static final String ID = "org.jixiao.dsl.ui.PerfEditor";

	/** Content type of {@code .perf} files. */
	public static final String CONTENT_TYPE_ID = "org.jixiao.dsl.perf";
}
