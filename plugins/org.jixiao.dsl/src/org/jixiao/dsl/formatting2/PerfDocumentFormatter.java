// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a whole parsed document to text with {@link PerfFormatter}: the one entry point for the
 * command line, the importer and tests (editors go through Xtext's formatting services).
 */
public class PerfDocumentFormatter {

	@Inject
	private Provider<IFormatter2> formatter;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	/**
	 * The document's text in canonical layout. A document with syntax errors is returned as it is:
	 * formatting half-parsed text could lose what the analyst typed.
	 */
	public String format(XtextResource resource) {
		ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
		if (!resource.getErrors().isEmpty()) {
			return resource.getParseResult().getRootNode().getText();
		}
		return access.getRewriter().renderToString(replacements(resource, access));
	}

	/**
	 * The edits that put the document in canonical layout, for an editor that applies them one by one
	 * (markers and the cursor stay where they belong); none for a document with syntax errors.
	 */
	public List<ITextReplacement> replacements(XtextResource resource) {
		if (!resource.getErrors().isEmpty()) {
			return List.of();
		}
		return replacements(resource, regionAccess.get().forNodeModel(resource).create());
	}

	private List<ITextReplacement> replacements(XtextResource resource, ITextRegionAccess access) {
		FormatterRequest request = requests.get().setTextRegionAccess(access);
		return formatter.get().format(request);
	}
}
