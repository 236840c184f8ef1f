// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.editor;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;
import org.eclipse.jface.text.formatter.IContentFormatter;
import org.eclipse.jface.text.formatter.IFormattingStrategy;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.jixiao.dsl.formatting2.PerfDocumentFormatter;
import org.jixiao.dsl.ui.reconciler.PerfLiveResource;

/**
 * Format document (Ctrl+Shift+F, {@code ISourceViewer.FORMAT}): the language's formatter, the one
 * {@code jixiao format} uses, applied edit by edit so that markers and the cursor keep their place.
 * A document with syntax errors is left as it is (the editor says why).
 */
public final class PerfContentFormatter implements IContentFormatter {

	private final Supplier<PerfLiveResource> live;
	private final PerfDocumentFormatter formatter;
	private final Runnable onSyntaxErrors;

	public PerfContentFormatter(Supplier<PerfLiveResource> live, PerfDocumentFormatter formatter, Runnable onSyntaxErrors) {
		this.live = live;
		this.formatter = formatter;
		this.onSyntaxErrors = onSyntaxErrors;
	}

	@Override
	public void format(IDocument document, IRegion region) {
		PerfLiveResource resource = live.get();
		if (resource == null) {
			return;
		}
		record Edits(List<ITextReplacement> replacements, boolean syntaxErrors) {
		}
		Edits edits = resource.read(r -> new Edits(formatter.replacements(r), !r.getErrors().isEmpty()));
		if (edits.syntaxErrors()) {
			onSyntaxErrors.run();
			return;
		}
		// the viewer's format operation may already have opened a rewrite session; only one can be active
		DocumentRewriteSession session = document instanceof IDocumentExtension4 d && d.getActiveRewriteSession() == null
				? d.startRewriteSession(DocumentRewriteSessionType.SEQUENTIAL) : null;
		// the formatter writes LF; a CRLF (or CR) file keeps its own line ends, never mixed ones
		String lineEnd = TextUtilities.getDefaultLineDelimiter(document);
		try {
			for (ITextReplacement r : edits.replacements().stream()
					.sorted(Comparator.comparingInt(ITextReplacement::getOffset).reversed()).toList()) {
				String text = r.getReplacementText().replace("\r\n", "\n").replace("\n", lineEnd);
				if (!text.equals(document.get(r.getOffset(), r.getLength()))) {
					document.replace(r.getOffset(), r.getLength(), text);
				}
			}
		} catch (BadLocationException e) {
			// the formatter's regions come from this very text; a mismatch leaves the rest unformatted
		} finally {
			if (session != null) {
				((IDocumentExtension4) document).stopRewriteSession(session);
			}
		}
	}

	@Override
	public IFormattingStrategy getFormattingStrategy(String contentType) {
		return null;
	}
}
