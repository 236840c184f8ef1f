// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.jixiao.dsl.formatting2.PerfDocumentFormatter;
import org.jixiao.dsl.io.PerfAtomicFiles;
import org.jixiao.dsl.io.PerfDecodedText;
import org.jixiao.dsl.io.PerfTextPosition;
import org.jixiao.dsl.resource.PerfResource;
import org.jixiao.dsl.validation.PerfIssueCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao format [--check] [--to-utf8] FILE|DIR...}: rewrite .perf files in the canonical
 * layout. A file is written back as it was: in its encoding (UTF-8 with or without byte order mark,
 * or GB18030 with a warning) and with its line ends (CRLF stays CRLF); only {@code --to-utf8}
 * converts it to UTF-8. A file that cannot be read, has syntax errors or fails is reported in one
 * line and left as it is, and the other files are still formatted.
 */
@Command(name = "format", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
		description = "按规范版式重排 .perf 文件（只改空白与换行；编码与换行符保持原样）。 Rewrite .perf files in the canonical layout.")
public class PerfFormatCommand implements Callable<Integer> {

	/** With --check: some file is not in the canonical layout. */
	public static final int EXIT_NOT_FORMATTED = 1;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = ".perf 文件或包含它们的目录。 .perf files or directories of them.")
	private List<Path> inputs;

	@Option(names = "--check", description = "只检查不改写；有文件需要重排时退出码为 1。 Only check.")
	private boolean check;

	@Option(names = "--to-utf8", description = "同时把 GB18030 或带 BOM 的文件转为不带 BOM 的 UTF-8。 Also convert files to UTF-8 without BOM.")
	private boolean toUtf8;

	@Spec
	private CommandSpec spec;

	private PrintWriter out;
	private boolean errors;
	private boolean unwritten;
	private int changed;

	@Override
	public Integer call() {
		out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		PerfWorkspace workspace = PerfWorkspace.load(inputs);
		PerfDocumentFormatter formatter = workspace.injector().getInstance(PerfDocumentFormatter.class);
		for (PerfProblem problem : workspace.inputProblems()) {
			out.println(problem.format());
			errors = true;
		}
		for (Map.Entry<Resource, String> entry : workspace.resources().entrySet()) {
			try {
				format((XtextResource) entry.getKey(), entry.getValue(), formatter);
			} catch (RuntimeException | StackOverflowError e) {
				// this file is left as it was; the others are still formatted
				out.println(PerfInternalError.problem(entry.getValue(), e).format());
				errors = true;
			}
		}
		err.printf("%d 个文件中 %d 个%s。%n", workspace.fileCount(), changed, check ? "需要重排" : "已重排");
		if (unwritten) {
			return PerfCli.EXIT_IO;
		}
		if (errors) {
			return PerfCli.EXIT_ERRORS;
		}
		return check && changed > 0 ? EXIT_NOT_FORMATTED : PerfCli.EXIT_OK;
	}

	private void format(XtextResource resource, String name, PerfDocumentFormatter formatter) {
		PerfDecodedText decoded = resource instanceof PerfResource perf ? perf.decodedText() : null;
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic error = resource.getErrors().get(0);
			String code = error instanceof AbstractDiagnostic d ? d.getCode() : null;
			boolean unreadable = PerfIssueCodes.ENCODING.equals(code) || PerfIssueCodes.INPUT.equals(code);
			out.println(new PerfProblem(name, error.getLine(), error.getColumn(), PerfProblem.Severity.ERROR,
					unreadable ? code : PerfIssueCodes.SYNTAX,
					(unreadable ? "无法读取，未重排：" : "有语法错误，未重排：") + error.getMessage()).format());
			errors = true;
			return;
		}
		if (decoded == null) {
			throw new IllegalStateException("not read through PerfResource: " + name);
		}
		boolean convert = toUtf8 && (!decoded.isUtf8() || decoded.bom());
		if (!decoded.isUtf8() && !toUtf8) {
			PerfTextPosition at = decoded.firstNonUtf8();
			out.println(new PerfProblem(name, at.line(), at.column(), PerfProblem.Severity.WARNING, PerfIssueCodes.ENCODING,
					"文件按 GB18030 读取，仍按 GB18030 写回；用 --to-utf8 转为 UTF-8。 (GB18030 file, kept GB18030)").format());
		}
		String formatted = decoded.withLineSeparators(formatter.format(resource));
		if (formatted.equals(decoded.text()) && !convert) {
			return;
		}
		changed++;
		String what = convert ? "转为 UTF-8" : "重排";
		if (check) {
			out.println(name + ": 需要" + what + " (not " + (convert ? "UTF-8" : "formatted") + ")");
			return;
		}
		byte[] bytes = convert ? formatted.getBytes(StandardCharsets.UTF_8) : decoded.encode(formatted);
		Path file = Path.of(resource.getURI().toFileString());
		try {
			PerfAtomicFiles.write(file, bytes);
			out.println(name + ": 已" + what + " (" + (convert ? "converted to UTF-8" : "formatted") + ")");
		} catch (IOException e) {
			out.println(new PerfProblem(name, 1, 1, PerfProblem.Severity.ERROR, PerfIssueCodes.INPUT,
					"无法写入，文件未改动 (cannot write, file unchanged)：" + e.getMessage()).format());
			changed--;
			unwritten = true;
		}
	}
}
