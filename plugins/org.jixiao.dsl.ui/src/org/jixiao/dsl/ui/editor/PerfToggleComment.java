// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;

/**
 * Toggle comment (Ctrl+/): when every non-blank selected line starts with {@code //}, remove it;
 * otherwise put {@code //} before each non-blank line, at the smallest indentation of the lines
 * so that the block stays aligned.
 */
public final class PerfToggleComment {

	static final String PREFIX = "//";

	private PerfToggleComment() {
	}

	/** Toggles the comment of the lines touched by the selection {@code offset, length}. */
	public static void toggle(IDocument document, int offset, int length) throws BadLocationException {
		int first = document.getLineOfOffset(offset);
		int endOffset = offset + length;
		int last = document.getLineOfOffset(endOffset);
		if (last > first && length > 0 && document.getLineOffset(last) == endOffset) {
			last--; // a selection ending at a line start does not include that line
		}
		boolean allCommented = true;
		int indent = Integer.MAX_VALUE;
		for (int line = first; line <= last; line++) {
			String text = lineText(document, line);
			if (text.isBlank()) {
				continue;
			}
			int lead = text.length() - text.stripLeading().length();
			indent = Math.min(indent, lead);
			allCommented &= text.stripLeading().startsWith(PREFIX);
		}
		if (indent == Integer.MAX_VALUE) {
			return; // only blank lines
		}
		DocumentRewriteSession session = document instanceof IDocumentExtension4 d
				? d.startRewriteSession(DocumentRewriteSessionType.UNRESTRICTED_SMALL) : null;
		try {
			for (int line = last; line >= first; line--) {
				String text = lineText(document, line);
				if (text.isBlank()) {
					continue;
				}
				int lineOffset = document.getLineOffset(line);
				if (allCommented) {
					int at = text.indexOf(PREFIX);
					int remove = PREFIX.length() + (text.startsWith(" ", at + PREFIX.length()) ? 1 : 0);
					document.replace(lineOffset + at, remove, "");
				} else {
					document.replace(lineOffset + indent, 0, PREFIX + " ");
				}
			}
		} finally {
			if (session != null) {
				((IDocumentExtension4) document).stopRewriteSession(session);
			}
		}
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}
