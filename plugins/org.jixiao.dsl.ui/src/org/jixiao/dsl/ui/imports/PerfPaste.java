// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.osgi.util.NLS;
import org.jixiao.dsl.scoping.PerfLibrary;
import org.jixiao.forms.importer.PerfColumnChoice;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.forms.importer.PerfTableImporter;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.PerfPackage;

import com.google.inject.Injector;

/**
 * 粘贴为 .perf / Paste as .perf, without widgets: imports the clipboard's table text and works out
 * what to insert where. The forms or goals go in at the start of the cursor's line (the end of the
 * line when text stands before the cursor), so they never split a line; into an empty document the
 * whole imported document goes, with its {@code uses framework} line. When the pasted tables were
 * recognised in another framework than the document's, the paste still happens and a notice says so
 * (validation marks any category the document's framework lacks).
 */
public final class PerfPaste {

	private static final Logger LOG = Logger.getLogger(PerfPaste.class);

	/** The source name of clipboard text in the import report. */
	public static final String SOURCE = "剪贴板";

	/**
	 * What to do: nothing when {@link #result()} has errors; else insert {@code text} at {@code offset}.
	 *
	 * @param notice a sentence for the status line (framework differs), or null
	 */
	public record Plan(PerfImportResult result, int offset, String text, String notice) {

		public boolean insert() {
			return !result.hasErrors() && !text.isEmpty();
		}
	}

	private final Injector injector;

	public PerfPaste(Injector injector) {
		this.injector = injector;
	}

	public Plan plan(String clipboard, String document, int cursor) {
		return plan(clipboard, document, cursor, List.of());
	}

	/** The plan with the analyst's corrections of the columns of grids read by their header. */
	public Plan plan(String clipboard, String document, int cursor, List<PerfColumnChoice> choices) {
		PerfImportResult result = new PerfTableImporter(injector).withColumnChoices(choices).importText(clipboard, SOURCE);
		if (result.hasErrors()) {
			return new Plan(result, cursor, "", null);
		}
		if (document.isBlank()) {
			return new Plan(result, 0, result.perfText(), null);
		}
		String documentFramework = framework(document);
		String notice = documentFramework.equals(result.framework()) ? null
				: NLS.bind(PerfImportMessages.pasteOtherFramework, result.framework(), documentFramework);
		int offset = lineBoundary(document, Math.max(0, Math.min(cursor, document.length())));
		String text = result.elements();
		if (offset > 0 && document.charAt(offset - 1) != '\n') {
			text = "\n" + text; // end of the last line without a line break
		}
		return new Plan(result, offset, text, notice);
	}

	/** The start of the cursor's line if only blanks stand before the cursor, else the start of the next line. */
	static int lineBoundary(String document, int cursor) {
		int lineStart = document.lastIndexOf('\n', cursor - 1) + 1;
		if (document.substring(lineStart, cursor).isBlank()) {
			return lineStart;
		}
		int lineEnd = document.indexOf('\n', cursor);
		return lineEnd < 0 ? document.length() : lineEnd + 1;
	}

	/** The framework the document names in {@code uses framework}, else the default (经典). */
	String framework(String document) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class)
				.createResource(URI.createURI("synthetic:/paste-target.perf"));
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			// reading from memory does not fail; should it, the paste still works with the default framework
			LOG.warn("文档无法读取，按默认框架粘贴。 (document unreadable, pasting with the default framework)", e);
			return PerfLibrary.DEFAULT_FRAMEWORK;
		}
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PerfDocument perf) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(perf, PerfPackage.Literals.PERF_DOCUMENT__FRAMEWORK);
			if (!nodes.isEmpty()) {
				String name = NodeModelUtils.getTokenText(nodes.get(0)).trim();
				return name.length() > 1 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1) : name;
			}
		}
		return PerfLibrary.DEFAULT_FRAMEWORK;
	}
}
