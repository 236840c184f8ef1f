// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.jixiao.dsl.io.PerfDecodedText;
import org.jixiao.dsl.io.PerfEncodingException;
import org.jixiao.dsl.io.PerfTextDecoder;

/**
 * A .perf document whose bytes are read by {@link PerfTextDecoder}, whatever encoding the load
 * options name: UTF-8 with or without a byte order mark as it is, GB18030 with a warning, anything
 * else as one error at the first byte that cannot be read (and no content).
 */
public class PerfResource extends LazyLinkingResource {

	/**
	 * The largest .perf file read (docs/reliability.md, "限制"): some thirty times the largest real
	 * one, and about what checking takes a gigabyte of memory for; a larger file is one error, not
	 * parsed, so that it cannot take the memory and time of every command.
	 */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/**
	 * The syntax errors listed for one file; the rest are one line saying how many more there are.
	 * A hostile or garbled file can hold tens of thousands: a hundred are more than anyone reads
	 * before fixing the first, and the command line, the language server and the editor all take
	 * them from here.
	 */
	public static final int MAX_SYNTAX_ERRORS = 100;

	private PerfDecodedText decoded;
	private int syntaxErrors;
	private INode firstOmitted;
	private Resource.Diagnostic encodingFinding;

	/** How the file's bytes were read, or null when they could not be. */
	public PerfDecodedText decodedText() {
		return decoded;
	}

	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		try {
			byte[] bytes = inputStream.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				decoded = null;
				encodingFinding = PerfEncodingDiagnostic.tooLarge(MAX_BYTES);
				return new StringReader("");
			}
			decoded = PerfTextDecoder.decode(bytes);
			encodingFinding = decoded.isUtf8() ? null : PerfEncodingDiagnostic.gb18030(decoded);
			return new StringReader(decoded.text());
		} catch (PerfEncodingException e) {
			decoded = null;
			encodingFinding = PerfEncodingDiagnostic.unreadable(e);
			return new StringReader("");
		}
	}

	@Override
	protected void addSyntaxErrors() {
		syntaxErrors = 0;
		firstOmitted = null;
		super.addSyntaxErrors();
		if (firstOmitted != null) {
			getErrors().add(new PerfSyntaxErrorsOmitted(firstOmitted, syntaxErrors - MAX_SYNTAX_ERRORS));
			firstOmitted = null;
		}
	}

	@Override
	protected void addSyntaxDiagnostic(List<Diagnostic> diagnostics, INode node) {
		syntaxErrors++;
		if (syntaxErrors <= MAX_SYNTAX_ERRORS) {
			super.addSyntaxDiagnostic(diagnostics, node);
		} else if (firstOmitted == null) {
			firstOmitted = node;
		}
	}

	@Override
	protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		encodingFinding = null;
		super.doLoad(inputStream, options);
		if (encodingFinding instanceof PerfEncodingDiagnostic finding) {
			if (finding.isError()) {
				// the empty text's syntax errors would only repeat that nothing could be read
				getErrors().clear();
				getErrors().add(finding);
			} else {
				getWarnings().add(finding);
			}
		}
	}
}
