// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code .layout} text format. One directive per line, {@code #} starts a comment:
 *
 * <pre>
 * layout wuhan2020                      the name documents choose it by
 * form department                       department | project | department-selfeval | project-selfeval | duties
 * name 部门整体支出绩效目标申报表          printed form name (file names)
 * orientation landscape                 portrait (default) or landscape
 * format docx                           xlsx (default) or docx: a Word document (duty targets only)
 * framework 经典                         indicator framework these forms usually use (read by the importer)
 * region 武汉市 2020                      who issues the form (listed by jixiao layouts)
 * family national                       a family: --layout national picks its layout of each form kind
 * scoring central                       the scoring profile of self-evaluations in this layout
 * widths 14 10 14 30 10 12              column widths in characters
 * block goals kinds=longterm | label=长期绩效指标 | columns=一级指标:level1, 二级指标:level2
 * </pre>
 *
 * A block's arguments are separated by {@code |}; each is {@code key=value} or a bare flag.
 */
public final class PerfLayoutReader {

	private PerfLayoutReader() {
	}

	public static PerfLayout read(String text, String source) {
		String name = null;
		PerfFormKind kind = null;
		String formName = null;
		boolean landscape = false;
		String framework = null;
		String region = null;
		String family = null;
		String scoring = null;
		String format = PerfLayout.XLSX;
		int formatLine = 1;
		List<Integer> widths = new ArrayList<>();
		List<PerfLayoutBlock> blocks = new ArrayList<>();
		String[] lines = text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			int lineNo = i + 1;
			String line = stripComment(lines[i]).strip();
			if (line.isEmpty()) {
				continue;
			}
			int space = line.indexOf(' ');
			String directive = space < 0 ? line : line.substring(0, space);
			String rest = space < 0 ? "" : line.substring(space + 1).strip();
			switch (directive) {
			case "layout" -> name = rest;
			case "form" -> {
				kind = PerfFormKind.byKey(rest);
				if (kind == null) {
					throw error(source, lineNo, "未知的表格种类“" + rest + "”（可用：department, project, department-selfeval, project-selfeval, duties）");
				}
			}
			case "name" -> formName = rest;
			case "orientation" -> landscape = rest.equals("landscape");
			case "framework" -> framework = rest;
			case "region" -> region = rest;
			case "family" -> family = word(rest, source, lineNo, "family");
			case "scoring" -> scoring = word(rest, source, lineNo, "scoring");
			case "format" -> {
				if (!rest.equals(PerfLayout.XLSX) && !rest.equals(PerfLayout.DOCX)) {
					throw error(source, lineNo, "未知的文件格式“" + rest + "”（可用：xlsx, docx）");
				}
				format = rest;
				formatLine = lineNo;
			}
			case "widths" -> {
				for (String w : rest.split("\\s+")) {
					try {
						widths.add(Integer.parseInt(w));
					} catch (NumberFormatException e) {
						throw error(source, lineNo, "列宽“" + w + "”不是整数");
					}
				}
			}
			case "block" -> blocks.add(block(rest, lineNo));
			default -> throw error(source, lineNo, "未知指令“" + directive + "”");
			}
		}
		if (name == null || name.isEmpty()) {
			throw error(source, 1, "缺少 layout 名称");
		}
		if (kind == null) {
			throw error(source, 1, "缺少 form 表格种类");
		}
		if (format.equals(PerfLayout.DOCX)) {
			wordOnly(kind, blocks, source, formatLine);
		} else if (widths.isEmpty()) {
			throw error(source, 1, "缺少 widths 列宽");
		}
		return new PerfLayout(name, kind, formName == null ? kind.label() : formName, landscape, List.copyOf(widths),
				List.copyOf(blocks), source, framework, region, family, scoring, format);
	}

	/** A name without blanks (a family or profile name is typed on the command line). */
	private static String word(String rest, String source, int line, String directive) {
		if (rest.isEmpty() || rest.chars().anyMatch(Character::isWhitespace)) {
			throw error(source, line, directive + " 后应为一个名称（不含空白），却是“" + rest + "”");
		}
		return rest;
	}

	/** The blocks a Word document draws; a grid block needs the columns of a workbook. */
	public static final List<String> WORD_BLOCKS = List.of("title", "note", "text", "duties", "blank");

	/** A Word layout is written for the narrative duty targets and draws paragraphs, not grids. */
	private static void wordOnly(PerfFormKind kind, List<PerfLayoutBlock> blocks, String source, int formatLine) {
		if (kind != PerfFormKind.DUTIES) {
			throw error(source, formatLine, "Word 文档版式（format docx）只用于职责目标（form duties），不能用于" + kind.label()
					+ " (format docx is for duty targets only)");
		}
		for (PerfLayoutBlock block : blocks) {
			if (!WORD_BLOCKS.contains(block.kind())) {
				throw error(source, block.line(), "块“" + block.kind() + "”不能用于 Word 文档版式（可用：" + String.join("、", WORD_BLOCKS)
						+ "） (block not available in a Word layout)");
			}
		}
	}

	private static PerfLayoutBlock block(String rest, int line) {
		String[] parts = rest.split("\\s*\\|\\s*");
		String head = parts[0].strip();
		int space = head.indexOf(' ');
		String kind = space < 0 ? head : head.substring(0, space);
		Map<String, String> args = new LinkedHashMap<>();
		List<String> items = new ArrayList<>();
		if (space >= 0) {
			items.add(head.substring(space + 1).strip());
		}
		for (int i = 1; i < parts.length; i++) {
			items.add(parts[i]);
		}
		for (String item : items) {
			int eq = item.indexOf('=');
			if (eq < 0) {
				args.put(item.strip(), "");
			} else {
				args.put(item.substring(0, eq).strip(), item.substring(eq + 1).strip().replace("\\n", "\n"));
			}
		}
		return new PerfLayoutBlock(kind, args, line);
	}

	private static String stripComment(String line) {
		int hash = line.indexOf('#');
		return hash < 0 ? line : line.substring(0, hash);
	}

	private static PerfLayoutException error(String source, int line, String message) {
		return new PerfLayoutException(source + ":" + line + ": 版式文件有误：" + message);
	}
}
