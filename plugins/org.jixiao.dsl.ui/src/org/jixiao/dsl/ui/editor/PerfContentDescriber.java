// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.ITextContentDescriber;
import org.jixiao.dsl.io.PerfDecodedText;
import org.jixiao.dsl.io.PerfEncodingException;
import org.jixiao.dsl.io.PerfTextDecoder;

/**
 * Tells the workbench a .perf file's encoding as the command line reads it ({@link PerfTextDecoder}):
 * UTF-8 (and its byte order mark) or GB18030. The editor then opens a GB18030 file with its Chinese
 * intact and saves it in GB18030, as it was; the checks warn about the encoding.
 */
public final class PerfContentDescriber implements ITextContentDescriber {

	private static final QualifiedName[] SUPPORTED = { IContentDescription.CHARSET, IContentDescription.BYTE_ORDER_MARK };

	@Override
	public int describe(InputStream contents, IContentDescription description) throws IOException {
		if (description == null) {
			return VALID;
		}
		try {
			PerfDecodedText text = PerfTextDecoder.decode(contents.readAllBytes());
			if (!text.isUtf8()) {
				description.setProperty(IContentDescription.CHARSET, text.charset().name());
			} else if (text.bom()) {
				description.setProperty(IContentDescription.CHARSET, StandardCharsets.UTF_8.name());
				description.setProperty(IContentDescription.BYTE_ORDER_MARK, IContentDescription.BOM_UTF_8);
			}
		} catch (PerfEncodingException e) {
			// not text: the content type's default (UTF-8) stands, and the checks report the file
		}
		return VALID;
	}

	@Override
	public int describe(Reader contents, IContentDescription description) {
		// characters are already decoded: nothing to tell
		return VALID;
	}

	@Override
	public QualifiedName[] getSupportedOptions() {
		return SUPPORTED.clone();
	}
}
