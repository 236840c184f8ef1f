// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.jixiao.dsl.io.PerfDecodedText;
import org.jixiao.dsl.io.PerfEncodingException;
import org.jixiao.dsl.io.PerfTextPosition;
import org.jixiao.dsl.validation.PerfIssueCodes;

/**
 * How a file's bytes were read, where it matters: a GB18030 file (warning), bytes that are not text
 * (error), or a file too large to be read (error).
 */
final class PerfEncodingDiagnostic extends AbstractDiagnostic {

	private final String message;
	private final PerfTextPosition position;
	private final boolean error;
	private final String code;

	private PerfEncodingDiagnostic(String message, PerfTextPosition position, boolean error) {
		this(message, position, error, PerfIssueCodes.ENCODING);
	}

	private PerfEncodingDiagnostic(String message, PerfTextPosition position, boolean error, String code) {
		this.message = message;
		this.position = position;
		this.error = error;
		this.code = code;
	}

	static PerfEncodingDiagnostic gb18030(PerfDecodedText text) {
		PerfTextPosition at = text.firstNonUtf8();
		return new PerfEncodingDiagnostic("文件不是 UTF-8 编码，已按 GB18030（简体中文 Windows 的默认编码）读取；"
				+ "可用 jixiao format --to-utf8 转为 UTF-8。 (read as GB18030, not UTF-8)", at, false);
	}

	static PerfEncodingDiagnostic unreadable(PerfEncodingException e) {
		return new PerfEncodingDiagnostic(e.getMessage(), e.position(), true);
	}

	static PerfEncodingDiagnostic tooLarge(int limit) {
		String megabytes = limit / (1024 * 1024) + " MB";
		return new PerfEncodingDiagnostic("文件太大，未读取：多于 " + megabytes + "（.perf 文件的上限）；请把表格分到几个文件中。"
				+ " (larger than " + megabytes + ", the limit of a .perf file: not read)", new PerfTextPosition(1, 1, 0), true,
				PerfIssueCodes.INPUT);
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
		return code;
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
