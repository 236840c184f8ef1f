// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.jixiao.dsl.io.PerfDecodedText;
import org.jixiao.dsl.io.PerfEncodingException;
import org.jixiao.dsl.io.PerfTextPosition;
import org.jixiao.dsl.validation.PerfIssueCodes;

/** How a file's bytes were read, where it matters: a GB18030 file (warning) or bytes that are not text (error). */
final class PerfEncodingDiagnostic extends AbstractDiagnostic {

	private final String message;
	private final PerfTextPosition position;
	private final boolean error;

	private PerfEncodingDiagnostic(String message, PerfTextPosition position, boolean error) {
		this.message = message;
		this.position = position;
		this.error = error;
	}

	static PerfEncodingDiagnostic gb18030(PerfDecodedText text) {
		PerfTextPosition at = text.firstNonUtf8();
		return new PerfEncodingDiagnostic("文件不是 UTF-8 编码，已按 GB18030（简体中文 Windows 的默认编码）读取；"
				+ "可用 jixiao format --to-utf8 转为 UTF-8。 (read as GB18030, not UTF-8)", at, false);
	}

	static PerfEncodingDiagnostic unreadable(PerfEncodingException e) {
		return new PerfEncodingDiagnostic(e.getMessage(), e.position(), true);
	}

	boolean isError() {
		return error;
	}

	@Override
	protected INode getNode() {
		return null;
	}

	@Override
	public String getCode() {
		return PerfIssueCodes.ENCODING;
	}

	@Override
	public String[] getData() {
		return new String[0];
	}

	@Override
	public String getMessage() {
		return message;
	}

	@Override
	public int getLine() {
		return position.line();
	}

	@Override
	public int getColumn() {
		return position.column();
	}

	@Override
	public int getLineEnd() {
		return position.line();
	}

	@Override
	public int getColumnEnd() {
		return position.column() + 1;
	}

	/** The character offset is not known where the bytes could not be read: the start of the file. */
	@Override
	public int getOffset() {
		return 0;
	}

	@Override
	public int getLength() {
		return 0;
	}

	@Override
	public URI getUriToProblem() {
		return null;
	}

	@Override
	public String getLocation() {
		return null;
	}
}
