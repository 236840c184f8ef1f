// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the header texts of an indicator grid mean (三级指标 → name, 计算符号 → comparator …), read
 * from {@code columns.vocabulary} and a region's own {@code *.vocabulary} files: provinces name the
 * same columns differently, so the mapping is data, not code. A field written {@code a|b} is
 * decided by the column's cells (指标性质 holds a comparator or 正向/反向).
 */
public final class PerfColumnVocabulary {

	/** The fields a header can name. */
	static final List<String> FIELDS = List.of("level1", "level2", "name", "target", "comparator", "comparator|direction", "unit",
			"direction", "weight", "actual", "score", "deviation", "basis", "explanation", "criterion", "note", "prior", "adjusted", "core", "coefficient", "midterm",
			"context");

	/** The field of a column a user chose to leave unread. */
	public static final String IGNORE = "ignore";

	/** What each field is called for users (the import report, the wizard, {@code --column}). */
	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("level1", "一级指标"),
			Map.entry("level2", "二级指标"), Map.entry("name", "三级指标名称"), Map.entry("target", "指标值"),
			Map.entry("comparator", "比较符"), Map.entry("comparator|direction", "比较符或指标方向（按内容）"),
			Map.entry("unit", "计量单位"), Map.entry("direction", "指标方向"), Map.entry("weight", "分值（权重）"),
			Map.entry("actual", "实际完成值"), Map.entry("score", "得分"), Map.entry("deviation", "偏差原因"),
			Map.entry("basis", "指标值确定依据"), Map.entry("explanation", "指标解释"),
			Map.entry("criterion", "评（扣）分标准"), Map.entry("note", "备注"),
			Map.entry("prior", "往年值"), Map.entry("adjusted", "调整后目标值"),
			Map.entry("core", "是否核心指标"), Map.entry("coefficient", "得分系数（得分÷分值，只核对）"), Map.entry("midterm", "中期（实施周期）指标值"),
			Map.entry("context", "项目信息或行标签（不读）"), Map.entry("site", "该单位的指标值"), Map.entry("shadow:level1", "中期块的一级（不读）"),
			Map.entry("shadow:level2", "中期块的二级（不读）"), Map.entry("shadow:name", "中期块的三级（不读）"),
			Map.entry(IGNORE, "不读"));

	private static final Pattern SCORE_SUFFIX = Pattern.compile("\\((?:[0-9.\\-～~]+分|[0-9.\\-～~]+)\\)分?$");

	/** Header key → field; later files first (a region's texts take precedence). */
	private final Map<String, String> exact = new LinkedHashMap<>();
	private final Map<Pattern, String> patterns = new LinkedHashMap<>();

	private PerfColumnVocabulary() {
	}

	/** The shipped vocabulary. */
	public static PerfColumnVocabulary builtin() {
		PerfColumnVocabulary vocabulary = new PerfColumnVocabulary();
		try (InputStream in = PerfColumnVocabulary.class.getResourceAsStream("columns.vocabulary")) {
			vocabulary.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "columns.vocabulary");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return vocabulary;
	}

	/** Adds the {@code *.vocabulary} files of a directory (a region's layout directory); their texts win. */
	public PerfColumnVocabulary withDirectory(Path dir) throws IOException {
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.vocabulary")) {
			stream.forEach(files::add);
		}
		files.sort(null);
		for (Path file : files) {
			PerfColumnVocabulary own = new PerfColumnVocabulary();
			own.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
			Map<String, String> merged = new LinkedHashMap<>(own.exact);
			exact.forEach(merged::putIfAbsent);
			exact.clear();
			exact.putAll(merged);
			Map<Pattern, String> mergedPatterns = new LinkedHashMap<>(own.patterns);
			mergedPatterns.putAll(patterns);
			patterns.clear();
			patterns.putAll(mergedPatterns);
		}
		return this;
	}

	private void read(String text, String source) {
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int colon = line.indexOf(':');
			String field = colon < 0 ? "" : line.substring(0, colon).strip();
			if (!FIELDS.contains(field)) {
				throw new IllegalArgumentException(source + ":" + (i + 1) + ":1: 不认识的栏目“" + field + "”（可用："
						+ String.join("、", FIELDS) + "） unknown field");
			}
			for (String header : line.substring(colon + 1).split("[,，]")) {
				String key = key(header);
				if (key.isEmpty()) {
					continue;
				}
				if (key.contains("{year}")) {
					patterns.putIfAbsent(Pattern.compile(Pattern.quote(key).replace("{year}", "\\E(?:19|20)[0-9]{2}\\Q")), field);
				} else {
					exact.putIfAbsent(key, field);
				}
			}
		}
	}

	/** The comparison key of a header cell: no blanks, ASCII brackets, no leading *, no score suffix. */
	static String key(String header) {
		String key = PerfCellText.key(header).replaceFirst("^\\*+", "");
		key = SCORE_SUFFIX.matcher(key).replaceAll("");
		key = key.replaceAll("\\(或[^()]*\\)", ""); // 指标值(或计划水平), 数量指标(或建筑规模指标)
		return key.replace("(A)", "").replace("(B)", "");
	}

	/** The fields a user can choose for a column, in the order of a grid's columns; {@link #IGNORE} last. */
	public static List<String> fields() {
		List<String> fields = new ArrayList<>(FIELDS);
		fields.add("site");
		fields.add(IGNORE);
		return List.copyOf(fields);
	}

	/** The Chinese label of a field shown to users (target → 指标值, comparator → 比较符 …); the field itself if it has none. */
	public static String label(String field) {
		return field == null ? "未识别" : LABELS.getOrDefault(field, field);
	}

	/**
	 * The field a user names, by its field name or Chinese label (指标值, 比较符, 不读 …, the label's
	 * part before a bracket too: 分值, 指标解释); null if none.
	 */
	public static String fieldNamed(String name) {
		String key = PerfCellText.key(name == null ? "" : name);
		for (String field : fields()) {
			String label = PerfCellText.key(label(field));
			if (field.equals(key) || label.equals(key) || label.replaceFirst("\\(.*$", "").equals(key)) {
				return field;
			}
		}
		return null;
	}

	/** The field a header cell names, or null. */
	public String field(String header) {
		String key = key(header);
		String field = exact.get(key);
		if (field != null) {
			return field;
		}
		for (Map.Entry<Pattern, String> pattern : patterns.entrySet()) {
			if (pattern.getKey().matcher(key).matches()) {
				return pattern.getValue();
			}
		}
		return null;
	}

	/** The header texts known, longest first (to find them in text whose cells ran together). */
	List<String> texts() {
		List<String> texts = new ArrayList<>(exact.keySet());
		texts.sort((a, b) -> b.length() - a.length());
		return texts;
	}
}
