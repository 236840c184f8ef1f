// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.dsl.io.PerfDecodedText;
import org.jixiao.dsl.io.PerfEncodingException;
import org.jixiao.dsl.io.PerfTextDecoder;
import org.jixiao.dsl.io.PerfTextPosition;
import org.jixiao.dsl.resource.PerfResource;
import org.jixiao.dsl.scoping.PerfLibrary;
import org.jixiao.dsl.serializer.PerfWriter;
import org.jixiao.forms.importer.PerfImportedForm.Text;
import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.Framework;
import org.jixiao.model.PerfDocument;

import com.google.inject.Injector;

/**
 * Turns last year's tables into a .perf document: table text as copied out of Word, WPS or Excel
 * (the seeds' export noise included), or a workbook (.xlsx/.xls) in any layout the generators write
 * or a hand-made one like it. Forms are recognised by their titles and by the labels their layout
 * prints (the layouts are the same data the generators use); the result is formatted by the
 * project's formatter and parses without errors. Nothing is dropped silently: content without a
 * place is kept as a comment or an indicator note and listed in the report with its source cell.
 *
 * <p>Used by {@code jixiao import}, and meant for an import wizard and a paste action: both only
 * need {@link #importText(String, String)} or {@link #importWorkbook(InputStream, String)} and show
 * the {@link PerfImportResult}. The class does no I/O of its own beyond reading the given input.
 */
public final class PerfTableImporter {

	private static final Pattern YEAR = Pattern.compile("(?<!截止|截至|[0-9])((?:19|20)[0-9]{2})\\s*年");
	/** Jixiao's own workbook names: 单位-年度-表格名称.xlsx. */
	private static final Pattern FILE_NAME = Pattern.compile("^(.+)-((?:19|20)[0-9]{2})-[^-]+\\.xlsx?$");

	private final PerfLayouts layouts;
	private final List<PerfLayoutProfile> profiles = new ArrayList<>();
	private final PerfCategories categories;
	private final PerfWriter writer;
	private final PerfValueSyntax values;
	private final PerfPastedGrid pasted;
	private final PerfColumnVocabulary vocabulary;
	/** The header texts of each known layout's grids: a header among them is read by its layout. */
	private final List<Set<String>> layoutHeaders = new ArrayList<>();
	private Integer defaultYear;
	private List<PerfColumnChoice> choices = List.of();

	/** An importer with the shipped layouts, using the language services of the given (runtime) injector. */
	public PerfTableImporter(Injector injector) {
		this(injector, PerfLayouts.builtin());
	}

	/** An importer that also recognises a region's own layouts (those of {@code layouts}). */
	public PerfTableImporter(Injector injector, PerfLayouts layouts) {
		this(injector, layouts, PerfColumnVocabulary.builtin());
	}

	/** An importer with a region's layouts and column vocabulary (the {@code *.vocabulary} files beside them). */
	public PerfTableImporter(Injector injector, PerfLayouts layouts, PerfColumnVocabulary vocabulary) {
		this.vocabulary = vocabulary;
		this.layouts = layouts;
		for (String name : layouts.names()) {
			// a monitoring form is written from its declaration (monitor new), not imported
			if (!layouts.get(name).kind().isMonitoring()) {
				profiles.add(new PerfLayoutProfile(layouts.get(name)));
			}
		}
		this.categories = new PerfCategories(injector.getInstance(PerfLibrary.class).getFrameworks());
		this.values = new PerfValueSyntax();
		this.writer = injector.getInstance(PerfWriter.class);
		this.pasted = new PerfPastedGrid(profiles);
		for (PerfLayoutProfile profile : profiles) {
			for (PerfLayoutProfile.Grid grid : profile.grids) {
				layoutHeaders.add(grid.headerKeys());
			}
		}
	}

	/** The year for forms that print none (001 prints no budget year); without it, the current year with a warning. */
	public PerfTableImporter withYear(Integer year) {
		this.defaultYear = year;
		return this;
	}

	/** The user's corrections of the column mapping of grids read by their header (see {@link PerfImportResult#mappings()}). */
	public PerfTableImporter withColumnChoices(List<PerfColumnChoice> choices) {
		this.choices = List.copyOf(choices);
		return this;
	}

	private PerfHeaderGridReader headerReader(PerfImportReport report) {
		return new PerfHeaderGridReader(vocabulary, categories, layoutHeaders, layouts, choices, report, defaultYear);
	}

	// ------------------------------------------------------------------ entry points

	/** Imports table text (copied from Word/WPS/Excel, or a text export such as the seeds). */
	public PerfImportResult importText(String text, String sourceName) {
		PerfImportReport report = new PerfImportReport(sourceName);
		if (text == null || text.isBlank()) {
			report.error(new PerfCell("", 1, 1, null), "文件为空，没有可导入的表格");
			return result(null, report, List.of(), null);
		}
		if (binary(text)) {
			// pasted from a program that put binary data on the clipboard: a zero character could not
			// even be written to the .perf file
			report.error(firstControl(text), "不是表格文本（含二进制内容，第一处在此），无法导入。 Not table text: it holds binary content.");
			return result(null, report, List.of(), null);
		}
		int tooMany = lineBeyondLimit(text.length(), text::charAt);
		if (tooMany > 0) {
			return tooManyLines(report, tooMany);
		}
		// a grid in no known layout (another province's form) is read by its header
		PerfImportReport own = new PerfImportReport(sourceName);
		PerfHeaderGridReader header = headerReader(own);
		PerfHeaderGridReader.Outcome outcome = header.read(PerfGridRows.ofText(text));
		if (outcome != null && !outcome.forms().isEmpty()) {
			return finish(outcome.forms(), List.of(), own, header.unplaced(), List.of(outcome.mapping()));
		}
		List<PerfRow> rows = PerfTextCells.read(text, report);
		PerfImportResult result = run(List.of(rows), report, sourceName, List.of(), List.of(), 0);
		if (outcome == null && (result.hasErrors() || result.rows().isEmpty())) {
			// a grid whose header a layout prints, in a form that layout cannot read (an export of the central
			// template with its cells broken apart): read by its header after all
			PerfImportReport forced = new PerfImportReport(sourceName);
			PerfHeaderGridReader anyHeader = new PerfHeaderGridReader(vocabulary, categories, List.of(), layouts, choices, forced,
					defaultYear);
			PerfHeaderGridReader.Outcome byHeader = anyHeader.read(PerfGridRows.ofText(text));
			if (byHeader != null && !byHeader.forms().isEmpty()) {
				return finish(byHeader.forms(), List.of(), forced, anyHeader.unplaced(), List.of(byHeader.mapping()));
			}
		}
		if (result.hasErrors() && (outcome == null || outcome.refusal() == null)) {
			// no table at all: targets written as prose (a public notice) are read clause by clause
			PerfImportReport prose = new PerfImportReport(sourceName);
			PerfImportedForm narrative = new PerfNarrativeReader(categories, prose)
					.read(text, layouts.get(PerfLayouts.defaultFor(PerfFormKind.PROJECT)));
			if (narrative != null) {
				return finish(List.of(narrative), List.of(), prose, 0, List.of());
			}
		}
		if (outcome != null && outcome.refusal() != null && (result.hasErrors() || result.rows().isEmpty())) {
			own.error(outcome.at(), outcome.refusal());
			return result(null, own, List.of(), null);
		}
		return result;
	}

	/**
	 * The 1-based line at which a text has more lines with content than {@link PerfImportLimits#MAX_ROWS};
	 * 0 when it has not. A line has content when it holds more than ASCII blanks and control
	 * characters. Counted before anything is split (and for a file's bytes before they are decoded:
	 * in UTF-8 and GB18030 no byte of a character is a line break), so that a huge paste or file costs
	 * no more than this pass.
	 */
	private static int lineBeyondLimit(int length, IntUnaryOperator at) {
		int line = 1;
		int filled = 0;
		boolean content = false;
		for (int i = 0; i < length; i++) {
			int c = at.applyAsInt(i);
			if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < length && at.applyAsInt(i + 1) == '\n') {
					i++;
				}
				if (content && ++filled > PerfImportLimits.MAX_ROWS) {
					return line;
				}
				content = false;
				line++;
			} else if (c > ' ') {
				content = true;
			}
		}
		return content && filled + 1 > PerfImportLimits.MAX_ROWS ? line : 0;
	}

	private PerfImportResult tooManyLines(PerfImportReport report, int line) {
		report.error(new PerfCell("", line, 1, null), tooLarge(report.source(), "有内容的行多于 " + PerfImportLimits.count(PerfImportLimits.MAX_ROWS)
				+ " 行（导入上限，读到此处时超出）", "more than " + PerfImportLimits.count(PerfImportLimits.MAX_ROWS) + " non-blank lines, the import's limit"));
		return result(null, report, List.of(), null);
	}

	/**
	 * Imports a workbook (.xlsx or .xls), one or more forms per sheet: a sheet in one of the layouts
	 * by its layout, any other sheet whose grid has a header the column vocabulary knows by that
	 * header (as pasted text); hidden rows and columns are not read, formulas give their cached
	 * results, a sheet without any form is skipped.
	 */
	public PerfImportResult importWorkbook(InputStream in, String sourceName) {
		PerfImportReport report = new PerfImportReport(sourceName);
		List<PerfWorkbookCells.SheetRows> sheets;
		try {
			sheets = PerfWorkbookCells.read(in);
		} catch (PerfWorkbookCells.TooLarge e) {
			report.error(new PerfCell("", e.row(), 1, e.sheet()), tooLarge(sourceName, e.getMessage(), e.english()));
			return result(null, report, List.of(), null);
		} catch (PerfWorkbookDamage e) {
			report.error(e.at(), "无法读取 Excel 工作簿：" + e.getMessage());
			return result(null, report, List.of(), null);
		} catch (IOException | RuntimeException e) {
			// no POI message reaches the user: they are written for developers, in English
			report.error(new PerfCell("", 1, 1, null), "无法读取 Excel 工作簿：文件已损坏，或不是 Excel 能打开的工作簿。"
					+ PerfWorkbookDamage.REMEDY + " (The workbook cannot be read.)");
			return result(null, report, List.of(), null);
		}
		List<List<PerfRow>> parts = new ArrayList<>();
		List<PerfImportedForm> byHeader = new ArrayList<>();
		List<PerfColumnMapping> mappings = new ArrayList<>();
		PerfHeaderGridReader header = headerReader(report);
		PerfHeaderGridReader.Outcome refusal = null;
		for (PerfWorkbookCells.SheetRows sheet : sheets) {
			hidden(sheet, report);
			if (sheet.rows().isEmpty()) {
				report.info(new PerfCell("", 1, 1, sheet.name()), "工作表“" + sheet.name() + "”是空的，已跳过");
				continue;
			}
			PerfHeaderGridReader.Outcome outcome = header.read(PerfGridRows.ofSheet(sheet.name(), sheet.rows()));
			if (outcome != null && !outcome.forms().isEmpty()) {
				byHeader.addAll(outcome.forms());
				mappings.add(outcome.mapping());
				continue;
			}
			if (outcome != null && refusal == null) {
				refusal = outcome;
			}
			parts.add(sheet.rows());
		}
		if (byHeader.isEmpty() && refusal != null && parts.size() == 1) {
			report.error(refusal.at(), refusal.refusal());
			return result(null, report, List.of(), null);
		}
		return run(parts, report, sourceName, byHeader, mappings, header.unplaced());
	}

	/** The answer to an input beyond a limit of {@link PerfImportLimits}: the file, what passed the limit, what to do. */
	private static String tooLarge(String sourceName, String what, String english) {
		String file = sourceName == null ? "输入" : sourceName.replaceAll("^.*[/\\\\]", "");
		return "“" + file + "”太大，未导入：" + what + "。请把表格拆成几个文件分别导入。 Too large to import: " + english + ".";
	}

	/** Hidden rows and columns (platform exports hide their internal ID columns) are not read: said once per sheet. */
	private static void hidden(PerfWorkbookCells.SheetRows sheet, PerfImportReport report) {
		List<String> what = new ArrayList<>();
		if (!sheet.hiddenColumns().isEmpty()) {
			what.add("隐藏列 " + String.join("、", sheet.hiddenColumns().stream().map(c -> PerfCell.columnLetters(c + 1)).toList()));
		}
		if (!sheet.hiddenRows().isEmpty()) {
			what.add("隐藏行 " + String.join("、", sheet.hiddenRows().stream().map(r -> Integer.toString(r + 1)).toList()));
		}
		if (!what.isEmpty()) {
			report.info(new PerfCell("", 1, 1, sheet.name()), "工作表“" + sheet.name() + "”的" + String.join("、", what)
					+ " 未读入（导出的表格常把内部编号等列隐藏） Hidden rows and columns are not read");
		}
	}

	/**
	 * Imports a file as {@link #importBytes(byte[], String)} does, after checking its size against
	 * {@link PerfImportLimits#MAX_FILE_BYTES}: a larger file is answered without being read.
	 */
	public PerfImportResult importFile(Path file, String sourceName) {
		PerfImportReport report = new PerfImportReport(sourceName);
		try {
			if (Files.isDirectory(file)) {
				report.error(new PerfCell("", 1, 1, null), "是目录，请指定要导入的表格文件");
				return result(null, report, List.of(), null);
			}
			long size = Files.size(file);
			if (size > PerfImportLimits.MAX_FILE_BYTES) {
				report.error(new PerfCell("", 1, 1, null), tooLarge(sourceName, "文件大于 " + PerfImportLimits.megabytes(PerfImportLimits.MAX_FILE_BYTES) + "（导入上限）", "more than "
						+ PerfImportLimits.megabytes(PerfImportLimits.MAX_FILE_BYTES) + ", the import's limit"));
				return result(null, report, List.of(), null);
			}
			return importBytes(Files.readAllBytes(file), sourceName);
		} catch (NoSuchFileException e) {
			report.error(new PerfCell("", 1, 1, null), "文件不存在。");
		} catch (IOException e) {
			report.error(new PerfCell("", 1, 1, null), "无法读取文件：" + message(e));
		}
		return result(null, report, List.of(), null);
	}

	/**
	 * Imports a file's content whatever it is: a workbook (by its signature), else text in UTF-8
	 * (with or without byte order mark), UTF-16 with a byte order mark, or GB18030 (Chinese Windows);
	 * binary content is reported, not guessed at.
	 */
	public PerfImportResult importBytes(byte[] bytes, String sourceName) {
		if (isWorkbook(bytes)) {
			return importWorkbook(new ByteArrayInputStream(bytes), sourceName);
		}
		PerfImportReport report = new PerfImportReport(sourceName);
		if (bytes.length == 0) {
			report.error(new PerfCell("", 1, 1, null), "文件为空，没有可导入的表格");
			return result(null, report, List.of(), null);
		}
		boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
				|| (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
		int tooMany = utf16 ? 0 : lineBeyondLimit(bytes.length, i -> bytes[i] & 0xFF);
		if (tooMany > 0) {
			return tooManyLines(report, tooMany);
		}
		String text = decode(bytes, report);
		if (text == null) {
			return result(null, report, List.of(), null);
		}
		if (binary(text)) {
			report.error(new PerfCell("", 1, 1, null), "不是表格文本，也不是 Excel 工作簿（文件含二进制内容），无法导入");
			return result(null, report, List.of(), null);
		}
		if (text.isBlank()) {
			report.error(new PerfCell("", 1, 1, null), "文件为空，没有可导入的表格");
			return result(null, report, List.of(), null);
		}
		PerfImportResult result = importText(text, sourceName);
		List<PerfImportNote> notes = new ArrayList<>(report.notes());
		notes.addAll(result.report());
		return new PerfImportResult(result.perfText(), notes, result.forms(), result.framework(), result.document(),
				result.rows(), result.unplacedRows(), result.mappings());
	}

	static boolean isWorkbook(byte[] bytes) {
		return bytes.length >= 4 && (bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
				|| (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0);
	}

	/** The text of a table's bytes, read as every text file is read (PerfTextDecoder); null, reported, when it is not text. */
	private static String decode(byte[] bytes, PerfImportReport report) {
		try {
			PerfDecodedText decoded = PerfTextDecoder.decodeTable(bytes);
			if (decoded.charset().equals(PerfDecodedText.GB18030)) {
				PerfTextPosition at = decoded.firstNonUtf8();
				report.info(new PerfCell("", at.line(), at.column(), null), "文件不是 UTF-8 编码，按 GB18030（简体中文 Windows）读取");
			}
			return decoded.text();
		} catch (PerfEncodingException e) {
			// the whole file is refused: reported at its start, the message says where the first bad byte stands
			report.error(new PerfCell("", 1, 1, null), "不是表格文本，也不是 Excel 工作簿，无法导入：" + e.getMessage());
			return null;
		}
	}

	/** Control characters other than tabs and line breaks: not table text. */
	private static boolean binary(String text) {
		int control = 0;
		for (int i = 0; i < text.length(); i++) {
			if (isControl(text.charAt(i))) {
				control++;
			}
		}
		return control > 0 && control * 100 >= text.length() || text.indexOf('\u0000') >= 0;
	}

	private static boolean isControl(char c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == '\uFFFD';
	}

	/** The line and column of the first character {@link #binary} counts (lines as the text reader splits them). */
	private static PerfCell firstControl(String text) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
				line++;
				lineStart = i + 1;
			} else if (isControl(c)) {
				return new PerfCell("", line, i - lineStart + 1, null);
			}
		}
		return new PerfCell("", 1, 1, null);
	}

	private static String message(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	// ------------------------------------------------------------------ the import

	/**
	 * Reads the parts (a text, or the sheets of a workbook) by the layouts, after the forms already
	 * read by their header; a sheet of a workbook that gives no form at all is skipped with a note.
	 */
	private PerfImportResult run(List<List<PerfRow>> parts, PerfImportReport report, String sourceName,
			List<PerfImportedForm> byHeader, List<PerfColumnMapping> mappings, int unplaced) {
		List<PerfImportedForm> forms = new ArrayList<>(byHeader);
		List<Text> preamble = new ArrayList<>();
		PerfFormSplitter splitter = new PerfFormSplitter(profiles, report);
		Integer contextYear = null;
		List<Text> skipped = new ArrayList<>();
		List<Text> skippedRows = new ArrayList<>();
		List<PerfImportNote> skippedNotes = new ArrayList<>();
		for (List<PerfRow> rows : parts) {
			List<Text> before = new ArrayList<>();
			int found = 0;
			String sheet = rows.isEmpty() ? null : rows.get(0).first().sheet();
			int mark = report.mark();
			for (PerfFormSplitter.Segment segment : splitter.split(rows)) {
				PerfImportedForm form = read(segment, report);
				if (form == null) {
					for (PerfRow row : segment.rows()) {
						before.add(new Text(row.joined(), row.first()));
						report.warning(row.first(), "表格标题之前的内容，已作为注释保留：“" + PerfFormReader.shorten(row.joined()) + "”");
					}
					continue;
				}
				contextYear = complete(form, splitter, sourceName, contextYear, report);
				forms.add(form);
				found++;
			}
			if (sheet != null && found == 0) {
				// a sheet of notes or totals beside the forms: skipped, unless no sheet holds a form
				skipped.add(new Text(sheet, rows.get(0).first()));
				skippedRows.addAll(before);
				skippedNotes.addAll(report.takeSince(mark));
			} else {
				preamble.addAll(before);
			}
		}
		if (forms.isEmpty()) {
			preamble.addAll(skippedRows);
			report.restore(skippedNotes);
		} else {
			for (Text sheet : skipped) {
				report.info(new PerfCell("", 1, 1, sheet.text()), "工作表“" + sheet.text() + "”中没有绩效表格，已跳过 No form on this sheet: skipped");
			}
		}
		if (forms.isEmpty()) {
			PerfCell at = preamble.isEmpty() ? new PerfCell("", 1, 1, null) : preamble.get(0).cell();
			report.error(at, "没有识别出任何绩效表格（未找到表格标题、指标表表头或可识别的栏目）");
			return result(null, report, List.of(), null);
		}
		return finish(forms, preamble, report, unplaced, mappings);
	}

	private PerfImportResult finish(List<PerfImportedForm> forms, List<Text> preamble, PerfImportReport report, int unplaced,
			List<PerfColumnMapping> mappings) {
		PerfCategoryResolver resolver = new PerfCategoryResolver(categories, report);
		Framework framework = resolver.choose(forms, PerfLibrary.DEFAULT_FRAMEWORK);
		for (PerfImportedForm form : forms) {
			resolver.resolve(form, framework);
		}
		PerfImportModel model = new PerfImportModel(values, report, writer);
		PerfDocument document = model.build(forms, framework, !framework.getName().equals(PerfLibrary.DEFAULT_FRAMEWORK), preamble);
		String text = write(document, model, report);
		if (text != null && utf8Length(text) > PerfResource.MAX_BYTES) {
			// what no command would read: refused now rather than written
			report.error(new PerfCell("", 1, 1, null), tooLarge(report.source(), "导入结果多于 " + PerfImportLimits.megabytes(PerfResource.MAX_BYTES)
					+ "（.perf 文件的上限）", "the result is larger than " + PerfImportLimits.megabytes(PerfResource.MAX_BYTES) + ", the limit of a .perf file"));
			text = null;
		}
		List<String> summary = new ArrayList<>();
		for (PerfImportedForm form : forms) {
			summary.add(describe(form));
		}
		List<PerfImportedRow> rows = new ArrayList<>();
		for (PerfImportedForm form : forms) {
			for (PerfImportedGoal goal : form.goals) {
				for (PerfImportedIndicator indicator : goal.indicators) {
					rows.add(PerfImportedRow.of(indicator));
				}
			}
		}
		return text == null ? result(null, report, summary, framework.getName())
				: new PerfImportResult(text, report.notes(), List.copyOf(summary), framework.getName(), document, rows,
						unplaced, List.copyOf(mappings));
	}

	private static long utf8Length(String text) {
		long bytes = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
		}
		return bytes;
	}

	private static PerfImportResult result(String text, PerfImportReport report, List<String> forms, String framework) {
		return new PerfImportResult(text == null ? "" : text, report.notes(), List.copyOf(forms), framework);
	}

	private static String describe(PerfImportedForm form) {
		String what = form.kind == null ? "指标表" : form.layout.formName();
		String who = form.field("name") != null ? form.field("name") : form.field("unit");
		return what + (who == null ? "" : " " + who) + (form.readBy != null ? "（" + form.readBy + "，" : "（版式 " + form.layout.name() + "，") + form.goals.size() + " 个目标，"
				+ form.goals.stream().mapToInt(g -> g.indicators.size()).sum() + " 个指标）";
	}

	/** Reads one segment; null when it has no title and no grid (text before the first table). */
	private PerfImportedForm read(PerfFormSplitter.Segment segment, PerfImportReport report) {
		PerfLayout layout = segment.profile().layout;
		if (segment.title() == null) {
			// no title: an indicator grid of its own (pasted), read with the columns its header names
			PerfLayoutProfile profile = pasted.layoutFor(segment.rows());
			if (profile == null) {
				profile = segment.profile();
			}
			PerfImportedForm goalsOnly = new PerfImportedForm(null, profile.layout, null);
			PerfImportReport trial = new PerfImportReport(report.source());
			new PerfFormReader(goalsOnly, profile, categories, values, trial).read(segment.rows());
			if (goalsOnly.goals.isEmpty()) {
				return null;
			}
			PerfImportedForm form = new PerfImportedForm(null, profile.layout, null);
			new PerfFormReader(form, profile, categories, values, report).read(segment.rows());
			return form;
		}
		PerfImportedForm form = new PerfImportedForm(layout.kind(), layout, segment.title());
		if (layout.kind() == PerfFormKind.DUTIES && segment.profile().duties != null) {
			new PerfDutiesReader(form, segment.profile().duties, report).read(segment.rows());
		} else {
			new PerfFormReader(form, segment.profile(), categories, values, report).read(segment.rows());
		}
		return form;
	}

	/**
	 * Fills what the rows leave open: the unit (from the title, else a Jixiao file name), the year
	 * (title or printed note, else the form's own texts, the form before it, the file name, the
	 * year given to the importer, the current year) and the goals' texts from the overview, the
	 * summary or the 绩效目标 row. Returns the year for the next form.
	 */
	private Integer complete(PerfImportedForm form, PerfFormSplitter splitter, String sourceName, Integer contextYear,
			PerfImportReport report) {
		if (form.kind == null) {
			return contextYear;
		}
		String fileName = sourceName == null ? "" : sourceName.replaceAll("^.*[/\\\\]", "");
		Matcher file = FILE_NAME.matcher(fileName);
		boolean jixiaoName = file.matches();
		boolean needsUnit = form.kind != PerfFormKind.PROJECT && form.kind != PerfFormKind.PROJECT_SELFEVAL;
		if (needsUnit && form.field("unit") == null) {
			String unit = splitter.unitOf(form.title.text(), form.kind);
			if (unit.isEmpty() && jixiaoName) {
				unit = file.group(1);
				report.info(form.title.cell(), "表中未写单位名称，按文件名记为“" + unit + "”");
			}
			if (unit.isEmpty()) {
				report.warning(form.title.cell(), "表中未写单位名称，单位记为空，请填写");
			}
			form.put("unit", unit, form.title.cell());
		}
		if (form.field("year") == null) {
			// a project's title is its name, whose year (2021年市级社区干部生活补贴) is not the form's
			String year = form.kind == PerfFormKind.PROJECT ? null : firstYear(form.title.text());
			String how = null;
			if (year == null && form.kind != PerfFormKind.PROJECT) {
				for (String field : List.of("overall", "intro", "summary", "tasks", "functions", "date")) {
					year = firstYear(form.field(field));
					if (year != null) {
						how = "按表中文字“" + year + "年”";
						break;
					}
				}
			}
			if (year == null && contextYear != null) {
				year = contextYear.toString();
				how = "按前一张表";
			}
			if (year == null && jixiaoName) {
				year = file.group(2);
				how = "按文件名";
			}
			if (year == null && defaultYear != null) {
				year = defaultYear.toString();
				how = "按指定的年度（--year）";
			}
			if (year == null && form.kind != PerfFormKind.PROJECT) {
				year = Integer.toString(Year.now().getValue());
				report.warning(form.title.cell(), "表中未写年度，暂记为 " + year + " 年，请核对（可用 --year 指定）");
			} else if (how != null) {
				report.repeated("表中未写年度，" + how + "记为 " + year + " 年", form.title.cell());
			}
			if (year != null) {
				form.put("year", year, form.title.cell());
			}
		}
		// a goal that got neither name, text nor indicators is an artefact of a header row
		form.goals.removeIf(g -> g.name == null && g.text == null && g.indicators.isEmpty() && g.unplaced.isEmpty());
		goalTexts(form, report);
		String year = form.field("year");
		return year == null ? contextYear : Integer.valueOf(year.replaceAll("\\s+", ""));
	}

	private static String firstYear(String text) {
		if (text == null) {
			return null;
		}
		Matcher m = YEAR.matcher(text);
		return m.find() ? m.group(1) : null;
	}

	private static final Pattern SUMMARY_GOAL = Pattern.compile("目标\\s*([0-9]+)\\s*[:：]\\s*([^\\n]*?)\\s*(?=目标\\s*[0-9]+\\s*[:：]|\\n|$)");

	private static void goalTexts(PerfImportedForm form, PerfImportReport report) {
		// 湖南 2020: the goal column names 目标N, the summary lists 目标N：text
		String summary = form.field("summary");
		if (summary != null) {
			Matcher m = SUMMARY_GOAL.matcher(summary);
			java.util.Map<String, String> byNumber = new java.util.HashMap<>();
			while (m.find()) {
				byNumber.putIfAbsent(m.group(1), m.group(2));
			}
			for (PerfImportedGoal goal : form.goals) {
				if (goal.text == null && goal.name != null) {
					String n = goal.name.text().replaceAll("\\D+", "");
					if (byNumber.containsKey(n) && goal.name.text().replaceAll("\\s+", "").equals("目标" + n)) {
						goal.text = new Text(byNumber.get(n), form.fields.get("summary").cell());
					}
				}
			}
		}
		// a project's 绩效目标 row
		if (form.projectGoal != null && !form.goals.isEmpty() && form.goals.get(0).text == null) {
			form.goals.get(0).text = form.projectGoal;
		} else if (form.projectGoal != null && form.goals.isEmpty()) {
			PerfImportedGoal goal = new PerfImportedGoal(form.projectGoal.cell());
			goal.text = form.projectGoal;
			form.goals.add(goal);
		}
		// 整体绩效总目标 overview of the goals (目标N：text), long-term then annual
		if (form.layout.blocks().stream().anyMatch(b -> b.kind().equals("overview") && b.arg("source", "goals").equals("goals"))) {
			overview(form, "longterm", form.overviewLong, report);
			overview(form, "annual", form.overviewAnnual, report);
		}
	}

	private static void overview(PerfImportedForm form, String kind, List<Text> texts, PerfImportReport report) {
		List<PerfImportedGoal> goals = form.goals.stream().filter(g -> kind.equals(g.kind)).toList();
		// the national layouts print 中期目标 (long-term) as text only: such a goal has no grid to miss
		boolean gridded = form.layout.blocks().stream().anyMatch(b -> b.kind().equals("goals")
				&& (b.arg("kinds", "all").equals(kind) || b.arg("kinds", "all").equals("all")));
		for (int i = 0; i < texts.size(); i++) {
			Text text = texts.get(i);
			if (i >= goals.size()) {
				PerfImportedGoal goal = new PerfImportedGoal(text.cell());
				goal.kind = kind;
				goal.text = text;
				if (gridded) {
					goal.unplaced.add(new Text("整体绩效总目标中的目标，表中没有它的指标表", text.cell()));
					report.warning(text.cell(), "整体绩效总目标中的“" + PerfFormReader.shorten(text.text()) + "”没有对应的指标表，已建为无指标的目标");
				}
				// long-term goals come first, as the overview prints them
				int at = form.goals.size();
				if (kind.equals("longterm")) {
					at = 0;
					while (at < form.goals.size() && "longterm".equals(form.goals.get(at).kind)) {
						at++;
					}
				}
				form.goals.add(at, goal);
				continue;
			}
			PerfImportedGoal goal = goals.get(i);
			if (goal.text == null) {
				goal.text = text;
			} else if (!PerfCellText.key(goal.text.text()).equals(PerfCellText.key(text.text()))) {
				goal.unplaced.add(new Text("整体绩效总目标中写作：" + text.text(), text.cell()));
				report.info(text.cell(), "整体绩效总目标中的目标文字与指标表标题不同，采用指标表标题，总目标中的写法保留为注释");
			}
		}
	}

	// ------------------------------------------------------------------ the document

	/** The forms' model written by the one .perf writer; null (reported) if that fails, an importer defect. */
	private String write(PerfDocument document, PerfImportModel model, PerfImportReport report) {
		try {
			return writer.write(document, model.comments());
		} catch (RuntimeException e) {
			report.error(new PerfCell("", 1, 1, null), "无法写出导入结果（导入程序的缺陷，请报告）：" + message(e));
			return null;
		}
	}

	/** The layouts this importer recognises. */
	public PerfLayouts layouts() {
		return layouts;
	}
}
