// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.jixiao.dsl.io.PerfAtomicFiles;
import org.jixiao.forms.importer.PerfColumnChoice;
import org.jixiao.forms.importer.PerfColumnVocabulary;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.forms.importer.PerfTableImporter;
import org.jixiao.forms.layout.PerfLayouts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao import FILE... [-o DIR] [--year N] [--layouts DIR] [--column C=栏目]... [--force]}: turns last year's
 * tables (text copied out of Word/WPS/Excel, or .xlsx/.xls workbooks) into .perf files, one per
 * input, and prints the import report as {@code 文件:行:列: 严重性: 消息}. Every input is imported
 * before anything is written: if one cannot be imported, nothing is written. Files are written
 * atomically and an existing .perf is only replaced with {@code --force}, since it may hold the
 * analyst's edits.
 */
@Command(name = "import", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE,
		description = "把去年的表格（从 Word/WPS/Excel 复制的文本或 .xlsx 工作簿）导入为 .perf 文件。 Import tables as .perf files.")
public class PerfImportCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "表格文本（.txt）或 Excel 工作簿（.xlsx、.xls）。 Table text or Excel workbooks.")
	private List<Path> inputs;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", description = "输出目录（默认：当前目录）。 Output directory.")
	private Path output = Path.of(".");

	@Option(names = "--year", paramLabel = "N", description = "表中未写年度时使用的年度。 Year for forms that print none.")
	private Integer year;

	@Mixin
	private PerfLayoutsOption layoutsOption = new PerfLayoutsOption();

	@Option(names = "--column", paramLabel = "[工作表!|第N行:]列=栏目", converter = PerfColumnOption.class,
			description = "更正按表头识别的列（导入报告的“第 N 行表头：…”一行列出各列如何读出），可多次给出："
					+ "D=指标值 对每个表头都适用；指标表!D=指标值 只用于该工作表，第6行:D=指标值 只用于第 6 行的表头。"
					+ "栏目写报告中的名称（指标值、比较符、计量单位、分值、实际完成值、得分、不读 …）或字段名（target、ignore …）。"
					+ " Correct how a column of a grid read by its header is taken.")
	private List<PerfColumnChoice> columns = new ArrayList<>();

	@Option(names = "--force", description = "覆盖已存在的 .perf 文件。 Replace existing .perf files.")
	private boolean force;

	@Spec
	private CommandSpec spec;

	private record Imported(Path source, Path target, PerfImportResult result) {
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		PerfLayouts layouts = layoutsOption.load(err);
		if (layouts == null) {
			return PerfCli.EXIT_ERRORS;
		}
		PerfColumnVocabulary vocabulary = layoutsOption.vocabulary(err);
		if (vocabulary == null) {
			return PerfCli.EXIT_ERRORS;
		}
		PerfTableImporter importer = new PerfTableImporter(PerfInjector.get(), layouts, vocabulary).withYear(year)
				.withColumnChoices(columns);
		int unplaced = 0;
		List<Imported> imported = new ArrayList<>();
		Set<Path> targets = new HashSet<>();
		boolean errors = false;
		int warnings = 0;
		for (Path input : inputs) {
			String name = input.toString();
			PerfImportResult result = importer.importFile(input, name);
			for (PerfImportNote note : result.report()) {
				out.println(note.format());
				if (note.severity() == PerfImportNote.Severity.WARNING) {
					warnings++;
				}
			}
			if (result.hasErrors()) {
				errors = true;
				continue;
			}
			unplaced += result.unplacedRows();
			Path target = target(input, targets);
			if (Files.exists(target) && !force) {
				out.println(name + ":1:1: error: 输出文件 " + target + " 已存在，未覆盖（可能有你的修改；用 --force 覆盖）");
				errors = true;
				continue;
			}
			imported.add(new Imported(input, target, result));
		}
		if (errors) {
			err.println("有文件无法导入，未写任何文件。 Nothing written: some input could not be imported.");
			return PerfCli.EXIT_ERRORS;
		}
		int done = 0;
		int forms = 0;
		for (Imported one : imported) {
			try {
				PerfAtomicFiles.write(one.target(), one.result().perfText().getBytes(StandardCharsets.UTF_8));
			} catch (IOException | RuntimeException e) {
				err.println("无法写入 " + one.target() + "：" + e.getMessage());
				return PerfCli.EXIT_IO;
			}
			done++;
			forms += one.result().forms().size();
			out.printf("[%d/%d] %s → %s（%d 张表）%n", done, imported.size(), one.source(), one.target(), one.result().forms().size());
			for (String form : one.result().forms()) {
				out.println("    " + form);
			}
		}
		err.printf("导入了 %d 个文件、%d 张表，%d 条需核对（warning）。%n", done, forms, warnings);
		if (unplaced > 0) {
			err.printf("有 %d 行像指标行但无法归入（见上面的 warning），导入不完整。 %d rows looking like indicators could not be placed.%n", unplaced, unplaced);
			return PerfCli.EXIT_WARNINGS;
		}
		return PerfCli.EXIT_OK;
	}

	/** {@code DIR/name.perf}; a second input of the same name gets {@code name-2.perf}. */
	private Path target(Path input, Set<Path> taken) {
		String file = input.getFileName().toString();
		int dot = file.lastIndexOf('.');
		String stem = dot > 0 ? file.substring(0, dot) : file;
		Path target = output.resolve(stem + ".perf");
		for (int i = 2; !taken.add(target.toAbsolutePath().normalize()); i++) {
			target = output.resolve(stem + "-" + i + ".perf");
		}
		return target;
	}
}
