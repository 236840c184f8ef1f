// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.resource;

import java.text.NumberFormat;
import java.util.Locale;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.jixiao.dsl.validation.PerfIssueCodes;

/**
 * The one line that stands for the syntax errors of a file beyond the first
 * {@link PerfResource#MAX_SYNTAX_ERRORS}: placed where the first of them is.
 */
final class PerfSyntaxErrorsOmitted extends XtextSyntaxDiagnostic {

	private final int omitted;

	PerfSyntaxErrorsOmitted(INode firstOmitted, int omitted) {
		super(firstOmitted);
		this.omitted = omitted;
	}

	@Override
	public String getMessage() {
		String count = NumberFormat.getIntegerInstance(Locale.ROOT).format(omitted);
		return "此处起还有 " + count + " 处语法错误未列出：每个文件只列出前 " + PerfResource.MAX_SYNTAX_ERRORS
				+ " 处；请先改正上面的错误。 (" + count + " more syntax errors not listed: only the first "
				+ PerfResource.MAX_SYNTAX_ERRORS + " of a file are)";
	}

	@Override
	public String getCode() {
		return PerfIssueCodes.SYNTAX;
	}

	@Override
	public String[] getData() {
		return new String[0];
	}
}
