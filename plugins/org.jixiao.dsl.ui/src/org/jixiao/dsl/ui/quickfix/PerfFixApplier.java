// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.quickfix;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;

/** Applies a fix's replacements to a document as one change (one undo step where the document supports it). */
public final class PerfFixApplier {

	private PerfFixApplier() {
	}

	public static void apply(PerfFix fix, IDocument document) throws BadLocationException {
		DocumentRewriteSession session = document instanceof IDocumentExtension4 d
				? d.startRewriteSession(DocumentRewriteSessionType.UNRESTRICTED_SMALL) : null;
		try {
			for (PerfFix.Replacement r : fix.backwards()) {
				document.replace(r.offset(), r.length(), r.text());
			}
		} finally {
			if (session != null) {
				((IDocumentExtension4) document).stopRewriteSession(session);
			}
		}
	}
}
