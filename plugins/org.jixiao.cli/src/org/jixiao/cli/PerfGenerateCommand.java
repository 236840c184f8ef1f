// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.jixiao.dsl.io.PerfAtomicFiles;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.forms.output.PerfGeneration;
import org.jixiao.forms.generator.PerfOutputFile;
import org.jixiao.forms.generator.PerfWorkbook;
import org.jixiao.forms.layout.PerfLayoutException;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.PerfDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao generate FILE|DIR... [-o DIR] [--layout NAME] [--layouts DIR]}: writes the official
 * Excel forms of .perf files, one workbook per form (kind, unit, year), and their Word documents
 * (duty targets, 绩效自评报告 drafts). Nothing is written while a
 * source has errors; each file is written to a temporary file and moved into place, so a failed
 * run never leaves a partial file and keeps earlier ones intact.
 */
@Command(name = "generate", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
		description = "由 .perf 文件生成正式 Excel 表格（每张表一个 .xlsx）与 Word 文档（职责目标、绩效自评报告草稿，.docx）。 Generate the official Excel forms and Word documents.")
public class PerfGenerateCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = ".perf 文件或包含它们的目录。 .perf files or directories of them.")
	private List<Path> inputs;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", description = "输出目录（默认：forms）。 Output directory.")
	private Path output = Path.of("forms");

	@Option(names = "--layout", paramLabel = "NAME",
			description = "版式或版式系列的名称，用于未写 layout 的表格：版式用于同类表格（如 wuhan2020、hunan2020），"
					+ "系列（如 national）为每种表格选该系列中的版式；jixiao layouts 列出全部。 Layout or family for forms that name none.")
	private String layout;

	@Mixin
	private PerfLayoutsOption layoutsOption = new PerfLayoutsOption();

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		PerfLayouts layouts = layoutsOption.load(err);
		if (layouts == null) {
			return PerfCli.EXIT_ERRORS;
		}
		if (layout != null && !layouts.knows(layout)) {
			err.println(layouts.unknown(layout));
			return PerfCli.EXIT_USAGE;
		}
		PerfWorkspace workspace = PerfWorkspace.load(inputs);
		List<PerfProblem> errors = workspace.validate().stream().filter(PerfProblem::isError).toList();
		if (!errors.isEmpty()) {
			errors.forEach(p -> err.println(p.format()));
			err.printf("源文件有 %d 个错误，未生成任何表格。 Not generated: the sources have errors.%n", errors.size());
			return PerfCli.EXIT_ERRORS;
		}
		PerfGeneration generator = new PerfGeneration(layouts);
		List<PerfOutputFile> workbooks = new ArrayList<>();
		try {
			for (PerfDocument document : workspace.documents()) {
				workbooks.addAll(generator.plan(document, layout));
			}
		} catch (PerfLayoutException e) {
			err.println(e.getMessage());
			return PerfCli.EXIT_ERRORS;
		}
		try {
			Files.createDirectories(output);
		} catch (IOException e) {
			err.println("无法创建输出目录 " + output + "：" + e.getMessage());
			return PerfCli.EXIT_IO;
		}
		Set<String> names = new HashSet<>();
		int done = 0;
		int documents = 0;
		int failed = 0;
		boolean internal = false;
		for (PerfOutputFile workbook : workbooks) {
			Path target = output.resolve(unique(workbook.fileName(), names));
			try {
				PerfAtomicFiles.write(target, stream -> generator.write(workbook, stream));
			} catch (IOException e) {
				// a full disk or a read-only folder: this file is not written, earlier ones stay as they are
				err.println(new PerfProblem(target.toString(), 1, 1, PerfProblem.Severity.ERROR, PerfIssueCodes.INPUT,
						"无法写入，未生成此表格 (cannot write)：" + e.getMessage()).format());
				failed++;
				continue;
			} catch (RuntimeException | StackOverflowError e) {
				err.println(PerfInternalError.problem(target.toString(), e).format());
				failed++;
				internal = true;
				continue;
			}
			done++;
			documents += workbook instanceof PerfWorkbook ? 0 : 1;
			out.printf("[%d/%d] %s（%s）%n", done + failed, workbooks.size(), target, workbook.description());
			for (String mapping : workbook.mappings()) {
				out.println("  " + mapping);
			}
		}
		err.printf("生成了 %d 个表格文件、%d 个 Word 文档，位于 %s。%n", done - documents, documents, output);
		if (failed > 0) {
			err.printf("%d 个表格未能生成。 %d not generated.%n", failed, failed);
		}
		out.flush();
		err.flush();
		if (failed > 0) {
			return internal ? PerfCli.EXIT_SOFTWARE : PerfCli.EXIT_IO;
		}
		return PerfCli.EXIT_OK;
	}

	private static String unique(String fileName, Set<String> taken) {
		String name = fileName;
		int dot = fileName.lastIndexOf('.');
		String stem = dot < 0 ? fileName : fileName.substring(0, dot);
		String extension = dot < 0 ? "" : fileName.substring(dot);
		for (int i = 2; !taken.add(name); i++) {
			name = stem + "-" + i + extension;
		}
		return name;
	}

}
